"""Adversarial wordings, session 23 (branch `brk23`): tests/data/wordings_brk23.yaml (481 sentences, about half Korean),
written to make gorae plan a write other than the one meant (see the table's header). Checked as the held-out tables are
(tests/held_out.py: every row through `Gorae.explain` over the fake corpus world).

`test_brk23_no_wrong_write` is the point: no row plans a write other than the one meant."""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 400
FLOOR = 80.0
# kinds whose rows run nothing and are never offered back as a write
NEVER = ("past", "reported", "cond", "sched", "ko-past", "ko-rep", "ko-cond", "ko-sched", "done-bare")
TABLE = HeldOutTable("brk23", min_rows=MIN_ROWS, floor=FLOOR, never_offered=NEVER)
ROWS: list[dict] = TABLE.rows


def test_brk23_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_brk23_read_rate():
    TABLE.check_read_rate()


def test_brk23_table_shape():
    TABLE.check_break_shape(korean=(0.4, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_brk23.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
