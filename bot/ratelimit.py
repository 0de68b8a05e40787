"""Per-user limit on write actions: at most N in any sliding 60-second window.

    >>> limiter = RateLimiter(per_minute=2, clock=lambda: 0.0)
    >>> limiter.take("U1"), limiter.take("U1"), limiter.take("U1")
    (None, None, 60.0)

`take` consumes a slot and returns None, or returns how many seconds to wait
without consuming anything; `check` only looks. Thread-safe (Slack handlers
run on a thread pool).
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

WINDOW = 60.0


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
