"""The English and docker-CLI kinds of issue 8 fixed by en8 (tests/test_parse_en8.py), end to end on the
real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: a name typed in another case ("RESTART N" with only `n` on the engine) restarts that container and the
reply says how the name was read; `docker inspect A B` shows both containers' details as the engine has them;
`docker image inspect IMAGE` and "inspect IMAGE image" show the image's details (its ID as the engine's image
inspect gives it), answered in the asker's language. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from conftest import http_get
from test_e2e_core import NGINX_WELCOME, check, container_names, inspect, run_sdk, started_at, uid, wait_for

pytestmark = [pytest.mark.docker]


def test_a_name_typed_in_capitals_restarts_the_one_container_of_that_name(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"RESTART {n.upper()}")
    check(reply, "en", cli=f"docker restart {n}")
    assert any(n in note and n.upper() in note for note in reply.notes), reply.notes
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] != started, state


def test_inspect_of_two_containers_shows_both(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    reply = bot.say(f"docker inspect {a} {b}")
    check(reply, "en", cli=f"docker inspect {a} {b}")
    names = [v for k, v in reply.fields if k in ("Name", "이름")]
    assert names == [a, b], reply.fields
    ids = [v for k, v in reply.fields if k == "ID"]
    assert ids == [inspect(docker_client, a)["Id"][:12], inspect(docker_client, b)["Id"][:12]], reply.fields


def test_image_inspect_typed_and_said(bot, docker_client, world):
    want_id = docker_client.api.inspect_image("nginx")["Id"].split(":", 1)[-1][:12]
    before = container_names(docker_client)
    reply = bot.say("docker image inspect nginx")
    check(reply, "en", cli="docker image inspect nginx")
    assert dict(reply.fields).get("ID") == want_id, reply.fields
    assert "80/tcp" in dict(reply.fields).get("Exposed ports", ""), reply.fields
    reply = bot.say("inspect nginx image")
    check(reply, "en", cli="docker image inspect nginx")
    assert dict(reply.fields).get("ID") == want_id, reply.fields
    reply = bot.say("nginx 이미지 상세 정보 보여줘")
    check(reply, "ko", cli="docker image inspect nginx")
    assert dict(reply.fields).get("ID") == want_id and "태그" in dict(reply.fields), reply.fields
    assert container_names(docker_client) == before


def wait_for_file(client, name: str, path: str) -> None:
    wait_for(lambda: client.containers.get(name).exec_run(["test", "-x", path]).exit_code == 0, what=path)


def test_not_a_just_b_acts_on_b_only(bot, docker_client, world, cleanup):
    """"restart not A, just B", "don't stop A, just B", "kill A not B": the names meant, the others untouched."""
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    started_a, started_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(f"restart not {a}, just {b}")
    check(reply, "en", cli=f"docker restart {b}")
    assert started_at(docker_client, a) == started_a and started_at(docker_client, b) != started_b
    reply = bot.say(f"don't stop {b}, just {a}")
    check(reply, "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"] and inspect(docker_client, b)["State"]["Running"]
    reply = bot.say(f"kill {b} not {a}")
    check(reply, "en", cli=f"docker kill {b}")
    assert not inspect(docker_client, b)["State"]["Running"]


def test_run_a_verb_as_a_user_in_a_container(bot, docker_client, world, cleanup):
    """"run restart as root in X" (a verb as the program), "run id -u as 1000 in X" (a uid): exec -u there."""
    n = run_sdk(docker_client, cleanup, command=["sh", "-c", "printf '#!/bin/sh\\necho restart-ran-as-$(id -u)\\n' "
                                                 "> /usr/local/bin/restart; chmod +x /usr/local/bin/restart; "
                                                 "trap 'exit 0' TERM; while :; do sleep 3600 & wait $!; done"])
    wait_for_file(docker_client, n, "/usr/local/bin/restart")
    before = container_names(docker_client)
    started = started_at(docker_client, n)
    reply = bot.say(f"run restart as root in {n}")
    check(reply, "en", cli=f"docker exec -u root {n} restart")
    assert (reply.code or "").strip() == "restart-ran-as-0", reply
    assert started_at(docker_client, n) == started  # the program ran; the container was not restarted
    reply = bot.say(f"run id -u as 1000 in {n}")
    check(reply, "en", cli=f"docker exec -u 1000 {n} id -u")
    assert (reply.code or "").strip() == "1000", reply
    assert container_names(docker_client) == before


def test_start_an_image_named_runs_a_new_container(bot, docker_client, world, cleanup):
    name = cleanup.container(uid())
    reply = bot.say(f"start busybox named {name}")
    check(reply, "en", cli=f"docker run -d --name {name} busybox")
    attrs = inspect(docker_client, name)
    assert attrs["Config"]["Image"] == "busybox", attrs["Config"]


def test_english_sequences(bot, docker_client, world, cleanup):
    """A comma list before "then", reconnect, and "it" of a run after a pull or a network made."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"kill {n}, remove it, then list containers")
    check(reply, "en", cli=[f"docker kill {n}", f"docker rm {n}", "docker ps"])
    assert n not in container_names(docker_client)
    m = run_sdk(docker_client, cleanup, network="backend")
    reply = bot.say(f"disconnect {m} from backend and reconnect it")
    check(reply, "en", cli=[f"docker network disconnect backend {m}", f"docker network connect backend {m}"])
    assert "backend" in inspect(docker_client, m)["NetworkSettings"]["Networks"]
    before = container_names(docker_client)
    reply = bot.say("first pull busybox, then run echo en8-ok in it")
    check(reply, "en", cli=["docker pull busybox", "docker run busybox echo en8-ok"])
    assert "en8-ok" in (reply.code or ""), reply
    for made in container_names(docker_client) - before:  # the attached run's container, as docker leaves it
        cleanup.container(made)
    net = cleanup.network(uid())
    reply = bot.say(f"create network {net} and run busybox on it")
    check(reply, "en", cli=[f"docker network create {net}", f"docker run -d --network {net} busybox"])
    ran = [c for c in container_names(docker_client) - before if net in inspect(docker_client, c)["NetworkSettings"]["Networks"]]
    for made in container_names(docker_client) - before:
        cleanup.container(made)
    assert len(ran) == 1, ran


