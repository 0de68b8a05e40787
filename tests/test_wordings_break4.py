"""Adversarial wordings, fifth round (issue 8, branch `break4`): tests/data/wordings_break4.yaml.

Written to make gorae plan a write other than the one meant, or a write from a sentence that means none: Korean
typed after a docker command line, Hangul where a command has its program, hearsay and suppositions, the chat
nominal -ㅁ that tells, tag questions, emoji of doubt or of something done, exclusions said with a word gorae does
not read, chat negations, quoted commands, permission asked, conflicting verbs, typos, Slack markup, mixed scripts
and long sentences. Checked as the held-out tables are (tests/held_out.py: every row through `Gorae.explain`, as
`gorae explain --json`, over the fake corpus world of tests/fakes.py).

Per row (`test_break4_wording`): a matching plan passes; for `expect: none` nothing may run (and a row of a kind in
`never_offered` is never offered back as a write); a refusal is an xfail; any other plan fails.
`test_break4_no_wrong_write` is the point. `test_break4_read_rate` holds the rate reached (a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 150
# (session 10, branch break4: first read 196 rows with 31 writes other than the one meant; after the fixes 0)
FLOOR = 92.3  # 181 of 196 (92.3 %) after session 11 merged; before: 91.8, 180 of 196 (91.84 %) after the fixes of branch break4 (the rest are refusals: Hangul after a typed run, exclusions said with save/minus/bar/sans, long sentences)
TABLE = HeldOutTable("break4", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation", "past", "reported", "hypothetical", "exclusion", "emoji", "quoted"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break4_wording(row):
    TABLE.check_wording(row)


def test_break4_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break4_read_rate():
    TABLE.check_read_rate()


def test_break4_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break4.py: rate, misses, wrong writes
    TABLE.report()
