"""English breadth table of chat wordings (issue 8, branch en12): tests/data/wordings_en12.yaml.

Written by the `en12` engineer before reading the parser or its grammar (only issue 8, README's tour,
design.md's conventions and the header of tests/data/wordings_fresh11.yaml for the format): English ops
chat only — inflections, phrasal verbs (spin up/down, take down, fire up, kick, cycle, tear down, wipe,
blow away), chat idioms (real quick, asap, lmk, can u, would you mind, r u able to), questions and status
checks, relative clauses ("the container that runs redis"), run options said in words (env, ports,
volumes, names, restart policy, memory, workdir, user, detached), time words ("since 10 minutes ago",
"the last hour"), sequences ("stop web, then remove it"), negations and exclusions, and about 15 % rows
that run nothing. Checked as every held-out table is (tests/held_out.py): a matching plan passes; for
`expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails, and so
does a proposal of a write other than the meant one. `test_en12_no_wrong_write` covers every row;
`test_en12_read_rate` asserts FLOOR_EN12.
"""
from __future__ import annotations

import os

from held_out import HeldOutTable

HERE = os.path.dirname(__file__)
# First read (main at 0ade440, before any fix): 69.5 % (214 of 308), 4 wrong writes; the table corrected (four alts,
# see its header): 70.8 % (218 of 308), 3 wrong writes. After en12's fixes (tests/test_parse_en12.py,
# tests/test_e2e_en12.py): 83.4 % (257 of 308), 0 wrong writes. The bar, 97 %, is not met: relative clauses naming
# containers by image (15 rows) and questions (12) are left.
FLOOR_EN12 = 97.7  # 300 of 307 (97.72 %) after session 12 merged (en14); before: 97.3, 299 of 307 (97.4 %) after session 11 merged (en12fix, en13, f12en); before: 89.5, 275 of 307 (89.6 %) after session 10 merged (w2en); before: 257 of 308 (83.44 %) after en12's fixes
TABLE_EN12 = HeldOutTable("en12", min_rows=250, floor=FLOOR_EN12)
ROWS_EN12 = TABLE_EN12.rows


@TABLE_EN12.each_row
def test_en12_wording(row):
    TABLE_EN12.check_wording(row)


def test_en12_no_wrong_write():
    TABLE_EN12.check_no_wrong_write()


def test_en12_read_rate():
    TABLE_EN12.check_read_rate()


def test_en12_table_shape():
    """Enough rows, none repeated, none held word for word by another table or the development corpus,
    every row with a kind and well-formed docker commands, English only, 10–20 % rows that run nothing.
    (The shared check asks for 50–70 % Korean: this table is the English one.)"""
    TABLE_EN12.check_shape_one_language(250, lambda t: not any("\uac00" <= ch <= "\ud7a3" for ch in t), "English only")


def test_en12_every_verb_is_covered():
    TABLE_EN12.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_en12.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE_EN12.report("-v" in sys.argv)
