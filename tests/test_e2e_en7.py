"""The English kinds of issue 8 fixed by en7 (tests/test_parse_en7.py) that plan a write or an exec,
end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks
at the engine: gone into a container with no run verb ("jump into X and cat …", "have X run …", "exec
into X and …") is an exec there with every word and no new container; "run CMD in X as USER" runs as
that user; "put X on ice" pauses it; "kick X over" and "X could use a restart" restart it; "yank the
IMAGE image" removes that image; "create IMAGE named N but don't start it" makes it and leaves it
created; a phone's "–d –p" is `-d -p`. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from conftest import http_get
from test_e2e_core import check, container_names, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def test_gone_into_a_container_the_command_runs_there(bot, docker_client, world, cleanup):
    """"jump into X and cat /etc/hostname", "have X run echo …", "exec into X and echo …": an exec in X."""
    n = run_sdk(docker_client, cleanup, hostname="en7-host")
    before = container_names(docker_client)
    reply = bot.say(f"jump into {n} and cat /etc/hostname")
    check(reply, "en", cli=f"docker exec {n} cat /etc/hostname")
    assert (reply.code or "").strip() == "en7-host", reply
    reply = bot.say(f"have {n} run echo had-en7 -n")
    check(reply, "en", cli=f"docker exec {n} echo had-en7 -n")
    assert "had-en7 -n" in (reply.code or ""), reply
    reply = bot.say(f"exec into {n} and echo into-en7")
    check(reply, "en", cli=f"docker exec {n} echo into-en7")
    assert "into-en7" in (reply.code or ""), reply
    assert container_names(docker_client) == before


def test_run_a_command_in_a_container_as_a_user(bot, docker_client, world, cleanup):
    """"run id -u in X as nobody" (the place before the user): `docker exec -u nobody X id -u` prints 65534."""
    n = run_sdk(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(f"run id -u in {n} as nobody")
    check(reply, "en", cli=f"docker exec -u nobody {n} id -u")
    assert (reply.code or "").strip() == "65534", reply
    assert container_names(docker_client) == before


def test_on_ice_pauses_kick_over_and_could_use_a_restart_restart(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"put {n} on ice for a sec")
    check(reply, "en", cli=f"docker pause {n}")
    assert inspect(docker_client, n)["State"]["Paused"]
    docker_client.api.unpause(n)
    for said in (f"kick {n} over", f"{n} could use a restart"):
        started = started_at(docker_client, n)
        reply = bot.say(said)
        check(reply, "en", cli=f"docker restart {n}")
        state = inspect(docker_client, n)["State"]
        assert state["Running"] and state["StartedAt"] != started, (said, state)


def test_yank_an_image_removes_it(bot, docker_client, world, cleanup):
    """"yank the REF image": `docker rmi REF` — the tag is gone, alpine itself stays."""
    ref = f"en7-yank-{uid()}:v1"
    cleanup.image(ref)
    docker_client.images.get("alpine").tag(ref)
    reply = bot.say(f"yank the {ref} image")
    check(reply, "en", cli=f"docker rmi {ref}")
    tags = {t for i in docker_client.images.list() for t in i.tags}
    assert ref not in tags and any(t.startswith("alpine") for t in tags), tags


def test_create_but_dont_start(bot, docker_client, world, cleanup):
    """"create busybox named N but don't start it": N exists, created, never started."""
    name = cleanup.container(uid())
    reply = bot.say(f"create busybox named {name} but don't start it")
    check(reply, "en", cli=f"docker create --name {name} busybox")
    state = inspect(docker_client, name)["State"]
    assert state["Status"] == "created" and state["StartedAt"].startswith("0001-"), state


def test_phone_dashes_before_one_letter_are_short_flags(bot, docker_client, world, cleanup, free_port):
    """`docker run –d –p PORT:80 --name N nginx` (a phone's en dashes): detached, PORT published, it answers."""
    port = free_port
    name = cleanup.container(uid())
    reply = bot.say(f"docker run –d –p {port}:80 --name {name} nginx")
    check(reply, "cli", cli=f"docker run -d --name {name} -p {port}:80 nginx")
    assert inspect(docker_client, name)["State"]["Running"]
    assert http_get(port, timeout=60).status == 200


def test_host_port_to_container_port_without_the_word_port(bot, docker_client, world, cleanup, free_port):
    """"run nginx named N mapping host PORT to container 80": PORT -> 80 published; nginx answers on it."""
    port = free_port
    name = cleanup.container(uid())
    reply = bot.say(f"run nginx named {name} mapping host {port} to container 80")
    check(reply, "en", cli=f"docker run -d --name {name} -p {port}:80 nginx")
    ports = inspect(docker_client, name)["HostConfig"]["PortBindings"]
    assert ports == {"80/tcp": [{"HostIp": "", "HostPort": str(port)}]}, ports
    assert http_get(port, timeout=60).status == 200
