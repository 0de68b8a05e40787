"""Korean run requests of the held-out tables (wordings_fresh7/8) fixed as kinds by ko9run, end to end on the
real engine: each goes through the whole pipeline (Gorae.handle, confirmations answered yes), then the engine
is looked at — the container made, its options (memory limit, published port answering on 127.0.0.1,
network, --volumes-from, name, image), the sequence's steps done in order, the output of a command run in a
new container of an image said as a container. Names are unique per test; `cleanup` removes what a test makes
(`adopt_new` for the containers gorae made without a name).
"""
from __future__ import annotations

import pytest
from conftest import http_get, pick_free_port
from test_e2e_core import check, exists, inspect, reply_words, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _image_of(client, name: str) -> str:
    return inspect(client, name)["Config"]["Image"]


def test_a_memory_limit_said_in_korean(bot, docker_client, world, cleanup):
    """"nginx 메모리 64m 제한 걸고 X 이름으로 띄워": -m 64m on the container made."""
    n = cleanup.container(uid())
    reply = bot.say(f"nginx 메모리 64m 제한 걸고 {n} 이름으로 띄워")
    check(reply, "ko", cli=f"docker run -d -m 64m --name {n} nginx")
    assert inspect(docker_client, n)["HostConfig"]["Memory"] == 64 * 1024 * 1024


def test_a_port_said_with_beon_answers(bot, docker_client, world, cleanup):
    """"nginx를 P번으로 열어서 X 이름으로 띄워주셈": -p P:80 (the image's EXPOSE), answering on 127.0.0.1:P."""
    n = cleanup.container(uid())
    port = pick_free_port()
    reply = bot.say(f"nginx를 {port}번으로 열어서 {n} 이름으로 띄워주셈")
    check(reply, "ko", cli=f"docker run -d -p {port}:80 --name {n} nginx")
    bindings = inspect(docker_client, n)["HostConfig"]["PortBindings"]
    assert bindings["80/tcp"][0]["HostPort"] == str(port)
    assert http_get(port).status == 200


def test_the_container_port_as_object_host_port_after_ro(bot, docker_client, world, cleanup):
    """"httpd 컨테이너 80번 포트를 P로 매핑해서 X 이름으로 실행": -p P:80, answering on 127.0.0.1:P."""
    n = cleanup.container(uid())
    port = pick_free_port()
    reply = bot.say(f"httpd 컨테이너 80번 포트를 {port}로 매핑해서 {n} 이름으로 실행")
    check(reply, "ko", cli=f"docker run -d -p {port}:80 --name {n} httpd")
    assert http_get(port).status == 200


def test_a_network_used_and_a_name_said_after(bot, docker_client, world, cleanup):
    """"nginx 띄우는데 backend 네트워크 쓰고 이름은 X": on the network backend, named X."""
    n = cleanup.container(uid())
    reply = bot.say(f"nginx 띄우는데 backend 네트워크 쓰고 이름은 {n}")
    check(reply, "ko", cli=f"docker run -d --name {n} --network backend nginx")
    assert "backend" in inspect(docker_client, n)["NetworkSettings"]["Networks"]


def test_volumes_taken_as_they_are(bot, docker_client, world, cleanup):
    """"S 볼륨 그대로 가져다가 X 이름으로 alpine 띄워": --volumes-from S."""
    src = run_sdk(docker_client, cleanup, "alpine")
    n = cleanup.container(uid())
    reply = bot.say(f"{src} 볼륨 그대로 가져다가 {n} 이름으로 alpine 띄워")
    check(reply, "ko", cli=f"docker run -d --volumes-from {src} --name {n} alpine")
    assert inspect(docker_client, n)["HostConfig"]["VolumesFrom"] == [src]


def test_pulled_then_run_by_the_name_said(bot, docker_client, world, cleanup):
    """"redis 받아서 X 이름으로 띄워": the pull, then a container X of redis."""
    n = cleanup.container(uid())
    reply = bot.say(f"redis 받아서 {n} 이름으로 띄워")
    check(reply, "ko", cli=["docker pull redis", f"docker run -d --name {n} redis"])
    assert _image_of(docker_client, n) == "redis"
    assert inspect(docker_client, n)["State"]["Running"]


