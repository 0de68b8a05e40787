"""The seventh held-out table of chat wordings (issue 8): tests/data/wordings_fresh7.yaml.

Written by an engineer who had read neither the parser, its grammar nor the earlier tables
(only issue 8, README's tour and its conventions, and the development corpus): a new user at 3 a.m.
on a phone, in every politeness level, with adversarial rows that tempt a wrong write.
Checked exactly as the earlier tables are (tests/test_wordings_fresh.py, whose helpers this file
uses): every row through the real normalize -> parse -> plan against the fake corpus world
(tests/fakes.py), the plan's docker CLI compared with the row's `expect` or one of its `alt`
plans by `plan_key`.

Per row (`test_fresh7_wording`): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal (not understood, with or without a proposal; or unresolved) is an
xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh7_no_wrong_write` fails if any row plans a write other than the one expected;
`test_fresh7_read_rate` asserts the rate reached (FLOOR7, a floor that only goes up); the bar is 97 %, not met.
"""
from __future__ import annotations

import os

import pytest
import yaml
from test_wordings_fresh import (
    ALL_ROWS,
    MIN_READ_RATE,
    answer,
    check_row,
    read_rate,
    wrong_write,
)
from test_wordings_fresh5 import ROWS5, check_every_verb_is_covered, check_table_shape
from test_wordings_fresh6 import ROWS6

TABLE7 = os.path.join(os.path.dirname(__file__), "data", "wordings_fresh7.yaml")
ROWS7: list[dict] = yaml.safe_load(open(TABLE7, encoding="utf-8"))
MIN_ROWS7 = 620
# The bar is 97 %; first read of this table at 750edd6: 77.2 % (14 wrong writes, 3 of them the
# table's own errors, corrected: 77.6 %, 11); after session 7's fixes 84.7 %, 0 wrong writes. Not met, said
# so: the floor is the rate reached (see the table's header), a floor that only goes up, never an xfail
# that would hide a drop. ko7 (Korean kinds: --opt=value in a command line, 명령 실행): 85.7 %; en7 (English kinds) merged with ko7: 89.1 %;
# ko7b (Korean property questions, complaints, X에서 CMD -p N) merged with en7: 91.0 % (613/673).
# prune (docker volume/network/image prune, tests/test_prune.py) merged with ko7b: 91.8 % (618/673).
# en8 (English and docker-CLI kinds: a name in another case, inspect of several / image inspect, why/how-many
# questions, not A just B, corrections, comma sequences, exec -u with a verb or uid, -m, publishing N to M): 93.9 % (632/673).
FLOOR7 = 93.9


def _id(row: dict) -> str:
    return f"fresh7:{row.get('kind', '-')}:{row['text']}"


@pytest.mark.parametrize("row", ROWS7, ids=[_id(r) for r in ROWS7])
def test_fresh7_wording(row):
    check_row(row, ("negation", "schedule", "past", "reported", "hypothetical", "joke", "sarcasm"))


def test_fresh7_no_wrong_write():
    wrong = [(r["text"], list(answer(r["text"]).cli), r["expect"]) for r in ROWS7
             if wrong_write(r, answer(r["text"]))]
    assert not wrong, "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}: planned {got}, want {want}" for t, got, want in wrong)


def test_fresh7_read_rate():
    rate, misses = read_rate(ROWS7)
    detail = "\n".join(f"  {k}: {len(v)}  e.g. {v[0]!r}" for k, v in
                       sorted(misses.items(), key=lambda kv: -len(kv[1])))
    assert rate >= FLOOR7, f"wordings_fresh7: read {rate:.1f}% of {len(ROWS7)} rows; misses by kind:\n{detail}"


def test_fresh7_table_shape():
    check_table_shape(ROWS7, MIN_ROWS7, ALL_ROWS + ROWS5 + ROWS6)


def test_fresh7_every_verb_is_covered():
    check_every_verb_is_covered(ROWS7)


if __name__ == "__main__":  # python tests/test_wordings_fresh7.py [-v]: rate, misses by kind, wrong writes
    import sys

    rate, misses = read_rate(ROWS7)
    print(f"wordings_fresh7: read {rate:.1f}% of {len(ROWS7)} rows (bar {MIN_READ_RATE}%)")
    for kind, texts in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  {kind:14s} {len(texts):3d}  e.g. {texts[0]!r}")
        if "-v" in sys.argv:
            for t in texts:
                a = answer(t)
                print(f"      {t!r}: {list(a.cli) or a.refusal}" + (f" proposal {list(a.proposal)}" if a.proposal else ""))
    wrong = [r for r in ROWS7 if wrong_write(r, answer(r["text"]))]
    print(f"  wrong writes: {len(wrong)}")
    for r in wrong:
        print(f"    {r['text']!r}: planned {list(answer(r['text']).cli)}, want {r['expect']}")
