"""The wrong-write kind of tests/test_parse_chain16.py end to end on the real engine, the engine inspected after:
a request on A, then "A 말고 B" ending the sentence ("A 지워도 될까요? 아 A 말고 B", "A 꺼줘, 아 잠깐 A 말고 B"): the request
on B alone — it proposed `docker rm A B` (A, taken back, removed with B). A stays as it was; B is removed or stopped.
Containers are this test's own (tests/test_e2e_core.py `run_sdk`, labelled), removed by `cleanup`.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import Bot, ScopedClient, check, exists, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _scoped(docker_client: Any, cleanup: Any, running: int = 0, created: int = 0) -> tuple[Bot, list[str], list[str]]:
    tag = uid()
    label = {"gorae.e2e": tag}
    up = [run_sdk(docker_client, cleanup, labels=label) for _ in range(running)]
    made = [run_sdk(docker_client, cleanup, start=False, labels=label) for _ in range(created)]
    return Bot(ScopedClient(docker_client, f"gorae.e2e={tag}")), up, made


def test_a_removal_asked_then_taken_back_to_another_removes_only_that_one(docker_client, world, cleanup):
    bot, (a,), (b,) = _scoped(docker_client, cleanup, running=1, created=1)
    before = inspect(docker_client, a)["State"]["StartedAt"]
    reply = bot.say(f"{a} 지워도 될까요? 아 {a} 말고 {b}")  # asked: proposed, then confirmed (Bot.say says yes)
    check(reply, "ko", cli=f"docker rm {b}")
    assert not exists(docker_client, b)
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and state["StartedAt"] == before


def test_a_stop_taken_back_after_a_wait_stops_only_the_other(docker_client, world, cleanup):
    bot, (a, b), _ = _scoped(docker_client, cleanup, running=2)
    reply = bot.say(f"{a} 꺼줘, 아 잠깐 {a} 말고 {b}")
    check(reply, "ko", cli=f"docker stop {b}")
    assert inspect(docker_client, a)["State"]["Running"]
    assert not inspect(docker_client, b)["State"]["Running"]
