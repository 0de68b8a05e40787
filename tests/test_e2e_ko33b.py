"""ko33b on the real engine: an order corrected after it was said runs the last order only — the order taken back
never touches its container ("stop {a}... actually pause it instead" pauses {a}, never stops it; "{a} 재시작 해줘 (아
잘못 말함 {b}임)" restarts {b} alone); a reason said first runs the request ("since {a} is hung, kill it"); a taking
back after it runs nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, inspect, run_tracked, running_since, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "stop {a}... actually pause it instead",
    "{a} 꺼줘 아 오타 {a} 말고 {b}",  # the write on b only: a untouched
])
def test_the_corrected_order_alone_runs(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done", reply
    if form.startswith("stop"):
        assert list(reply.cli) == [f"docker pause {a}"], reply
        state = inspect(docker_client, a)["State"]
        assert state["Paused"] and state["Running"], state  # paused, never stopped
        docker_client.containers.get(a).unpause()
        assert not pair.restarted()
    else:
        assert list(reply.cli) == [f"docker stop {b}"], reply
        assert not inspect(docker_client, b)["State"]["Running"]
        assert inspect(docker_client, a)["State"]["Running"] and running_since(docker_client, a) == pair.starts[0]


def test_a_slip_owned_restarts_the_name_said_last(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"{a} 재시작 해줘 (아 잘못 말함 {b}임)")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {b}"], reply
    assert pair.restarted() == {b}


def test_a_reason_said_first_runs_the_request(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"since {a} is hung, kill it")
    assert reply.status == "done" and list(reply.cli) == [f"docker kill {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]


@pytest.mark.parametrize("form", [
    "restart {a}. nvm",
    "{a} 재시작… 아니다 하지 마",
    "{a} 꺼줘 아차 {b}",  # a name after a slip: instead, or besides? never run
    "restart {a}, actually restart {b} too",
])
def test_taken_back_or_unsure_runs_nothing(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)
    assert not pair.restarted()
