"""paused26 on the real engine: "얼려놨던 N 풀어줘" unpauses N (the engine shows it running, not paused); "얼려놨던 N
풀지 마" leaves it paused."""
from __future__ import annotations

import pytest
from test_e2e_core import inspect, run_tracked, wait_for

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say,paused_after", [("얼려놨던 {n} 풀어줘", False), ("얼려놨던 {n} 풀지 마", True)])
def test_the_paused_one_said_so(bot, docker_client, world, cleanup, say, paused_after):
    name, _ = run_tracked(docker_client, cleanup)
    docker_client.api.pause(name)
    reply = bot.say(say.format(n=name), yes=paused_after is False)
    if paused_after:
        assert not reply.cli, reply
    else:
        assert reply.status == "done" and list(reply.cli) == [f"docker unpause {name}"], reply
    # the engine records the state from containerd's event, after its API call returns: waited for (tests/test_e2e_core)
    wait_for(lambda: inspect(docker_client, name)["State"]["Paused"] is paused_after, timeout=10, what="the pause state")
    assert inspect(docker_client, name)["State"]["Running"]