def test_a_correction_and_a_command_then_it(bot, docker_client, world, cleanup):
    """"kill N, actually stop it": stopped (SIGTERM: the trap exits 0), never killed (137); "check CMD on N,
    then restart it": the command runs in N, then N (never a word of the command) restarts."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"kill {n}, actually stop it")
    check(reply, "en", cli=f"docker stop {n}")
    state = inspect(docker_client, n)["State"]
    assert not state["Running"] and state["ExitCode"] == 0, state
    m = run_sdk(docker_client, cleanup, hostname="en8-check")
    started = started_at(docker_client, m)
    reply = bot.say(f"check cat /etc/hostname on {m}, then restart it")
    check(reply, "en", cli=[f"docker exec {m} cat /etc/hostname", f"docker restart {m}"])
    assert "en8-check" in (reply.code or ""), reply
    state = inspect(docker_client, m)["State"]
    assert state["Running"] and state["StartedAt"] != started, state


def test_run_with_a_memory_limit(bot, docker_client, world, cleanup):
    """"run busybox named N with memory limit 64m": the engine holds HostConfig.Memory = 64 MiB."""
    name = cleanup.container(uid())
    reply = bot.say(f"run busybox named {name} with memory limit 64m")
    check(reply, "en", cli=f"docker run -d --name {name} -m 64m busybox")
    assert inspect(docker_client, name)["HostConfig"]["Memory"] == 64 * 1024 * 1024


def test_publishing_host_port_to_container_port(bot, docker_client, world, cleanup, free_port):
    """"run nginx named N publishing PORT to 80": the engine binds PORT to 80/tcp, and nginx answers there."""
    name = cleanup.container(uid())
    reply = bot.say(f"run nginx named {name} publishing {free_port} to 80")
    check(reply, "en", cli=f"docker run -d --name {name} -p {free_port}:80 nginx")
    binds = inspect(docker_client, name)["HostConfig"]["PortBindings"]["80/tcp"]
    assert [b["HostPort"] for b in binds] == [str(free_port)], binds
    got = http_get(free_port)
    assert got.status == 200 and NGINX_WELCOME in got.body, got
