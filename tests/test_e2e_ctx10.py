"""Kinds of ctx10 (a reason or context clause around a Korean request, "tell me when done", a complaint of a
page, a property asked), end to end on the real engine: the whole pipeline (Gorae.handle, confirmations
answered yes), then the engine looked at. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_a_reason_clause_before_the_request_changes_nothing(bot, docker_client, world, cleanup):
    """"배포해야 해서 X 재시작 부탁드려요": X restarted (it was refused for the unknown words of the reason)."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"배포해야 해서 {n} 재시작 부탁드려요")
    check(reply, "ko", cli=f"docker restart {n}")
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] != started, state


def test_a_past_reason_clause_then_a_removal(bot, docker_client, world, cleanup):
    """"테스트 끝났으니 X 지워주세요": X (stopped) removed."""
    n = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(f"테스트 끝났으니 {n} 지워주세요")
    check(reply, "ko", cli=f"docker rm {n}")
    assert not exists(docker_client, n)


def test_tell_me_when_done_is_the_write_alone(bot, docker_client, world, cleanup):
    """"X 꺼 놓고 말해줘": X stopped, nothing else (it was refused as a second verb)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 꺼 놓고 말해줘")
    check(reply, "ko", cli=f"docker stop {n}")
    assert not inspect(docker_client, n)["State"]["Running"]


def test_a_time_clause_is_never_left_out(bot, docker_client, world, cleanup):
    """"퇴근하고 나서 X 꺼" (after leaving work): nothing runs now, X still running."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"퇴근하고 나서 {n} 꺼")
    assert reply.status not in ("done", "confirm"), reply
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == started, state


def test_a_page_complained_of_shows_status_and_last_lines(bot, docker_client, world, cleanup):
    """"사이트 안 열려요 X 좀 봐주세요": X's details and last 20 log lines, X untouched."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"사이트 안 열려요 {n} 좀 봐주세요")
    check(reply, "ko", cli=[f"docker inspect {n}", f"docker logs --tail 20 {n}"])
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == started, state
