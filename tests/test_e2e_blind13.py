"""The wrong-action kinds of tests/test_parse_blind13.py end to end on the real engine, the engine inspected after:
A. 말고 right after a word of brevity takes the brevity back: "X 잠시 말고 완전히 멈춰" stops X — it planned a pause of
   every other running container; B. a command typed between its container and a Korean verb runs with every word
   ("X에서 which sh 해봐" printed nothing of `which`: it ran `sh`); C. a pasted error before the request: the request
   alone runs, on the container it names. Listings are scoped to this test's label (tests/test_e2e_core.py
   `ScopedClient`): other runs share the engine. Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, ScopedClient, check, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _scoped(docker_client, cleanup, running: int = 0, created: int = 0):
    tag = uid()
    label = {"gorae.e2e": tag}
    up = [run_sdk(docker_client, cleanup, labels=label) for _ in range(running)]
    made = [run_sdk(docker_client, cleanup, start=False, labels=label) for _ in range(created)]
    return Bot(ScopedClient(docker_client, f"gorae.e2e={tag}")), up, made


@pytest.mark.parametrize("said", ["{a} 잠시 말고 완전히 멈춰", "{a} 잠깐 말고 아예 꺼줘"])
def test_brevity_taken_back_stops_the_one_named(docker_client, world, cleanup, said):
    bot, (a, b, c), _ = _scoped(docker_client, cleanup, running=3)
    reply = bot.say(said.format(a=a))
    check(reply, "ko", cli=f"docker stop {a}")
    assert inspect(docker_client, a)["State"]["Status"] == "exited"
    for n in (b, c):  # never "pause everything but a"
        state = inspect(docker_client, n)["State"]
        assert state["Running"] and not state["Paused"], n


def test_a_command_typed_before_a_korean_verb_runs_whole(docker_client, world, cleanup):
    bot, (a,), _ = _scoped(docker_client, cleanup, running=1)
    reply = bot.say(f"{a}에서 which sh 해봐")
    check(reply, "ko", cli=f"docker exec {a} which sh")
    assert (reply.code or "").strip().endswith("/sh"), reply  # `which` ran: the path of sh, never a shell


def test_a_pasted_error_before_the_request(docker_client, world, cleanup):
    bot, (up,), (made,) = _scoped(docker_client, cleanup, running=1, created=1)
    reply = bot.say(f"Error response from daemon: Container {made} is not running — {made} 켜줘")
    check(reply, "ko", cli=f"docker start {made}")
    assert inspect(docker_client, made)["State"]["Running"]
    assert inspect(docker_client, up)["State"]["Running"]


def test_a_pasted_error_with_a_condition_runs_nothing(docker_client, world, cleanup):
    bot, (a,), _ = _scoped(docker_client, cleanup, running=1)
    before = inspect(docker_client, a)["State"]["StartedAt"]
    reply = bot.say(f"if it fails again, restart {a}")
    assert reply.status not in ("done", "confirm"), reply
    assert inspect(docker_client, a)["State"]["StartedAt"] == before
