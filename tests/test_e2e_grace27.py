"""grace27 on the real engine: "X 3초 안에 안 꺼지면 그냥 죽여" stops X with a 3 s grace — a container that ignores
SIGTERM is killed after it (exit code 137) and is no longer running; "X에 USR1 시그널" delivers SIGUSR1 (the
container's trap writes it to its log)."""
from __future__ import annotations

import time

import pytest
from test_e2e_core import inspect, uid

pytestmark = [pytest.mark.docker]


def _run(docker_client, cleanup, script: str) -> str:
    name = uid()
    c = docker_client.containers.run("alpine", ["sh", "-c", script], name=name, detach=True,
                                     labels={"gorae.test": "grace27"})
    cleanup.container(c.id)
    return name


def test_stopped_with_its_grace_then_killed(bot, docker_client, world, cleanup):
    name = _run(docker_client, cleanup, "trap '' TERM; while :; do sleep 1; done")
    reply = bot.say(f"{name} 3초 안에 안 꺼지면 그냥 죽여")
    assert reply.status == "done" and list(reply.cli) == [f"docker stop -t 3 {name}"], reply
    state = inspect(docker_client, name)["State"]
    assert not state["Running"] and state["ExitCode"] == 137, state


def test_a_signal_said_by_its_noun(bot, docker_client, world, cleanup):
    name = _run(docker_client, cleanup, "trap 'echo got-usr1' USR1; echo ready; while :; do sleep 1; done")
    for _ in range(50):
        if b"ready" in docker_client.containers.get(name).logs():
            break
        time.sleep(0.1)
    reply = bot.say(f"{name}에 USR1 시그널")
    assert reply.status == "done" and list(reply.cli) == [f"docker kill -s USR1 {name}"], reply
    for _ in range(50):
        if b"got-usr1" in docker_client.containers.get(name).logs():
            break
        time.sleep(0.1)
    assert b"got-usr1" in docker_client.containers.get(name).logs()
    assert inspect(docker_client, name)["State"]["Running"]
