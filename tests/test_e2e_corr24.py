"""The kinds of tests/test_parse_corr24.py end to end on the real engine, the engine inspected after:
A. a correction in one message: only the last order runs (the first never does) — Korean 아니다 / 아 아니, English
   scratch that … it; the other container of the test is untouched;
B. a state asked by its negation ("X 켜져 있지 않아?", "X not running, right?") is read, nothing changes;
C. 다시 켜 said of a container alone: a stopped one is started, a running one restarted (the plan shows which);
E. a deferral in two clauses: the order for now runs on the first clause's container, the one put off never does;
D. near-misses (a question, a ban, the past, a bare "no") plan and run nothing on the fixture world.
The containers changed are the test's own (scoped_bot: removed after); the fixture world is only looked at.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import (
    Bot,
    assert_touches_nothing,
    check,
    inspect,
    running_since,
    scoped_bot,
    started_at,
    wait_for,
)

pytestmark = [pytest.mark.docker]


def test_a_korean_correction_runs_the_last_order_only(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    check(bot.say(f"{a} 멈춰, 아니다 재시작해"), "ko", cli=f"docker restart {a}")
    assert inspect(docker_client, a)["State"]["Running"] and started_at(docker_client, a) != since_a
    check(bot.say(f"{b} 지워 아 아니 멈춰"), "ko", cli=f"docker stop {b}")
    state = inspect(docker_client, b)["State"]  # still there (never removed), stopped
    assert not state["Running"] and started_at(docker_client, b) == since_b


def test_an_english_order_called_off_then_said_again_of_it(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    check(bot.say(f"stop {a}, scratch that, restart it"), "en", cli=f"docker restart {a}")
    assert inspect(docker_client, a)["State"]["Running"] and started_at(docker_client, a) != since_a
    check(bot.say(f"no wait, stop {b} not {a}"), "en", cli=f"docker stop {b}")
    assert not inspect(docker_client, b)["State"]["Running"]
    assert inspect(docker_client, a)["State"]["Running"]
    assert started_at(docker_client, b) == since_b


def test_b_a_state_asked_by_its_negation_is_read(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    check(bot.say(f"{a} 켜져 있지 않아?"), "ko", cli=f"docker inspect {a}")
    check(bot.say(f"{a} not running, right?"), "en", cli=f"docker inspect {a}")
    assert running_since(docker_client, a) == since


def test_c_again_starts_a_stopped_one_and_restarts_a_running_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    docker_client.containers.get(a).stop(timeout=1)
    wait_for(lambda: not inspect(docker_client, a)["State"]["Running"], what=f"{a} stopped")
    since_b = running_since(docker_client, b)
    check(bot.say(f"{a} 다시 켜 줘"), "ko", cli=f"docker start {a}")
    assert inspect(docker_client, a)["State"]["Running"]
    check(bot.say(f"{b} 쫌 다시 켜주이소"), "ko", cli=f"docker restart {b}")
    assert inspect(docker_client, b)["State"]["Running"] and started_at(docker_client, b) != since_b


def test_e_a_deferral_runs_the_order_for_now_only(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    check(bot.say(f"{a} 지우는 건 나중에 하고 지금은 멈추기만 해줘"), "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]  # stopped, still there: never removed
    check(bot.say(f"we'll delete {b} later, for now just stop it"), "en", cli=f"docker stop {b}")
    assert not inspect(docker_client, b)["State"]["Running"]


@pytest.mark.parametrize("said", ["web 꺼 아니 재시작할까?", "cache 지워 아니 지우지 마", "web 재시작하지 않아?",
                                  "web 다시 켰어?", "no, restart cache not web", "remove web, scratch that",
                                  "cache 꺼. 아 아니다", "remove cache later, for now remove it"])
def test_d_near_misses_touch_nothing(docker_client, world, said):
    assert_touches_nothing(Bot(), docker_client, said)
