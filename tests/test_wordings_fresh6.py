"""The sixth held-out table of chat wordings (issue 8): tests/data/wordings_fresh6.yaml.

Written by an engineer who had read neither the parser, its grammar nor the earlier tables
(only issue 8, README's tour and its conventions, and the development corpus), in on-call Slack voice.
Checked exactly as the earlier tables are (tests/test_wordings_fresh.py, whose helpers this file
uses): every row through `Gorae.explain` (as `gorae explain --json`) over the fake corpus world
(tests/fakes.py), the plan's docker CLI compared with the row's `expect` or one of its `alt`
plans by `plan_key`.

Per row (`test_fresh6_wording`): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal (not understood, with or without a proposal; or unresolved) is an
xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh6_no_wrong_write` fails if any row plans a write other than the one expected;
`test_fresh6_read_rate` asserts that at least 97 % of the rows are read right.
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

TABLE6 = os.path.join(os.path.dirname(__file__), "data", "wordings_fresh6.yaml")
ROWS6: list[dict] = yaml.safe_load(open(TABLE6, encoding="utf-8"))
MIN_ROWS6 = 620
# The bar is 97 %; this table is read less (first read at 43b8959: 84.0 %, 4 wrong writes; after
# session 5's fixes 93.3 %, 0 wrong writes; see the table's header). Not met, said so: the test holds the
# rate reached (a floor that only goes up), never an xfail that would hide a drop.
# en6 (session 6): every English miss read, docker top/port added — 96.5 %, 0 wrong writes (the 24 left are Korean: ko6).
# ko6 (session 6): the Korean and mixed kinds read (tests/test_parse_ko6.py) — with en6, 100 %, 0 wrong writes.
FLOOR6 = 100.0


def _id(row: dict) -> str:
    return f"fresh6:{row.get('kind', '-')}:{row['text']}"


@pytest.mark.parametrize("row", ROWS6, ids=[_id(r) for r in ROWS6])
def test_fresh6_wording(row):
    check_row(row, ("negation", "schedule", "past", "reported", "hypothetical", "joke"))


def test_fresh6_no_wrong_write():
    wrong = [(r["text"], list(answer(r["text"]).cli), r["expect"]) for r in ROWS6
             if wrong_write(r, answer(r["text"]))]
    assert not wrong, "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}: planned {got}, want {want}" for t, got, want in wrong)


def test_fresh6_read_rate():
    rate, misses = read_rate(ROWS6)
    detail = "\n".join(f"  {k}: {len(v)}  e.g. {v[0]!r}" for k, v in
                       sorted(misses.items(), key=lambda kv: -len(kv[1])))
    assert rate >= FLOOR6, f"wordings_fresh6: read {rate:.1f}% of {len(ROWS6)} rows; misses by kind:\n{detail}"


def test_fresh6_table_shape():
    check_table_shape(ROWS6, MIN_ROWS6, ALL_ROWS + ROWS5)


def test_fresh6_every_verb_is_covered():
    check_every_verb_is_covered(ROWS6)


if __name__ == "__main__":  # python tests/test_wordings_fresh6.py [-v]: rate, misses by kind, wrong writes
    import sys

    rate, misses = read_rate(ROWS6)
    print(f"wordings_fresh6: read {rate:.1f}% of {len(ROWS6)} rows (bar {MIN_READ_RATE}%)")
    for kind, texts in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  {kind:14s} {len(texts):3d}  e.g. {texts[0]!r}")
        if "-v" in sys.argv:
            for t in texts:
                a = answer(t)
                print(f"      {t!r}: {list(a.cli) or a.refusal}" + (f" proposal {list(a.proposal)}" if a.proposal else ""))
    wrong = [r for r in ROWS6 if wrong_write(r, answer(r["text"]))]
    print(f"  wrong writes: {len(wrong)}")
    for r in wrong:
        print(f"    {r['text']!r}: planned {list(answer(r['text']).cli)}, want {r['expect']}")
