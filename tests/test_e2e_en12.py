"""The wrong-action kinds of tests/data/wordings_en12.yaml (branch en12), end to end on the real engine
(tests/test_parse_en12.py reads them through the fake world). Each test goes through the whole pipeline
(Gorae.handle, confirmations answered yes) and then looks at the engine: a pull said with "from docker hub" pulls
the one image (it also pulled `docker` and `hub`); "kick off X" starts X, never restarts it (StartedAt of a running
X unchanged); the perfect, "have you restarted X?" / "we have removed X", changes nothing (it restarted / removed X).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_pull_from_docker_hub_pulls_the_one_image(bot, docker_client, world):
    """"fetch busybox from docker hub": `docker pull busybox` only — no image docker or hub asked of the registry."""
    reply = bot.say("fetch busybox from docker hub")
    check(reply, "en", cli="docker pull busybox")
    assert docker_client.images.list(name="busybox")
    assert not docker_client.images.list(name="hub") and not docker_client.images.list(name="docker")


def test_pull_from_another_place_is_asked(bot, docker_client, world):
    """"pull busybox from fastcampus": not read as two images — nothing pulled, asked."""
    reply = bot.say("pull busybox from fastcampus")
    assert reply.status not in ("done", "confirm"), reply
    assert not docker_client.images.list(name="fastcampus")


def test_kick_off_starts_never_restarts(bot, docker_client, world, cleanup):
    """"kick off X": `docker start X` — a stopped X runs; a running X is left as it is (a restart changed StartedAt)."""
    n = run_sdk(docker_client, cleanup, start=False)
    check(bot.say(f"kick off {n}"), "en", cli=f"docker start {n}")
    assert inspect(docker_client, n)["State"]["Running"]
    before = started_at(docker_client, n)
    check(bot.say(f"kick off {n}"), "en", cli=f"docker start {n}")
    assert started_at(docker_client, n) == before


def test_the_perfect_is_told_never_done(bot, docker_client, world, cleanup):
    """"have you restarted X?", "i have restarted X", "we have just removed X": nothing runs — X keeps its StartedAt
    and exists (they planned `docker restart X`, `docker rm X`)."""
    n = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, n)
    for said in (f"have you restarted {n}?", f"i have restarted {n}", f"we have just removed {n}"):
        reply = bot.say(said)
        assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    assert exists(docker_client, n) and started_at(docker_client, n) == before
    assert inspect(docker_client, n)["State"]["Running"]
