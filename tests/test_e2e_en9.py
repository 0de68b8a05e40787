"""The English kinds of issue 8 fixed by en9 (tests/test_parse_en9.py), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: a phrasal verb said around its name ("shut N off", "turn N on", "bring N back") stops or starts that
container; slang ("murder N") kills it; a running state wished ("N needs to be running") starts it; "update the
IMAGE image" pulls it; an image said by its last name alone is the one image of that name (two are asked); a
command typed before or after its container ("cat /etc/hostname in N", "on N, ls /etc") and "run pwd in /tmp on
N" run there (-w); runs with their options said in a comma list, a one-off image that prints, a command joined
by "and have it", a run then its command, and a container made "not running yet". Names are unique per test;
`cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from conftest import http_get
from test_e2e_core import NGINX_WELCOME, check, container_names, inspect, remove_image, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _running(client, name: str) -> bool:
    return bool(inspect(client, name)["State"]["Running"])


def test_phrasal_verbs_said_around_the_name(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    check(bot.say(f"shut {n} off"), "en", cli=f"docker stop {n}")
    assert not _running(docker_client, n)
    check(bot.say(f"turn {n} on"), "en", cli=f"docker start {n}")
    assert _running(docker_client, n)
    check(bot.say(f"switch {n} off"), "en", cli=f"docker stop {n}")
    assert not _running(docker_client, n)
    check(bot.say(f"bring {n} back"), "en", cli=f"docker start {n}")
    assert _running(docker_client, n)


def test_slang_kill_and_a_wished_state(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    check(bot.say(f"murder {n}"), "en", cli=f"docker kill {n}")
    state = inspect(docker_client, n)["State"]
    assert not state["Running"] and state["ExitCode"] == 137, state  # SIGKILL, never a graceful stop
    check(bot.say(f"{n} needs to be running"), "en", cli=f"docker start {n}")
    assert _running(docker_client, n)
    reply = bot.say(f"does {n} need to be stopped?")
    assert reply.status not in ("done", "confirm"), reply  # asked, never a stop
    assert _running(docker_client, n)


def test_update_the_image_pulls_it(bot, docker_client, world, cleanup):
    remove_image(docker_client, "hello-pull:latest")
    cleanup.image("hello-pull:latest")
    check(bot.say("update the hello-pull image"), "en", cli="docker pull hello-pull")
    assert docker_client.images.get("hello-pull:latest")


def test_an_image_said_by_its_last_name(bot, docker_client, world, cleanup):
    """One image of that last name: removed; two: asked, both kept."""
    short = uid()
    one = f"{uid()}/{short}:latest"
    docker_client.images.get("busybox").tag(one)
    cleanup.image(one)
    check(bot.say(f"get rid of the {short} image"), "en", cli=f"docker rmi {one.removesuffix(':latest')}")
    assert not docker_client.images.list(name=one.removesuffix(":latest"))
    twice = uid()
    a, b = f"{uid()}/{twice}:latest", f"{uid()}/{twice}:latest"
    for ref in (a, b):
        docker_client.images.get("busybox").tag(ref)
        cleanup.image(ref)
    reply = bot.say(f"remove the {twice} image")
    assert reply.status not in ("done", "confirm"), reply
    assert docker_client.images.list(name=a.removesuffix(":latest")) and docker_client.images.list(name=b.removesuffix(":latest"))


def test_a_command_typed_with_its_container(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    host = inspect(docker_client, n)["Config"]["Hostname"]
    reply = bot.say(f"cat /etc/hostname in {n}")
    check(reply, "en", cli=f"docker exec {n} cat /etc/hostname")
    assert reply.code.strip() == host, reply.code
    reply = bot.say(f"on {n}, ls /etc")
    check(reply, "en", cli=f"docker exec {n} ls /etc")
    assert "hostname" in reply.code.split(), reply.code
    reply = bot.say(f"run pwd in /tmp on {n}")
    check(reply, "en", cli=f"docker exec -w /tmp {n} pwd")
    assert reply.code.strip() == "/tmp", reply.code
    before = container_names(docker_client)
    reply = bot.say(f"checked cat /etc/hostname on {n}")  # told, never run
    assert not reply.cli or reply.status not in ("done", "confirm"), reply
    assert container_names(docker_client) == before


def test_runs_with_their_options(bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    check(bot.say(f"run alpine with 64m memory, name it {n}"), "en", cli=f"docker run -d -m 64m --name {n} alpine")
    assert inspect(docker_client, n)["HostConfig"]["Memory"] == 64 * 1024 * 1024
    c = cleanup.container(uid())
    check(bot.say(f"prep a busybox container called {c}, not running yet"), "en", cli=f"docker create --name {c} busybox")
    assert inspect(docker_client, c)["State"]["Status"] == "created"


def test_a_one_off_that_prints_and_a_joined_command(bot, docker_client, world, cleanup):
    before = container_names(docker_client)
    t = uid()
    reply = bot.say(f"run a one-off alpine that prints {t}")
    check(reply, "en", cli=f"docker run --rm alpine echo {t}")
    assert reply.code == f"{t}\n", reply.code
    reply = bot.say("run busybox and have it ping -c 1 127.0.0.1")
    check(reply, "en", cli="docker run busybox ping -c 1 127.0.0.1")
    assert "1 packets transmitted" in reply.code, reply.code
    made = cleanup.adopt_new()["containers"]
    assert len(made) == 1 and not (set(made) & before)  # the one-off removed itself; the ping's stays, exited
    assert inspect(docker_client, made[0])["Config"]["Cmd"] == ["ping", "-c", "1", "127.0.0.1"]


def test_a_run_then_its_command(bot, docker_client, world, cleanup):
    v = cleanup.volume(uid())
    docker_client.volumes.create(v)
    run_sdk(docker_client, cleanup, "alpine", command=["sh", "-c", "echo hi > /pg/marker"],
            start=True, volumes={v: {"bind": "/pg", "mode": "rw"}}, remove=False)
    docker_client.containers.list(all=True)  # (the writer ran and exited)
    import time

    for _ in range(50):
        if any(c.name for c in docker_client.containers.list(all=True, filters={"volume": v, "status": "exited"})):
            break
        time.sleep(0.1)
    reply = bot.say(f"run alpine with the {v} volume mounted on /pg and ls /pg")
    check(reply, "en", cli=f"docker run -v {v}:/pg alpine ls /pg")
    assert reply.code.split() == ["marker"], reply.code
    cleanup.adopt_new()


def test_an_image_said_with_its_owner(bot, docker_client, world, cleanup, free_port):
    """"run site from OWNER on PORT" with OWNER/site on the engine (nginx tagged so): that image, its EXPOSE 80."""
    owner = uid()
    docker_client.images.get("nginx").tag(f"{owner}/site:latest")
    cleanup.image(f"{owner}/site:latest")
    before = container_names(docker_client)
    reply = bot.say(f"run site from {owner} on {free_port}")
    check(reply, "en", cli=f"docker run -d -p {free_port}:80 {owner}/site")
    made = list(container_names(docker_client) - before)
    for name in made:
        cleanup.container(name)
    assert len(made) == 1 and inspect(docker_client, made[0])["Config"]["Image"] == f"{owner}/site", made
    assert NGINX_WELCOME in http_get(free_port).body


def test_a_volume_made_then_mounted_as_it(bot, docker_client, world, cleanup):
    v = cleanup.volume(uid())
    before = container_names(docker_client)
    reply = bot.say(f"create volume {v} and run alpine with it at /v")
    check(reply, "en", cli=[f"docker volume create {v}", f"docker run -d -v {v}:/v alpine"])
    made = list(container_names(docker_client) - before)
    for name in made:
        cleanup.container(name)
    assert len(made) == 1, made
    mounts = inspect(docker_client, made[0])["Mounts"]
    assert [(mt["Type"], mt["Name"], mt["Destination"]) for mt in mounts] == [("volume", v, "/v")], mounts
