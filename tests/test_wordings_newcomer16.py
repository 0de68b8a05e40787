"""A newcomer's wordings (issue 8, session 14, branch `tab16`): tests/data/wordings_newcomer16.yaml.

Written after reading only README.md's tour, as a new user would: 20 sentences of each of the tour's kinds with the
world's other names, the rows another table already held dropped (209 kept of 340). Checked as every held-out table
is (tests/held_out.py: every row through `Gorae.explain` over the fake corpus world of tests/fakes.py): a matching
plan passes; for `expect: none` nothing may run; a refusal is an xfail; any other plan fails, and so does a proposal
of another write. `test_newcomer16_no_wrong_write` is the point; `test_newcomer16_read_rate` holds the rate reached
(a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 200
FLOOR = 100.0  # 209 of 209 after hist17 (session 15, docker history said); 207 of 209 after w2vol (session 14); 204 of 209 (97.6 %) on main b8babd4, first read (the real engine reads the same rows)
TABLE = HeldOutTable("newcomer16", min_rows=MIN_ROWS, floor=FLOOR, never_offered=("nothing",))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_newcomer16_wording(row):
    TABLE.check_wording(row)


def test_newcomer16_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_newcomer16_read_rate():
    TABLE.check_read_rate()


def test_newcomer16_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_newcomer16.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
