"""Adversarial wordings, seventh round (issue 8, branch `break6`): tests/data/wordings_break6.yaml.

Written to make gorae plan a write other than the one meant, aimed at what the last two sessions added: context
clauses before or after a request (Korean -서/-니까/-는데, English "for the X, …", "…, the LB team is asking"),
pasted error text, numbered steps (a step negated, a step with 거기/it, steps out of order), corrections (아니 그냥,
ㄴㄴ, oops, "no, 8082", "I mean"), a name set apart (은/는 그대로, "is ok") beside 나머지 / another name, "its
volume", relative clauses, names joined by & or +, a container addressed then a command line ("web: restart
cache"), causatives (쉬게 하다), -면 좋겠다 wishes and questions, "sorry,", compose words, docker tag, bare and glued
numbers. Checked as the held-out tables are (tests/held_out.py: every row through `Gorae.explain`, as `gorae
explain --json`, over the fake corpus world of tests/fakes.py).

Per row (`test_break6_wording`): a matching plan passes; for `expect: none` nothing may run (and a row of a kind in
`never_offered` is never offered back as a write); a refusal is an xfail; any other plan fails, and so does a
proposal of another write. `test_break6_no_wrong_write` is the point. `test_break6_read_rate` holds the rate reached
(a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 150
FLOOR = 56.9  # 94 of 165 (56.97 %) after session 13 merged; before: 55.7, 92 of 165 (55.76 %) after session 12 merged; before: 53.9, 89 of 165 after the fixes of branch break6 (first read 47.3 %, 22 wrong writes; after: 0)
TABLE = HeldOutTable("break6", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation", "past", "reported", "joke"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break6_wording(row):
    TABLE.check_wording(row)


def test_break6_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break6_read_rate():
    TABLE.check_read_rate()


def test_break6_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break6.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
