"""Kinds of q17 (tests/data/wordings_fresh17.yaml's questions), end to end on the real engine.

An indirect request, the chance asked ("would it be possible to restart X?", "would it be possible to stop X?"), is
the request: X restarted / stopped (the possibility was unread); a
negated question of a state ("isn't X running?") reads X, X left running (it was a ban).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, run_sdk

pytestmark = [pytest.mark.docker]


def test_would_it_be_possible_to_restart_restarts(bot, docker_client, world, cleanup):
    """"would it be possible to restart X?": X restarted (a new StartedAt), nothing else."""
    n = run_sdk(docker_client, cleanup)
    before = inspect(docker_client, n)["State"]["StartedAt"]
    reply = bot.say(f"would it be possible to restart {n}?")
    check(reply, "en", cli=f"docker restart {n}")
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] != before, state


def test_would_it_be_possible_to_stop_stops(bot, docker_client, world, cleanup):
    """"would it be possible to stop X?": X stopped."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"would it be possible to stop {n}?")
    check(reply, "en", cli=f"docker stop {n}")
    assert not inspect(docker_client, n)["State"]["Running"]


def test_a_negated_question_of_a_state_changes_nothing(bot, docker_client, world, cleanup):
    """"isn't X running?": X inspected, still running, not restarted."""
    n = run_sdk(docker_client, cleanup)
    before = inspect(docker_client, n)["State"]["StartedAt"]
    reply = bot.say(f"isn't {n} running?")
    check(reply, "en", cli=f"docker inspect {n}")
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == before, state
