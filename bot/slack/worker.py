"""Docker work off the request path, with bounded concurrency and a bounded queue.

Slack needs an answer in 3 seconds; a restart or a pull takes longer. The
request thread only records the delivery and calls `submit`, which never blocks:
it hands the job to one of `workers` threads, or queues it (at most `queue`
waiting), or says no (the caller then tells the asker gorae is busy).

    >>> w = Worker(workers=2, queue=10)
    >>> w.submit(lambda: None)
    True
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)


class Worker:
    def __init__(self, *, workers: int = 4, queue: int = 100) -> None:
        self.workers = workers
        self._slots = threading.BoundedSemaphore(workers + queue)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gorae-slack")
        self._idle = threading.Condition()
        self._active = 0

    def submit(self, job: Callable[[], None]) -> bool:
        """Run `job` soon; False (and nothing queued) when full."""
        if not self._slots.acquire(blocking=False):
            return False
        with self._idle:
            self._active += 1
        try:
            self._pool.submit(self._run, job)
        except RuntimeError:  # shut down
            self._done()
            return False
        return True

    def _run(self, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception:  # a job reports its own errors; this is the last resort
            log.exception("slack job failed")
        finally:
            self._done()

    def _done(self) -> None:
        self._slots.release()
        with self._idle:
            self._active -= 1
            self._idle.notify_all()

    @property
    def active(self) -> int:
        """Jobs running or waiting."""
        return self._active

    def join(self, timeout: float | None = None) -> bool:
        """Wait until no job is running or waiting (tests, shutdown)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._active == 0, timeout)

    def shutdown(self, *, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
