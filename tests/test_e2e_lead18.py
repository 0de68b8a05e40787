"""The lead's session-18 kinds (tests/test_parse_lead18.py reads them through the fake world), end to end on the real
engine with the fixture world (its containers web, cache, db, data are the names gorae's lexicon knows by their Hangul
transliterations): a read said with a Hangul name that matches one thing is answered (voice22), a write so said runs
when it matches one container (lead23; it was asked first before); two Hangul words side by side ("웹 캐시 지워": the web's cache) touch nothing. The engine is looked at after.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, check, exists, inspect

pytestmark = [pytest.mark.docker]


def test_a_read_said_with_a_hangul_name_reads_that_container(docker_client, world):
    # (voice22) a read whose Hangul name matches exactly one thing on the engine is answered, never asked first (the
    # session-22 decision: a write so said stays asked, below)
    bot = Bot(docker_client)
    check(bot.say("캐시로그보여줘", yes=False), "ko", cli="docker logs cache")
    check(bot.say("웹 상태", yes=False), "ko", cli="docker inspect web")


def test_a_write_said_with_a_hangul_name_of_one_container_runs(docker_client, world):
    # (lead23) asked back before; planned now that the name matches exactly one container, the reading noted
    bot = Bot(docker_client)
    assert inspect(docker_client, "cache")["State"]["Running"]
    try:
        done = bot.say("캐시 일시정지", yes=False)
        check(done, "ko", cli="docker pause cache")
        assert any("`캐시`" in n and "`cache`" in n for n in done.notes), done.notes
        assert inspect(docker_client, "cache")["State"]["Paused"]
    finally:
        if inspect(docker_client, "cache")["State"]["Paused"]:
            docker_client.containers.get("cache").unpause()


def test_two_hangul_words_side_by_side_touch_nothing(bot, docker_client, world):
    started = {n: inspect(docker_client, n)["State"]["StartedAt"] for n in ("web", "cache")}
    reply = bot.say("웹 캐시 지워")
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    for n in ("web", "cache"):
        assert exists(docker_client, n) and inspect(docker_client, n)["State"]["StartedAt"] == started[n]
