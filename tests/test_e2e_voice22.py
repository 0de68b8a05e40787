"""The kinds of tests/test_parse_voice22.py end to end on the real engine, the engine inspected after:
A. a read whose name is said in Hangul (웹 = web) is answered when the engine has exactly one thing of that name, and
   nothing changes; a write from a name that matches no container (레디스 재시작해 줘) runs nothing (lead23: one that
   matches one container is planned, tests/test_e2e_lead23.py);
B. a timeout linked by "of" ("stop X with a timeout of five seconds"): X stopped, the other untouched;
C. 헤이 고래 said first (a wake word): the request after it is read.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, check, inspect, scoped_bot, started_at

pytestmark = [pytest.mark.docker]


def test_a_hangul_named_read_is_answered_and_a_write_asked(docker_client, world):
    bot = Bot()
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    reply = bot.say("웹 로그 마지막 스무 줄 보여줘", yes=False)
    check(reply, "ko", cli="docker logs --tail 20 web")
    reply = bot.say("레디스 재시작해 줘", yes=False)  # no container redis: asked back or refused, never run
    assert reply.status != "done" and not reply.cli, reply
    assert {n: started_at(docker_client, n) for n in ("web", "cache")} == before


def test_a_timeout_linked_by_of_stops_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"stop {a} with a timeout of five seconds")
    check(reply, "en", cli=f"docker stop -t 5 {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_a_wake_word_first_reads_the_request(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    reply = bot.say(f"헤이 고래 {a} 상태 알려 줘")
    check(reply, "ko", cli=f"docker inspect {a}")
    assert inspect(docker_client, a)["State"]["Running"]
