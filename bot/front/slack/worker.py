"""Docker work off the request path: a fixed set of worker threads and a FIFO queue.

Slack needs an answer in 3 seconds; a restart or a pull takes longer. The
request thread only records the delivery and calls `submit`, which never blocks
and never talks to Slack: the job goes to the end of the queue and one of
`workers` threads runs it when its turn comes. Every job that was accepted runs
(acknowledged work is never dropped); `queue` only bounds memory against a flood
(a job past it is refused, and the caller says so to the asker).

While a job waits, its `on_queued(ahead)` callback is told how many jobs are in
front of it, each time that number changes (the Slack layer shows "queued, N
ahead" and updates it in place). Callbacks run on the worker threads and must
be quick (they only mark a message for a throttled update).

    >>> w = Worker(workers=2, queue=10)
    >>> w.submit(lambda: None)
    True
"""
from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class _Job:
    run: Callable[[], None]
    on_queued: Callable[[int], None] | None
    ahead: int = -1  # the last position reported


class Worker:
    """`workers` threads running submitted jobs in submission order.

    Args:
        workers: jobs run at once (Docker work in parallel).
        queue: at most this many jobs wait beyond the running ones (default 10,000: a flood
            guard, not a load limit).
    """

    def __init__(self, *, workers: int = 4, queue: int = 10_000) -> None:
        self.workers = max(1, workers)
        self.queue_max = queue
        self._waiting: deque[_Job] = deque()
        self._cond = threading.Condition()
        self._running = 0
        self._closed = False
        self._threads = [threading.Thread(target=self._loop, name=f"gorae-slack-{i}", daemon=True)
                         for i in range(self.workers)]
        for th in self._threads:
            th.start()

    def submit(self, job: Callable[[], None], *, on_queued: Callable[[int], None] | None = None) -> bool:
        """Queue `job`; False (and nothing queued) when shut down or past the flood guard.

        `on_queued(ahead)` is called from a worker thread when the job has to wait
        (`ahead` = jobs waiting in front of it; 0 = next), and again each time that
        number goes down; never once the job has started."""
        with self._cond:
            if self._closed or self._running + len(self._waiting) >= self.workers + self.queue_max:
                return False
            entry = _Job(job, on_queued)
            self._waiting.append(entry)
            ahead = len(self._waiting) - 1 - max(0, self.workers - self._running)
            if ahead >= 0:
                entry.ahead = ahead
            self._cond.notify()
        if ahead >= 0 and on_queued is not None:  # only the new job's place is new
            try:
                on_queued(ahead)
            except Exception:
                log.exception("queue position callback failed")
        return True

    def _tell_positions(self) -> None:
        with self._cond:
            free = max(0, self.workers - self._running)
            changed = []
            for i, entry in enumerate(self._waiting):
                ahead = i - free
                if ahead < 0 or entry.on_queued is None or ahead == entry.ahead:
                    continue
                entry.ahead = ahead
                changed.append((entry.on_queued, ahead))
        for fn, ahead in changed:
            try:
                fn(ahead)
            except Exception:
                log.exception("queue position callback failed")

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._waiting and not self._closed:
                    self._cond.wait()
                if not self._waiting:
                    return
                entry = self._waiting.popleft()
                self._running += 1
                waiters = any(e.ahead >= 0 for e in self._waiting)
            if waiters:
                self._tell_positions()
            try:
                entry.run()
            except Exception:  # a job reports its own errors; this is the last resort
                log.exception("slack job failed")
            finally:
                with self._cond:
                    self._running -= 1
                    self._cond.notify_all()

    @property
    def active(self) -> int:
        """Jobs running or waiting."""
        with self._cond:
            return self._running + len(self._waiting)

    @property
    def waiting(self) -> int:
        """Jobs waiting for a worker."""
        with self._cond:
            return len(self._waiting)

    def join(self, timeout: float | None = None) -> bool:
        """Wait until no job is running or waiting (tests, shutdown); False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._running == 0 and not self._waiting, timeout)

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop taking jobs; `wait`: let the queued ones finish first, else drop them (logged)."""
        with self._cond:
            self._closed = True
            if not wait and self._waiting:
                log.warning("shutting down with %d queued Slack requests not run", len(self._waiting))
                self._waiting.clear()
            self._cond.notify_all()
        if wait:
            for th in self._threads:
                th.join()
