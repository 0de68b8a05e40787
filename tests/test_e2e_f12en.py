"""The wrong-action-risk kinds of branch f12en (tests/test_parse_f12en.py reads them through the fake world), end to
end on the real engine: the whole pipeline (Gorae.handle, confirmations answered yes), then the engine looked at.

- a Korean verb taken back plainly ("X 지워 아니 그냥 꺼", "X 꺼 ㄴㄴ 재시작"): the second verb, the word taken back
  never runs (the container is still there; it is running after the restart);
- 잠깐 before a stop after 아니 ("X 멈춰 아 아니 잠깐 멈추는 거"): a pause, never a stop; after another verb nothing runs;
- names listed with & ("restart A & B"): both restarted;
- a container addressed then a command line ("X: mkdir -p /tmp/d"): run in that container, no new container;
- two bare names of a connect ("connect X NET", "NET X 커넥트"): the container joins the network;
- a port said bare after the image ("nginx NAME PORT 띄워"): published on that host port; in English with no verb
  ("nginx NAME PORT") only proposed — nothing is made without the yes.
Names are unique per test; `cleanup` removes what a test makes. Run under the e2e lock.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import check, container_names, exists, inspect, published_port, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def _state(client: Any, name: str) -> dict:
    return inspect(client, name)["State"]


def test_remove_taken_back_by_just_stop_stops_and_keeps(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "alpine")
    reply = bot.say(f"{n} 지워 아니 그냥 꺼")
    check(reply, "ko", cli=f"docker stop {n}")
    assert exists(docker_client, n)
    assert not _state(docker_client, n)["Running"]


def test_stop_taken_back_by_no_no_restart_restarts(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "alpine")
    before = started_at(docker_client, n)
    reply = bot.say(f"{n} 꺼 ㄴㄴ 재시작")
    check(reply, "ko", cli=f"docker restart {n}")
    assert _state(docker_client, n)["Running"]
    assert started_at(docker_client, n) != before


def test_stop_said_again_briefly_pauses(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "alpine")
    try:
        reply = bot.say(f"{n} 멈춰 아 아니 잠깐 멈추는 거")
        check(reply, "ko", cli=f"docker pause {n}")
        state = _state(docker_client, n)
        assert state["Paused"] and state["Running"]
    finally:
        if _state(docker_client, n)["Paused"]:
            docker_client.api.unpause(n)


def test_wait_or_briefly_after_another_verb_runs_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "alpine")
    before = started_at(docker_client, n)
    reply = bot.say(f"{n} 재시작 아니 잠깐 꺼")
    assert reply.status not in ("done", "confirm"), reply
    state = _state(docker_client, n)
    assert state["Running"] and not state["Paused"] and started_at(docker_client, n) == before


def test_names_listed_with_ampersand_are_restarted(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup, "alpine"), run_sdk(docker_client, cleanup, "alpine")
    before = {n: started_at(docker_client, n) for n in (a, b)}
    reply = bot.say(f"restart {a} & {b}")
    check(reply, "en", cli=f"docker restart {a} {b}")
    for n in (a, b):
        assert _state(docker_client, n)["Running"] and started_at(docker_client, n) != before[n]


def test_container_addressed_then_command_runs_there(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "alpine")
    names = container_names(docker_client)
    reply = bot.say(f"{n}: mkdir -p /tmp/f12en-mark")
    check(reply, "en", cli=f"docker exec {n} mkdir -p /tmp/f12en-mark")
    out = docker_client.containers.get(n).exec_run(["ls", "/tmp"]).output.decode()
    assert "f12en-mark" in out
    assert container_names(docker_client) == names  # no new container


@pytest.mark.parametrize("said, lang", [("connect {c} {net}", "en"), ("{net} {c} 커넥트", "ko")])
def test_two_bare_names_connect_the_container(bot, docker_client, world, cleanup, said, lang):
    c = run_sdk(docker_client, cleanup, "alpine")
    net = cleanup.network(uid())
    docker_client.networks.create(net, driver="bridge")
    reply = bot.say(said.format(c=c, net=net))
    check(reply, lang, cli=f"docker network connect {net} {c}")
    assert net in inspect(docker_client, c)["NetworkSettings"]["Networks"]


def test_port_said_bare_after_the_image_publishes_it(bot, docker_client, world, cleanup, free_port):
    name = cleanup.container(uid())
    reply = bot.say(f"nginx {name} {free_port} 띄워")
    check(reply, "ko", cli=f"docker run -d --name {name} -p {free_port}:80 nginx")
    assert _state(docker_client, name)["Running"]
    assert published_port(docker_client, name) == free_port


def test_terse_port_with_no_verb_is_only_asked(bot, docker_client, world, cleanup, free_port):
    """English, no verb ("nginx NAME PORT"): the run is proposed; unanswered, nothing is made."""
    name = cleanup.container(uid())
    reply = bot.say(f"nginx {name} {free_port}", yes=False)
    assert reply.status != "done", reply
    assert not exists(docker_client, name)
