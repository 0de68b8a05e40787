#!/usr/bin/env python3
"""Where the per-table unit tests' two readings of a row disagree.

    .venv/bin/python tests/compare_paths.py [TABLE.yaml ...]

For every row of every table (default: the tables tests/test_e2e_tables.py scores), the answer of
`Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.py `answer`, the path of
`gorae explain --json`) and of normalize -> parse -> plan (`answer_parse_plan`, the path the unit
tests took before session 7), each scored against the row as tests/corpus_check.py scores it.
Prints every row whose two answers differ, then a count per table; exit 1 when any differ. Left at
session 7 (intended): 5 `expect: none` rows with a word that names nothing ("restart the flibber web")
that Gorae.explain offers as a question without that word (`docker restart web`, run it?), nothing run.
"""
from __future__ import annotations

import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from test_wordings_fresh import answer, answer_parse_plan, read_right, wrong_write  # noqa: E402

TABLES = ["corpus/dev.yaml"] + [f"data/wordings_fresh{n}.yaml" for n in ("", 2, 3, 4, 5, 6)] + [
    "data/wordings_misses.yaml"]


def main(paths: list[str]) -> int:
    total = 0
    for path in paths or [os.path.join(HERE, t) for t in TABLES]:
        rows = yaml.safe_load(open(path, encoding="utf-8"))
        diff = 0
        for r in rows:
            new, old = answer(r["text"]), answer_parse_plan(r["text"])
            if new.cli == old.cli and new.proposal == old.proposal:
                continue
            diff += 1
            mark = ("WRONG " if wrong_write(r, new) else "") + ("read" if read_right(r, new) else "miss")
            was = "read" if read_right(r, old) else "miss"
            print(f"{os.path.basename(path)}: {r['text']!r} [{was} -> {mark}]\n"
                  f"    want      {r['expect']}\n"
                  f"    explain   {list(new.cli) or new.refusal} {('proposal ' + str(list(new.proposal))) if new.proposal else ''}\n"
                  f"    parse+plan {list(old.cli) or old.refusal} {('proposal ' + str(list(old.proposal))) if old.proposal else ''}")
        print(f"== {os.path.basename(path)}: {diff} of {len(rows)} rows differ")
        total += diff
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
