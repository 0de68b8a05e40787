#!/usr/bin/env python3
"""Item 6's parse + plan counted, not timed: the same numbers under any load (issue 8, session 11, perf12).

    .venv/bin/python bench/count6.py opcodes [--project DIR] [--tail N] [--json OUT] [--top K]
    .venv/bin/python bench/count6.py callgrind [--project DIR] [--tail N] [--rounds R]

Timing on this machine is decided by the other engineers' load (load 5–14: the CPU time of one explain moves by
±20 % between runs), so a speed change is compared here by counts that do not move:

- `opcodes`: the Python bytecode instructions one `Gorae.explain` executes (sys.settrace with opcode events,
  after a warm-up explain of every text: Kiwi's analyses and the caches as in item 6), per text and per
  function (file, first line, name; a dataclass `__init__` by its class). Exact and repeatable; it does not
  weigh a C call (a regex, a dict) by its cost, nor a Python call's own overhead.
- `callgrind`: the machine instructions (valgrind --tool=callgrind, `Ir`) of R rounds of explains, as the
  difference of two runs (R rounds and 0 rounds after the same start and warm-up): every cost counted, repeatable
  to ~0.1 %; ~50x slower than the bench (minutes for 120 texts on a loaded machine).

The texts: every text of tests/corpus/dev.yaml and tests/data/wordings_fresh.yaml (item 6's), or with `--tail N`
the N slowest of them by `bench/cpu6.py --json`'s per-text minimum (`--times FILE`; without it, by their opcode
count in this checkout). `--project DIR`: another checkout's bot/ and grammar/ (e.g. an untouched main), with
this checkout's texts, as bench/cpu6.py.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _texts(tail: int, times: str | None) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from wordings import CORPORA, load_texts

    every = list(dict.fromkeys(t for p in CORPORA.values() for t in load_texts(p)))
    if tail and times:
        best = json.loads(Path(times).read_text(encoding="utf-8"))["best"]
        every = sorted(every, key=lambda t: -best.get(t, 0.0))[:tail]
    return every


def _gorae(project: Path) -> Any:
    sys.path[:0] = [str(project), str(project / "tests")]
    os.environ["DOCKER_HOST"] = "unix:///nonexistent.sock"
    import bot

    assert Path(bot.__file__).resolve().is_relative_to(project), bot.__file__
    from fakes import FakeView  # type: ignore[import-not-found]

    from bot.pipeline import Gorae

    g = Gorae()
    view = FakeView()
    g.view = lambda engine=None: view
    return g


def opcodes(project: Path, texts: list[str], tail: int, top: int, out: str | None) -> None:
    g = _gorae(project)
    for t in texts:
        g.explain(t)  # warm: Kiwi's analyses, the parsers' rows, the caches
    per_fn: Counter[tuple[str, Any, str]] = Counter()
    count = [0]

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        code = frame.f_code
        key = (code.co_filename.rsplit("/", 1)[-1], code.co_firstlineno, code.co_name)
        if code.co_filename == "<string>":  # a dataclass's generated method: by its class
            key = ("<string>", type(frame.f_locals.get("self")).__name__, code.co_name)

        def local(frame: Any, event: str, arg: Any) -> Any:
            if event == "opcode":
                per_fn[key] += 1
                count[0] += 1
            return local

        return local

    per_text: dict[str, int] = {}
    for t in texts:
        count[0] = 0
        sys.settrace(tracer)
        try:
            g.explain(t)
        finally:
            sys.settrace(None)
        per_text[t] = count[0]
    if tail and len(per_text) > tail:  # no times given: the N texts of most opcodes
        keep = sorted(per_text, key=lambda t: -per_text[t])[:tail]
        per_text = {t: per_text[t] for t in keep}
    xs = sorted(per_text.values())
    total = sum(per_fn.values())
    print(f"{len(xs)} texts: opcodes per explain mean {sum(xs) / len(xs):.0f}, p50 {xs[len(xs) // 2]}, "
          f"p99 {xs[min(len(xs) - 1, round(0.99 * (len(xs) - 1)))]}, max {xs[-1]}")
    for key, n in per_fn.most_common(top):
        print(f"  {n / total * 100:5.1f} %  {n:9d}  {key[0]}:{key[1]} {key[2]}")
    if out:
        Path(out).write_text(json.dumps({"per_text": per_text, "per_fn": [[list(k), v] for k, v in per_fn.most_common()]},
                                        ensure_ascii=False), encoding="utf-8")


def _rounds(project: Path, texts_file: str, rounds: int) -> None:
    """The child run under valgrind: the start, a warm-up explain of every text, then `rounds` rounds."""
    g = _gorae(project)
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    for _ in range(rounds + 1):
        for t in texts:
            g.explain(t)


def callgrind(project: Path, texts: list[str], rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        totals = {}
        procs = {}
        for r in (0, rounds):  # both at once: two cores
            out = Path(tmp) / f"cg.{r}.out"
            procs[r] = (out, subprocess.Popen(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__, "_rounds",
                 "--project", str(project), "--texts-file", str(texts_file), "--rounds", str(r)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for r, (out, proc) in procs.items():
            if proc.wait() != 0:
                raise SystemExit(f"valgrind run of {r} rounds failed ({proc.returncode})")
            line = next(x for x in out.read_text().splitlines() if x.startswith("totals:"))
            totals[r] = int(line.split()[1])
    per = (totals[rounds] - totals[0]) / (rounds * len(texts))
    print(f"{len(texts)} texts, {rounds} rounds: {per:,.0f} instructions per explain "
          f"(totals {totals[0]:,} and {totals[rounds]:,})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("opcodes", "callgrind", "_rounds"))
    ap.add_argument("--project", default=str(ROOT))
    ap.add_argument("--tail", type=int, default=0)
    ap.add_argument("--times", help="bench/cpu6.py --json output: the tail by its per-text times")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--json")
    ap.add_argument("--texts-file", help=argparse.SUPPRESS)
    a = ap.parse_args()
    project = Path(a.project).resolve()
    if a.mode == "_rounds":
        _rounds(project, a.texts_file, a.rounds)
        return 0
    texts = _texts(a.tail, a.times)
    if a.mode == "opcodes":
        opcodes(project, texts, a.tail if not a.times else 0, a.top, a.json)
    else:
        callgrind(project, texts, a.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
