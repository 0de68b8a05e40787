"""Korean breadth by morphemes (issue 8, branch `ko12`): tests/data/wordings_ko12.yaml.

300-odd Korean chat wordings written fresh to stress morphology rather than vocabulary: every verb family
(run, exec, logs, ps, inspect, stats, start, stop, restart, pause, unpause, kill, rm, rmi, prune, pull, push,
tag, create, volume, network) said with endings and politeness levels (-어, -어요, -습니다, -ㅂ시다, -자, -ㄹ래,
-ㄹ게, -거라, -어라, -든지, -던가, -도록, -기 바람, -ㄹ 것, -삼, -셈, ㅇㅇ), auxiliaries (-어 주다/드리다/두다/
놓다/보다/버리다/치우다/내다), spacing variants, chat spellings (해죠, 해줭, 해조, ㄱㄱ, ㄱㄱㅆ, 고고), loanword
verbs (리스타트, 스탑, 킬, 풀 받다, 푸시), relative clauses for state (돌고 있는, 떠 있는, 죽은, 멈춰 있는, 꺼진,
만들어 놓은), quantity and exclusion, honorific -시-, and about 15 % rows that run nothing (past, reports,
permission questions, hypotheticals, reported speech, negations, schedules).

Checked as every held-out table is (tests/held_out.py, through `Gorae.explain` over the fake corpus world):
a matching plan passes; for `expect: none` any answer that runs nothing passes; a refusal is an xfail; any
other plan fails. `test_ko12_no_wrong_write` covers every row; `test_ko12_read_rate` asserts FLOOR_KO12.
The table is Korean only (the shape check of the mixed tables asks 50–70 % Korean: this one has its own).
"""
from __future__ import annotations

import os
import re

from held_out import HeldOutTable

HERE = os.path.dirname(__file__)
HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
# First read (main at 0ade440, before any fix): 97.1 % (334 of 344), 1 wrong write (see the table's header).
# After ko12's fixes (tests/test_parse_ko12.py): 98.8 % (340 of 344), 0 wrong writes; left: two -던가 rows (asked,
# never run) and the two `docker tag` rows (no such command in gorae).
FLOOR_KO12 = 99.4  # 339 of 341 (99.4 %) after session 11 merged (tag); before: 98.8, 340 of 344 (97.1 %, 334, at the first read)
TABLE = HeldOutTable("ko12", min_rows=300, floor=FLOOR_KO12)
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_ko12_wording(row):
    TABLE.check_wording(row)


def test_ko12_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_ko12_read_rate():
    TABLE.check_read_rate()


def test_ko12_table_shape():
    TABLE.check_shape_one_language(TABLE.min_rows, lambda t: bool(HANGUL.search(t)), "a Korean table")


def test_ko12_every_verb_is_covered():
    TABLE.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_ko12.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE.report("-v" in sys.argv)
