"""Paired before/after runs of the one-shot `gorae explain TEXT` (item 7), wall and CPU time.

    .venv/bin/python bench/oneshot_pair.py --before ../main-checkout [--pairs 10] [--lang Korean]

Each pair runs the same command once with the project under test (this checkout) and once with
`--before` (another checkout: its bot/ and grammar/ first on PYTHONPATH, bench/project.py), in
alternating order, through this checkout's `.venv/bin/gorae`. CPU time is user + sys of the
command and of every process it started — the Korean one-shot's forked analyser child
(bot/language/ahead.py) outlives its parent by a moment and is not the bench's child, so this
process makes itself the subreaper (Linux `prctl(PR_SET_CHILD_SUBREAPER)`) and reaps it too.
Prints one JSON object: per language and side, the median and minimum wall and CPU seconds,
and the median of the per-pair ratios after/before.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import ROOT, med, py_env  # noqa: E402
from wordings import COLD_TEXTS  # noqa: E402

PR_SET_CHILD_SUBREAPER = 36


def subreaper() -> None:
    """Orphans of the commands run here (the forked analyser) become this process's children."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """(wall seconds to the command's exit, CPU seconds of it and its descendants, stdout)."""
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                       cwd=tempfile.gettempdir(), timeout=120)
    wall = time.perf_counter() - t0
    while True:  # reap what it left behind (the analyser child ends on its parent's EOF)
        try:
            pid, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            break
    return wall, children_cpu() - cpu0, p.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", type=Path, required=True, help="the checkout to compare with")
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--lang", action="append", choices=sorted(COLD_TEXTS), help="default: every language")
    args = ap.parse_args(argv)
    subreaper()
    gorae = str(ROOT / ".venv" / "bin" / "gorae")
    envs = {"after": py_env(project=ROOT), "before": py_env(project=args.before.resolve())}
    out: dict[str, dict[str, dict[str, float]]] = {}
    for lang in args.lang or list(COLD_TEXTS):
        cmd = [gorae, "explain", COLD_TEXTS[lang]]
        for side in envs:  # bytecode and parser caches first
            for _ in range(2):
                run(cmd, envs[side])
            if run(cmd, envs[side])[2] != run(cmd, envs["after"])[2]:
                raise SystemExit(f"{lang}: before and after answer differently")
        got: dict[str, list[tuple[float, float]]] = {"after": [], "before": []}
        for i in range(args.pairs):
            for side in (("after", "before") if i % 2 == 0 else ("before", "after")):
                w, c, _ = run(cmd, envs[side])
                got[side].append((w, c))
        out[lang] = {side: {"wall_median_s": med(w for w, _ in v), "wall_min_s": min(w for w, _ in v),
                            "cpu_median_s": med(c for _, c in v), "cpu_min_s": min(c for _, c in v)}
                     for side, v in got.items()}
        out[lang]["after/before"] = {
            "wall": med(a[0] / b[0] for a, b in zip(got["after"], got["before"])),
            "cpu": med(a[1] / b[1] for a, b in zip(got["after"], got["before"]))}
    out["load"] = {"end": os.getloadavg()[0]}  # type: ignore[dict-item]
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
