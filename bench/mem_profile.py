"""Where the Slack process's memory goes: the same commands as item 5, in-process, with tracemalloc.

    .venv/bin/python bench/mem_profile.py [COMMANDS]      # default 1000

The bolt app and the real pipeline (policy, audit log, SQLite pending and dedup stores)
run in this process behind tests/slack_harness.py; tracemalloc snapshots at the half and
at the end are compared, and the biggest differences printed with their tracebacks. The
Python heap (what tracemalloc sees) is separated from RSS this way: what grows in RSS but
not here is native memory; SQLite's own allocations are read with sqlite3_memory_used().
"""
from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests"), str(HERE)]

from common import proc_status  # noqa: E402
from slack_fake import FakeSlack, mention  # noqa: E402
from slack_harness import Harness  # noqa: E402
from slack_memory import CHANNEL, POLICY, TEXTS, USER  # noqa: E402

from bot.pipeline import Gorae  # noqa: E402
from bot.policy.check import load_authorizer  # noqa: E402
from bot.state.audit import AuditLog  # noqa: E402
from bot.state.pending import SqlitePending  # noqa: E402


def sqlite_memory() -> int | None:
    """Bytes SQLite has allocated in this process (page caches, statements), or None."""
    import ctypes
    import ctypes.util

    try:
        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        return int(lib.sqlite3_memory_used())
    except (OSError, AttributeError):  # a Python with SQLite linked in statically
        return None


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    logging.disable(logging.WARNING)
    tmp = tempfile.mkdtemp(prefix="gorae-bench-mem-")
    g = Gorae(authorizer=load_authorizer(str(POLICY)), audit=AuditLog(os.path.join(tmp, "audit.db")),
              pending=SqlitePending(os.path.join(tmp, "pending.sqlite")))
    fake = FakeSlack().start()
    h = Harness.start(g, fake=fake, dedup_path=os.path.join(tmp, "dedup.sqlite"), updates_per_minute=60.0)
    snaps: dict[int, tracemalloc.Snapshot] = {}
    tracemalloc.start(25)
    try:
        for i in range(n):
            assert h.post_event(mention(TEXTS[i % len(TEXTS)], user=USER, channel=CHANNEL)) == 200
            if i % 8 == 7:
                h.idle()
            if (i + 1) % 100 == 0:
                h.idle()
                time.sleep(0.2)
                with fake._lock:
                    fake.calls.clear()
                gc.collect()
                if i + 1 in (n // 2, n):
                    snaps[i + 1] = tracemalloc.take_snapshot()
                sq = sqlite_memory()
                print(f"{i + 1:5d} commands: RSS {proc_status()['VmRSS']} KiB, Python heap (traced) "
                      f"{tracemalloc.get_traced_memory()[0] // 1024} KiB, SQLite "
                      f"{'?' if sq is None else sq // 1024} KiB, {len(gc.get_objects())} GC objects", flush=True)
    finally:
        h.stop()
        fake.stop()
    flt = [tracemalloc.Filter(False, tracemalloc.__file__)]
    diff = snaps[n].filter_traces(flt).compare_to(snaps[n // 2].filter_traces(flt), "traceback")
    print(f"\nPython heap {n // 2} -> {n}: {sum(s.size_diff for s in diff) / 1024:+.0f} KiB; biggest differences:")
    for s in diff[:5]:
        print(f"{s.size_diff / 1024:+.1f} KiB, {s.count_diff:+d} blocks")
        for line in s.traceback.format()[-6:]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
