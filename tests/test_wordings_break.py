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

import os

import pytest
import yaml
from test_wordings_fresh import answer, check_row, read_rate, wrong_write

TABLE = os.path.join(os.path.dirname(__file__), "data", "wordings_break.yaml")
ROWS: list[dict] = yaml.safe_load(open(TABLE, encoding="utf-8"))
MIN_ROWS = 500
# Many rows ask for a refusal-or-nothing; the rows that ask for a command are read at this rate or better
# (session 7, branch break: 87.6 % of 606 rows after the fixes, 0 wrong writes; the rest are refusals;
# session 8, branch ko8: 91.7 %; en8 alone (English contrasts, corrections, exec -u with a verb or uid, keeps
# restarting + a request, check … then X it): 90.4 %).
FLOOR = 94.0  # 570 of 606 (94.06 %) after merging ko8 and en8 (lead, real path)


def _id(row: dict) -> str:
    return f"break:{row.get('kind', '-')}:{row['text']}"


@pytest.mark.parametrize("row", ROWS, ids=[_id(r) for r in ROWS])
def test_break_wording(row):
    check_row(row, ("negation", "schedule", "past", "reported", "hypothetical"))


def test_break_no_wrong_write():
    wrong = [(r["text"], list(answer(r["text"]).cli), r["expect"]) for r in ROWS
             if wrong_write(r, answer(r["text"]))]
    assert not wrong, "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}: planned {got}, want {want}" for t, got, want in wrong)


def test_break_read_rate():
    rate, misses = read_rate(ROWS)
    assert rate >= FLOOR, f"wordings_break: read {rate:.1f}% of {len(ROWS)} rows; misses: {misses}"


def test_break_table_shape():
    texts = [r["text"] for r in ROWS]
    assert len(texts) >= MIN_ROWS
    assert len(set(texts)) == len(texts), "duplicate rows"
    for r in ROWS:
        assert r.get("kind"), r
        assert r["expect"] == "none" or (isinstance(r["expect"], list) and r["expect"]), r
    korean = sum(any("\uac00" <= ch <= "\ud7a3" for ch in t) for t in texts)
    assert 0.3 <= korean / len(texts) <= 0.7  # both languages


if __name__ == "__main__":  # python tests/test_wordings_break.py: rate, misses, wrong writes
    rate, misses = read_rate(ROWS)
    print(f"wordings_break: read {rate:.1f}% of {len(ROWS)} rows")
    for kind, texts in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  {kind:14s} {len(texts):3d}  e.g. {texts[0]!r}")
    for r in ROWS:
        if wrong_write(r, answer(r["text"])):
            print(f"  WRONG {r['text']!r}: planned {list(answer(r['text']).cli)}, want {r['expect']}")
