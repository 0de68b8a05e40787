"""Kinds of wrong write of branch m10, end to end on the real engine (the engine inspected afterwards).

A task told as a statement ("금일 작업은 X 기동입니다": a verbal noun and the copula) planned `docker start X` and ran
it: it is asked back now, and only the asker's yes runs it. A need said as the reason for another verb ("X 지워야 해서 Y
재시작") never removes X; said as the reason for the same verb ("X 꺼야 되니까 꺼줘") it is that one request. Names are
unique per test; `cleanup` removes what a test makes. Unit cases: tests/test_parse_m10.py.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_a_statement_of_the_task_is_asked_back(bot, docker_client, world, cleanup):
    """"금일 작업은 X 기동입니다" with X created: a question, X not started; the yes starts it."""
    n = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(f"금일 작업은 {n} 기동입니다", yes=False)
    assert reply.status == "confirm", reply
    assert list(reply.cli) == [f"docker start {n}"], reply
    assert not inspect(docker_client, n)["State"]["Running"]
    reply = bot.say(f"금일 작업은 {n} 기동입니다")  # answered yes: the plan shown runs
    assert reply.status == "done", reply
    assert inspect(docker_client, n)["State"]["Running"]


def test_a_need_as_the_reason_for_another_verb_removes_nothing(bot, docker_client, world, cleanup):
    """"A 지워야 해서 B 재시작": A still there, B not restarted."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, b)
    reply = bot.say(f"{a} 지워야 해서 {b} 재시작")
    assert reply.status not in ("done", "confirm"), reply
    assert exists(docker_client, a)
    assert started_at(docker_client, b) == before


def test_a_need_as_the_reason_for_the_same_verb_is_the_request(bot, docker_client, world, cleanup):
    """"X 지금 꺼야 되니까 꺼줘": X stopped (the request said twice), nothing else."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 지금 꺼야 되니까 꺼줘")
    check(reply, "ko", cli=f"docker stop {n}")
    assert not inspect(docker_client, n)["State"]["Running"]
