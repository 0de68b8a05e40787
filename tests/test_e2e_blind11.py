"""Kinds of wrong write found by wordings_fresh11.yaml (the eleventh table, written blind), end to end on the
real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: a halt right before a release of the same container ("X 멈췄다가 다시 풀어", "stop X and then unpause
it") pauses and unpauses it — the engine's events hold a pause and an unpause and no stop, and the container
was never restarted (it stopped X, then failed to unpause a stopped container); a kill before an unpause runs
nothing (which is meant is asked). Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import time

import pytest
from test_e2e_core import check, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def _actions(client, name: str, since: float) -> list[str]:
    """The engine's container events of `name` since `since` (epoch seconds), their actions in order."""
    until = time.time() + 1
    return [e.get("Action") or e.get("status") for e in client.events(
        since=int(since), until=int(until) + 1, filters={"container": name, "type": "container"}, decode=True)]


@pytest.mark.parametrize("said", ["{n} 멈췄다가 다시 풀어", "stop {n} and then unpause it"])
def test_a_halt_then_a_release_is_a_pause_then_an_unpause(bot, docker_client, world, cleanup, said):
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    since = time.time() - 1
    reply = bot.say(said.format(n=n))
    check(reply, "ko" if "풀어" in said else "en", cli=[f"docker pause {n}", f"docker unpause {n}"])
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and not state["Paused"] and state["StartedAt"] == started, state
    actions = _actions(docker_client, n, since)
    assert "pause" in actions and "unpause" in actions, actions
    assert actions.index("pause") < actions.index("unpause"), actions
    assert not {"kill", "die", "stop"} & set(actions), actions


def test_a_kill_then_an_unpause_runs_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"kill {n} then unpause it")
    assert reply.status not in ("done", "confirm"), reply
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and not state["Paused"] and state["StartedAt"] == started, state
