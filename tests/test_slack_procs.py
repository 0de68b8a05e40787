"""The pipeline in worker processes (bot/front/slack/procs.py): answers, progress, the confirm
callback, errors and a child that dies mid-request. Unit tests (no engine); the same with
the real pipeline and engine is in tests/test_slack_e2e.py."""
from __future__ import annotations

import os
import threading
import time

import pytest
from procs_fakes import echo, echo_after

from bot.front.slack.procs import ProcessPipeline, WorkerDied
from bot.model import Actor, Request


@pytest.fixture(scope="module")
def pipe():
    p = ProcessPipeline(echo, processes=2, per_process=2, preload=False)
    p.wait_ready(60)
    yield p
    p.close()


def req(text: str, user: str = "U0ALICE") -> Request:
    return Request(text, Actor(user), channel="C0OPS", source="slack", request_id=text)


def test_a_request_runs_in_a_child_and_its_progress_comes_back_in_order(pipe):
    lines: list[str] = []
    reply = pipe.handle(req("ps"), progress=lines.append)
    assert lines == ["one ps", "two ps"]
    assert reply.status == "done" and reply.cli == ("U0ALICE",)
    text, pid = reply.headline.rsplit(" in ", 1)
    assert text == "ps" and int(pid) in pipe.pids and int(pid) != os.getpid()


def test_confirm_calls_accepted_before_the_answer_arrives(pipe):
    seen: list[str] = []
    reply = pipe.confirm("abc", Actor("U0BOB"), "C0OPS", yes=True, progress=lambda s: seen.append("p:" + s),
                         accepted=lambda: seen.append("accepted"))
    assert seen == ["accepted", "p:running"]
    assert reply.headline.startswith("abc U0BOB C0OPS True ")
    no = pipe.confirm("abc", Actor("U0BOB"), "C0OPS", yes=False, accepted=lambda: seen.append("again"))
    assert no.status == "info" and seen == ["accepted", "p:running"]


def test_requests_run_at_once_on_different_children(pipe):
    replies = {}

    def one(n: int) -> None:
        replies[n] = pipe.handle(req("slow 1"))

    threads = [threading.Thread(target=one, args=(n,)) for n in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    pids = {r.headline.rsplit(" in ", 1)[1] for r in replies.values()}
    assert len(replies) == 2 and len(pids) == 2


def test_one_child_runs_its_share_of_requests_at_once():
    p = ProcessPipeline(echo, processes=1, per_process=2, preload=False)
    try:
        p.wait_ready(60)
        got = {}
        waiter = threading.Thread(target=lambda: got.setdefault("wait", p.handle(req("wait"))))
        waiter.start()
        got["go"] = p.handle(req("go"))  # runs while "wait" still holds its thread
        waiter.join(30)
        assert got["wait"].status == "done"
        assert got["wait"].headline.rsplit(" in ", 1)[1] == got["go"].headline.rsplit(" in ", 1)[1]
    finally:
        p.close()


def test_workers_are_spread_over_children_of_eight():
    from bot.front.slack.procs import shape

    assert [shape(w) for w in (1, 4, 8, 9, 16, 64)] == [(1, 1), (1, 4), (1, 8), (2, 5), (2, 8), (8, 8)]


def test_an_error_in_the_pipeline_is_raised_here_and_the_child_stays(pipe):
    before = sorted(pipe.pids)
    with pytest.raises(RuntimeError, match="ValueError: boom"):
        pipe.handle(req("boom"))
    assert sorted(pipe.pids) == before
    assert pipe.handle(req("ps")).status == "done"


def test_a_child_dying_mid_request_is_not_run_again_and_is_replaced():
    p = ProcessPipeline(echo, processes=1, preload=False)
    try:
        p.wait_ready(60)
        (first,) = p.pids
        lines: list[str] = []
        with pytest.raises(WorkerDied):
            p.handle(req("die"), progress=lines.append)
        assert lines == ["one die", "two die"]  # it ran once, up to where it died; not again
        reply = p.handle(req("ps"))
        assert reply.status == "done"
        (second,) = p.pids
        assert second != first and reply.headline.endswith(f" in {second}")
    finally:
        p.close()


def test_close_stops_every_child():
    p = ProcessPipeline(echo, processes=2, preload=False)
    p.wait_ready(60)
    procs = [proc.process for proc in p._procs]
    p.close()
    assert all(not pr.is_alive() for pr in procs)
    with pytest.raises(RuntimeError):
        p.handle(req("ps"))


def test_children_run_at_a_lower_cpu_priority_than_the_acking_process(pipe):
    import os

    from bot.front.slack.procs import NICE

    mine = os.getpriority(os.PRIO_PROCESS, 0)
    for pid in pipe.pids:
        assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, mine + NICE)


def test_ready_only_once_every_child_has_said_ready(tmp_path):
    """`ready()` (the Slack server's /healthz) stays false while a child still starts."""
    from functools import partial

    gate = tmp_path / "go"
    p = ProcessPipeline(partial(echo_after, str(gate)), processes=2, preload=False)
    try:
        assert p.ready() is False
        time.sleep(0.3)  # children spawned and waiting at the gate: still not ready
        assert p.ready() is False
        gate.touch()
        p.wait_ready(60)
        assert p.ready() is True
        assert p.handle(req("ps")).status == "done"
    finally:
        p.close()
