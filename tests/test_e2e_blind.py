"""Kinds found by wordings_fresh5.yaml (the table written blind), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then
looks at the engine: a step after a network connect acts on the container (never on the network
as a container), a take-out-and-put-back runs both steps, a quoted argument reaches the command as
one argument without its quotes, and a report heard (-다던데) changes nothing. Names are unique
per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import IDLE, Bot, check, exists, inspect, started_at, uid

pytestmark = [pytest.mark.docker]


@pytest.fixture
def bot(docker_client: Any) -> Bot:
    return Bot()


def _idle(client: Any, cleanup: Any) -> str:
    name = cleanup.container(uid())
    client.containers.run("alpine", IDLE, name=name, detach=True)
    return name


def _network(client: Any, cleanup: Any) -> str:
    name = cleanup.network(uid())
    client.networks.create(name, driver="bridge")
    return name


def _networks_of(client: Any, name: str) -> set[str]:
    return set(inspect(client, name)["NetworkSettings"]["Networks"])


def test_a_step_after_a_connect_acts_on_the_container(bot, docker_client, world, cleanup):
    """"connect X to NET and then restart it": it is X (planned before as `docker restart X NET`)."""
    n, net = _idle(docker_client, cleanup), _network(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"connect {n} to {net} and then restart it")
    check(reply, "en", cli=[f"docker network connect {net} {n}", f"docker restart {n}"])
    assert net in _networks_of(docker_client, n)
    assert started_at(docker_client, n) != started


def test_taken_out_and_put_back(bot, docker_client, world, cleanup):
    """"X을 NET에서 빼고 다시 연결해": disconnect, then connect the same container to the same network."""
    n, net = _idle(docker_client, cleanup), _network(docker_client, cleanup)
    docker_client.networks.get(net).connect(n)
    before = inspect(docker_client, n)["NetworkSettings"]["Networks"][net]["EndpointID"]
    reply = bot.say(f"{n}을 {net}에서 빼고 다시 연결해")
    check(reply, "ko", cli=[f"docker network disconnect {net} {n}", f"docker network connect {net} {n}"])
    after = inspect(docker_client, n)["NetworkSettings"]["Networks"].get(net)
    assert after is not None and after["EndpointID"] != before  # a new endpoint: it was taken out and put back


def test_a_quoted_argument_is_one_argument(bot, docker_client, world, cleanup):
    """"… with entrypoint echo and arguments 'hello   world'": one argument, no quotes (it was two,
    with the quote characters in them)."""
    name = cleanup.container(uid())
    reply = bot.say(f"run alpine named {name} with entrypoint echo and arguments 'hello   world'")
    check(reply, "en", cli=f"docker run --name {name} --entrypoint echo alpine 'hello   world'")
    assert inspect(docker_client, name)["Args"] == ["hello   world"]
    assert reply.code == "hello   world\n"


def test_a_report_heard_changes_nothing(bot, docker_client, world, cleanup):
    """"X 지운다던데" (I heard X is being removed) was planned `docker rm X`: nothing may run."""
    n = _idle(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n} 지운다던데")
    assert reply.status not in ("done", "confirm"), reply
    assert exists(docker_client, n) and started_at(docker_client, n) == started
