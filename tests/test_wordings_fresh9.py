"""The ninth held-out table of chat wordings (issue 8): tests/data/wordings_fresh9.yaml.

Written by the `blind9` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the eighth table): chat
traffic as operators type it, mostly everyday requests in many surface forms plus the hard tail, and
rows that must run nothing. Checked as every held-out table is (tests/held_out.py over
tests/test_wordings_fresh.py's helpers): a matching plan passes; for `expect: none` any answer that
runs nothing passes; a refusal is an xfail; any other plan fails, and so does a proposal of a write
other than the meant one. `test_fresh9_no_wrong_write` covers every row; `test_fresh9_read_rate`
asserts FLOOR9.
"""
from __future__ import annotations

from held_out import HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5
from test_wordings_fresh6 import ROWS6
from test_wordings_fresh7 import ROWS7
from test_wordings_fresh8 import ROWS8

# The bar is 97 %. First read at f57408b on the real path (tests/corpus_check.py): 84.4 % (662 of 784),
# 5 wrong actions (2 the table's own: "every host" planned `--context default`, the one engine — an alt added:
# 84.7 %, 3 wrong writes). The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up (see the table's header). After blind9's fixes (tests/test_parse_blind9.py, tests/test_e2e_blind9.py):
# 87.9 % (689 of 784), 0 wrong writes — the bar, 97 %, is not met: said so.
FLOOR9 = 97.7  # 766 of 784 (97.70 %) after session 13 merged; before: 97.4, 764 of 784 (97.4 %) after session 11 merged; before: 97.3, 763 of 784 (97.3 %) after session 10 merged; before: 762 of 784 (97.2 %) after session 9 merged (f9ko, f9en, ctx10, formal10, f10en); 744 after ctx10
TABLE9 = HeldOutTable("fresh9", min_rows=600, floor=FLOOR9, earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8)
ROWS9 = TABLE9.rows


@TABLE9.each_row
def test_fresh9_wording(row):
    TABLE9.check_wording(row)


def test_fresh9_no_wrong_write():
    TABLE9.check_no_wrong_write()


def test_fresh9_read_rate():
    TABLE9.check_read_rate()


def test_fresh9_table_shape():
    TABLE9.check_shape()


def test_fresh9_every_verb_is_covered():
    TABLE9.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh9.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE9.report("-v" in sys.argv)
