"""fresh17's wrong writes fixed by w17 (tests/test_parse_w17.py reads the kinds through the fake world), end to end on
the real engine: a removal of an image the engine does not hold removes nothing, "what processes run in X?" starts
nothing, the words describing a quoted command never run, and a clause after the request is context (its words
never pulled, never a second target).
Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def _image_ids(client) -> set[str]:
    return {i.id for i in client.images.list(all=True)}


@pytest.mark.parametrize("said", ["remove the oldest image", "remove the container image", "get rid of the newest image"])
def test_missing_image_removes_nothing(bot, docker_client, world, said):
    """A word that describes an image, none of that name here: refused ("no such image"), and no image is gone."""
    before = _image_ids(docker_client)
    reply = bot.say(said)
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert _image_ids(docker_client) == before


@pytest.mark.parametrize("said", ["redis:v17 image를 지워줘", "delete the ghost image"])
def test_missing_image_named_is_planned_by_name_and_removes_nothing(bot, docker_client, world, said):
    """(the lead, session 15) A NAME the engine lacks is planned by name, as the development corpus's "nginx:1.25 이미지
    삭제" = docker rmi nginx:1.25: only that name is asked about, and no image of the engine's is gone."""
    before = _image_ids(docker_client)
    reply = bot.say(said)
    assert all(c.startswith("docker rmi ") and c.split()[-1] in ("redis:v17", "ghost") for c in reply.cli), reply
    assert _image_ids(docker_client) == before


def test_what_processes_run_in_starts_nothing(bot, docker_client, world, cleanup):
    """"what processes run in X?" with X stopped: X stays stopped (it planned `docker start X`)."""
    n = run_sdk(docker_client, cleanup)
    docker_client.containers.get(n).stop(timeout=1)
    reply = bot.say(f"what processes run in {n}?")
    assert "docker start" not in " ".join(reply.cli), reply
    assert not inspect(docker_client, n)["State"]["Running"]


def test_words_describing_a_quoted_command_never_run(bot, docker_client, world, cleanup):
    """"X에 shell command 'touch /tmp/w17' 실행해줘": never `shell command touch …` run in X (refused); "run the
    command 'touch /tmp/w17' in X": only the quoted command runs."""
    n = run_sdk(docker_client, cleanup)
    names = container_names(docker_client)
    reply = bot.say(f"{n}에 shell command 'date' 실행해줘")
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    reply = bot.say(f"run the command 'touch /tmp/w17' in {n}")
    check(reply, "en", cli=f"docker exec {n} touch /tmp/w17")
    listed = docker_client.containers.get(n).exec_run(["ls", "/tmp"]).output.decode().split()
    assert "w17" in listed
    assert container_names(docker_client) == names


def test_reason_after_the_request_is_context(bot, docker_client, world, cleanup):
    """"restart X, it's leaking memory": X restarted, nothing else; "restart X, actually don't": nothing."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    check(bot.say(f"restart {a}, it's leaking memory"), "en", cli=f"docker restart {a}")
    assert started_at(docker_client, a) != before
    before_b = started_at(docker_client, b)
    reply = bot.say(f"restart {b}, actually don't")
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert started_at(docker_client, b) == before_b and exists(docker_client, b)


def test_reason_after_a_pull_pulls_one_image(bot, docker_client, world):
    """"pull busybox again, we heard there's a fix": `docker pull busybox` only (it pulled heard and fix too)."""
    reply = bot.say("pull busybox again, we heard there's a fix")
    check(reply, "en", cli="docker pull busybox")
    assert not docker_client.images.list(name="heard") and not docker_client.images.list(name="fix")
