"""Adversarial wordings, session 25 (branch `brk25`): tests/data/wordings_brk25.yaml (400+ sentences, about two thirds
with Hangul), written to make gorae plan a write other than the one meant, aimed at what sessions 23-24 added (see the
table's header). Checked as the held-out tables are (tests/held_out.py: every row through `Gorae.explain` over the fake
corpus world). Offers of a write asked back (a proposal, never run unconfirmed) are not checked here.

`test_brk25_no_wrong_write` is the point: no row plans a write other than the one meant, but the rows of `KNOWN`
(found by the run and left, each said in the branch's report)."""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 400
FLOOR = 95.0
TABLE = HeldOutTable("brk25", min_rows=MIN_ROWS, floor=FLOOR)
ROWS: list[dict] = TABLE.rows
# none left: "restart web is ok" (left for the lead) is a permission given, the request — as "db 켜셔도 됩니다" is
KNOWN: set[str] = set()


def test_brk25_no_wrong_write():
    wrong = [(t, got, want) for t, got, want in TABLE.wrong_writes() if t not in KNOWN]
    assert not wrong, "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}: planned {got}, want {want}" for t, got, want in wrong)


def test_brk25_read_rate():
    TABLE.check_read_rate()


def test_brk25_table_shape():
    TABLE.check_break_shape(korean=(0.5, 0.75))


if __name__ == "__main__":  # python tests/test_wordings_brk25.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
