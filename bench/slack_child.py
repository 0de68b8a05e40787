"""`gorae slack ...` with a memory probe: the Slack process of item 5, unchanged, plus SIGUSR1.

    GORAE_BENCH_PROBE=/tmp/x.json .venv/bin/python bench/slack_child.py slack --http 3000 ...

On SIGUSR1 it writes to $GORAE_BENCH_PROBE: memory blocks held by Python's allocator
(sys.getallocatedblocks: grows with any Python-level leak), objects tracked by the GC, and
the bytes SQLite has allocated (its page caches: sqlite3_memory_used). RSS is read from
/proc by the benchmark. Everything else is `gorae` itself (bot.front.cli.main).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import json
import os
import signal
import sys


def sqlite_memory() -> int | None:
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        return int(lib.sqlite3_memory_used())
    except (OSError, AttributeError):  # SQLite linked into Python statically: not readable here
        return None


def probe(*_: object) -> None:
    path = os.environ["GORAE_BENCH_PROBE"]
    data = {"py_blocks": sys.getallocatedblocks(), "gc_objects": len(gc.get_objects()),
            "sqlite_bytes": sqlite_memory()}
    with open(path + ".tmp", "w") as f:
        json.dump(data, f)
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, probe)
    from bot.front.cli import main

    sys.exit(main(sys.argv[1:]))
