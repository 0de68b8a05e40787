"""The Korean kinds of tests/test_parse_ko6.py that plan a write or an exec, end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then
looks at the engine: a quoted argument with `&` inside is one argument of the exec; a command said
after "X에서" with no verb, or sent with 날리 to "X에", runs in X (no container is made); a network
made in a sequence is there for the connect after it; "껐다가 지워" stops then removes; a restart
policy with a port and a name and no verb is a run that serves on 127.0.0.1; "같이 쓰게" shares a
container's volumes; a volume mounted at a path with a command after the image runs that command
on the volume. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from conftest import http_get
from test_e2e_core import check, container_names, exists, inspect, run_sdk, uid, wait_gone

pytestmark = [pytest.mark.docker]


def test_a_quoted_ampersand_is_one_argument(bot, docker_client, world, cleanup):
    """`X에서 echo "a=1&b=2" 실행`: the quoted word reaches the command whole (no shell, no operator)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f'{n}에서 echo "a=1&b=2" 실행')
    check(reply, "ko", cli=f"docker exec {n} echo 'a=1&b=2'")
    assert "a=1&b=2" in (reply.code or ""), reply


def test_a_command_said_after_a_container_runs_there(bot, docker_client, world, cleanup):
    """"X에서 hostname" (no verb): run in X — its hostname is printed, and no container is made."""
    n = run_sdk(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(f"{n}에서 hostname")
    check(reply, "ko", cli=f"docker exec {n} hostname")
    assert inspect(docker_client, n)["Config"]["Hostname"] in (reply.code or ""), reply
    assert container_names(docker_client) == before


def test_a_command_sent_to_a_container_is_an_exec(bot, docker_client, world, cleanup):
    """"X에 echo sent-ko6 날려": 날리 sends the command to X (it deletes nothing, makes nothing)."""
    n = run_sdk(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(f"{n}에 echo sent-ko6 날려")
    check(reply, "ko", cli=f"docker exec {n} echo sent-ko6")
    assert "sent-ko6" in (reply.code or ""), reply
    assert container_names(docker_client) == before and inspect(docker_client, n)["State"]["Running"]


def test_a_network_made_then_connected(bot, docker_client, world, cleanup):
    """"NET 네트워크 만들고 X 연결해줘": the network is made, then X is attached to it."""
    n = run_sdk(docker_client, cleanup)
    net = cleanup.network(uid())
    reply = bot.say(f"{net} 네트워크 만들고 {n} 연결해줘")
    check(reply, "ko", cli=[f"docker network create {net}", f"docker network connect {net} {n}"])
    assert net in inspect(docker_client, n)["NetworkSettings"]["Networks"]


def test_stopped_then_removed(bot, docker_client, world, cleanup):
    """"X 껐다가 지워줘": stopped, then removed (it was refused)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 껐다가 지워줘")
    check(reply, "ko", cli=[f"docker stop {n}", f"docker rm {n}"])
    wait_gone(docker_client, n)
    assert not exists(docker_client, n)


def test_a_restart_policy_with_a_port_and_a_name_is_a_run(bot, docker_client, world, cleanup, free_port):
    """"nginx P 포트에 N 이름으로 항상 재시작하게" (no verb): run -d, restart always, served on 127.0.0.1:P."""
    n, p = cleanup.container(uid()), free_port
    reply = bot.say(f"nginx {p} 포트에 {n} 이름으로 항상 재시작하게")
    check(reply, "ko", cli=f"docker run -d --name {n} -p {p}:80 --restart always nginx")
    info = inspect(docker_client, n)
    assert info["State"]["Running"] and info["HostConfig"]["RestartPolicy"]["Name"] == "always", info["HostConfig"]
    assert http_get(p, timeout=60).status == 200


def test_volumes_used_together(bot, docker_client, world, cleanup):
    """"SRC 볼륨 같이 쓰게 alpine 띄워": a new alpine container with SRC's volumes (--volumes-from)."""
    vol = cleanup.volume(uid())
    src = run_sdk(docker_client, cleanup, volumes={vol: {"bind": "/shared", "mode": "rw"}})
    reply = bot.say(f"{src} 볼륨 같이 쓰게 alpine 띄워")
    check(reply, "ko", cli=f"docker run -d --volumes-from {src} alpine")
    src_id = inspect(docker_client, src)["Id"]
    made = [docker_client.api.inspect_container(c) for c in cleanup.adopt_new()["containers"] if c != src_id]
    assert len(made) == 1, [c["Name"] for c in made]
    info = made[0]
    assert info["HostConfig"]["VolumesFrom"] == [src] and info["Config"]["Image"] == "alpine", info["HostConfig"]
    assert any(mt.get("Name") == vol and mt["Destination"] == "/shared" for mt in info["Mounts"]), info["Mounts"]


def test_a_volume_mounted_then_a_command_on_it(bot, docker_client, world, cleanup):
    """"VOL 볼륨 /data에 마운트해서 alpine으로 ls /data 실행": the command lists the volume's file."""
    vol = cleanup.volume(uid())
    docker_client.containers.run("alpine", ["sh", "-c", "echo hi > /data/f-ko6"], remove=True,
                                 volumes={vol: {"bind": "/data", "mode": "rw"}})
    reply = bot.say(f"{vol} 볼륨 /data에 마운트해서 alpine으로 ls /data 실행")
    check(reply, "ko", cli=f"docker run -v {vol}:/data alpine ls /data")
    cleanup.adopt_new()
    assert "f-ko6" in (reply.code or ""), reply
