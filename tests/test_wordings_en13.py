"""English breadth table of chat wordings, the second blind one (issue 8, branch en13): tests/data/wordings_en13.yaml.

Written by the `en13` engineer before reading the parser, its grammar or the earlier tables' rows (only issue 8,
README's tour, design.md's conventions and the headers of tests/data/wordings_en12.yaml and wordings_fresh12.yaml for
the format): English ops chat of five personas — a terse US SRE in Slack (rm, ctr, img, pls, thx, w/, w/o, b4), a
British colleague (could you kindly, cheers, have a look at), a non-native speaker (no articles, wrong tense: "please
restarting web", "web is need stop"), a manager asking questions, and someone pasting shell fragments ("web |
restart", "logs web --tail=20 pls", "$ docker ps", sudo) — with inflections, phrasal verbs, time words, run options in
words (env, port, volume, name, restart policy, memory, workdir, user), sequences, negations and corrections, and
about 14 % rows that run nothing. Checked as every held-out table is (tests/held_out.py): a matching plan passes; for
`expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails, and so does a
proposal of a write other than the meant one. `test_en13_no_wrong_write` covers every row; `test_en13_read_rate`
asserts FLOOR_EN13.
"""
from __future__ import annotations

from held_out import HeldOutTable

# First read (main at 957c000, before any fix): 71.3 % (288 of 404), 3 wrong writes (see the table's header).
# After en13's fixes (tests/test_parse_en13.py, tests/test_e2e_en13.py): 85.4 % (345 of 404), 0 wrong writes. The bar,
# 97 %, is not met: 59 rows left (run options in clauses of their own, manager questions, third-person verbs…).
FLOOR_EN13 = 97.2  # 391 of 402 (97.26 %) after session 14 merged (k16en); before: 96.5, 388 of 402 (96.52 %) after session 13 merged; before: 92.0, 370 of 402 (92.04 %) after session 12 merged (en14, f14en); before: 87.8, 353 of 402 (87.8 %) after session 11 merged (w2en13); 346 (86.1 %) after the first wave (2 rows dropped: fresh13 holds them); before: 71.2, the first read, rounded down (the lead raises it after merging)
TABLE_EN13 = HeldOutTable("en13", min_rows=300, floor=FLOOR_EN13)
ROWS_EN13 = TABLE_EN13.rows


@TABLE_EN13.each_row
def test_en13_wording(row):
    TABLE_EN13.check_wording(row)


def test_en13_no_wrong_write():
    TABLE_EN13.check_no_wrong_write()


def test_en13_read_rate():
    TABLE_EN13.check_read_rate()


def test_en13_table_shape():
    """Enough rows, none repeated, none held word for word by another table or the development corpus,
    every row with a kind and well-formed docker commands, English only, 10–20 % rows that run nothing."""
    TABLE_EN13.check_shape_one_language(300, lambda t: not any("\uac00" <= ch <= "\ud7a3" for ch in t), "English only")


def test_en13_every_verb_is_covered():
    TABLE_EN13.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_en13.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE_EN13.report("-v" in sys.argv)
