"""The tenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh10.yaml.

Written by the `blind10` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the ninth table): chat
traffic as operators type it, mostly everyday requests in many surface forms plus the hard tail, and
rows that must run nothing. Checked as every held-out table is (tests/held_out.py over
tests/test_wordings_fresh.py's helpers): a matching plan passes; for `expect: none` any answer that
runs nothing passes; a refusal is an xfail; any other plan fails, and so does a proposal of a write
other than the meant one. `test_fresh10_no_wrong_write` covers every row; `test_fresh10_read_rate`
asserts FLOOR10.
"""
from __future__ import annotations

from held_out import HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5
from test_wordings_fresh6 import ROWS6
from test_wordings_fresh7 import ROWS7
from test_wordings_fresh8 import ROWS8
from test_wordings_fresh9 import ROWS9

# The bar is 97 %. First read at 3709800 (main, before any fix) on the real path (tests/corpus_check.py):
# 86.6 % (587 of 678), 9 wrong actions; through Gorae.explain over the fake world 86.6 %, 8 wrong writes (see the
# table's header). The floor is the rate reached through Gorae.explain, a floor that only goes up.
# After blind10's fixes (tests/test_parse_blind10.py, tests/test_e2e_blind10.py), the table's corrections (its header)
# and merging main (mood10: a yes/no question of a write is proposed): 91.6 % (623 of 680), 0 wrong writes, here and on
# the real path. The bar, 97 %, is not met: said so.
FLOOR10 = 97.6  # 664 of 680 (97.65 %) after session 13 merged; before: 97.3, 662 of 680 (97.35 %) after session 11 merged; before: 97.1, 661 of 680 (97.2 %) after session 10 merged (m10 and the rest); before: 648 of 680 (95.3 %; "web 지금 꺼야 되니까 꺼줘" refused since a need said as a reason is never a step: 649 before) after session 9 merged (formal10, ctx10, f10en, f9en); 637 after ctx10
TABLE10 = HeldOutTable("fresh10", min_rows=600, floor=FLOOR10, earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9)
ROWS10 = TABLE10.rows


@TABLE10.each_row
def test_fresh10_wording(row):
    TABLE10.check_wording(row)


def test_fresh10_no_wrong_write():
    TABLE10.check_no_wrong_write()


def test_fresh10_read_rate():
    TABLE10.check_read_rate()


def test_fresh10_table_shape():
    TABLE10.check_shape()


def test_fresh10_every_verb_is_covered():
    TABLE10.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh10.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE10.report("-v" in sys.argv)
