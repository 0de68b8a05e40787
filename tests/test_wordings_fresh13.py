"""The thirteenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh13.yaml.

Written by the `blind13` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the twelfth table), by personas
new to the tables: an ops lead writing polite Slack requests with context around them ("배포 전에 …",
"before the deploy could you …"), a developer pasting part of an error and then asking, a bilingual user
switching language mid-sentence, a keyboard left in the wrong mode (never read: those rows run nothing),
someone who numbers steps ("1) web 멈추고 2) 로그 보여줘"), someone using docker compose words for single
containers — plus everyday Korean and English chat, typed CLI and rows that must run nothing (questions about
the bot, jokes, hearsay, negations, the past). Checked as every held-out table is (tests/held_out.py): a
matching plan passes; for `expect: none` any answer that runs nothing passes; a refusal is an xfail; any other
plan fails, and so does a proposal of a write other than the meant one. `test_fresh13_no_wrong_write` covers
every row; `test_fresh13_read_rate` asserts FLOOR13.
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

# The bar is 97 %. FIRST READ at 957c000 (main, before any fix): 64.7 % (341 of 527), 1 wrong write (the
# table's error, an alt now); with the table's errors corrected (its header): 66.5 % (346 of 520), 0 wrong writes.
# The floor is the rate reached through Gorae.explain over the fake world, a floor that only goes up.
# After blind13's fixes (tests/test_parse_blind13.py, tests/test_e2e_blind13.py): 82.1 % (427 of 520), 0 wrong writes
# through Gorae.explain. The bar, 97 %, is not met: said so.
FLOOR13 = 98.0  # 510 of 520 (98.08 %) session 23 after every merge (dneg23, ctxko23, brk23, lead23); before: 97.8 509 of 520 (97.88 %) after session 13 merged; before: 97.6, 508 of 520 (97.69 %) after session 12 merged (f14ko, f14en, fix13 and the rest); before: 86.3, 449 of 520 (86.35 %) after session 11 merged (w2f13ko, w2f13en); before: 83.4 after the first wave, 82.1 after blind13's fixes; first read of the corrected table at 957c000: 66.5 % (346 of 520), 0 wrong writes
TABLE13 = HeldOutTable("fresh13", min_rows=500, floor=FLOOR13,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12)
ROWS13 = TABLE13.rows


@TABLE13.each_row
def test_fresh13_wording(row):
    TABLE13.check_wording(row)


def test_fresh13_no_wrong_write():
    TABLE13.check_no_wrong_write()


def test_fresh13_read_rate():
    TABLE13.check_read_rate()


def test_fresh13_table_shape():
    TABLE13.check_shape()


def test_fresh13_every_verb_is_covered():
    TABLE13.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh13.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE13.report("-v" in sys.argv)
