"""The twenty-third held-out table of chat wordings (issue 8): tests/data/wordings_fresh23.yaml.

Written by the `fresh23` helper before reading the parser, bot/ or grammar/ and without running gorae on its rows
until the table was final (the table's header says what was read), by personas and kinds new to the tables: an SRE
handing over a shift ("인수인계: …", "Handover: …": the request before the handover runs, a task left to the next
shift does not), a student following a tutorial or a course lab, a manager who types tersely, voice dictation on a
tablet (spoken punctuation, split words, misheard names), a non-native English speaker (articles dropped, wrong tense),
a Korean typing the English words in Hangul (레스타트, 로그스, 풀 받아줘), Korean chat abbreviations (ㄱㄱ, ㅇㅋ, ㄴㄴ, 강종),
emoji-heavy Slack, bullet and numbered lists of steps, a request split across lines, replies in a thread ("^" with
the quoted message), numbers with units in many forms, relative log windows, ps filters by name / image / state,
one field of a container asked, ports, stats and top, network and volume reads and writes, and typed docker CLI in
forms the tables do not hold — plus rows that must run nothing (27 %).
Checked as every held-out table is (tests/held_out.py): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal is an xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh23_no_wrong_write` covers every row; `test_fresh23_read_rate` asserts FLOOR23.

FIRST READ at 76e870a3 (run34, session 34), through Gorae.explain over the fake world: 74.7 % (541 of 724). 5 wrong
writes of the product: a courtesy clause read as a listing ("결과만 보고할 것. cache 재시작." planned `docker ps` before the
restart); a sentence's full stop kept in an image reference ("push fastcampus/hello-world." pushed
`fastcampus/hello-world.`); dictated punctuation pulled as images ("pull the redis image exclamation mark" pulled
`exclamation` and `mark`); the host port said twice read as host:container ("nginx 8097포트에 띄워줘, 호스트 포트 8097번" ran
`-p 8097:8097`); "목록" after a volume create read as the container list ("backup23 볼륨 만들고 목록 보여줘"). 5 other reads: an
image list read as `docker ps`, a step of a list dropped twice (an unpause, a volume create), `--quiet` dropped,
"and networks too" on a second line dropped. 1 other proposal: a schedule ("db 삭제는 다음 주.") offered back as `docker
rm db`. Misses by kind at the first read: handover 24, tutorial 22, steps 20, units 16, filter 13, field 12,
dictation 11, thread 10, hangul-en 7, terse 6, esl 5, resources 5, network 5, cli 5, abbrev 4, emoji 4, correction
3, window 3, create 2, complaint 2, volume 2, split 1, run-opts 1; every row that must run nothing ran nothing.
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
from test_wordings_fresh20 import ROWS20
from test_wordings_fresh21 import ROWS21
from test_wordings_fresh22 import ROWS22

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. First read at 76e870a3 (session 34): 74.7 % (541 of 724), 5 wrong writes, 5 other reads, 1 other proposal.
# f23a (session 34): 82.1 % (595 of 724), 0 wrong writes — dictated punctuation, a full stop after a reference, a report
# instruction, the host port said twice, a kind's list after its step, bulleted and numbered lines of steps, lists of two
# kinds, a handover said before, lessons' labels.
FLOOR23 = 90.0  # 652 of 724 (90.06 %) session 35 after every merge (f23x, f23y and the rest); before: 82.8 600 of 724 (82.87 %) session 34 after every merge (lead34, safe34en, safe34ko, aside34, brk34a, f22a, f22b34, f22c, f23a); before: 595 of 724 (82.18 %)
TABLE23 = HeldOutTable("fresh23", min_rows=700, floor=FLOOR23,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16 + ROWS17 + ROWS18 + ROWS19 + ROWS20 + ROWS21 + ROWS22)
ROWS23 = TABLE23.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh23_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG23: dict[str, str] = {
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ23: dict[str, str] = {
}
# Rows that PROPOSE (ask back) a write other than the meant one at the first read (nothing runs without the yes, so
# not wrong writes, but the question offers the wrong command): strict xfails too, until read as meant.
KNOWN_OTHER_PROPOSAL23: dict[str, str] = {
}


@TABLE23.each_row
def test_fresh23_wording(row, request):
    known = (KNOWN_WRONG23.get(row["text"]) or KNOWN_OTHER_READ23.get(row["text"])
             or KNOWN_OTHER_PROPOSAL23.get(row["text"]))
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE23.check_wording(row)


def test_fresh23_no_wrong_write():
    wrong = {t for t, _, _ in TABLE23.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG23), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG23)))
    assert not set(KNOWN_WRONG23) - wrong, f"fixed, delete from KNOWN_WRONG23: {sorted(set(KNOWN_WRONG23) - wrong)}"


def test_fresh23_read_rate():
    TABLE23.check_read_rate()


def test_fresh23_table_shape():
    TABLE23.check_shape()


def test_fresh23_every_verb_is_covered():
    TABLE23.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh23.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE23.report("-v" in sys.argv)
