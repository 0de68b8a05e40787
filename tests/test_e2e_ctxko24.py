"""The kind of tests/test_parse_ctxko24.py end to end on the real engine, the engine inspected after: a request whose
verb is the handling (처리) of a noun ("… 정지 처리 부탁드립니다") runs on its container alone; told done ("… 재시작
처리했습니다") nothing runs; a removal asked as a permission is asked back, nothing runs. Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, check, inspect, running_since, scoped_bot

pytestmark = [pytest.mark.docker]


def test_a_stop_handled_stops_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    reply = bot.say(f"{a} 정지 처리 부탁드립니다")
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b


def test_a_restart_handled_restarts_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"{a} 재시작 처리해 주세요")
    check(reply, "ko", cli=f"docker restart {a}")
    assert running_since(docker_client, a) != since_a
    assert running_since(docker_client, b) == since_b


def test_handled_told_done_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    assert_touches_nothing(bot, docker_client, f"{a} 재시작 처리했습니다", names=(a, b))


def test_a_removal_handled_asked_as_permission_is_only_asked(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    reply = bot.say(f"{a} 삭제 처리해도 돼?")
    assert reply.status != "done"  # asked back (yes/no) or refused, never run
    assert running_since(docker_client, a) == since
