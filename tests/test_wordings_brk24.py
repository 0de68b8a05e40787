"""Adversarial wordings, session 24 (branch `brk24`): tests/data/wordings_brk24.yaml (430 sentences, about 58 % with
Hangul), written to make gorae plan a write other than the one meant (see the table's header). Checked as the held-out
tables are (tests/held_out.py: every row through `Gorae.explain` over the fake corpus world).

`test_brk24_no_wrong_write` is the point: no row plans a write other than the one meant."""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 400
FLOOR = 85.0
# kinds whose rows run nothing and are never offered back as a write
NEVER = ("ko-past", "ko-self", "en-past", "en-rep", "en-cond", "en-sched", "en-neg")
TABLE = HeldOutTable("brk24", min_rows=MIN_ROWS, floor=FLOOR, never_offered=NEVER)
ROWS: list[dict] = TABLE.rows


def test_brk24_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_brk24_read_rate():
    TABLE.check_read_rate()


def test_brk24_table_shape():
    TABLE.check_break_shape(korean=(0.45, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_brk24.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
