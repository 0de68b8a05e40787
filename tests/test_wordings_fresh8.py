"""The eighth held-out table of chat wordings (issue 8): tests/data/wordings_fresh8.yaml.

Written by the `blind8` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour and the format of the seventh table): chat traffic as operators type it,
mostly everyday requests in many surface forms plus the hard tail, and rows that must run nothing.
Checked as every held-out table is (tests/held_out.py over tests/test_wordings_fresh.py's helpers):
a matching plan passes; for `expect: none` any answer that runs nothing passes; a refusal is an
xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh8_no_wrong_write` covers every row; `test_fresh8_read_rate` asserts FLOOR8.
"""
from __future__ import annotations

from held_out import HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5
from test_wordings_fresh6 import ROWS6
from test_wordings_fresh7 import ROWS7

# The bar is 97 %. First read at c93bb04 on the real path (tests/corpus_check.py): 82.1 %, 8 wrong
# writes (3 the table's own errors, corrected: 82.6 %, 5; with 5 rows added: 82.5 % of 710). The floor is the rate reached through
# Gorae.explain over the fake world, a floor that only goes up (see the table's header). After blind8's fixes: 85.5 %,
# 0 wrong writes (the bar, 97 %, is not met: said so). After ko8b's Korean kinds: 88.0 %, 0 wrong writes.
FLOOR8 = 99.5  # 707 of 710 (99.58 %) after session 13 merged; before: 98.4, 699 of 710 (98.45 %) after en9 merged with ko9x and main (real path and fake world alike); 682 after ko9x, 648 after ask9, 628 after blind8, ko8b, ko8, en8
TABLE8 = HeldOutTable("fresh8", min_rows=600, floor=FLOOR8, earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7)
ROWS8 = TABLE8.rows


@TABLE8.each_row
def test_fresh8_wording(row):
    TABLE8.check_wording(row)


def test_fresh8_no_wrong_write():
    TABLE8.check_no_wrong_write()


def test_fresh8_read_rate():
    TABLE8.check_read_rate()


def test_fresh8_table_shape():
    TABLE8.check_shape()


def test_fresh8_every_verb_is_covered():
    TABLE8.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh8.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE8.report("-v" in sys.argv)
