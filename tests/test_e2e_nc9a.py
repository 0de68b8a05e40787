"""Kind A of tests/test_parse_nc9a.py end to end on the real engine: "run IMAGE -flag …" said without
`docker` runs IMAGE with those options (the mounts, ports, env, name and network inspected after), never
with the flags as the container's arguments; typed `docker run IMAGE -v x` keeps them as arguments, as
docker does. Kind H: a bare shell asked for runs nothing (no container made, none exec'd into).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from conftest import http_get, pick_free_port
from test_e2e_core import check, container_names, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def test_run_options_after_the_image_are_options(bot, docker_client, world, cleanup):
    """`run nginx -p P:80 -e A=1 -v VOL:/srv --name N --network backend`: all of them applied to N."""
    n, vol, port = uid(), uid(), pick_free_port()
    cleanup.container(n)
    cleanup.volume(vol)
    reply = bot.say(f"run nginx -p 127.0.0.1:{port}:80 -e A=1 -v {vol}:/srv --name {n} --network backend")
    check(reply, "en", cli=f"docker run -d --name {n} --network backend -p 127.0.0.1:{port}:80 -e A=1 "
                           f"-v {vol}:/srv nginx")
    info = inspect(docker_client, n)
    assert info["State"]["Running"], info["State"]
    assert info["Args"] == [] or "-v" not in info["Args"], info["Args"]  # never the container's arguments
    assert "-p" not in info["Args"] and "--name" not in info["Args"], info["Args"]
    mounts = {(mt.get("Name"), mt["Destination"]) for mt in info["Mounts"]}
    assert (vol, "/srv") in mounts, info["Mounts"]
    assert info["HostConfig"]["PortBindings"]["80/tcp"] == [{"HostIp": "127.0.0.1", "HostPort": str(port)}]
    assert "A=1" in info["Config"]["Env"], info["Config"]["Env"]
    assert "backend" in info["NetworkSettings"]["Networks"], info["NetworkSettings"]["Networks"]
    assert http_get(port).status == 200


def test_run_options_then_a_command_keeps_the_command(bot, docker_client, world, cleanup):
    """`run alpine --name N -e A=1 -v VOL:/data env`: env runs (its output has A=1), with the mount."""
    n, vol = uid(), uid()
    cleanup.container(n)
    cleanup.volume(vol)
    reply = bot.say(f"run alpine --name {n} -e A=1 -v {vol}:/data env")
    check(reply, "en", cli=f"docker run --name {n} -e A=1 -v {vol}:/data alpine env")
    info = inspect(docker_client, n)
    assert info["Path"] == "env" and info["Args"] == [], (info["Path"], info["Args"])
    assert {(mt.get("Name"), mt["Destination"]) for mt in info["Mounts"]} == {(vol, "/data")}, info["Mounts"]
    assert "A=1" in docker_client.containers.get(n).logs().decode()


def test_typed_docker_run_keeps_flags_after_the_image_as_arguments(bot, docker_client, world, cleanup):
    """Typed `docker run --name N alpine echo -v x`: docker's reading — `-v x` are echo's arguments."""
    n = uid()
    cleanup.container(n)
    reply = bot.say(f"docker run --name {n} alpine echo -v x")
    check(reply, "cli", cli=f"docker run --name {n} alpine echo -v x")
    info = inspect(docker_client, n)
    assert (info["Path"], info["Args"]) == ("echo", ["-v", "x"]), (info["Path"], info["Args"])
    assert info["Mounts"] == [], info["Mounts"]


def test_a_bare_shell_runs_nothing(bot, docker_client, world, cleanup):
    """"X에서 bash 실행", "run sh in X", `docker run alpine sh`: refused — no container made, no exec."""
    n = run_sdk(docker_client, cleanup)
    before = container_names(docker_client)
    execs = len(inspect(docker_client, n)["ExecIDs"] or [])
    for text in (f"{n}에서 bash 실행", f"run sh in {n}", f"docker exec {n} sh", "docker run alpine sh",
                 "ubuntu:focal 에서 bash 실행"):
        reply = bot.say(text)
        assert reply.status not in ("done", "confirm"), (text, reply)
    assert container_names(docker_client) == before
    assert len(inspect(docker_client, n)["ExecIDs"] or []) == execs
