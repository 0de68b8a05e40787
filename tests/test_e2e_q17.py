"""Kinds of q17 (tests/data/wordings_fresh17.yaml's questions), end to end on the real engine.

A negated question of a state ("isn't X running?") reads X, X left running (it was a ban).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, run_sdk

pytestmark = [pytest.mark.docker]


def test_a_negated_question_of_a_state_changes_nothing(bot, docker_client, world, cleanup):
    """"isn't X running?": X inspected, still running, not restarted."""
    n = run_sdk(docker_client, cleanup)
    before = inspect(docker_client, n)["State"]["StartedAt"]
    reply = bot.say(f"isn't {n} running?")
    check(reply, "en", cli=f"docker inspect {n}")
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == before, state
