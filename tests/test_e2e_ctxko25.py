"""The kind of tests/test_parse_ctxko25.py end to end on the real engine, the engine inspected after: a bare Korean
imperative then its reason ("… 강제로 죽여 응답이 없어") kills that container alone; a removal then an intention told as
its reason ("… 지워줘 다시 만들 거라서") removes that one alone; an intention told before another verb ("A 지울 거라서 B
꺼줘") and a verb said of a state then a complaint ("… 멈춰 응답이 없어") run nothing. Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import (
    Bot,
    ScopedClient,
    assert_touches_nothing,
    check,
    exists,
    inspect,
    run_sdk,
    running_since,
    scoped_bot,
    uid,
)

pytestmark = [pytest.mark.docker]


def test_a_bare_kill_with_its_reason_kills_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    reply = bot.say(f"{a} 강제로 죽여 응답이 없어")  # destructive: asked, then confirmed (Bot.say says yes)
    check(reply, "ko", cli=f"docker kill {a}")
    state = inspect(docker_client, a)["State"]
    assert not state["Running"] and state["ExitCode"] == 137
    assert running_since(docker_client, b) == since_b


def test_a_removal_with_an_intention_as_reason_removes_that_one(docker_client, world, cleanup):
    tag = uid()
    label = {"gorae.e2e": tag}
    a = run_sdk(docker_client, cleanup, start=False, labels=label)
    b = run_sdk(docker_client, cleanup, labels=label)
    bot = Bot(ScopedClient(docker_client, f"gorae.e2e={tag}"))
    since_b = running_since(docker_client, b)
    reply = bot.say(f"{a} 지워줘 다시 만들 거라서")
    check(reply, "ko", cli=f"docker rm {a}")
    assert not exists(docker_client, a)
    assert running_since(docker_client, b) == since_b


def test_an_intention_told_before_another_verb_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    assert_touches_nothing(bot, docker_client, f"{a} 지울 거라서 {b} 꺼줘", names=(a, b))
    assert_touches_nothing(bot, docker_client, f"{a} 지울 건데 {b} 재시작해줘", names=(a, b))


def test_a_state_then_a_complaint_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    assert_touches_nothing(bot, docker_client, f"{a} 멈춰 응답이 없어", names=(a, b))
