"""f23y on the real engine: a reply pointing up at a Slack quote runs the quoted order (or its verb on the quote's one
name, or on the new name said); a handover said as its verb before 전에, chat noise (ㄹㅇ 급함 … ㄱ), a stop sign framing
a stop and a course lab said first leave the request itself to run — and the near wordings run nothing."""
from __future__ import annotations

import uuid

import pytest
from test_e2e_core import Pair, inspect, running_since, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "> {a} 재시작해줘\n^ 이거 해줘",
    "> restart {a}\n^ do this pls",
    "> restart {b}\n^ same, but {a}",
    "넘기기 전에 {a} 재시작해줘",
    "ㄹㅇ 급함 {a} 재시작 ㄱ",
])
def test_only_the_one_meant_restarts(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


def test_a_verb_pointed_at_the_quote_is_of_its_one_name(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    docker_client.containers.get(a).pause()
    reply = bot.say(f"> {a} 일시정지\n^ 이제 풀어줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker unpause {a}"], reply
    assert inspect(docker_client, a)["State"]["Status"] == "running"
    assert pair.restarted() == set()


def test_a_stop_sign_framing_a_stop_stops_it(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"🛑 stop {a} 🛑")
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]
    running_since(docker_client, b)


def test_a_course_lab_said_first_creates_the_volume(bot, docker_client, world, cleanup):
    vol = "labvol-" + uuid.uuid4().hex[:8]
    cleanup.volume(vol)
    reply = bot.say(f"I'm doing a course lab: create a volume called {vol}")
    assert reply.status == "done" and list(reply.cli) == [f"docker volume create {vol}"], reply
    assert [v.name for v in docker_client.volumes.list(filters={"name": f"^{vol}$"})] == [vol]


@pytest.mark.parametrize("form", [
    "> {a} 삭제해줘\n^ 하지마",
    "> stop {a}\n^ no",
    "🛑 stop {a}",
    "🛑 restart {a} 🛑",
    "I'm testing gorae: remove {a}",
    "넘기기 전에 {a} 재시작 하지 마",
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)
    assert pair.restarted() == set()
