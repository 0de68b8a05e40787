"""Kinds found by wordings_fresh8.yaml (the eighth table, written blind), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at
the engine: an environment variable said in Korean before an exec's command is its -e (the Korean word
after it was a word of the command), a docker command typed unquoted after "run" is that command (it
ran an image named `docker`), "which containers run IMAGE" lists them (it ran the image), a name said
short for an image the engine has under a namespace removes nothing, "no need" said of a volume before
its verb removes it (it was a ban), and a shell asked for runs nothing (it was the container's details); "get X running again" starts X.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def test_env_said_in_korean_before_an_exec_command_is_its_env(bot, docker_client, world, cleanup):
    """"X에서 환경변수 K=V 주고 env 실행": `docker exec -e K=V X env`, whose output holds K=V (it ran `K=V 주고 env`)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n}에서 환경변수 BLIND8=yes 주고 env 실행")
    check(reply, "ko", cli=f"docker exec -e BLIND8=yes {n} env")
    assert "BLIND8=yes" in (reply.code or ""), reply
    reply = bot.say(f"{n}에서 echo Hello A 실행")  # a command's words as typed (`A` was lowered to `a`)
    check(reply, "ko", cli=f"docker exec {n} echo Hello A")
    assert (reply.code or "").strip() == "Hello A", reply


def test_an_unquoted_docker_command_after_run_is_that_command(bot, docker_client, world, cleanup):
    """"pls run docker restart X": X restarted (it planned `docker run docker restart X`); a misspelt one runs nothing."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    before = container_names(docker_client)
    reply = bot.say(f"pls run docker restart {n}")
    check(reply, "en", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != started
    started = started_at(docker_client, n)
    reply = bot.say(f"run docker restrat {n}", yes=False)
    # (en33) a misspelt docker write is asked back with the command meant, never run without the yes
    assert reply.status != "done", reply
    if reply.status == "confirm":
        assert list(reply.cli) == [f"docker restart {n}"], reply
    assert started_at(docker_client, n) == started
    made = container_names(docker_client) - before
    for name in made:
        cleanup.container(name)
    assert not made


def test_which_containers_run_an_image_lists_them(bot, docker_client, world, cleanup):
    """"which containers run nginx": `docker ps --filter ancestor=nginx`, nothing new (it ran nginx)."""
    before = container_names(docker_client)
    reply = bot.say("which containers run nginx")
    check(reply, "en", cli="docker ps --filter ancestor=nginx")
    assert reply.table is not None and any("web" in row for row in reply.table.rows), reply
    made = container_names(docker_client) - before
    for name in made:
        cleanup.container(name)
    assert not made


def test_an_image_said_short_is_never_removed_by_a_guess(bot, docker_client, world, cleanup):
    """"get rid of the X image" with two images of that last name (A/X, B/X) and no X on the engine: no such
    image, the long names offered; both are still there. (One image of that name is that image, said not typed:
    en9, tests/test_e2e_en9.py.)"""
    short = uid()
    refs = [f"{uid()}/{short}", f"{uid()}/{short}"]
    for ref in refs:
        docker_client.images.get("busybox").tag(f"{ref}:latest")
        cleanup.image(f"{ref}:latest")
    reply = bot.say(f"get rid of the {short} image")
    assert reply.status not in ("done", "confirm"), reply
    offered = " ".join(reply.choices) + reply.headline + " ".join(reply.notes)
    assert all(ref in offered for ref in refs), reply
    assert all(docker_client.images.list(name=ref) for ref in refs)


def test_no_need_said_before_the_verb_is_the_reason(bot, docker_client, world, cleanup):
    """"V 볼륨 필요없으니까 지워": the volume removed (it was read as a ban); "V 지울 필요 없어" keeps it."""
    v = uid()
    cleanup.volume(v)
    docker_client.volumes.create(v)
    reply = bot.say(f"{v} 볼륨 지울 필요 없어")
    assert reply.status not in ("done", "confirm"), reply
    assert docker_client.volumes.list(filters={"name": v})
    reply = bot.say(f"{v} 볼륨 필요없으니까 지워")
    check(reply, "ko", cli=f"docker volume rm {v}")
    assert not [x for x in docker_client.volumes.list(filters={"name": v}) if x.name == v]


def test_a_shell_asked_for_runs_nothing(bot, docker_client, world, cleanup):
    """"get a shell on X": a terminal is no chat feature — refused with one command to run instead."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"get a shell on {n}")
    assert reply.status not in ("done", "confirm"), reply
    assert f"docker exec {n}" in reply.headline, reply
    assert exists(docker_client, n) and inspect(docker_client, n)["State"]["Running"]


def test_get_it_running_again_starts_it(bot, docker_client, world, cleanup):
    """"get X running again": X started (it showed X's details)."""
    n = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(f"get {n} running again")
    check(reply, "en", cli=f"docker start {n}")
    assert inspect(docker_client, n)["State"]["Running"]
