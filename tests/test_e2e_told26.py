"""told26 on the real engine: "A은 어제 재시작했으니까 오늘은 B 재시작해줘" restarts B alone — A, whose restart is only
told, keeps its start; "A 껐는데 B도 꺼줘" stops B alone."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, inspect, run_tracked

pytestmark = [pytest.mark.docker]


def test_the_report_is_never_run(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"{a}은 어제 재시작했으니까 오늘은 {b} 재시작해줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {b}"], reply
    assert pair.restarted() == {b}


def test_stopped_told_then_another_stopped(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{a} 껐는데 {b}도 꺼줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {b}"], reply
    assert inspect(docker_client, a)["State"]["Running"] and not inspect(docker_client, b)["State"]["Running"]


def test_a_state_told_fine_of_another(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"{a}는 괜찮은 것 같고 {b}만 재시작해줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {b}"], reply
    assert pair.restarted() == {b}
