"""The twentieth held-out table of chat wordings (issue 8): tests/data/wordings_fresh20.yaml.

Written by the `fresh20` engineer before reading the parser, bot/language, its grammar or the earlier tables' rows
(only README's tour, design.md's conventions, the headers of the eighteenth and nineteenth tables and a few of
fresh19's rows for the format, held_out.py, test_wordings_fresh19.py and the checking helpers), by personas and kinds
new to the tables: a junior dev asking politely and unsure of themself, Korean written by non-native speakers (wrong
particles, dictionary forms, 하기 해주세요), gamer / Gen-Z slang (ㄱㄱ, -셈, 개느림, lowkey, no cap), terse one- and
two-word commands, an order with its reason glued after it ("web 재시작 — 메모리 샘", "restart cache (OOM again)"),
follow-up references (그거, that one, same for cache: none; 걔/그놈/it inside one message), names joined by / + & · ㆍ
(a pipe or a semicolon between them: none), Korean numbers, counters and units (세 줄, 이십 분, 1h, 256메가, 10초 여유),
emoji around an order (🤔 and ✅ change it), copy-pasted docker/curl/log output around a request, questions about
permissions and policy (none), very polite English ("I'd appreciate it if you could stop data") and a command asked
again — plus the usual mix (~47 %) of Korean and English ops chat, new containers, exec, networks, volumes, images,
prunes, typed CLI and rows that must run nothing. Checked as every held-out table is (tests/held_out.py): a matching
plan passes; for `expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails, and
so does a proposal of a write other than the meant one. `test_fresh20_no_wrong_write` covers every row;
`test_fresh20_read_rate` asserts FLOOR20.

First read (main at 4682897e, before any fix): 82.8 % (529 of 639), 5 wrong writes, two of them this table's errors
(a rewritten path whose expect was not rewritten; `--memory 128mb`, the same write as `128m`: an alt), corrected before
any fix with two alts ('cache 포트?' may be its details, '이미지 전부 보여줘' may be `docker images -a`); corrected
table: 83.4 % (533 of 639), 3 wrong writes, all the product's (KNOWN_WRONG20), one other read (KNOWN_OTHER_READ20).
Misses by kind: trailing 16, genz 11, list-sep 11, paste 10, junior 8, polite-en 7, run-opts 7, ko-ops 5, ko-chat 4,
network 4, foreigner 3, emoji 3, prune 3, cli 3, terse 2, followup 2, units 2, retry 2, en 1, volume 1, image 1 (the
table's header gives the detail and its corrections).
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
from test_wordings_fresh19 import ROWS19

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. FIRST READ at 4682897e (main, before any fix): 82.8 % (529 of 639), 5 wrong writes, two of them this
# table's errors (corrected before any fix, see the table's header, with the alts of two rows corrected); corrected
# table: 83.4 % (533 of 639), 3 wrong writes (KNOWN_WRONG20).
FLOOR20 = 99.6  # 637 of 639 (99.69 %) session 32 after lead32a, lead32b, lead32c (Korean chat, operators' register and run options, English and CLI kinds) and lead32; before: 90.6 579 of 639 (90.61 %) session 31 after run31b (try / retry -ing); before: 90.2 577 of 639 (90.30 %) session 31 after lead31 (Gen-Z chat, courtesy first, polite English, 쭉, the users' reason, the aside asked, the purpose) and lead31b merged; before: 87.3 558 of 639 (87.32 %) (lead31b) after an order's reason set off by a dash, a Korean comma, a bracket or a label (trailing 16 -> 7), names joined by / + & ㆍ (list-sep 11 -> 2: an English slash stays typed CLI's, break9), a request after pasted output whose words became targets (paste 10 -> 6); before: 83.4 533 of 639 (83.41 %) first read of the corrected table at 4682897e
TABLE20 = HeldOutTable("fresh20", min_rows=600, floor=FLOOR20,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16 + ROWS17 + ROWS18 + ROWS19)
ROWS20 = TABLE20.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh20_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG20: dict[str, str] = {
    # (lead31) all three gone: the aside in brackets making a step of its own is asked back; the name after "for" is
    # the write's purpose; "web 재시작 ㄱ??" corrected (an alt, the table's header says why)
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ20: dict[str, str] = {
    # (lead32b) "안 쓰는 네트워크 싹" read as meant: a prune said by its adverb alone (parse.py `_swept_alone_ko`)
}
# Rows that PROPOSE (ask back) a write other than the meant one at the first read (nothing runs without the yes, so
# not wrong writes, but the question offers the wrong command): strict xfails too, until read as meant.
KNOWN_OTHER_PROPOSAL20: dict[str, str] = {
}


@TABLE20.each_row
def test_fresh20_wording(row, request):
    known = (KNOWN_WRONG20.get(row["text"]) or KNOWN_OTHER_READ20.get(row["text"])
             or KNOWN_OTHER_PROPOSAL20.get(row["text"]))
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE20.check_wording(row)


def test_fresh20_no_wrong_write():
    wrong = {t for t, _, _ in TABLE20.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG20), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG20)))
    assert not set(KNOWN_WRONG20) - wrong, f"fixed, delete from KNOWN_WRONG20: {sorted(set(KNOWN_WRONG20) - wrong)}"


def test_fresh20_read_rate():
    TABLE20.check_read_rate()


def test_fresh20_table_shape():
    TABLE20.check_shape()


def test_fresh20_every_verb_is_covered():
    TABLE20.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh20.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE20.report("-v" in sys.argv)
