"""The nineteenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh19.yaml.

Written by the `fresh19` engineer before reading the parser, bot/language, its grammar or the earlier tables' rows
(only README's tour, design.md's conventions, the headers of the seventeenth and eighteenth tables and a few of
fresh18's rows for the format, held_out.py and test_wordings_fresh18.py), by personas and kinds new to the tables:
someone coming from Kubernetes (get pods, describe web, logs -f web, delete pod cache, top pod web, exec web -- ls,
파드; scale, rollout, port-forward and a typed `kubectl` run nothing), shift handover messages (several sentences,
one order among reports), a phone with the Korean keyboard left on for a word (ㅈ듀 = web, ㅊㅁ촏 = cache, 애찯ㄱ ㅔㄴ =
docker ps) or the English one for a Korean word (wotlwkr = 재시작, fhrm = 로그), voice dictation (numbers in words,
"dash dash", "my dash nginx", names said in Hangul), Konglish verbs (리스타트, 스탑, 킬, 디플로이, 로그 떠줘), regional
Korean (해주이소, 꺼도, 하랑께; 껐나?/했능교 ask about the past), very polite business Korean, Japanese/Chinese/Indian
English (do the needful, revert, prepone, close web), Slack markup (@gorae, backticks, *bold*, ~strike~, :emoji:,
quoted > lines, links, code blocks), a typo in the verb (restrat, 재시잘), time and age questions (when did web start,
web 언제 켜졌어), comparisons (which uses more memory, web or cache), confirmations and cancels said alone (none), and
double negatives / rhetorical questions (a write so asked runs nothing, a read so asked is the read) — plus the usual
mix (~40 %) of Korean and English ops chat, new containers, exec, networks, volumes, images, prunes, typed CLI and
rows that must run nothing. Checked as every held-out table is (tests/held_out.py): a matching plan passes; for
`expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails, and so does a
proposal of a write other than the meant one. `test_fresh19_no_wrong_write` covers every row;
`test_fresh19_read_rate` asserts FLOOR19.

First read (main at d540c9c, before any fix): 55.3 % (353 of 638) of the corrected table, 5 wrong writes, all the
product's (KNOWN_WRONG19); misses by kind: voice 37, k8s 36, kbd 27, handover 22, esl-asia 22, satoori 19, konglish 16,
time 15, ko-chat 13, dneg 12, compare 11, business 10, slack 9, en 9, typo 8, run-opts 6, ko-ops 4, exec 3, network 2,
confirm-alone 1, volume 1, image 1, sarcasm 1 (the table's header gives the detail and its corrections).
"""
from __future__ import annotations

