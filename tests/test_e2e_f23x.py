"""f23x on the real engine: a stop's or a restart's grace said in words ("{a} 중지하는데 유예 3초", "{a} 재시작 대기시간 3초로",
"{a} 재시작, 2초 기다렸다가 강제로") runs that one write with its -t, on that container alone; a removal by a part of the
name ("이름에 {a} 들어간 컨테이너 지워줘") never runs."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, exists, inspect, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize(("form", "verb", "t"), [
    ("{a} 중지하는데 유예 3초", "stop", 3),
    ("{a} 재시작 대기시간 3초로", "restart", 3),
    ("{a} 재시작, 2초 기다렸다가 강제로", "restart", 2),
])
def test_a_grace_said_in_words_runs_its_write(bot, docker_client, world, cleanup, form, verb, t):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker {verb} -t {t} {a}"], reply
    if verb == "stop":
        assert not inspect(docker_client, a)["State"]["Running"]
    else:
        assert pair.restarted() == {a}
    assert inspect(docker_client, b)["State"]["Running"]


@pytest.mark.parametrize("form", ["이름에 {a} 들어간 컨테이너 지워줘", "remove containers whose name contains {a}"])
def test_a_removal_by_a_part_of_the_name_never_runs(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    unanswered(bot.say(form.format(a=a), yes=False))
    assert exists(docker_client, a) and exists(docker_client, b)
    assert inspect(docker_client, a)["State"]["Running"]
