"""The wrong-write kinds of tests/test_parse_blind15.py end to end on the real engine, the engine inspected after:
A. the past before the reason -(으)니까 ("A 껐으니까 B 켜줘"): A is never stopped (it planned `docker stop A`, then
   `docker start B`); (run26) B, asked for as one, is started; said of no name ("코드 올렸으니까 A 재시작해줘") A alone is restarted, never
   started first;
B. an English verb said as a noun after a time word ("A seems broken after my deploy"): its status and last lines only —
   a created container stays created (it planned `docker start A`);
C. a second connect with a name of its own ("NET에 A 연결하고 B도 연결해줘", "disconnect A from NET and connect it to NET2"):
   each container on the network said (it connected A twice, B never; A back to NET).
Listings are scoped to this test's label (tests/test_e2e_core.py `scoped_bot`): other runs share the engine.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import Bot, ScopedClient, check, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _scoped(docker_client: Any, cleanup: Any, running: int = 0, created: int = 0) -> tuple[Bot, list[str], list[str]]:
    tag = uid()
    label = {"gorae.e2e": tag}
    up = [run_sdk(docker_client, cleanup, labels=label) for _ in range(running)]
    made = [run_sdk(docker_client, cleanup, start=False, labels=label) for _ in range(created)]
    return Bot(ScopedClient(docker_client, f"gorae.e2e={tag}")), up, made


def _network(client: Any, cleanup: Any) -> str:
    name = cleanup.network(uid())
    client.networks.create(name, driver="bridge")
    return name


def _networks_of(client: Any, name: str) -> set[str]:
    return set(inspect(client, name)["NetworkSettings"]["Networks"])


def test_a_past_reason_with_a_name_runs_only_the_request(docker_client, world, cleanup):
    """(run26) "A 껐으니까 B 켜줘": A's stop is only told — never run; the request said as one (줘) is read alone and B
    is started (bot/language/told_then_asked.py; before, nothing ran)."""
    bot, (a,), (b,) = _scoped(docker_client, cleanup, running=1, created=1)
    before = inspect(docker_client, a)["State"]["StartedAt"]
    reply = bot.say(f"{a} 껐으니까 {b} 켜줘")
    check(reply, "ko", cli=f"docker start {b}")
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and state["StartedAt"] == before
    assert inspect(docker_client, b)["State"]["Running"]


def test_a_past_reason_of_no_name_is_context(docker_client, world, cleanup):
    bot, (a, other), _ = _scoped(docker_client, cleanup, running=2)
    before_a, before_o = (inspect(docker_client, n)["State"]["StartedAt"] for n in (a, other))
    reply = bot.say(f"코드 올렸으니까 {a} 재시작해줘")
    check(reply, "ko", cli=f"docker restart {a}")
    assert inspect(docker_client, a)["State"]["StartedAt"] != before_a
    assert inspect(docker_client, other)["State"]["StartedAt"] == before_o


def test_an_event_said_after_a_complaint_starts_nothing(docker_client, world, cleanup):
    bot, _, (made,) = _scoped(docker_client, cleanup, created=1)
    reply = bot.say(f"{made} seems broken after my deploy")
    check(reply, "en", cli=[f"docker inspect {made}", f"docker logs --tail 20 {made}"])
    assert inspect(docker_client, made)["State"]["Status"] == "created"


def test_a_second_connect_takes_its_own_container(docker_client, world, cleanup):
    bot, (a, b), _ = _scoped(docker_client, cleanup, running=2)
    net = _network(docker_client, cleanup)
    reply = bot.say(f"{net}에 {a} 연결하고 {b}도 연결해줘")
    check(reply, "ko", cli=[f"docker network connect {net} {a}", f"docker network connect {net} {b}"])
    assert net in _networks_of(docker_client, a)
    assert net in _networks_of(docker_client, b)


def test_a_second_connect_takes_its_own_network(docker_client, world, cleanup):
    bot, (a,), _ = _scoped(docker_client, cleanup, running=1)
    net, net2 = _network(docker_client, cleanup), _network(docker_client, cleanup)
    docker_client.networks.get(net).connect(a)
    reply = bot.say(f"disconnect {a} from {net} and connect it to {net2}")
    check(reply, "en", cli=[f"docker network disconnect {net} {a}", f"docker network connect {net2} {a}"])
    networks = _networks_of(docker_client, a)
    assert net2 in networks and net not in networks
