"""brk24: the kinds of wrong write found by the break run aimed at session 23's readings, end to end on the real engine
(whole pipeline, confirmations answered yes), the engine inspected afterwards: the wrong write did not happen, the right
neighbour did.

  * the Korean past typed without its ending ("X 껐", "X 지웠", "X 재시작했 ㅋㅋ") stopped, removed or restarted X;
  * "what is it" said of a write ("X 재시작 뭐야", "restart X? what is this") restarted X;
  * the speaker as the subject of a promise ("제가 X 지울게요") removed X;
  * Gyeongsang's ban -지 마이소 restarted X, its question -뿌까 started X;
  * "delete the data" removed the fixture container data (now asked back, nothing run unanswered).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, exists, inspect, nothing_ran, run_sdk, running_since

pytestmark = [pytest.mark.docker]


def test_the_past_typed_without_its_ending_writes_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"{n} 껐", f"{n} 지웠", f"{n} 재시작했 ㅋㅋ", f"{n} 멈췄", f"{n} 정지햇"):
        nothing_ran(bot.say(text))
    assert exists(docker_client, n)
    assert running_since(docker_client, n) == since
    reply = bot.say(f"{n} 꺼")
    assert reply.status == "done", reply
    assert not inspect(docker_client, n)["State"]["Running"]


def test_what_is_it_said_of_a_write_and_the_speaker_promising_write_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"{n} 재시작 뭐야", f"이게 뭐야 {n} 재시작", f"restart {n}? what is this", f"제가 {n} 지울게요",
                 f"{n} 재시작은 제가 할게요", f"{n} 재시작하지 마이소", f"{n} 지우지 마이소"):
        nothing_ran(bot.say(text))
    assert exists(docker_client, n)
    assert running_since(docker_client, n) == since
    reply = bot.say(f"{n} 재시작해 주이소")
    assert reply.status == "done", reply
    assert running_since(docker_client, n) != since


def test_a_dialect_question_starts_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, start=False)
    for text in (f"{n} 켜 뿌까?", f"{n} 켜뿌까"):
        nothing_ran(bot.say(text))
    assert not inspect(docker_client, n)["State"]["Running"]


def test_delete_the_data_is_asked_back_and_touches_nothing(bot, docker_client, world):
    for text, name in (("delete the data", "data"), ("wipe the cache", "cache")):
        since = running_since(docker_client, name)
        reply = bot.say(text, yes=False)  # offered back (a proposal), never run unanswered
        assert reply.status == "confirm" and reply.proposal, reply
        assert running_since(docker_client, name) == since
    assert_touches_nothing(bot, docker_client, "web 재시작 뭐야")
