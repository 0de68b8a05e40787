"""Adversarial wordings against session 7's new readings (issue 8, branch `break`): tests/data/wordings_break.yaml.

Written to break the readings added in session 7 (a verbless exec, "X에 CMD 날려", "check CMD on X", "ping
HOST from X", "run CMD as USER in X", "start IMAGE on PORT", counts, 껐다가 sequences, "나머지는 건드리지 마",
"not A, just B", reminders, relative clauses, complaints with HTTP codes, questions of a property, docker
top/port) with negations, questions, past/reported/hypothetical forms, command words inside an exec's
argument and names that equal verbs, images or numbers. Checked as the held-out tables are
(tests/test_wordings_fresh.py's helpers: every row through `Gorae.explain`, as `gorae explain --json`,
over the fake corpus world of tests/fakes.py).

Per row (`test_break_wording`): a matching plan passes; for `expect: none` nothing may run and a
negation, a past, a report, a supposition or a schedule is never offered back as a write; a refusal is
an xfail; any other plan fails. `test_break_no_wrong_write` is the point: no row plans a write other
than the one meant. `test_break_read_rate` holds the rate reached (a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 500
# Many rows ask for a refusal-or-nothing; the rows that ask for a command are read at this rate or better
# (session 7, branch break: 87.6 % of 606 rows after the fixes, 0 wrong writes; the rest are refusals;
# session 8, branch ko8: 91.7 %; en8 alone (English contrasts, corrections, exec -u with a verb or uid, keeps
# restarting + a request, check … then X it): 90.4 %).
FLOOR = 93.5  # 567 of 606 (93.56 %) after wrong10: "redis/nginx/alpine/ubuntu:focal에서 CMD" with a container of that image here (cache, web, data, my-volume) is asked which, never a new container (the rows expect a run); before: 570 of 606 (94.06 %) after merging ko8 and en8 (lead, real path)
TABLE = HeldOutTable("break", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation", "schedule", "past", "reported", "hypothetical"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break_wording(row):
    TABLE.check_wording(row)


def test_break_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break_read_rate():
    TABLE.check_read_rate()


def test_break_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break.py: rate, misses, wrong writes
    TABLE.report()
