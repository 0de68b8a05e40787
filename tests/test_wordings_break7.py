"""Adversarial wordings, eighth round (issue 8, session 13, branch `break7`): tests/data/wordings_break7.yaml.

Written to make gorae plan a write other than the one meant, aimed at what sessions 11–12 added: incident orders
with ticket ids and clock times (a time read as a port?), courtesy sentences, a permission asked then a go-ahead,
pasted `docker ps` rows then "this one" (two rows pasted), backtick names, state filters beside a write, 나머지 /
the rest, a name said to be fine ("web은 정상이야", "web is up,"), a container addressed (야/아, "web:", 한테 …시켜,
"hey web,"), -면 좋겠다 wishes, numbers glued before an image ("8080nginx"), the typo reader, chat -ㅁ endings,
"X는 켜두고" (keep on), "anyway", a negated verb then another. Checked as the held-out tables are
(tests/held_out.py: every row through `Gorae.explain`, as `gorae explain --json`, over the fake corpus world of
tests/fakes.py).

Per row (`test_break7_wording`): a matching plan passes; for `expect: none` nothing may run (and a row of a kind in
`never_offered` is never offered back as a write); a refusal is an xfail; any other plan fails, and so does a
proposal of another write. `test_break7_no_wrong_write` is the point. `test_break7_read_rate` holds the rate reached
(a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 370
FLOOR = 69.3  # 263 of 379 (69.39 %) after session 14 merged (chain16); before: 68.8, 261 of 379 (68.87 %) after session 13 merged; before: 67.8, 257 of 379 after the fixes of branch break7 (first read on main 3d068b7: 56.9 % of the first 246 rows,
# 33 wrong writes; the second batch of 133: 66.9 %, 10 wrong writes; after: 0)
TABLE = HeldOutTable("break7", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation", "past", "reported", "joke"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break7_wording(row):
    TABLE.check_wording(row)


def test_break7_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break7_read_rate():
    TABLE.check_read_rate()


def test_break7_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


if __name__ == "__main__":  # python tests/test_wordings_break7.py: rate, misses, wrong writes
    import sys

    TABLE.report(verbose="-v" in sys.argv)
