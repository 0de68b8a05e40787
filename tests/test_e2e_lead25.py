"""The kind of tests/test_parse_lead25.py end to end on the real engine, the engine inspected after: a connective
that does not order the verb before it (a reason -니까, a choice -거나, a concession -더라도, as soon as -자마자, a
purpose -러, whether -는지) before another clause runs nothing — each once planned both writes ("A 지우니까 B 꺼줘":
docker rm A, then docker stop B). The order said with -고 still runs both, in order.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, check, running_since, scoped_bot

pytestmark = [pytest.mark.docker]


def test_a_connective_that_does_not_order_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    for text in (f"{a} 지우니까 {b} 꺼줘", f"{a} 지우거나 {b} 꺼줘", f"{a} 재시작하더라도 {b} 꺼줘",
                 f"{a} 멈추자마자 {b} 재시작해", f"{a} 지우는지 {b} 꺼줘", f"{a} 지우길래", f"{b} 지우러 가"):
        assert_touches_nothing(bot, docker_client, text, names=(a, b))


def test_then_said_with_go_still_runs_both(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a = running_since(docker_client, a)
    reply = bot.say(f"{b} 멈추고 {a} 재시작해줘")
    check(reply, "ko", cli=[f"docker stop {b}", f"docker restart {a}"])
    assert running_since(docker_client, a) != since_a
    assert docker_client.containers.get(b).status == "exited"
