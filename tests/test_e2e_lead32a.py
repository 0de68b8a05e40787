"""lead32a on the real engine: a reason told after or before the order, a stop sign with a stop, a junior's hedge and
question around the order, a pronoun in a later step and a pause said as its purpose act on the one container meant;
the near wordings (a name in the reason, a stop sign with another verb, the guess alone) run nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, inspect, nothing_ran, run_tracked, running_since

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "{a} 재시작해줘 배포한 거 반영 안 돼서",
    "{a} 재시작 ㄱ 아까부터 응답이 없음",
    "{a} 현타와서 재시작 ㄱ",
    "아마 {a} 재시작하면 될 것 같은데 해주실 수 있으세요?",
    "{a} 재시작 하고 싶어요, 가능해요?",
])
def test_restarts_only_the_one_meant(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


def test_a_stop_sign_with_a_stop_stops(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    b_start = running_since(docker_client, b)
    reply = bot.say(f"{a} 꺼줘 🛑")
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == b_start


def test_a_pause_said_as_its_purpose_pauses(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{a} 좀 쉬게 잠깐 멈춰놔")
    assert reply.status == "done" and list(reply.cli) == [f"docker pause {a}"], reply
    assert inspect(docker_client, a)["State"]["Paused"]
    assert bot.say(f"{a} 일시정지 해제").status == "done"


@pytest.mark.parametrize("form", [
    "{a} 재시작해줘 {b} 반영 안 돼서",
    "{a} 재시작 🛑",
    "아마 {a} 재시작하면 될 것 같은데",
    "{a} 꺼줘 {b} 지울 거라",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    nothing_ran(reply)
    assert not pair.restarted()


def test_again_and_run_of_a_paused_container_unpauses_it(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    assert bot.say(f"{a} 일시정지").status == "done"
    reply = bot.say(f"{a} 다시 돌려줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker unpause {a}"], reply
    assert not inspect(docker_client, a)["State"]["Paused"]


def test_again_and_run_of_a_stopped_container_starts_it(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    assert bot.say(f"{a} 꺼줘").status == "done"
    reply = bot.say(f"{a} 다시 돌려줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker start {a}"], reply
    assert inspect(docker_client, a)["State"]["Running"]
