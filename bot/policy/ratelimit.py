"""Per-user limit on write actions: at most N in any sliding 60-second window.

    >>> limiter = RateLimiter(per_minute=2, clock=lambda: 0.0)
    >>> limiter.take("U1"), limiter.take("U1"), limiter.take("U1")
    (None, None, 60.0)

`take` consumes a slot and returns None, or returns how many seconds to wait
without consuming anything; `check` only looks. Thread-safe (Slack handlers
run on a thread pool).

`RateLimiter` counts in this process; `SharedRateLimiter` counts in the state
database (bot.state.backend: the SQLite file, or PostgreSQL shared by replicas), so
every gorae process and replica using it (`gorae slack` and `gorae say` side by side,
several workers, two replicas) shares one count per user. The clock there is wall
time (time.time): the processes must agree on it.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from bot.state.backend import Database, StateUnavailable, Tx, as_database

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
    """`RateLimiter` with its counts in the state database, shared by every process using it.

    One row per write taken: (user, at) in `rate_writes`. `take` runs in one transaction
    holding the user's lock (PostgreSQL: an advisory lock; SQLite: its write lock), so two
    processes never both use the last slot. `path`: a Database, a state URL, a SQLite file,
    ":memory:", or None (the state URL). Raises StateUnavailable when the database cannot
    be reached (at the start: see `open_limiter`; on `take`: the request is refused).
    """

    def __init__(self, path: str | Path | Database | None = None, per_minute: int | None = 20, *,
                 per_user: Mapping[str, int | None] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self._owned = str(path) == ":memory:"
        self.db = as_database(path)
        self.path = self.db.path or self.db.label
        self.per_minute = per_minute
        self.per_user = dict(per_user or {})
        self._clock = clock
        self._takes = 0

    def limit_for(self, user: str) -> int | None:
        """The user's limit a minute; None = unlimited, 0 = no writes at all."""
        return self.per_user.get(user, self.per_minute)

    def _wait(self, tx: Tx, user: str, now: float) -> float | None:
        limit = self.limit_for(user)
        if limit is None:
            return None
        if limit <= 0:
            return WINDOW
        rows = tx.all('SELECT at FROM rate_writes WHERE "user" = ? AND at > ? ORDER BY at LIMIT ?',
                      (user, now - WINDOW, limit))
        if len(rows) < limit:
            return None
        return max(0.1, round(rows[0]["at"] + WINDOW - now, 1))

    def check(self, user: str) -> float | None:
        """None if `user` may act now, else the seconds until a slot frees."""
        with self.db.tx() as tx:
            return self._wait(tx, user, self._clock())

    def take(self, user: str) -> float | None:
        """Consume a slot (None) or say how long to wait (nothing consumed). The count and the
        insert are one statement under the user's lock: one round trip when a slot is free."""
        limit = self.limit_for(user)
        if limit is None:
            return None
        # not durable: a slot forgotten by a crash of the database's machine is one write more
        with self.db.tx(lock=f"ratelimit:{user}", durable=False) as tx:
            now = self._clock()
            self._takes += 1
            if self._takes % 100 == 1:  # old rows of everyone, now and then
                tx.run("DELETE FROM rate_writes WHERE at <= ?", (now - WINDOW,))
            if limit > 0 and tx.run(
                    'INSERT INTO rate_writes ("user", at) SELECT ?, ? WHERE '
                    '(SELECT COUNT(*) FROM rate_writes WHERE "user" = ? AND at > ?) < ?',
                    (user, now, user, now - WINDOW, limit)):
                return None
            return self._wait(tx, user, now)

    def close(self) -> None:
        if self._owned:
            self.db.close()


def open_limiter(per_minute: int | None, per_user: Mapping[str, int | None],
                 path: str | Path | None = None) -> Limiter:
    """The shared limiter in the state database (`path`: a SQLite file or state URL instead);
    if that cannot be opened, a per-process one (logged: the limit then counts per process)."""
    try:
        return SharedRateLimiter(path, per_minute, per_user=per_user)
    except (OSError, StateUnavailable) as e:
        from bot.config import state_url

        if str(path or state_url()).startswith(("postgresql:", "postgres:")):
            raise  # replicas share this count: never a per-process one in its place
        log.warning("rate limit store %s unavailable (%s): counting per process", path or "(state)", e)
        return RateLimiter(per_minute, per_user=per_user)
