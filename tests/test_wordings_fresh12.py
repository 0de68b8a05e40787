"""The twelfth held-out table of chat wordings (issue 8): tests/data/wordings_fresh12.yaml.

Written by the `blind12` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the eleventh table), by personas
new to the tables: an SRE paged at 3 a.m. typing on a phone (typos, no spaces, jamo slang), a junior who
asks before acting, a manager asking status questions, a Korean user writing docker words in Hangul
(리스타트, 스탑, 로그 테일), a terse English user, someone correcting themselves mid-sentence — plus
everyday Korean and English chat, phone-typed CLI and rows that must run nothing. Checked as every
held-out table is (tests/held_out.py): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal is an xfail; any other plan fails, and so does a proposal of a write other
than the meant one. `test_fresh12_no_wrong_write` covers every row; `test_fresh12_read_rate` asserts FLOOR12.
"""
from __future__ import annotations

from held_out import HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5
from test_wordings_fresh6 import ROWS6
from test_wordings_fresh7 import ROWS7
from test_wordings_fresh8 import ROWS8
from test_wordings_fresh9 import ROWS9
from test_wordings_fresh10 import ROWS10
from test_wordings_fresh11 import ROWS11

# The bar is 97 %. FIRST READ at 0ade440 (main, before any fix): 81.8 % (616 of 753), 5 wrong writes, four of them
# the table's errors (corrected, see its header): 82.3 % (620 of 753), 1 wrong write (push of an image said by its
# last name). The floor is the rate reached through
# Gorae.explain over the fake world, a floor that only goes up.
# After blind12's fixes (tests/test_parse_blind12.py, tests/test_e2e_blind12.py: the push of an image said by its last
# name; docker's words in Hangul; a word taken back by 아니 / "wait no" / "i meant"; vol/vols; a junior's politeness;
# 쓸모없는, sweep away, 완전히; release from pause) and the table's correction of 'whats up' (its header):
# 86.9 % (654 of 753), 0 wrong writes, through Gorae.explain and on the real path (tests/corpus_check.py: 0 wrong
# actions). The bar, 97 %, is not met: said so.
FLOOR12 = 98.8  # 744 of 753 (98.8 %) after session 11 merged (tag, f12en, f12ko, en12fix, en13); before: 89.4, 674 of 753 (89.5 %) after session 10 merged (blind12, w2ko, w2en, w2mix); before: first read of the corrected table: 82.3 % (620 of 753) through Gorae.explain at 0ade440
TABLE12 = HeldOutTable("fresh12", min_rows=600, floor=FLOOR12,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11)
ROWS12 = TABLE12.rows


@TABLE12.each_row
def test_fresh12_wording(row):
    TABLE12.check_wording(row)


def test_fresh12_no_wrong_write():
    TABLE12.check_no_wrong_write()


def test_fresh12_read_rate():
    TABLE12.check_read_rate()


def test_fresh12_table_shape():
    TABLE12.check_shape()


def test_fresh12_every_verb_is_covered():
    TABLE12.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh12.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE12.report("-v" in sys.argv)
