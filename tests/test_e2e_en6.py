"""The English kinds of issue 8 fixed by en6 (tests/test_parse_en6.py), and the new read commands
`docker top` / `docker port`, end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks
at the engine: a run's network said with `on` is its network (never an engine or a container), "start
IMAGE on PORT" publishes the port on a new container, "mounting VOLUME at PATH" mounts it, "run CMD as
USER in X" runs as that user (-u), the place said first ("on X, run …") is an exec there, "put X on
hold" pauses it, "i want X stopped" stops it, "don't restart X, just show its logs" restarts nothing;
`docker top` lists the container's processes and `docker port` its published ports as docker prints
them. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from conftest import http_get
from test_e2e_core import check, container_names, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def test_a_runs_network_said_with_on(bot, docker_client, world, cleanup):
    """"run nginx named N with restart policy always on backend": on the network backend, restart always."""
    name = cleanup.container(uid())
    reply = bot.say(f"run nginx named {name} with restart policy always on backend")
    check(reply, "en", cli=f"docker run -d --name {name} --restart always --network backend nginx")
    state = inspect(docker_client, name)
    assert state["State"]["Running"], state["State"]
    assert state["HostConfig"]["RestartPolicy"]["Name"] == "always"
    assert "backend" in state["NetworkSettings"]["Networks"], state["NetworkSettings"]["Networks"]


def test_start_an_image_on_a_port_publishes_it(bot, docker_client, world, cleanup, free_port):
    """"start nginx on PORT named N": a new container with PORT -> 80 (the image's EXPOSE); it answers."""
    port = free_port
    name = cleanup.container(uid())
    reply = bot.say(f"start nginx on {port} named {name}")
    check(reply, "en", cli=f"docker run -d --name {name} -p {port}:80 nginx")
    ports = inspect(docker_client, name)["HostConfig"]["PortBindings"]
    assert ports == {"80/tcp": [{"HostIp": "", "HostPort": str(port)}]}, ports
    assert http_get(port, timeout=60).status == 200


def test_mounting_a_volume_at_a_path(bot, docker_client, world, cleanup):
    """"spin up nginx named N mounting pgdata at /data": the volume pgdata at /data of the new container."""
    name = cleanup.container(uid())
    reply = bot.say(f"spin up nginx named {name} mounting pgdata at /data")
    check(reply, "en", cli=f"docker run -d --name {name} -v pgdata:/data nginx")
    mounts = inspect(docker_client, name)["Mounts"]
    assert [(mt["Type"], mt["Name"], mt["Destination"]) for mt in mounts] == [("volume", "pgdata", "/data")], mounts


def test_run_as_a_user_in_a_container(bot, docker_client, world, cleanup):
    """"run whoami as nobody in X": `docker exec -u nobody X whoami` prints nobody; no container is made."""
    n = run_sdk(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(f"run whoami as nobody in {n}")
    check(reply, "en", cli=f"docker exec -u nobody {n} whoami")
    assert (reply.code or "").strip() == "nobody", reply
    assert container_names(docker_client) == before


def test_the_place_said_first_is_where_the_command_runs(bot, docker_client, world, cleanup):
    """"on X, run cat /etc/hostname" and "get into X and run …": an exec in X with every word."""
    n = run_sdk(docker_client, cleanup, hostname="en6-host")
    before = container_names(docker_client)
    reply = bot.say(f"on {n}, run cat /etc/hostname")
    check(reply, "en", cli=f"docker exec {n} cat /etc/hostname")
    assert (reply.code or "").strip() == "en6-host", reply
    reply = bot.say(f"get into {n} and run echo in-en6")
    check(reply, "en", cli=f"docker exec {n} echo in-en6")
    assert "in-en6" in (reply.code or ""), reply
    assert container_names(docker_client) == before


def test_put_on_hold_pauses_and_i_want_it_stopped_stops(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"put {n} on hold")
    check(reply, "en", cli=f"docker pause {n}")
    assert inspect(docker_client, n)["State"]["Paused"]
    docker_client.api.unpause(n)
    reply = bot.say(f"i want {n} stopped")
    check(reply, "en", cli=f"docker stop {n}")
    assert inspect(docker_client, n)["State"]["Status"] == "exited"


def test_not_a_but_b_in_english_restarts_nothing(bot, docker_client, world, cleanup):
    """"don't restart X, just show its logs": the logs, and X keeps its start time."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"don't restart {n}, just show its logs")
    check(reply, "en", cli=f"docker logs {n}")
    assert started_at(docker_client, n) == started


def test_docker_top_lists_the_processes(bot, docker_client, world, cleanup):
    """`docker top X` (and "processes in X", "X 프로세스 보여줘"): the engine's ps of X — its sleep is there."""
    n = run_sdk(docker_client, cleanup)
    for said, lang in ((f"docker top {n}", "cli"), (f"processes in {n}", "en"), (f"{n} 프로세스 보여줘", "ko")):
        reply = bot.say(said)
        check(reply, lang, cli=f"docker top {n}")
        assert reply.table is not None and "PID" in reply.table.columns, reply
        cmd = reply.table.columns.index("CMD")
        assert any("sleep 3600" in row[cmd] for row in reply.table.rows), reply.table
    reply = bot.say(f"docker top {n} -o pid,comm")
    check(reply, "cli", cli=f"docker top {n} -o pid,comm")
    assert reply.table is not None and reply.table.columns == ("PID", "COMMAND"), reply.table
    assert any(row[1] == "sleep" for row in reply.table.rows), reply.table


def test_docker_port_lists_the_published_ports(bot, docker_client, world, cleanup, free_port):
    """`docker port X` (and "what ports does X publish", "X 포트 보여줘"): `80/tcp -> 127.0.0.1:P` as docker prints it."""
    port = free_port
    n = run_sdk(docker_client, cleanup, ports={"80/tcp": ("127.0.0.1", port)})
    for said, lang in ((f"docker port {n}", "cli"), (f"what ports does {n} publish", "en"), (f"{n} 포트 보여줘", "ko")):
        reply = bot.say(said)
        check(reply, lang, cli=f"docker port {n}")
        assert (reply.code or "").strip() == f"80/tcp -> 127.0.0.1:{port}", reply
    reply = bot.say(f"docker port {n} 80")
    check(reply, "cli", cli=f"docker port {n} 80/tcp")
    assert (reply.code or "").strip() == f"127.0.0.1:{port}", reply
    bare = run_sdk(docker_client, cleanup)
    reply = bot.say(f"docker port {bare}")
    check(reply, "cli", cli=f"docker port {bare}")
    assert not (reply.code or "").strip(), reply
