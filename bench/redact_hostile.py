"""Redaction time on hostile and ordinary input (issue 9): must grow linearly with the size.

    .venv/bin/python bench/redact_hostile.py            # table: input kind, size, ms, ms per 100 KB
    .venv/bin/python bench/redact_hostile.py --project /other/checkout   # the `bot/` of another checkout

Before issue 9 a 160 KB word of secret names ("PASSWORD" * 20,000) took 181 s and
"a://" * 50,000 (200 KB) 41 s: the name and URL patterns backtracked quadratically.
Each input is capped at --max-seconds (default 30, run in a child process) so a
quadratic `bot/` still finishes the table.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

KINDS = {
    "logs (key=value lines)": lambda n: ('2026-12-01T00:00:00Z level=info msg="GET /a?id=3" user=bob -p 80\n'
                                         * (n // 62)),
    "one word of secret names": lambda n: "PASSWORD" * (n // 8),
    "scheme-like words": lambda n: "a://" * (n // 4),
    "unclosed quote, KEY=": lambda n: "'" + "PASSWORD=x" * (n // 10),
    "a=b=a=b": lambda n: "a=b=" * (n // 4),
    "-u clusters": lambda n: "-ua/" * (n // 4),
    "mysql -p repeated": lambda n: "mysql -p " * (n // 9),
}
SIZES = (50_000, 200_000, 800_000)


def child(project: str, kind: str, size: int) -> None:
    sys.path.insert(0, project)
    from bot.redact import redact

    text = KINDS[kind](size)
    t = time.perf_counter()
    redact(text)
    print(json.dumps({"ms": (time.perf_counter() - t) * 1000}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--max-seconds", type=float, default=30)
    ap.add_argument("--child", nargs=2)
    a = ap.parse_args()
    if a.child:
        child(a.project, a.child[0], int(a.child[1]))
        return 0
    print(f"{'input':28} {'size':>8} {'ms':>9} {'ms/100KB':>9}")
    for kind in KINDS:
        for size in SIZES:
            try:
                p = subprocess.run([sys.executable, __file__, "--project", a.project, "--child", kind, str(size)],
                                   capture_output=True, text=True, timeout=a.max_seconds)
                ms = json.loads(p.stdout)["ms"]
                print(f"{kind:28} {size:>8} {ms:>9.1f} {ms * 100_000 / size:>9.1f}")
            except subprocess.TimeoutExpired:
                print(f"{kind:28} {size:>8} {'>' + str(int(a.max_seconds * 1000)):>9} {'-':>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
