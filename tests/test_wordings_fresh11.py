"""The eleventh held-out table of chat wordings (issue 8): tests/data/wordings_fresh11.yaml.

Written by the `blind11` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the ninth table), by personas
new to the tables: a DBA who touches only db and volumes, a frontend dev who knows only "the site is
down", a Korean ops lead writing formal 합쇼체 requests and reports, a bilingual engineer switching
language inside one sentence — plus everyday chat, English ops chat, phone-typed CLI and rows that must
run nothing. Checked as every held-out table is (tests/held_out.py): a matching plan passes; for
`expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails, and so
does a proposal of a write other than the meant one. `test_fresh11_no_wrong_write` covers every row;
`test_fresh11_read_rate` asserts FLOOR11.
"""
from __future__ import annotations

from held_out import HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5
from test_wordings_fresh6 import ROWS6
from test_wordings_fresh7 import ROWS7
from test_wordings_fresh8 import ROWS8
from test_wordings_fresh9 import ROWS9

# The bar is 97 %. First read at 6be8665 (main, before any fix) on the real path (tests/corpus_check.py):
# 80.0 % (376 of 470), 4 wrong actions (see the table's header). The floor is the rate reached through
# Gorae.explain over the fake world, a floor that only goes up. Corrected before any fix (an alt for each of
# two rows that were the table's errors and two reads of a property said with no verb): 80.9 % (380 of 470),
# 2 wrong writes. After blind11's fix (tests/test_parse_blind11.py, tests/test_e2e_blind11.py): 81.1 % (381 of 470),
# 1 wrong write left — 'redis 컨테이너 r11 만들기만 해 실행은 말고' planned `docker create --name redis r11`, the
# name/image swap that branch wrong10 fixes (refused there): test_fresh11_no_wrong_write passes once wrong10 is
# merged. Misses were not fixed on this branch: the bar, 97 %, is not met — said so.
# After formal10 (tests/test_parse_formal10.py: formal 합쇼체 requests, code-switching, a Hangul name said beside its
# ASCII name, the containers' X said of no name): 88.5 % (416 of 470), 0 wrong writes through Gorae.explain.
FLOOR11 = 97.2  # 457 of 470 (97.2 %) after session 11 merged (f12ko); before: 97.0, 456 of 470 (97.02 %) after session 10 merged (m11, w2mix); before: 435 of 470 (92.6 %; "site" is no keyword now: 437 before) after session 9 merged (formal10, ctx10, f10en, f9en); 416 after formal10
TABLE11 = HeldOutTable("fresh11", min_rows=400, floor=FLOOR11,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9)
ROWS11 = TABLE11.rows


@TABLE11.each_row
def test_fresh11_wording(row):
    TABLE11.check_wording(row)


def test_fresh11_no_wrong_write():
    TABLE11.check_no_wrong_write()


def test_fresh11_read_rate():
    TABLE11.check_read_rate()


def test_fresh11_table_shape():
    TABLE11.check_shape()


def test_fresh11_every_verb_is_covered():
    TABLE11.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh11.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE11.report("-v" in sys.argv)
