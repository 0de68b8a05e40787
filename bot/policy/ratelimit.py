"""Per-user limit on write actions: at most N in any sliding 60-second window.

    >>> limiter = RateLimiter(per_minute=2, clock=lambda: 0.0)
    >>> limiter.take("U1"), limiter.take("U1"), limiter.take("U1")
    (None, None, 60.0)

`take` consumes a slot and returns None, or returns how many seconds to wait
without consuming anything; `check` only looks. Thread-safe (Slack handlers
run on a thread pool).

`RateLimiter` counts in this process; `SharedRateLimiter` counts in a SQLite
file, so every gorae process sharing a state directory (`gorae slack` and
`gorae say` side by side, several workers) shares one count per user. The
clock there is wall time (time.time): the processes must agree on it.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

WINDOW = 60.0
log = logging.getLogger(__name__)


class Limiter(Protocol):
    """What bot.policy.check.Authorizer needs of a rate limiter."""

    def limit_for(self, user: str) -> int | None: ...

    def check(self, user: str) -> float | None: ...

    def take(self, user: str) -> float | None: ...


def state_dir() -> Path:
    """gorae's state directory (bot.config.state_dir)."""
    from bot.config import state_dir as where

    return Path(where())


def default_path() -> Path:
    return state_dir() / "ratelimit.sqlite"


class RateLimiter:
    def __init__(self, per_minute: int | None = 20, *, per_user: Mapping[str, int | None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.per_user = dict(per_user or {})
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def limit_for(self, user: str) -> int | None:
        """The user's limit a minute; None = unlimited, 0 = no writes at all."""
        return self.per_user.get(user, self.per_minute)

    def _wait(self, user: str, now: float) -> float | None:
        hits = self._hits.setdefault(user, deque())
        while hits and hits[0] <= now - WINDOW:
            hits.popleft()
        limit = self.limit_for(user)
        if limit is None or len(hits) < limit:
            return None
        if limit <= 0:
            return WINDOW
        return round(hits[0] + WINDOW - now, 1)

    def check(self, user: str) -> float | None:
        """None if `user` may act now, else the seconds until a slot frees."""
        with self._lock:
            return self._wait(user, self._clock())

    def take(self, user: str) -> float | None:
        """Consume a slot (None) or say how long to wait (nothing consumed)."""
        with self._lock:
            now = self._clock()
            wait = self._wait(user, now)
            if wait is None and self.limit_for(user) is not None:
                self._hits[user].append(now)
            return wait


class SharedRateLimiter:
    """`RateLimiter` with its counts in a SQLite file shared by every process using it.

    One row per write taken: (user, at). `take` runs in one IMMEDIATE transaction (the
    write lock of SQLite), so two processes never both use the last slot. Raises
    sqlite3.Error / OSError when the file cannot be opened (see `open_limiter`).
    """

    def __init__(self, path: str | Path, per_minute: int | None = 20, *,
                 per_user: Mapping[str, int | None] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.per_minute = per_minute
        self.per_user = dict(per_user or {})
        self._clock = clock
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        if self.path != ":memory:":
            os.chmod(self.path, 0o600)
        self._setup()

    def _setup(self, attempts: int = 50) -> None:
        """WAL and the schema. Several processes starting at once race for the first schema
        write and the switch to WAL, which SQLite answers with "database is locked" without
        waiting on its busy timeout: retried for up to ~5 s, then raised (fall back per process)."""
        for attempt in range(attempts):
            try:
                if self.path != ":memory:":
                    self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("CREATE TABLE IF NOT EXISTS writes (user TEXT NOT NULL, at REAL NOT NULL)")
                self._db.execute("CREATE INDEX IF NOT EXISTS writes_user_at ON writes (user, at)")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == attempts - 1:
                    raise
                time.sleep(0.1)

    def limit_for(self, user: str) -> int | None:
        """The user's limit a minute; None = unlimited, 0 = no writes at all."""
        return self.per_user.get(user, self.per_minute)

    def _wait(self, user: str, now: float) -> float | None:
        limit = self.limit_for(user)
        if limit is None:
            return None
        if limit <= 0:
            return WINDOW
        rows = self._db.execute("SELECT at FROM writes WHERE user = ? AND at > ? ORDER BY at LIMIT ?",
                                (user, now - WINDOW, limit)).fetchall()
        if len(rows) < limit:
            return None
        return max(0.1, round(rows[0][0] + WINDOW - now, 1))

    def check(self, user: str) -> float | None:
        """None if `user` may act now, else the seconds until a slot frees."""
        with self._lock:
            return self._wait(user, self._clock())

    def take(self, user: str) -> float | None:
        """Consume a slot (None) or say how long to wait (nothing consumed)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                now = self._clock()
                self._db.execute("DELETE FROM writes WHERE at <= ?", (now - WINDOW,))
                wait = self._wait(user, now)
                if wait is None and self.limit_for(user) is not None:
                    self._db.execute("INSERT INTO writes (user, at) VALUES (?, ?)", (user, now))
                self._db.execute("COMMIT")
                return wait
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_limiter(per_minute: int | None, per_user: Mapping[str, int | None],
                 path: str | Path | None = None) -> Limiter:
    """The shared limiter in the state directory; if that file cannot be opened, a
    per-process one (logged: the limit then counts per process)."""
    where = Path(path) if path else default_path()
    try:
        return SharedRateLimiter(where, per_minute, per_user=per_user)
    except (OSError, sqlite3.Error) as e:
        log.warning("rate limit store %s unavailable (%s): counting per process", where, e)
        return RateLimiter(per_minute, per_user=per_user)
