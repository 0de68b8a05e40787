"""At-most-once delivery: remember every Slack delivery key in SQLite.

Slack redelivers an event when it thinks we were slow or down (X-Slack-Retry-Num,
or Socket Mode's retry_attempt), and the same message can reach us under more
than one key (event_id, client_msg_id, channel+ts). A delivery runs only if none
of its keys was seen before. On the request path (before the ack) the keys are
checked in memory only (`recent`: a burst of 200 acks must not wait for 200
SQLite commits); before the work runs, the worker checks and writes them on disk
in one transaction (`first`), so a redelivery after a restart, or one that
another gorae process sharing the state directory received, still runs nothing.

    >>> d = Dedup(":memory:")
    >>> d.first("event:Ev1", "msg:abc"), d.first("msg:abc")
    (True, False)

At-most-once is the deliberate choice for Docker writes: if gorae dies between
the ack and the run, the command is lost (Slack does not redeliver what was
acknowledged; the audit log shows it started, or not), rather than run twice.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path

WEEK = 7 * 24 * 3600


def default_path() -> str:
    """$GORAE_STATE_DIR/slack-dedup.sqlite (default ~/.local/state/gorae)."""
    from bot.config import state_dir

    return os.path.join(state_dir(), "slack-dedup.sqlite")


_UPSERT = "INSERT INTO seen (key, at) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET at = excluded.at WHERE seen.at < ?"


class Dedup:
    """A persistent set of delivery keys with a time to live (default a week), and a small
    in-memory set in front of it for the request path (`recent`: microseconds, no disk)."""

    def __init__(self, path: str | Path | None = None, *, ttl: float = WEEK, memory: int = 20_000) -> None:
        path = str(path or default_path())
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.ttl = ttl
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, at REAL NOT NULL)")
        self._inserts = 0
        self._recent: OrderedDict[str, None] = OrderedDict()
        self._recent_max = memory
        self._recent_lock = threading.Lock()

    def recent(self, *keys: str) -> bool:
        """True (and remembered in memory) if no key was seen by this process lately; False for
        a duplicate. The ack path's check; `first` (on disk) is still asked before the work runs,
        which also catches redeliveries after a restart and those another process received."""
        keys = tuple(k for k in keys if k)
        with self._recent_lock:
            if any(k in self._recent for k in keys):
                return False
            for k in keys:
                self._recent[k] = None
            while len(self._recent) > self._recent_max:
                self._recent.popitem(last=False)
        return True

    def first(self, *keys: str) -> bool:
        """True (and remembered) if no key was seen before; False for a duplicate."""
        keys = tuple(k for k in keys if k)
        if not keys:
            return True
        now = time.time()
        fresh = 0
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                for key in keys:  # new, or seen longer ago than the ttl: (re)written, counts
                    fresh += db.execute(_UPSERT, (key, now, now - self.ttl)).rowcount
                self._inserts += 1
                if self._inserts % 1000 == 0:
                    db.execute("DELETE FROM seen WHERE at < ?", (now - self.ttl,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return fresh == len(keys)  # any key already known: a duplicate

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()
