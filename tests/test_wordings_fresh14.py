"""The fourteenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh14.yaml.

Written by the `blind14` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the thirteenth table), by personas
new to the tables: an on-call engineer on a phone at 3 a.m. (typos, no spaces, autocorrect), a junior asking
permission first ("web 재시작해도 될까요? 해주세요"), an incident commander giving orders with timestamps and
ticket ids ("[INC-231] 14:02 cache 재시작"), someone pasting a line of `docker ps` output and asking about it,
names quoted in backticks or quotes, a greeting, the request and a thanks in separate sentences, Konglish verbs,
log windows and filters, counts and yes/no questions about state — plus everyday Korean and English chat, mixed
sentences, typed CLI and rows that must run nothing (questions about the bot, jokes, hearsay, negations, the past,
wishes, hypotheticals). Checked as every held-out table is (tests/held_out.py): a matching plan passes; for
`expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails, and so does a
proposal of a write other than the meant one. `test_fresh14_no_wrong_write` covers every row;
`test_fresh14_read_rate` asserts FLOOR14.
"""
from __future__ import annotations

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

# The bar is 97 %. FIRST READ at 4f8a695 (main, before any fix): 68.6 % (383 of 558), 2 wrong writes
# ('db킴', 'cache다시돌려': the table's header); with the table's one error corrected (an alt): 69.0 % (385 of 558).
# The floor is the rate reached through Gorae.explain over the fake world, a floor that only goes up.
# After blind14's fixes (tests/test_parse_blind14.py, tests/test_e2e_blind14.py): 86.4 % (482 of 558), 0 wrong writes
# through Gorae.explain. The bar, 97 %, is not met: said so.
FLOOR14 = 97.1  # 542 of 558 (97.13 %) after session 13 merged (w2ko: over the 97 % bar); before: 96.0, 536 of 558 (96.06 %) after session 13 merged; before: 89.2, 498 of 558 (89.25 %) after session 12 merged (blind14, fix13, fix14); before: 86.3, 482 of 558 (86.38 %) after blind14's fixes; first read at 4f8a695: 68.6 % (383 of 558), 2 wrong writes
TABLE14 = HeldOutTable("fresh14", min_rows=500, floor=FLOOR14,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13)
ROWS14 = TABLE14.rows


@TABLE14.each_row
def test_fresh14_wording(row):
    TABLE14.check_wording(row)


def test_fresh14_no_wrong_write():
    TABLE14.check_no_wrong_write()


def test_fresh14_read_rate():
    TABLE14.check_read_rate()


def test_fresh14_table_shape():
    TABLE14.check_shape()


def test_fresh14_every_verb_is_covered():
    TABLE14.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh14.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE14.report("-v" in sys.argv)
