"""At-most-once delivery: remember every Slack delivery key in the state database.

Slack redelivers an event when it thinks we were slow or down (X-Slack-Retry-Num,
or Socket Mode's retry_attempt), and the same message can reach us under more
than one key (event_id, client_msg_id, channel+ts). A delivery runs only if none
of its keys was seen before. On the request path (before the ack) the keys are
checked in memory only (`recent`: a burst of 200 acks must not wait for 200
commits); before the work runs, the worker checks and writes them in the state
database (bot.state.backend: SQLite or PostgreSQL) in one transaction (`first`: INSERT …
ON CONFLICT DO NOTHING, so exactly one process claims a key), so a redelivery after a
restart, or one that another gorae process or replica received, still runs nothing.
Raises bot.state.backend.StateUnavailable when the database cannot be reached.

    >>> d = Dedup(":memory:")
    >>> d.first("event:Ev1", "msg:abc"), d.first("msg:abc")
    (True, False)

At-most-once is the deliberate choice for Docker writes: a request is run once or not at
all, never twice. What gorae acknowledged and had not started when it died is not lost: it
is in the stored inbox (bot/state/inbox.py), run by another replica (or this one restarted)
through the same keys; one that had started is never run again.
"""
from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from pathlib import Path

from bot.state.backend import Database, as_database

WEEK = 7 * 24 * 3600


def default_path() -> str:
    """$GORAE_STATE_DIR/slack-dedup.sqlite (default ~/.local/state/gorae)."""
    from bot.config import state_dir

    return os.path.join(state_dir(), "slack-dedup.sqlite")


# new, or seen longer ago than the ttl: (re)written and counted; else nothing (rowcount 0)
# (one statement for all the keys of a delivery: one round trip)
def _upsert(n: int) -> str:
    return ("INSERT INTO dedup (key, at) VALUES " + ", ".join(["(?, ?)"] * n)
            + " ON CONFLICT (key) DO UPDATE SET at = excluded.at WHERE dedup.at < ?")


class Dedup:
    """A persistent set of delivery keys with a time to live (default a week), and a small
    in-memory set in front of it for the request path (`recent`: microseconds, no disk)."""

    def __init__(self, path: str | Path | Database | None = None, *, ttl: float = WEEK,
                 memory: int = 20_000) -> None:
        """`path`: a Database, a state URL, a SQLite file, ":memory:", or None (the state URL)."""
        self._owned = str(path) == ":memory:"
        self.db = as_database(path)
        self.path = self.db.path or self.db.label
        self.ttl = ttl
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
        """True (and remembered) if no key was seen before; False for a duplicate.
        Raises StateUnavailable (nothing claimed) when the database cannot be reached."""
        keys = tuple(k for k in keys if k)
        if not keys:
            return True
        now = time.time()
        keys = tuple(sorted(set(keys)))  # once each (ON CONFLICT cannot take a key twice), in one order (no deadlock)
        with self.db.tx() as tx:
            fresh = tx.run(_upsert(len(keys)), (*(v for k in keys for v in (k, now)), now - self.ttl))
            self._inserts += 1
            if self._inserts % 1000 == 0:
                tx.run("DELETE FROM dedup WHERE at < ?", (now - self.ttl,))
        return fresh == len(keys)  # any key already known: a duplicate

    def __len__(self) -> int:
        with self.db.tx() as tx:
            row = tx.one("SELECT COUNT(*) AS n FROM dedup")
        return int(row["n"]) if row else 0

    def close(self) -> None:
        if self._owned:
            self.db.close()
