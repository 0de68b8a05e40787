"""Kinds of wrong write found on main by the session-9 review (branch wrong10), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: a name prefix never names a container for a removal ("rm my-n" removed my-nginx); an
update of an image pulls the tag on the engine (it pulled latest); a word naming no image beside one is never a
second image of a rmi; "IMAGE에서 CMD" with a container of that image asks which and starts nothing new; a
passive ("X 지워져") is a report and removes nothing; a run whose name is an image and whose image is not asks.
Names are unique per test; `cleanup` removes what a test makes. Unit cases: tests/test_parse_wrong10.py.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, run_sdk

pytestmark = [pytest.mark.docker]


def test_a_prefix_never_names_a_container_for_a_removal(bot, docker_client, world, cleanup):
    """"rm X-pre" with X-prefix-long on the engine: nothing removed; "X-pre 지워" likewise."""
    n = run_sdk(docker_client, cleanup, name="wrong10-prefix-long")
    for text in ("rm wrong10-pre", "wrong10-pre 지워"):
        reply = bot.say(text)
        assert reply.status not in ("done", "confirm"), reply
        assert exists(docker_client, n)


def test_an_update_pulls_the_tag_here(bot, docker_client, world):
    """"update the ubuntu image" with ubuntu:focal here (no ubuntu:latest): `docker pull ubuntu:focal`."""
    assert not docker_client.images.list(name="ubuntu:latest"), "ubuntu:latest is on the engine"
    reply = bot.say("update the ubuntu image")
    check(reply, "en", cli="docker pull ubuntu:focal")
    assert not docker_client.images.list(name="ubuntu:latest")
    assert docker_client.images.list(name="ubuntu:focal")


def test_an_adjective_is_no_second_image(bot, docker_client, world):
    """"remove the old busybox image": nothing removed (it planned `docker rmi old busybox`)."""
    reply = bot.say("remove the old busybox image")
    assert reply.status not in ("done", "confirm"), reply
    assert docker_client.images.list(name="busybox")


def test_a_command_in_an_image_a_container_runs_is_asked(bot, docker_client, world):
    """"redis에서 redis-cli flushall" with cache running redis: asked which, no new container."""
    before = container_names(docker_client)
    reply = bot.say("redis에서 redis-cli flushall")
    assert reply.status not in ("done", "confirm"), reply
    assert container_names(docker_client) == before


def test_a_passive_is_a_report(bot, docker_client, world, cleanup):
    """"X 지워져" (X gets deleted: told): X still there."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 지워져")
    assert reply.status not in ("done", "confirm"), reply
    assert exists(docker_client, n)


def test_a_name_that_is_an_image_is_asked(bot, docker_client, world):
    """"nginx 이름 달아서 wrong10x 띄워": no image wrongx here and nginx is one — asked, nothing made."""
    before = container_names(docker_client)
    reply = bot.say("nginx 이름 달아서 wrong10x 띄워")
    assert reply.status not in ("done", "confirm"), reply
    assert container_names(docker_client) == before


def test_a_flag_after_the_command_word_is_the_commands(bot, docker_client, world, cleanup):
    """"run busybox echo -p 80": echo prints `-p 80`, and the container publishes nothing (it ran
    `docker run -p 80:80 busybox echo`)."""
    before = container_names(docker_client)
    reply = bot.say("run busybox echo -p 80")
    for n in container_names(docker_client) - before:
        cleanup.container(n)
    check(reply, "en", cli="docker run busybox echo -p 80")
    assert "-p 80" in (reply.code or ""), reply
    made = container_names(docker_client) - before
    assert len(made) == 1, made
    assert not docker_client.api.inspect_container(made.pop())["HostConfig"].get("PortBindings"), reply


def test_a_size_before_ram_is_the_memory_limit(bot, docker_client, world, cleanup):
    """"run redis named X with 1g ram": X runs with a memory limit of 1 GiB (it was refused)."""
    n = "wrong10-mem"
    cleanup.container(n)
    reply = bot.say(f"run redis named {n} with 1g ram")
    check(reply, "en", cli=f"docker run -d --name {n} --memory 1g redis")
    assert docker_client.api.inspect_container(n)["HostConfig"]["Memory"] == 1024 ** 3
