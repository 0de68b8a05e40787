"""Adversarial wordings, ninth round (issue 8, session 14, branch `break8`): tests/data/wordings_break8.yaml.

Written to make gorae plan a write other than the one meant, aimed at what session 13 added and what is still
fragile: run clauses (bot/language/run_clause.py), state questions, incident orders, relayed requests vs hearsay,
grace times, "X 말고 Y", signals, log windows, -w exec dirs, ps pastes; corrections and cancellations, negation scope,
double negation, not only / except / unless / before / after / instead of; docker flags inside a container's
command; names that are words, case, look-alikes, zero-width and bidi marks, Slack markup, very long messages; partial
readings proposed. Checked as the held-out tables are (tests/held_out.py: every row through `Gorae.explain`, as
`gorae explain --json`, over the fake corpus world of tests/fakes.py).

Per row (`test_break8_wording`): a matching plan passes; for `expect: none` nothing may run (and a row of a kind in
`never_offered` is never offered back as a write); a refusal is an xfail; any other plan fails, and so does a
proposal of another write. `test_break8_no_wrong_write` is the point. `test_break8_read_rate` holds the rate reached
(a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 440
FLOOR = 71.3  # 329 of 461 (71.37 %) after session 14 merged; before: 70.4, 325 of 461 (70.49 %) after the fixes of branch break8 (first read on main b8babd4: 64.4 %, 35 wrong writes; after: 0)
TABLE = HeldOutTable("break8", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation", "past", "reported", "joke", "cancel", "schedule", "conditional",
                                    "alternative"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break8_wording(row):
    TABLE.check_wording(row)


def test_break8_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break8_read_rate():
    TABLE.check_read_rate()


def test_break8_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break8.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
