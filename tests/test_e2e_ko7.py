"""Kinds found by wordings_fresh7.yaml (the seventh table, written blind) in Korean, end to end on the
real engine (Gorae.handle, confirmations answered yes), the engine looked at afterwards: an option with
its value (`--color=never`) inside a command line is the command's, a command said as one (`명령`)
before its verb is an exec, and `X 명령 실행` (no command line) runs nothing. Names are unique per
test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import IDLE, check, container_names, inspect, started_at, uid

pytestmark = [pytest.mark.docker]


def test_an_option_with_its_value_is_the_commands(bot, docker_client, world, cleanup):
    """"X에서 ls -la --color=never /etc 돌려줘": runs in X with every argument, no container made."""
    name = cleanup.container(uid())
    docker_client.containers.run("alpine", IDLE, name=name, detach=True)
    before = container_names(docker_client)
    reply = bot.say(f"{name}에서 ls -a --color=never /etc 돌려줘")
    check(reply, "ko", cli=f"docker exec {name} ls -a --color=never /etc")
    assert "hostname" in (reply.code or ""), reply
    assert container_names(docker_client) == before


def test_a_command_said_as_one_is_an_exec(bot, docker_client, world, cleanup):
    """"X 컨테이너에 cat /etc/hostname 명령 실행": an exec in X (its hostname is its id's start)."""
    name = cleanup.container(uid())
    c = docker_client.containers.run("alpine", IDLE, name=name, detach=True)
    before = container_names(docker_client)
    reply = bot.say(f"{name} 컨테이너에 cat /etc/hostname 명령 실행")
    check(reply, "ko", cli=f"docker exec {name} cat /etc/hostname")
    assert c.id[:12] in (reply.code or ""), reply
    assert container_names(docker_client) == before


def test_no_command_line_runs_nothing(bot, docker_client, world, cleanup):
    """"X 명령 실행" names no command: X is neither started nor restarted, nothing is made."""
    name = cleanup.container(uid())
    docker_client.containers.create("alpine", IDLE, name=name)
    running = cleanup.container(uid())
    docker_client.containers.run("alpine", IDLE, name=running, detach=True)
    started = started_at(docker_client, running)
    before = container_names(docker_client)
    for text in (f"{name} 명령 실행", f"{running}에서 명령 실행"):
        reply = bot.say(text)
        assert reply.status not in ("done", "confirm"), (text, reply)
    assert inspect(docker_client, name)["State"]["Status"] == "created"
    assert started_at(docker_client, running) == started
    assert container_names(docker_client) == before


def test_a_flag_with_a_number_after_the_command_word_is_the_commands(bot, docker_client, world, cleanup):
    """"X에서 mkdir -p 8080" (no verb, ko7b; the table's "cache에서 redis-cli -p 6379 ping"): an exec in X
    with every argument — the directory /8080 exists in X afterwards — never a run publishing a port;
    no container is made."""
    name = cleanup.container(uid())
    docker_client.containers.run("alpine", IDLE, name=name, detach=True, working_dir="/")
    before = container_names(docker_client)
    reply = bot.say(f"{name}에서 mkdir -p 8080")
    check(reply, "ko", cli=f"docker exec {name} mkdir -p 8080")
    code, _ = docker_client.containers.get(name).exec_run(["test", "-d", "/8080"])
    assert code == 0, reply
    assert container_names(docker_client) == before
