"""Adversarial wordings, fourth round (issue 8, branch `break10`): tests/data/wordings_break3.yaml.

Written to make gorae plan a write other than the one meant, as chat operators type: sequences with
pronouns and later corrections, exclusions by image, quantities, numbers that are no ports, names that are
words, an image and its container, gorae's verbs inside a command run in a container, host paths and env
values with spaces, glued Korean, typos that touch other verbs, Slack formatting (code, bold, strikethrough,
mentions, links, emoji), docker ps output pasted before a request, a choice between names. Checked as the
held-out tables are (tests/held_out.py: every row through `Gorae.explain`, as `gorae explain --json`, over
the fake corpus world of tests/fakes.py); on the real engine by tests/test_e2e_tables.py.

Per row (`test_break3_wording`): a matching plan passes; for `expect: none` nothing may run (a correction,
a negation, a schedule or a choice is never offered back as a write); a refusal is an xfail; any other plan
fails. `test_break3_no_wrong_write` is the point. `test_break3_read_rate` holds the rate reached (a floor
that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 150
# (session 9, branch break10: first read 69.5 % of 220 rows with 5 wrong writes; after the fixes 0)
FLOOR = 77.9  # 201 of 258 (77.91 %) after session 13 merged; before: 77.5, 200 of 258 (77.5 %) after session 11 merged; before: 73.2, 189 of 258 (73.26 %; the rows found while probing are mostly refusals: choices, corrections, the rest of nothing, two kinds)
TABLE = HeldOutTable("break3", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation-seq", "disjunction", "number"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break3_wording(row):
    TABLE.check_wording(row)


def test_break3_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break3_read_rate():
    TABLE.check_read_rate()


def test_break3_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break3.py: rate, misses, wrong writes
    TABLE.report()
