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

import glob
import os
import re

import yaml
from held_out import HeldOutTable
from test_wordings_fresh import plan_key

HERE = os.path.dirname(__file__)
HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
# First read (main at 0ade440, before any fix): 97.1 % (334 of 344), 1 wrong write (see the table's header).
# After ko12's fixes (tests/test_parse_ko12.py): 98.8 % (340 of 344), 0 wrong writes; left: two -던가 rows (asked,
# never run) and the two `docker tag` rows (no such command in gorae).
FLOOR_KO12 = 98.8  # 340 of 344 (97.1 %, 334, at the first read)
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
    texts = [r["text"] for r in ROWS]
    assert len(texts) >= TABLE.min_rows
    assert len(set(texts)) == len(texts), "duplicate rows"
    earlier: set[str] = set()
    for path in glob.glob(os.path.join(HERE, "data", "wordings_*.yaml")) + [os.path.join(HERE, "corpus", "dev.yaml")]:
        if os.path.basename(path) != "wordings_ko12.yaml":
            earlier |= {r["text"] for r in yaml.safe_load(open(path, encoding="utf-8")) or []
                        if isinstance(r, dict) and "text" in r}
    assert not earlier & set(texts), sorted(earlier & set(texts))
    for r in ROWS:
        assert r.get("kind"), r
        assert r["expect"] == "none" or (isinstance(r["expect"], list) and r["expect"]), r
        if r["expect"] != "none":
            for p in [r["expect"]] + r.get("alt", []):
                assert all(c.startswith("docker ") for c in p), r
                plan_key(p)
    assert all(HANGUL.search(t) for t in texts), "a Korean table"
    nothing = sum(r["expect"] == "none" for r in ROWS)
    assert 0.1 <= nothing / len(ROWS) <= 0.2, nothing / len(ROWS)


def test_ko12_every_verb_is_covered():
    TABLE.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_ko12.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE.report("-v" in sys.argv)
