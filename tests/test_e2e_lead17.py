"""The lead's session-17 kinds (tests/test_parse_lead17.py reads them through the fake world), end to end on the real
engine: a reason said after a request names no target (the other container is untouched), an intention told runs
nothing, a purpose before a question removes nothing. Each test goes through the whole pipeline (Gorae.handle,
confirmations answered yes) and then looks at the engine. Names are unique per test; `cleanup` removes what a test
makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk

pytestmark = [pytest.mark.docker]


def test_korean_reason_after_remove_names_no_target(bot, docker_client, world, cleanup):
    """"A 삭제해줘 B에 다 있어": A (created, not running) is removed, B (said in the reason) still there and running."""
    a, b = run_sdk(docker_client, cleanup, start=False), run_sdk(docker_client, cleanup)
    reply = bot.say(f"{a} 삭제해줘 {b}에 다 있어")
    check(reply, "ko", cli=f"docker rm {a}")
    assert not exists(docker_client, a)
    assert exists(docker_client, b) and inspect(docker_client, b)["State"]["Running"]


def test_korean_reason_after_stop_names_no_target(bot, docker_client, world, cleanup):
    """"A 꺼줘 B가 어차피 죽어서": A stopped, B still running (it stopped both)."""
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    reply = bot.say(f"{a} 꺼줘 {b}가 어차피 죽어서")
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


@pytest.mark.parametrize("said", ["{a} 재시작해줘 {b} 지우려고", "{a} 재시작해줘 {b} 지울 거라서", "{b} 지우려고 해",
                                  "to remove {b}, what do i need?"])
def test_intention_or_purpose_runs_nothing(bot, docker_client, world, cleanup, said):
    """An intention told, or a purpose before a question: refused; both containers as they were (B was removed)."""
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    started = inspect(docker_client, a)["State"]["StartedAt"]
    reply = bot.say(said.format(a=a, b=b))
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert exists(docker_client, b) and inspect(docker_client, b)["State"]["Running"]
    assert inspect(docker_client, a)["State"]["StartedAt"] == started


def test_english_clause_said_of_another_name(bot, docker_client, world, cleanup):
    """"remove A, B already has the data": A (not running) removed; B (and the fixture container `data`) untouched."""
    a, b = run_sdk(docker_client, cleanup, start=False), run_sdk(docker_client, cleanup)
    reply = bot.say(f"remove {a}, {b} already has the data")
    check(reply, "en", cli=f"docker rm {a}")
    assert not exists(docker_client, a)
    assert exists(docker_client, b) and exists(docker_client, "data")
