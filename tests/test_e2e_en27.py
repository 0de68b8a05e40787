"""en27 on the real engine: "release the pause of X" unpauses X (and pauses nothing); "print hostname inside X" runs
hostname in X (its output is X's hostname: the first 12 characters of its ID); "show top for X" lists its processes."""
from __future__ import annotations

import time

import pytest
from test_e2e_core import inspect, run_tracked

pytestmark = [pytest.mark.docker]


def _status(client, name: str, want: str) -> str:
    for _ in range(100):  # the engine records the state from containerd's event after the call returns
        status = str(inspect(client, name)["State"]["Status"])
        if status == want:
            break
        time.sleep(0.1)
    return status


def test_the_pause_released(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    docker_client.api.pause(n)
    assert _status(docker_client, n, "paused") == "paused"
    reply = bot.say(f"release the pause of {n}")
    assert reply.status == "done" and list(reply.cli) == [f"docker unpause {n}"], reply
    assert _status(docker_client, n, "running") == "running"


def test_a_program_printed_inside(bot, docker_client, world, cleanup):
    n, cid = run_tracked(docker_client, cleanup)
    reply = bot.say(f"print hostname inside {n}")
    assert reply.status == "done" and list(reply.cli) == [f"docker exec {n} hostname"], reply
    assert cid[:12] in (reply.code or ""), reply


def test_top_for_it(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"show top for {n}")
    assert reply.status == "done" and list(reply.cli) == [f"docker top {n}"], reply
    assert reply.table is not None and any("sleep" in " ".join(map(str, r)) for r in reply.table.rows), reply
