"""Kinds found by branch `break5` (tests/data/wordings_break5.yaml), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.say; a confirmation, were one asked, answered yes — the strongest
case) and then looks at the engine: the container that was NOT meant is untouched — a name said apart from the
request ("A 지우고 B는 그대로", "A 꺼 B는 제가 할게요", "stop A, B is ok": B was removed, stopped with A), a correction
that adds a name ("A 꺼 아니 B도": A was left running while B stopped), a container and its volume named together ("A
컨테이너랑 볼륨 지워": the container was removed alone), a possessive ("restart A's B": both restarted) and a removal
"from the network" (the container was removed). A request with its names said together still runs. Names are
unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say", ["{a} 지우고 {b}는 그대로", "{a} 지우고 {b} 그대로", "{a} 지우고 {b}는 살려둬",
                                 "remove {a}, {b} stays", "{b}는 그냥 {a} 지워"])
def test_a_name_left_alone_is_not_removed(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    b = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(say.format(a=a, b=b))
    assert reply.status != "done", reply
    assert exists(docker_client, b), "the container left alone was removed"


@pytest.mark.parametrize("say", ["{a} 꺼 {b}는 제가 할게요", "{a} 꺼 {b}는?", "{a} 꺼, {b} 잠깐",
                                 "{a} 꺼 {b}는 꺼져있음", "{a} 꺼 아니 {b}도"])
def test_a_name_set_apart_is_not_stopped(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    reply = bot.say(say.format(a=a, b=b))
    assert reply.status != "done", reply
    state = inspect(docker_client, b)["State"]
    assert state["Running"] and not state["Paused"], "the container set apart was stopped or paused"
    assert inspect(docker_client, a)["State"]["Running"], "the first name was dropped and the other one acted on"


def test_a_name_said_ok_after_the_request_is_its_context(bot, docker_client, world, cleanup):
    """"stop A, B is ok" (tests/data/wordings_break5.yaml: docker stop A): A stopped, B untouched (it stopped both).
    (lead18: this was asked before session 17's `context_after` read a clause said of another name as context.)"""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    reply = bot.say(f"stop {a}, {b} is ok")
    check(reply, "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    state = inspect(docker_client, b)["State"]
    assert state["Running"] and not state["Paused"], "the container said ok was stopped or paused"


@pytest.mark.parametrize("say", ["{a} 재시작 {b}는 잠깐", "{b}는 잠깐 {a} 재시작", "restart {a}'s {b}"])
def test_a_name_set_apart_is_not_restarted(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b))
    assert reply.status != "done", reply
    assert started_at(docker_client, b) == before, "the container set apart was restarted"


@pytest.mark.parametrize("say", ["{a} 컨테이너랑 볼륨 지워", "remove the {a} container and volume",
                                 "remove the {a} container from the network"])
def test_a_container_named_with_another_thing_is_not_removed_alone(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(say.format(a=a))
    assert reply.status != "done", reply
    assert exists(docker_client, a), "the container was removed"


def test_names_said_together_still_run(bot, docker_client, world, cleanup):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{a} 꺼줘 {b}도")
    check(reply, "ko", cli=f"docker stop {a} {b}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert not inspect(docker_client, b)["State"]["Running"]


@pytest.mark.parametrize("say", ["{a} 빼고 {b} 포함해서 다 재시작", "restart all except {a} but including {b}"])
def test_a_name_included_beside_an_exclusion_restarts_nothing(bot, docker_client, world, cleanup, say):
    """Refused, never asked: on a regression the question is not answered (yes=False), so no container of the
    shared engine is ever restarted by this test."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert started_at(docker_client, b) == before


@pytest.mark.parametrize("say", ["{a}에서 ls /tmp 하고 그거 지워", "{a}에서 ps 하고 그거 꺼"])
def test_that_after_a_command_in_a_container_leaves_the_container(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert exists(docker_client, a) and inspect(docker_client, a)["State"]["Running"], "the container was acted on"


@pytest.mark.parametrize("say", ["{a} 지울 수도 있어", "{a} 지울지도", "{a} 지울 듯"])
def test_a_possibility_removes_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(say.format(a=a))
    assert reply.status != "done", reply
    assert exists(docker_client, a), "the container was removed on a guess"


@pytest.mark.parametrize("say", ["remove {a} and then its volume", "{a} 지우고 볼륨도 지워", "stop {a} and remove its volume"])
def test_its_volume_is_never_the_volume_named_like_it(bot, docker_client, world, cleanup, say):
    """A container and a volume of the same name, the container mounting another volume: "its volume" removes
    neither the volume named like it nor the container alone (each happened)."""
    a = run_sdk(docker_client, cleanup, start=False)
    cleanup.volume(a)
    docker_client.volumes.create(a)
    reply = bot.say(say.format(a=a))
    assert reply.status != "done", reply
    assert exists(docker_client, a), "the container was removed"
    assert a in {v.name for v in docker_client.volumes.list()}, "the volume named like the container was removed"
