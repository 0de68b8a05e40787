"""brk34a on the real engine: a state no docker filter reads said of all ("restart whatever is broken", "응답 없는 거 다
재시작") never reaches every running container; a check run on a name, a ban said by a word without a negation, an
unknown label first and a go-signal still to come never run without a yes — the pair of the test's own
containers still run since they were made."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "restart whatever is broken",
    "응답 없는 거 다 재시작",
    "kill all stuck containers",
    "run a check on {a}",
    "stop the kill of {a}",
    "{a} 재시작 삼가",
    "restart {a} on my ok",
    "for instance, restart {a}",
    "{a} 재시작 금물",
])
def test_refused_nothing_planned_nothing_ran(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)
    assert reply.status != "confirm" and not reply.cli, reply  # refused: no yes/no offered
    assert not pair.restarted()


@pytest.mark.parametrize("form", [
    "bold move: restart {a}",
    "2단계: {a} 재시작",
    "restart both: {a}, {b}, {a}x",
])
def test_asked_back_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)
    assert not pair.restarted()
