"""(voice24) End to end on the real engine, the engine inspected after: a verb glued to a name on a phone ("stop<name>",
"<name>restart") acts on that one container, the other untouched; a glue naming no container runs nothing; a number
said in Korean words glued to its unit ("천줄") is the logs window, and "이 줄" (this line) no number; stop typed with
the Korean layout on ("ㄴ새ㅔ <name>") is asked back, unanswered nothing stops.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, nothing_ran, running_since, scoped_bot, started_at

pytestmark = [pytest.mark.docker]


def test_a_stop_glued_to_a_name_stops_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since = running_since(docker_client, b)
    reply = bot.say(f"stop{a}")
    check(reply, "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since


def test_a_restart_glued_after_a_name_restarts_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    before, since = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"{a}restart")
    check(reply, "en", cli=f"docker restart {a}")
    assert running_since(docker_client, a) != before
    assert running_since(docker_client, b) == since


def test_a_glue_naming_no_container_runs_nothing(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    for said in (f"restart{a}x", f"rm{a}", f"kill{a}"):
        nothing_ran(bot.say(said, yes=False))
    assert running_since(docker_client, a) == since


def test_a_thousand_lines_said_in_words(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    check(bot.say(f"{a} 로그 천줄"), "ko", cli=f"docker logs --tail 1000 {a}")
    reply = bot.say(f"{a} 이 줄 로그", yes=False)  # this line: no number of lines
    assert "--tail" not in " ".join(reply.cli or ()), reply
    assert running_since(docker_client, a) == since


def test_stop_typed_in_the_korean_layout_stops_that_one(docker_client, world, cleanup):
    # (lead29) asked back until now: keys with a vowel among bare jamo are no Korean word (ㄴ새ㅔ = stop), the name reads
    # as typed — planned and run, the decoding said; the other container untouched
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = started_at(docker_client, b)
    reply = bot.say(f"ㄴ새ㅔ {a}", yes=False)
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b


def test_a_command_dictated_in_korean_reads(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    check(bot.say(f"{a} 로그 대시 대시 테일 오십"), "ko", cli=f"docker logs --tail 50 {a}")
    nothing_ran(bot.say("도커 스탑 대시 에이", yes=False))  # docker stop -a is no flag: nothing stops
    assert running_since(docker_client, a) == since
