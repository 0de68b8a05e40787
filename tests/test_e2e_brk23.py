"""brk23: the kinds of wrong write found by the break run aimed at session 22's readings, end to end on the real engine
(whole pipeline, confirmations answered yes), the engine inspected afterwards: the wrong write did not happen, the right
neighbour did.

  * a wish asked with "?" ("X should restart?", "X need to close?", "X should be paused?") restarted, stopped or paused X;
  * a bare verb after I/you/we with "already" ("i close X already") stopped X;
  * a little while said in Korean ("좀 있다 X 재시작해", "있다가 X 꺼줘") restarted or stopped X now;
  * a dash said before a flag word ("run busybox dash it") ran the command `dash it`; "run alpine dash rm" an image
    `alpine-rm` — now the flags (-it refused, --rm read).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, inspect, nothing_ran, run_sdk, running_since

pytestmark = [pytest.mark.docker]


def test_a_wish_asked_writes_nothing_and_the_wish_said_does(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"{n} should restart?", f"{n} need to close?", f"{n} should be paused?", f"{n} must stop?"):
        nothing_ran(bot.say(text))
    assert running_since(docker_client, n) == since
    assert inspect(docker_client, n)["State"]["Status"] == "running"
    reply = bot.say(f"{n} should restart")
    assert reply.status == "done", reply
    assert running_since(docker_client, n) != since


def test_done_told_with_the_tense_left_out_stops_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"i close {n} already", f"you close {n} already?", f"we stop {n} already", f"i kill {n} already lah"):
        nothing_ran(bot.say(text))
    assert running_since(docker_client, n) == since
    reply = bot.say(f"close {n} please")
    assert reply.status == "done", reply
    assert not inspect(docker_client, n)["State"]["Running"]


def test_a_dictated_flag_word_runs_no_command_nor_joined_image(bot, docker_client, world, cleanup):
    before = container_names(docker_client)
    for text in ("run busybox dash it", "run alpine dash ti"):
        nothing_ran(bot.say(text))
    assert container_names(docker_client) == before
    assert bot.plan_cli("run alpine dash rm") == ["docker run -d --rm alpine"]


def test_a_little_while_said_in_korean_writes_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"좀 있다 {n} 재시작해", f"좀 있다가 {n} 멈춰", f"잠시 후 {n} 재시작해줘", f"있다가 {n} 꺼줘"):
        nothing_ran(bot.say(text))
    assert running_since(docker_client, n) == since
    assert inspect(docker_client, n)["State"]["Status"] == "running"
    reply = bot.say(f"{n} 좀 재시작해")
    assert reply.status == "done", reply
    assert running_since(docker_client, n) != since
