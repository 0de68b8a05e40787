"""Paired before/after runs of the one-shot `gorae explain TEXT` (item 7), wall and CPU time.

    .venv/bin/python bench/oneshot_pair.py --before ../main-checkout [--pairs 10] [--lang Korean]

Each pair runs the same command once with the project under test (this checkout) and once with
`--before` (another checkout: its bot/ and grammar/ first on PYTHONPATH, bench/project.py), in
alternating order, through this checkout's `.venv/bin/gorae`. CPU time is user + sys of the
command and of every process it started — the Korean one-shot's forked analyser child
(bot/language/ahead.py) outlives its parent by a moment and is not the bench's child, so this
process makes itself the subreaper (Linux `prctl(PR_SET_CHILD_SUBREAPER)`) and reaps it too.
Prints one JSON object: per language and side, the median and minimum wall and CPU seconds (and
the CPU of the command alone and of the analyser child alone, each process's own rusage from
`os.wait4`, with the child's page faults), and the median of the per-pair ratios after/before.
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
from typing import NamedTuple

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


class Ran(NamedTuple):
    wall: float  # seconds to the command's exit
    cpu: float  # CPU seconds of the command and every process it started
    own: float  # CPU seconds of the command's own process
    child: float  # CPU seconds of the processes it left behind (the forked analyser), 0 if none
    faults: int  # minor page faults of those
    out: bytes


def run(cmd: list[str], env: dict[str, str]) -> Ran:
    """Run `cmd` once; its wall and CPU times, and its left-behind children's (reaped here)."""
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                         cwd=tempfile.gettempdir())
    assert p.stdout is not None
    out = p.stdout.read()  # to the command's exit (the analyser child's stdout is not this pipe)
    _, _, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.stdout.close()
    p.returncode = 0  # reaped here, not by subprocess
    own, child, faults = ru.ru_utime + ru.ru_stime, 0.0, 0
    while True:  # reap what it left behind (the analyser child ends on its parent's EOF)
        try:
            _, _, ru = os.wait4(-1, 0)
        except ChildProcessError:
            break
        child += ru.ru_utime + ru.ru_stime
        faults += ru.ru_minflt
    return Ran(wall, children_cpu() - cpu0, own, child, faults, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", type=Path, required=True, help="the checkout to compare with")
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--lang", action="append", choices=sorted(COLD_TEXTS), help="default: every language")
    args = ap.parse_args(argv)
    subreaper()
    load0 = os.getloadavg()[0]
    gorae = str(ROOT / ".venv" / "bin" / "gorae")
    envs = {"after": py_env(project=ROOT), "before": py_env(project=args.before.resolve())}
    out: dict[str, dict[str, dict[str, float]]] = {}
    for lang in args.lang or list(COLD_TEXTS):
        cmd = [gorae, "explain", COLD_TEXTS[lang]]
        for side in envs:  # bytecode and parser caches first
            for _ in range(2):
                run(cmd, envs[side])
            if run(cmd, envs[side]).out != run(cmd, envs["after"]).out:
                raise SystemExit(f"{lang}: before and after answer differently")
        got: dict[str, list[Ran]] = {"after": [], "before": []}
        for i in range(args.pairs):
            for side in (("after", "before") if i % 2 == 0 else ("before", "after")):
                got[side].append(run(cmd, envs[side]))
        out[lang] = {side: {"wall_median_s": med(r.wall for r in v), "wall_min_s": min(r.wall for r in v),
                            "cpu_median_s": med(r.cpu for r in v), "cpu_min_s": min(r.cpu for r in v),
                            "command_cpu_median_s": med(r.own for r in v),
                            "analyser_cpu_median_s": med(r.child for r in v),
                            "analyser_faults_median": med(r.faults for r in v)}
                     for side, v in got.items()}
        out[lang]["after/before"] = {
            "wall": med(a.wall / b.wall for a, b in zip(got["after"], got["before"])),
            "cpu": med(a.cpu / b.cpu for a, b in zip(got["after"], got["before"]))}
    out["load"] = {"start": load0, "end": os.getloadavg()[0]}  # type: ignore[dict-item]
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
