"""Adversarial wordings, sixth round (issue 8, branch `break5`): tests/data/wordings_break5.yaml.

Written to make gorae plan a write other than the one meant: verbs inside names and paths, two verbs with a
negation far apart, quantity words near names they do not govern, exclusions across commas and steps, pronouns
across steps, corrections (아니 … 도 adds, "I mean" replaces), questions without "?", conditionals, reported
speech, the past and the perfect, English contractions, typed docker CLI with words around it, a second name left
alone ("web 지우고 cache는 그대로") or set apart by the topic 은/는 after the verb ("web 꺼 cache는 제가 할게요"),
"remove X from the network", a container and its image or volume named together, and a possessive ("web's cache").
Checked as the held-out tables are (tests/held_out.py: every row through `Gorae.explain`, as `gorae explain
--json`, over the fake corpus world of tests/fakes.py).

Per row (`test_break5_wording`): a matching plan passes; for `expect: none` nothing may run (and a row of a kind in
`never_offered` is never offered back as a write); a refusal is an xfail; any other plan fails, and so does a
proposal of another write. `test_break5_no_wrong_write` is the point. `test_break5_read_rate` holds the rate reached
(a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 150
# (session 11, branch break5: first read 192 rows with 37 writes other than the one meant (34 after the table's own
# three -라고 errors), 209 rows after the second to fourth passes (50 on main 957c000); after the fixes 0)
FLOOR = 67.9  # 142 of 209 (67.94 %) after the fixes of branch break5 (the rest are refusals, never a guessed write)
TABLE = HeldOutTable("break5", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation", "past", "reported", "hypothetical", "question", "possessive"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break5_wording(row):
    TABLE.check_wording(row)


def test_break5_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break5_read_rate():
    TABLE.check_read_rate()


def test_break5_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break5.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