def test_stopped_removed_and_made_again_from_an_image(bot, docker_client, world, cleanup):
    """"X 내리고 지우고 nginx로 X 다시 띄워": the alpine X stopped, removed, and X made again of nginx."""
    n = run_sdk(docker_client, cleanup, "alpine")
    old = inspect(docker_client, n)["Id"]
    reply = bot.say(f"{n} 내리고 지우고 nginx로 {n} 다시 띄워")
    check(reply, "ko", cli=[f"docker stop {n}", f"docker rm {n}", f"docker run -d --name {n} nginx"])
    now = inspect(docker_client, n)
    assert now["Id"] != old
    assert now["Config"]["Image"] == "nginx"
    assert now["State"]["Running"]


def test_launched_from_an_image_said_as_one_is_named(bot, docker_client, world, cleanup):
    """"httpd 이미지로 X 띄우자": a container X of httpd (never a command X run in it)."""
    n = cleanup.container(uid())
    reply = bot.say(f"httpd 이미지로 {n} 띄우자")
    check(reply, "ko", cli=f"docker run -d --name {n} httpd")
    assert _image_of(docker_client, n) == "httpd"
    assert not inspect(docker_client, n)["Config"]["Cmd"] or n not in inspect(docker_client, n)["Config"]["Cmd"]


def test_one_more_of_a_containers_image(bot, docker_client, world, cleanup):
    """"X 이미지로 컨테이너 하나 더 띄워" with X an nginx container: a new nginx container (the reply says so)."""
    src = run_sdk(docker_client, cleanup, "nginx")
    reply = bot.say(f"{src} 이미지로 컨테이너 하나 더 띄워")
    check(reply, "ko", cli="docker run -d nginx")
    made = [c for c in cleanup.adopt_new()["containers"] if inspect(docker_client, c)["Name"] != f"/{src}"]
    assert len(made) == 1
    assert _image_of(docker_client, made[0]) == "nginx"
    assert any(src in note and "nginx" in note for note in reply.notes), reply


def test_a_command_in_an_image_said_as_a_container(bot, docker_client, world, cleanup):
    """"busybox 컨테이너에서 echo ko9run hi 실행" (no container busybox, none of image busybox):
    `docker run busybox echo ko9run hi`, whose output holds every word; no container named busybox is made."""
    assert not exists(docker_client, "busybox")
    assert not [c for c in docker_client.containers.list(all=True) if c.attrs["Config"]["Image"].split(":")[0] == "busybox"]
    reply = bot.say("busybox 컨테이너에서 echo ko9run hi 실행")
    check(reply, "ko", cli="docker run busybox echo ko9run hi")
    assert (reply.code or "").strip() == "ko9run hi", reply
    made = cleanup.adopt_new()["containers"]
    assert [_image_of(docker_client, c) for c in made] == ["busybox"]
    assert inspect(docker_client, made[0])["Config"]["Cmd"] == ["echo", "ko9run", "hi"]


def test_a_command_in_an_image_a_container_runs_is_asked(bot, docker_client, world, cleanup):
    """"alpine 컨테이너에서 echo hi 실행" while data runs alpine (fixrun): the running one may be meant — asked
    which, naming data; no container is made and data is untouched."""
    before = inspect(docker_client, "data")["State"]["StartedAt"]
    reply = bot.say("alpine 컨테이너에서 echo ko9run hi 실행")
    check(reply, "ko", status="question")
    assert "data" in reply_words(reply) and reply.choices == ("docker exec data echo ko9run hi",), reply
    assert cleanup.adopt_new()["containers"] == []
    assert inspect(docker_client, "data")["State"]["StartedAt"] == before


def test_a_network_name_typed_in_hangul_connects(bot, docker_client, world, cleanup):
    """"X 백엔드 네트워크에 붙여줘": X connected to the network backend (the one network it spells; said so)."""
    n = run_sdk(docker_client, cleanup, "alpine")
    reply = bot.say(f"{n} 백엔드 네트워크에 붙여줘")
    check(reply, "ko", cli=f"docker network connect backend {n}")
    assert "backend" in inspect(docker_client, n)["NetworkSettings"]["Networks"]
    assert any("backend" in note for note in reply.notes), reply
