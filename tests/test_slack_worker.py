"""bot/front/slack/worker.py: the bounded worker pool of the Slack front end."""
from __future__ import annotations

import threading
import time

from bot.front.slack.worker import Worker


def test_worker_bounds_concurrency_and_queue():
    w = Worker(workers=2, queue=3)
    running, peak = [0], [0]
    lock = threading.Lock()
    release = threading.Event()

    def job():
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        release.wait(5)
        with lock:
            running[0] -= 1

    accepted = [w.submit(job) for _ in range(8)]
    assert accepted == [True] * 5 + [False] * 3  # 2 running + 3 waiting: the flood guard
    deadline = time.monotonic() + 5
    while running[0] < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert w.active == 5 and w.waiting == 3
    release.set()
    assert w.join(5)
    assert peak[0] == 2
    assert w.submit(job)  # room again
    assert w.join(5)
    w.shutdown()


def test_a_failing_job_frees_its_slot():
    w = Worker(workers=1, queue=0)

    def boom():
        raise RuntimeError("x")

    assert w.submit(boom)
    assert w.join(5)
    assert w.submit(lambda: None)
    w.shutdown()
