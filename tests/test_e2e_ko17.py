"""The write kinds of tests/test_parse_ko17.py end to end on the real engine, the engine inspected after:
A. the object particle 를 typed apart from the name ("X 를 스탑 하세요"): X stopped, the other untouched;
B. 죄다 / 몽땅 (all, slang) with a restart: every running container of the test restarted; its negation and its past
   run nothing.
Listings are scoped to this test's label (tests/test_e2e_core.py `ScopedClient`): other runs share the engine.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, scoped_bot, started_at

pytestmark = [pytest.mark.docker]


def test_a_particle_apart_stops_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"{a} 를 스탑 하세요 please")
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_all_said_in_slang_restarts_every_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    before = {n: started_at(docker_client, n) for n in (a, b)}
    for text in ("몽땅 재시작하지 마", "떠 있는 거 죄다 재시작했어?"):
        reply = bot.say(text, yes=False)
        assert reply.status != "done", (text, reply)
        assert all(started_at(docker_client, n) == before[n] for n in (a, b)), text
    reply = bot.say("떠 있는 거 죄다 재시작")
    assert reply.status == "done", reply
    assert all(started_at(docker_client, n) != before[n] for n in (a, b))
    assert all(inspect(docker_client, n)["State"]["Running"] for n in (a, b))
