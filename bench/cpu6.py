#!/usr/bin/env python3
"""CPU time of parse + plan per utterance (item 6's texts), robust to a loaded machine.

    .venv/bin/python bench/cpu6.py [--project DIR] [--rounds N] [--json OUT] [--slow K] [--first-sight]

Every text of tests/corpus/dev.yaml and tests/data/wordings_fresh.yaml is explained by
`Gorae.explain` against the fake corpus world (tests/fakes.py: no engine). An utterance's time is
the minimum over N rounds of `time.thread_time` around one explain (the CPU this thread spent:
other processes' load does not count, unlike wall time). Prints p50/p90/p99 per set and language
and the slowest texts. `--project DIR`: another checkout's bot/ and grammar/ (this checkout's texts). `--first-sight`: the caches keyed by a text or a
word said (bench/common.py FIRST_SIGHT_CACHES: Kiwi's analyses, the slip reading of a word) cleared before each
explain — every Korean text then pays Kiwi's analysis, as a first message does (without it, repeated rounds
leave Kiwi out).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", default=str(ROOT))
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--json")
    ap.add_argument("--slow", type=int, default=8)
    ap.add_argument("--first-sight", action="store_true", help="clear the Korean reading cache before each explain")
    a = ap.parse_args()
    project = Path(a.project).resolve()
    sys.path[:0] = [str(project), str(project / "tests"), str(ROOT / "bench")]
    os.environ["DOCKER_HOST"] = "unix:///nonexistent.sock"
    import bot

    assert Path(bot.__file__).resolve().is_relative_to(project), bot.__file__
    from fakes import FakeView  # type: ignore[import-not-found]
    from wordings import CORPORA, korean, load_texts

    from bot.pipeline import Gorae

    g = Gorae()
    view = FakeView()
    g.view = lambda engine=None: view  # type: ignore[method-assign]
    sets = {name: list(dict.fromkeys(load_texts(p))) for name, p in CORPORA.items()}
    every = list(dict.fromkeys(t for ts in sets.values() for t in ts))
    for _ in range(2):
        for t in every:
            g.explain(t)
    best = {t: float("inf") for t in every}
    clock = time.thread_time
    forget = lambda: None  # noqa: E731
    if a.first_sight:
        from common import forget_said

        forget = forget_said
    for _ in range(a.rounds):
        for t in every:
            forget()
            s = clock()
            g.explain(t)
            d = clock() - s
            if d < best[t]:
                best[t] = d

    def pct(xs: list[float], p: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

    out = {}
    for name, ts in sets.items():
        for lang, pick in (("all", lambda t: True), ("Korean", korean), ("English+CLI", lambda t: not korean(t))):
            xs = [best[t] for t in ts if pick(t)]
            row = {k: pct(xs, p) * 1e6 for k, p in (("p50", 50), ("p90", 90), ("p99", 99))}
            out[f"{name} {lang}"] = row
            print(f"{name:12} {lang:12} n={len(xs):4}  p50 {row['p50']:6.0f}  p90 {row['p90']:6.0f}  p99 {row['p99']:6.0f} µs")
    slow = sorted(every, key=lambda t: -best[t])[: a.slow]
    for t in slow:
        print(f"  {best[t] * 1e6:6.0f} µs  {t!r}")
    if a.json:
        Path(a.json).write_text(json.dumps({"sets": out, "best": best}, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
