"""f22b on the real engine: a verb typed as it sounds runs as meant ("{a} 일시정지 푸러줘" unpauses {a}); a verb said not
needed never runs, the request after it does ("{a} 재시작 안 해도 돼, 대신 로그 보여줘": {a} keeps running since it began);
several volumes said as a list are each made ("create volumes X and Y"); a purpose said before names makes nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import exists, inspect, nothing_ran, run_tracked, running_since, uid

pytestmark = [pytest.mark.docker]


def test_a_verb_typed_as_it_sounds_runs(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    docker_client.containers.get(a).pause()
    reply = bot.say(f"{a} 일시정지 푸러줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker unpause {a}"], reply
    assert inspect(docker_client, a)["State"]["Status"] == "running"


def test_a_verb_not_needed_never_runs(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    since = running_since(docker_client, a)
    reply = bot.say(f"{a} 재시작 안 해도 돼, 대신 로그 보여줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker logs {a}"], reply
    assert running_since(docker_client, a) == since


def test_volumes_said_as_a_list_are_each_made(bot, docker_client, world, cleanup):
    v1, v2 = cleanup.volume(uid()), cleanup.volume(uid())
    reply = bot.say(f"create volumes {v1} and {v2}")
    assert reply.status == "done" and list(reply.cli) == [f"docker volume create {v1}", f"docker volume create {v2}"], reply
    names = {v.name for v in docker_client.volumes.list()}
    assert {v1, v2} <= names


def test_a_purpose_said_before_names_makes_nothing(bot, docker_client, world, cleanup):
    v = cleanup.volume(uid())
    reply = bot.say(f"new volume for mysql backups: {v}", yes=False)
    if reply.status != "confirm":
        nothing_ran(reply)
    assert not exists(docker_client, "backups")
    assert "backups" not in {x.name for x in docker_client.volumes.list()}