import pytest
from held_out import HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5
from test_wordings_fresh6 import ROWS6
from test_wordings_fresh7 import ROWS7
from test_wordings_fresh8 import ROWS8
from test_wordings_fresh9 import ROWS9
from test_wordings_fresh10 import ROWS10
from test_wordings_fresh11 import ROWS11
from test_wordings_fresh12 import ROWS12
from test_wordings_fresh13 import ROWS13
from test_wordings_fresh14 import ROWS14
from test_wordings_fresh15 import ROWS15
from test_wordings_fresh16 import ROWS16
from test_wordings_fresh17 import ROWS17
from test_wordings_fresh18 import ROWS18

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. FIRST READ at d540c9c (main, before any fix): 55.0 % (349 of 634), 6 wrong writes, one of them this
# table's error (corrected before any fix, see the table's header, with the alts of three rows corrected);
# corrected table: 55.4 % (351 of 634), 5 wrong writes (KNOWN_WRONG19). Four rows of `docker network rm` (a verb the
# coverage check found missing: the one written was dropped as held by an earlier table) added after the first read:
# 55.3 % (353 of 638), the same 5 wrong writes.
# (k8s21) kubectl's words read as docker's (pod/pods/po/파드 a container, -A all, -o yaml the details, top pod = stats,
# exec's `--` the separator): 60.19 %, the k8s misses from 36 to 5.
# (kbd22) the keyboard layout left on: reads answered, writes asked back.
# (tdc22) time and age asked (몇 시간째 돌고 있어, 켜진 지 며칠, since when, what time did X come up): its details.
# (en22) Asian English (kindly, do the needful, and revert, close = stop, open one X container, make X to pause, check
# once, gone for a toss), ops English (flapping, timing out, what's paused, who has port N, HUP X, call X Y from now on,
# who mounts, logs for A and B), Slack _italic_ and > quoted lines as context: 454 of 638 (71.16 %), the esl-asia misses
# from 22 to 0, en from 9 to 1.
FLOOR19 = 97.1  # 620 of 638 (97.18 %) session 30 after lead30a–b (logs dumped with 좀, Gyeongsang 와 이카노, a Slack link in a handover, named containers compared, a state asked to be denied, a read negated twice, a final consonant typed apart); before: 95.6 610 of 638 (95.61 %) session 29 after lead29a–f (where one looked, tickets, aims, keys of the other layout, dialect, errors looked at, kubectl's Korean); before: 93.8 599 of 638 (93.89 %) session 28 after lead28a–j (context around a request, reads asked of one thing, files, sizes, the containers of an image or a port, two reads, a name said last); before: 93.4 596 of 638 (93.42 %) session 28 after lead28 (context told around a request: English questions then needs, statements before; Korean reports, not used any more, corrections, described names, business Korean); before: 92.9 593 of 638 (92.95 %) session 27 after said_of27, prompt27, shell27, exec27, grace27, look27, ctxko27, en27, brk27; before: 91.6 585 of 638 (91.69 %) session 26 after run26 (run options, kinds set apart, the tool said, tags, paused, untagged, connectives); before: 91.0 581 of 638 (91.07 %) session 25 after every merge (ctxko25, brk25, en25, perf25, lead25, run25, loan25); before: 89.3 570 of 638 (89.34 %) session 24 after every merge (lead24, corr24, ctxen24, gex24, en24b, en24a, voice24, ctxko24, brk24); before: 86.9 555 of 638 (86.99 %) session 23 after ko23 (Konglish verbs, dialect endings and forms); before: 82.9 529 of 638 (82.92 %) session 23 after every merge (dneg23, ctxko23, brk23, lead23); before: 80.0 511 of 638 (80.09 %) dneg23 (negations asking a read, comparisons, who uses, happened asked, 확인 alone); before: 77.1 492 of 638 (77.12 %) session 22 after every merge (lead22, brk22, en22, tdc22, voice22, kbd22); before: 71.1 454 of 638 (71.16 %) en22; before: 65.6, 419 of 638 (65.67 %) session 21 after every merge (lead21, brk21, run21, inc21, k8s21, voice21, hand21); before: 60.1 (k8s21) 384 of 638 (60.19 %); first read 55.3 % (353 of 638) at d540c9c
TABLE19 = HeldOutTable("fresh19", min_rows=600, floor=FLOOR19,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16 + ROWS17 + ROWS18)
ROWS19 = TABLE19.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh19_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG19: dict[str, str] = {
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ19: dict[str, str] = {
    # (voice22) read since a Hangul-named read is answered (엔진엑스 = the one image nginx); as "nginx 이미지 목록에 있어"
    "엔진엑스 이미지 목록에 있어": "docker image inspect nginx, want docker images",
}
# Rows that PROPOSE (ask back) a write other than the meant one at the first read (nothing runs without the yes, so
# not wrong writes, but the question offers the wrong command): strict xfails too, until read as meant.
KNOWN_OTHER_PROPOSAL19: dict[str, str] = {
}


@TABLE19.each_row
def test_fresh19_wording(row, request):
    known = (KNOWN_WRONG19.get(row["text"]) or KNOWN_OTHER_READ19.get(row["text"])
             or KNOWN_OTHER_PROPOSAL19.get(row["text"]))
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE19.check_wording(row)


def test_fresh19_no_wrong_write():
    wrong = {t for t, _, _ in TABLE19.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG19), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG19)))
    assert not set(KNOWN_WRONG19) - wrong, f"fixed, delete from KNOWN_WRONG19: {sorted(set(KNOWN_WRONG19) - wrong)}"


def test_fresh19_read_rate():
    TABLE19.check_read_rate()


def test_fresh19_table_shape():
    TABLE19.check_shape()


def test_fresh19_every_verb_is_covered():
    TABLE19.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh19.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE19.report("-v" in sys.argv)
