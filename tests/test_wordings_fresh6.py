"""The sixth held-out table of chat wordings (issue 8): tests/data/wordings_fresh6.yaml.

Written by an engineer who had read neither the parser, its grammar nor the earlier tables
(only issue 8, README's tour and its conventions, and the development corpus), in on-call Slack voice.
Checked exactly as the earlier tables are (tests/test_wordings_fresh.py, whose helpers this file
uses): every row through `Gorae.explain` (as `gorae explain --json`) over the fake corpus world
(tests/fakes.py), the plan's docker CLI compared with the row's `expect` or one of its `alt`
plans by `plan_key`.

Per row (`test_fresh6_wording`): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal (not understood, with or without a proposal; or unresolved) is an
xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh6_no_wrong_write` fails if any row plans a write other than the one expected;
`test_fresh6_read_rate` asserts that at least 97 % of the rows are read right.
"""
from __future__ import annotations

from held_out import NEVER_OFFERED, HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5

MIN_ROWS6 = 620
# The bar is 97 %; this table is read less (first read at 43b8959: 84.0 %, 4 wrong writes; after
# session 5's fixes 93.3 %, 0 wrong writes; see the table's header). Not met, said so: the test holds the
# rate reached (a floor that only goes up), never an xfail that would hide a drop.
# en6 (session 6): every English miss read, docker top/port added — 96.5 %, 0 wrong writes (the 24 left are Korean: ko6).
# ko6 (session 6): the Korean and mixed kinds read (tests/test_parse_ko6.py) — with en6, 100 %, 0 wrong writes.
FLOOR6 = 100.0
# The sixth table's rows of these kinds are never offered as a question (sarcasm had no rows then).
NEVER_OFFERED6 = tuple(k for k in NEVER_OFFERED if k != "sarcasm")
TABLE6 = HeldOutTable("fresh6", min_rows=MIN_ROWS6, floor=FLOOR6, earlier=ALL_ROWS + ROWS5, never_offered=NEVER_OFFERED6)
ROWS6: list[dict] = TABLE6.rows


@TABLE6.each_row
def test_fresh6_wording(row):
    TABLE6.check_wording(row)


def test_fresh6_no_wrong_write():
    TABLE6.check_no_wrong_write()


def test_fresh6_read_rate():
    TABLE6.check_read_rate()


def test_fresh6_table_shape():
    TABLE6.check_shape()


def test_fresh6_every_verb_is_covered():
    TABLE6.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh6.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE6.report("-v" in sys.argv)
