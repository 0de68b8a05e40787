"""Kinds found by wordings_fresh6.yaml (the sixth table, written blind), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then
looks at the engine: a Korean word after a command to run is the sentence's (백그라운드 keeps -d),
"against X" runs the command in the container X (never a new container of an image named after
the command), "잠깐," before a stop is "hold on" (a stop, not a pause), a wondering question
(-려나) changes nothing, a sentence's closing after a docker command (`!`) is no part of it, and
an English `run IMAGE CMD … and clean up after` runs CMD once in a container that is removed.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import IDLE, Bot, check, exists, inspect, started_at, uid, wait_gone

pytestmark = [pytest.mark.docker]


@pytest.fixture
def bot(docker_client: Any) -> Bot:
    return Bot()


def _idle(client: Any, cleanup: Any) -> str:
    name = cleanup.container(uid())
    client.containers.run("alpine", IDLE, name=name, detach=True)
    return name


def _names(client: Any) -> set[str]:
    return {c["Names"][0].lstrip("/") for c in client.api.containers(all=True)}


def test_a_korean_word_after_the_command_keeps_the_detach(bot, docker_client, world, cleanup):
    """"alpine으로 sleep 300 백그라운드로 실행": detached (the -d was dropped with the Korean word)."""
    name = cleanup.container(uid())
    reply = bot.say(f"alpine으로 sleep 300 백그라운드로 실행, 이름은 {name}")
    check(reply, "ko", cli=f"docker run -d --name {name} alpine sleep 300")
    state = inspect(docker_client, name)
    assert state["State"]["Running"], state["State"]
    assert state["Path"] == "sleep" and state["Args"] == ["300"]


def test_against_a_container_is_an_exec(bot, docker_client, world, cleanup):
    """"run echo hello against X": the command runs in X, and no container is made."""
    n = _idle(docker_client, cleanup)
    before = _names(docker_client)
    reply = bot.say(f"run echo hello-against against {n}")
    check(reply, "en", cli=f"docker exec {n} echo hello-against")
    assert "hello-against" in (reply.code or ""), reply
    assert _names(docker_client) == before


def test_hold_on_then_stop_is_a_stop(bot, docker_client, world, cleanup):
    """"잠깐, X 꺼줘" (hold on, stop X): stopped, never paused."""
    n = _idle(docker_client, cleanup)
    reply = bot.say(f"잠깐, {n} 꺼줘")
    check(reply, "ko", cli=f"docker stop {n}")
    state = inspect(docker_client, n)["State"]
    assert state["Status"] == "exited" and not state["Paused"], state


def test_a_wondering_question_changes_nothing(bot, docker_client, world, cleanup):
    """"X 재시작하면 되려나" (would restarting X do?) was planned `docker restart X`: nothing may run."""
    n = _idle(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n} 재시작하면 되려나")
    assert reply.status not in ("done", "confirm"), reply
    assert started_at(docker_client, n) == started


def test_a_closing_after_typed_cli_is_no_part_of_it(bot, docker_client, world, cleanup):
    """"docker restart X!" restarts X (it was refused: `X!` is no name)."""
    n = _idle(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"docker restart {n}!")
    check(reply, "cli", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != started


def test_run_image_command_and_clean_up_after(bot, docker_client, world, cleanup):
    """"run alpine echo WORD and clean up after": CMD's output shown, its container removed."""
    word = uid()
    before = _names(docker_client)
    reply = bot.say(f"run alpine echo {word} and clean up after")
    check(reply, "en", cli=f"docker run --rm alpine echo {word}")
    assert reply.code == f"{word}\n", reply
    for name in _names(docker_client) - before:  # --rm: whatever it made goes by itself
        cleanup.container(name)
        wait_gone(docker_client, name)
    assert not [n for n in _names(docker_client) - before if exists(docker_client, n)]
