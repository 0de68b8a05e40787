"""run25 on the real engine: a run said without its verb (the image named with a run's option), Korean run options
(a restart policy said as a condition, a memory size with its Korean unit), a one-shot run with a clean-up said last —
each through the whole pipeline (Gorae.handle, confirmations answered yes), then the engine inspected: the new
container has exactly the option said, a one-shot run leaves no container, and the near-misses (a container's name
with options, a new one of a container) change nothing. Containers the bot makes are removed by `cleanup.adopt_new`.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, container_names, inspect, uid

pytestmark = [pytest.mark.docker]


def _made_one(cleanup) -> str:
    made = cleanup.adopt_new()["containers"]
    assert len(made) == 1, made
    return made[0]


@pytest.mark.parametrize("say,policy", [
    ("nginx with restart unless-stopped", "unless-stopped"),
    ("nginx 죽으면 다시 살아나게 띄워", "always"),
    ("nginx 실패 시 재시작 정책으로 띄워", "on-failure"),
])
def test_a_restart_policy_said_in_words_is_the_new_containers(bot, docker_client, world, cleanup, say, policy):
    """The new nginx has that restart policy (said without a verb, or in Korean words)."""
    reply = bot.say(say)
    name = _made_one(cleanup)
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker run -d --restart {policy} nginx"], reply
    got = inspect(docker_client, name)
    assert got["HostConfig"]["RestartPolicy"]["Name"] == policy
    assert got["Config"]["Image"].split(":")[0] == "nginx" and got["State"]["Running"]


def test_a_host_port_said_without_a_verb_publishes_the_images_port(bot, docker_client, world, cleanup, free_port):
    """"httpd on host port N": a new httpd with N bound to its EXPOSEd 80."""
    reply = bot.say(f"httpd on host port {free_port}")
    name = _made_one(cleanup)
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker run -d -p {free_port}:80 httpd"], reply
    binds = inspect(docker_client, name)["HostConfig"]["PortBindings"]
    assert [b["HostPort"] for b in binds["80/tcp"]] == [str(free_port)]


def test_a_memory_said_in_korean_units_is_the_limit(bot, docker_client, world, cleanup):
    """"메모리 64메가로 nginx 띄워": -m 64m, the container's Memory 64 MiB."""
    reply = bot.say("메모리 64메가로 nginx 띄워")
    name = _made_one(cleanup)
    assert reply.status == "done", reply
    assert list(reply.cli) == ["docker run -d --memory 64m nginx"], reply
    assert inspect(docker_client, name)["HostConfig"]["Memory"] == 64 * 1024 * 1024


def test_a_one_shot_run_cleaned_up_after_leaves_no_container(bot, docker_client, world, cleanup):
    """"run busybox and print the hostname, then clean up": --rm busybox hostname, nothing left behind."""
    before = container_names(docker_client)
    reply = bot.say("run busybox and print the hostname, then clean up")
    cleanup.adopt_new()
    assert reply.status == "done", reply
    assert list(reply.cli) == ["docker run --rm busybox hostname"], reply
    assert container_names(docker_client) == before


def test_a_name_given_as_a_tag_and_an_image_used_are_the_runs(bot, docker_client, world, cleanup):
    """"redis 이미지를 사용하여 N로 이름 붙여서 띄워": a new redis named N (the name kept its 로, the image said as used)."""
    name = uid()
    cleanup.container(name)
    reply = bot.say(f"redis 이미지를 사용하여 {name}로 이름 붙여서 띄워")
    cleanup.adopt_new()
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker run -d --name {name} redis"], reply
    got = inspect(docker_client, name)
    assert got["Config"]["Image"].split(":")[0] == "redis" and got["State"]["Running"]


@pytest.mark.parametrize("say", [
    "web with restart always",  # a container's name with options: never its update, start or a new one
    "cache 컨테이너 하나 6399로",
    "run ls in a fresh web",
    "web 죽으면 다시 살아나게 띄워",
    "redis 하나 있어",
    "I ran nginx with restart always yesterday",
    "cache was on 6380",
    "web을 w2로 이름 붙여서 띄워",
])
def test_near_misses_touch_nothing(bot, docker_client, world, cleanup, say):
    """Asked back or refused: web and cache keep their start and their restart policy, no container is new."""
    policies = {n: inspect(docker_client, n)["HostConfig"]["RestartPolicy"]["Name"] for n in ("web", "cache")}
    assert_touches_nothing(bot, docker_client, say)
    cleanup.adopt_new()
    assert {n: inspect(docker_client, n)["HostConfig"]["RestartPolicy"]["Name"] for n in ("web", "cache")} == policies
