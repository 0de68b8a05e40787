"""The wrong-action kinds of branch en14 (tests/test_parse_en14.py reads them through the fake world), end to end on the
real engine: the whole pipeline (Gorae.handle, confirmations answered yes), then the engine looked at. Two requests
joined by a comma ("stop X, rm X") are two steps in the order said — X stopped, then removed; a port taken back ("run
nginx named N on P, no, Q") publishes Q only, never P; "put X to sleep" pauses X — no network joined.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from conftest import pick_free_port
from test_e2e_core import check, exists, inspect, run_sdk, uid, wait_gone

pytestmark = [pytest.mark.docker]


def test_comma_joined_steps_stop_then_remove(bot, docker_client, world, cleanup):
    """"stop X, rm X": docker stop X, then docker rm X — the container is gone."""
    n = run_sdk(docker_client, cleanup)
    check(bot.say(f"stop {n}, rm {n}"), "en", cli=[f"docker stop {n}", f"docker rm {n}"])
    wait_gone(docker_client, n)


def test_comma_joined_steps_on_two_containers(bot, docker_client, world, cleanup):
    """"stop A, restart B": A stopped, B running (restarted); neither removed."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    check(bot.say(f"stop {a}, restart {b}"), "en", cli=[f"docker stop {a}", f"docker restart {b}"])
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_port_taken_back_publishes_the_second_only(bot, docker_client, world, cleanup):
    """"run nginx named N on P, no, Q": -p Q:80 only (P never published)."""
    n = cleanup.container(uid())
    p = pick_free_port()
    q = pick_free_port()
    while q == p:
        q = pick_free_port()
    check(bot.say(f"run nginx named {n} on {p}, no, {q}"), "en", cli=f"docker run -d --name {n} -p {q}:80 nginx")
    info = inspect(docker_client, n)
    assert info["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "", "HostPort": str(q)}]}


def test_put_to_sleep_pauses(bot, docker_client, world, cleanup):
    """"put X to sleep for a bit": X paused, on no network but its own (it was read as a connect to a network 'sleep')."""
    n = run_sdk(docker_client, cleanup)
    nets = set(inspect(docker_client, n)["NetworkSettings"]["Networks"])
    check(bot.say(f"put {n} to sleep for a bit"), "en", cli=f"docker pause {n}")
    info = inspect(docker_client, n)
    assert info["State"]["Paused"]
    assert set(info["NetworkSettings"]["Networks"]) == nets
    docker_client.api.unpause(n)
    assert exists(docker_client, n)
