"""brk25: the kinds of wrong write found by the break run aimed at sessions 23-24's readings, end to end on the real
engine (whole pipeline), the engine inspected afterwards: the wrong write did not happen, the right neighbour did.

  * a modal told of someone ("i could restart X", "someone could kill X") and "let me restart X" restarted or killed X;
  * "what is restart X" restarted X;
  * the speaker first or on an errand ("저 X 지우고 올게요") removed X; the rhetorical "X 지우긴 뭘 지워" removed X;
  * next time ("X 재시작 다음에") restarted X now;
  * a reminder ("X 재시작 부탁드렸는데요") and a chat yes after it ("X 재시작 ㅇㅋ") restarted X: now asked back, nothing
    run unanswered;
  * two names with 아님 between ("X 아님 Y 지워") removed Y;
  * a backslash inside docker exec's command was dropped ("echo a \\ b" ran echo a b): the shell's word kept.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, exists, nothing_ran, run_sdk, running_since

pytestmark = [pytest.mark.docker]


def test_told_asked_and_deferred_writes_touch_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"i could restart {n}", f"someone could kill {n}", f"i would restart {n}", f"let me restart {n}",
                 f"what is restart {n}", f"저 {n} 지우고 올게요", f"{n} 지우긴 뭘 지워", f"{n} 재시작하긴 뭘 해",
                 f"{n} 재시작 다음에", f"다음에 {n} 재시작해"):
        nothing_ran(bot.say(text))
    assert exists(docker_client, n)
    assert running_since(docker_client, n) == since
    reply = bot.say(f"restart {n}")
    assert reply.status == "done", reply
    assert running_since(docker_client, n) != since


def test_a_reminder_and_a_chat_yes_are_asked_back(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"{n} 재시작 부탁드렸는데요", f"{n} 재시작 ㅇㅋ"):
        reply = bot.say(text, yes=False)  # offered back (a proposal), never run unanswered
        assert reply.status == "confirm" and reply.proposal, reply
        assert running_since(docker_client, n) == since
    assert_touches_nothing(bot, docker_client, "web 재시작 다음에")


def test_two_names_with_or_between_remove_neither(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    since = {n: running_since(docker_client, n) for n in (a, b)}
    nothing_ran(bot.say(f"{a} 아님 {b} 지워"))
    for n in (a, b):
        assert exists(docker_client, n) and running_since(docker_client, n) == since[n]


def test_a_backslash_inside_an_exec_command_is_the_shells(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"docker exec {n} echo a \\ b")
    assert reply.status == "done", reply
    assert reply.cli[0].endswith("echo a ' b'"), reply.cli  # the word " b", as a shell reads it (echo a b before)
    assert reply.code == "a  b\n", reply.code  # echo printed a, two blanks, b
