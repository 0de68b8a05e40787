"""Adversarial wordings, tenth round (issue 8, session 15, branch `brk17`): tests/data/wordings_break9.yaml.

Written to make gorae plan a write other than the one meant, in families not tried before: chat noise next to wishes,
questions, the past and hypotheticals; corrections, chains, reasons, relayed words and context beside negation,
quantity or exclusion; a calling off said after two requests; names that are keywords; particles glued to names with
tags or paths; typed CLI with typos in flags; quoted verbs; long sentences taken back at the end; look-alikes (full-width,
Cyrillic, combining marks, zero-width); Slack markup; numbers that could be ports, counts or IDs; two languages each with
a verb; a dare, scorn or "no use" said of a write; Korean 그거 after two names. Checked as the held-out tables are
(tests/held_out.py: every row through `Gorae.explain`, as `gorae explain --json`, over the fake corpus world).

Per row (`test_break9_wording`): a matching plan passes; for `expect: none` nothing may run (and a row of a kind in
`NEVER` is never offered back as a write); a refusal is an xfail; any other plan fails, and so does a proposal of another
write. `test_break9_no_wrong_write` is the point. `test_break9_read_rate` holds the rate reached (a floor that only goes
up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 500
FLOOR = 93.0  # 497 of 534 (93.07 %) after the fixes of branch brk17 (first read on main 7885a36: 86.3 %, 36 wrong writes)
# kinds whose rows run nothing and are never offered back as a write (a wish, a permission or a question may be asked back)
NEVER = ("negation", "past", "reported", "joke", "cancel", "schedule", "conditional", "hypothetical", "past-noise",
         "past-neg", "correction-neg", "chain-cancel", "then-cancel", "long-neg", "long-neg2", "quantity-neg", "threat",
         "should-have", "useless", "mocked", "who-did", "sob", "polite-neg", "mixed-neg", "relayed-neg", "context-neg",
         "no-need", "hearsay-en", "chat-neg", "combining", "lookalike")
TABLE = HeldOutTable("break9", min_rows=MIN_ROWS, floor=FLOOR, never_offered=NEVER)
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break9_wording(row):
    TABLE.check_wording(row)


def test_break9_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break9_read_rate():
    TABLE.check_read_rate()


def test_break9_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break9.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
