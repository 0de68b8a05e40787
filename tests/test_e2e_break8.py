"""Kinds found by branch `break8` (tests/data/wordings_break8.yaml), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.say) and then looks at the engine: a docker flag typed after a new
container's command is the command's ("run busybox echo hello --name N" made a container named N too; the output
shows the flag, no container N exists), `docker` then a docker command said as a run's image ("run busybox and run
docker rm A" ran an image `docker`), an alternative asked ("remove A? B?" removed both), a Korean state asked then
그럼 ("A 살아있어? 그럼 재시작" restarted A), a Slack broadcast ("<!here> A 재시작할게요" restarted A), Korean "A 말고
꺼" (stopped every other container: asked first, refused here with yes=False) and a quantity said as a name ("restart
the container named all"), a pasted `docker ps` row then a request naming another container ("… A" then "B 재시작"
restarted both). Names are unique per test (t-break8-…); `cleanup` removes what a test makes.
"""
from __future__ import annotations

import uuid

import pytest
from test_e2e_core import exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def _name() -> str:
    return "t-break8-" + uuid.uuid4().hex[:8]


@pytest.mark.parametrize("say", ["run busybox echo hello --name {n}", "busybox에서 echo hello --name {n} 실행"])
def test_a_flag_after_the_command_is_the_commands(bot, docker_client, world, cleanup, say):
    n = _name()
    cleanup.container(n)
    reply = bot.say(say.format(n=n))
    made = cleanup.adopt_new()["containers"]
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker run busybox echo hello --name {n}"], reply
    assert f"hello --name {n}" in (reply.code or ""), reply  # the command got every word
    assert not exists(docker_client, n), "the command's --name named the new container"
    for c in made:
        assert inspect(docker_client, c)["Name"].lstrip("/") != n


def test_a_restart_flag_after_the_command_is_never_the_runs(bot, docker_client, world, cleanup):
    reply = bot.say("run busybox echo hi --restart always")
    made = cleanup.adopt_new()["containers"]
    assert reply.status != "done" or "--restart always" in (reply.code or ""), reply  # run: the command's words
    for c in made:
        assert inspect(docker_client, c)["HostConfig"]["RestartPolicy"]["Name"] != "always", c


@pytest.mark.parametrize("say", ["run busybox and run docker rm {a}", "run alpine, then run docker stop {a}"])
def test_a_docker_command_said_as_an_image_runs_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, name=_name())
    before = started_at(docker_client, a)
    had_docker_image = bool(docker_client.images.list(name="docker"))
    reply = bot.say(say.format(a=a), yes=False)
    made = [c for c in cleanup.adopt_new()["containers"] if inspect(docker_client, c)["Name"].lstrip("/") != a]
    assert reply.status not in ("done", "confirm"), reply
    assert not made, made
    assert exists(docker_client, a) and inspect(docker_client, a)["State"]["Running"]
    assert started_at(docker_client, a) == before
    assert had_docker_image or not docker_client.images.list(name="docker"), "an image `docker` was pulled"


@pytest.mark.parametrize("say", ["remove {a}? {b}?", "{a} 지움? 아님 {b}?", "restart {a}? or {b}?",
                                 "{a} 살아있어? 그럼 {b} 재시작", "{b} 살아있어? 그럼 재시작",
                                 "<!here> {b} 재시작할게요", "<!channel> {a} 지웁니다"])
def test_asked_or_told_acts_on_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, name=_name())
    b = run_sdk(docker_client, cleanup, name=_name())
    before = {n: started_at(docker_client, n) for n in (a, b)}
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    for n, t in before.items():
        assert exists(docker_client, n), f"{n} was removed"
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) == t, n


@pytest.mark.parametrize("say", ["{a} 말고 꺼", "restart the container named all"])
def test_every_other_container_is_never_guessed(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, name=_name())
    b = run_sdk(docker_client, cleanup, name=_name())
    before = {n: started_at(docker_client, n) for n in (a, b)}
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    for n, t in before.items():
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) == t, n


@pytest.mark.parametrize("say", ["{b} 재시작", "restart {b}"])
def test_a_pasted_row_then_another_name_touches_neither(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, name=_name())
    b = run_sdk(docker_client, cleanup, name=_name())
    before = {n: started_at(docker_client, n) for n in (a, b)}
    row = f'1a2b3c4d5e6f   alpine   "sleep infinity"   3 days ago   Up 3 days      {a}\n'
    reply = bot.say(row + say.format(b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    for n, t in before.items():
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) == t, n
