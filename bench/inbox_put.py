"""The stored inbox's write on the ack path (bot/state/inbox.py): a burst of events put at once.

    .venv/bin/python bench/inbox_put.py          # SQLite (a temporary file) and PostgreSQL (scripts/pg.sh's server)

Each burst is `n` events put at the same instant (as the HTTP server does for a burst of acks);
measured: from the first put to the last one committed (the writer thread groups every row
waiting into one transaction). The median and the max of 5 bursts, for n = 50 and 200.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.state.backend import Database, SqliteDatabase, connect  # noqa: E402
from bot.state.inbox import Inbox, InboxRow  # noqa: E402


def run(db: Database, label: str) -> None:
    box = Inbox(db)
    box.heartbeat()
    for n in (50, 200):
        last = []
        for _ in range(5):
            t0 = time.perf_counter()
            futs = [box.put(InboxRow.new(box.owner, user="U0BENCH", channel="C0BENCH", text="restart web",
                                         event_id=f"Ev{i}")) for i in range(n)]
            for f in futs:
                f.result(30)
            last.append((time.perf_counter() - t0) * 1000)
        print(f"{label}: {n} puts at once -> all stored after {statistics.median(last):.1f} ms "
              f"(median of 5; max {max(last):.1f} ms)")
    box.close()


def main() -> int:
    run(SqliteDatabase(Path(tempfile.mkdtemp(prefix="gorae-bench-")) / "state.db"), "sqlite")
    from pg import create_database, drop_database, test_server_url

    server = test_server_url()
    url = create_database(server)
    try:
        db = connect(url)
        run(db, "postgresql")
        db.close()
    finally:
        drop_database(server, url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
