"""Kinds found by branch `break6` (tests/data/wordings_break6.yaml), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.say; a confirmation, were one asked, answered as the test says) and
then looks at the engine: the container that was NOT meant is untouched — an English name addressed before a command
line ("A: restart B" restarted both), a name told ok before the request ("A is ok, restart B" restarted both), a -면 좋겠다 wish asked ("A 지우면 좋겠니?" removed A), a Korean name with only its state after -고 ("A 쉬게
하고 B 돌아가게" paused both), and an image name glued to a number ("nginx8080띄워" ran an image nginx8080). Names are
unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say", ["{a}: restart {b}", "{a} restart {b}", "{a}: stop {b} and {a}"])
def test_a_name_addressed_first_is_not_acted_on(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert inspect(docker_client, a)["State"]["Running"] and inspect(docker_client, b)["State"]["Running"]
    assert started_at(docker_client, a) == before_a and started_at(docker_client, b) == before_b


@pytest.mark.parametrize("say", ["{a} is ok, restart {b}", "{a}'s fine, restart {b}"])
def test_a_name_told_ok_is_not_restarted(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    # a generated name (t-…) is never left out as context: refused; the fixture world's plain names read B alone
    # (tests/test_parse_break6.py "db is ok, remove web")
    assert reply.status not in ("done", "confirm"), reply
    assert started_at(docker_client, a) == before_a, "the container told ok was restarted"
    assert started_at(docker_client, b) == before_b


@pytest.mark.parametrize("say", ["{a} 지우면 좋겠니?", "{a} 지우면 좋겠어?", "{a} 삭제하면 좋겠어요?"])
def test_a_wish_asked_removes_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(say.format(a=a))
    assert reply.status != "done", reply
    assert exists(docker_client, a), "the container was removed on a question"


@pytest.mark.parametrize("say", ["{a} 쉬게 하고 {b} 돌아가게", "{a} 멈추고 {b} 돌아가게"])
def test_a_state_said_after_and_pauses_nothing_else(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    for name in (a, b):
        state = inspect(docker_client, name)["State"]
        assert state["Running"] and not state["Paused"], name


@pytest.mark.parametrize("say", ["nginx8080띄워", "run nginx8080"])
def test_an_image_glued_to_a_number_is_asked(bot, docker_client, world, cleanup, say):
    before = {c.id for c in docker_client.containers.list(all=True)}
    reply = bot.say(say, yes=False)
    assert reply.status not in ("done", "confirm"), reply
    new = [c for c in docker_client.containers.list(all=True) if c.id not in before]
    assert not any("nginx8080" in (c.attrs.get("Config", {}).get("Image") or "") for c in new), new
    assert not docker_client.images.list(name="nginx8080"), "an image nginx8080 was pulled"
