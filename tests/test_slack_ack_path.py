"""The acking process's order of work (issue 9): an event is acked, then dispatched only once its
burst is over; the "working on it" timer thread is woken only for a new earliest deadline; the
start-up's objects are out of the garbage collector's reach. Unit tests (fake Slack, fake
pipeline, no engine); the latencies themselves are in bench/slack_ack.py (bench/RESULTS.md)."""
from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import threading

import pytest
from slack_fake import mention
from slack_harness import FakePipeline, Harness

from bot.front.slack import server as server_module
from bot.front.slack.app import _ack_nice, settle, tune_for_latency
from bot.front.slack.deliver import _Later


@pytest.fixture
def h():
    harness = Harness.start(FakePipeline())
    yield harness
    harness.stop()
    harness.fake.stop()


def test_events_of_a_burst_are_all_acked_before_any_is_dispatched(h, monkeypatch):
    monkeypatch.setattr(server_module, "QUIET", 0.5)  # the burst counts as over 0.5 s after its last request
    envs = [mention(f"ps {i}") for i in range(5)]
    statuses = [h.post_event(e) for e in envs]
    assert statuses == [200] * 5
    assert h.pipeline.requests == []  # acked, not dispatched: the burst may still be arriving
    assert h.server.quiet(10)
    got = h.pipeline.wait(5)
    assert sorted(r.request_id for r in got) == sorted(e["event_id"] for e in envs)  # each once


def test_acked_events_are_dispatched_within_the_longest_deferral_under_steady_traffic(h, monkeypatch):
    monkeypatch.setattr(server_module, "QUIET", 60.0)  # traffic never pauses ...
    monkeypatch.setattr(server_module, "DEFER_MAX", 0.2)  # ... so the deferral's limit decides
    env = mention("ps")
    assert h.post_event(env) == 200
    assert h.server.quiet(10)
    (req,) = h.pipeline.wait(1)
    assert req.request_id == env["event_id"]


def test_the_timer_thread_runs_an_earlier_deadline_added_after_a_later_one_first():
    later = _Later()
    ran: list[str] = []
    done = threading.Event()
    later.call(0.6, lambda: (ran.append("late"), done.set()))
    later.call(0.05, lambda: ran.append("early"))  # a new earliest deadline: the sleeping thread is woken
    later.call(0.3, lambda: ran.append("middle"))  # not the earliest: it is not woken, and still runs in turn
    assert done.wait(5)
    assert ran == ["early", "middle", "late"]


def test_a_cancelled_earliest_entry_does_not_stop_the_next(monkeypatch):
    later = _Later()
    done = threading.Event()
    cancel = later.call(0.05, lambda: pytest.fail("cancelled call ran"))
    later.call(0.2, done.set)
    cancel()
    assert done.wait(5)


def test_settle_freezes_what_start_up_loaded():
    gc.unfreeze()
    try:
        settle()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("raw, nice", [("", 0), ("0", 0), ("-5", -5), (" -20 ", -20),
                                       ("5", 0), ("-21", 0), ("fast", 0)])
def test_ack_nice_from_the_environment(raw, nice):
    assert _ack_nice({"GORAE_SLACK_ACK_NICE": raw}) == nice


def test_ack_nice_absent_is_unchanged():
    assert _ack_nice({}) == 0


def test_raising_the_acking_priority_without_the_privilege_is_logged(monkeypatch, caplog):
    def refused(*a):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "setpriority", refused)
    switch = sys.getswitchinterval()
    try:
        with caplog.at_level(logging.WARNING, logger="bot.front.slack.app"):
            tune_for_latency(-5)
    finally:
        sys.setswitchinterval(switch)
    assert "could not raise the acking process's CPU priority to nice -5" in caplog.text


def test_raising_the_acking_priority_in_a_fresh_process():
    """In a child (the test process keeps its priority): with CAP_SYS_NICE the nice value is -1
    afterwards; without it, it is unchanged and the refusal is logged."""
    code = ("import logging, os; logging.basicConfig(); before = os.getpriority(os.PRIO_PROCESS, 0); "
            "from bot.front.slack.app import tune_for_latency; tune_for_latency(-1); "
            "print(before, os.getpriority(os.PRIO_PROCESS, 0))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    before, after = map(int, out.stdout.split())
    if after == before:
        assert "could not raise the acking process's CPU priority" in out.stderr
    else:
        assert after == -1
