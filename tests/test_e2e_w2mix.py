"""Kinds fixed by branch `w2mix` that planned a write other than the one meant, end to end on the real engine.

Each test goes through the whole pipeline (Gorae.say, confirmations answered no) and then looks at the engine: a
speaker's label before a colon ("팀장: X 지워") quotes someone else's words and removes or restarts nothing; a bare
꺼 glued to a name beside another predicate ("X꺼 Y 로그 보여줘": X's, or turn X off?) stops nothing; all said of
one name ("stop all X") stops nothing on a guess. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say", ["팀장: {a} 지워", "민수: {a} 지워줘", "부장님: {a} 삭제해"])
def test_a_speakers_label_removes_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status != "done", reply
    assert exists(docker_client, a), "the container was removed"


@pytest.mark.parametrize("say", ["팀장님: {a} 재시작해", "지훈: {a} 재시작 부탁"])
def test_a_speakers_label_restarts_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status != "done", reply
    assert started_at(docker_client, a) == before, "the container was restarted"


@pytest.mark.parametrize("say", ["{a}꺼 {b} 로그 보여줘", "{b} 로그 보여줘 {a}꺼", "{b} 재시작해줘 {a}꺼",
                                 "stop all {a}", "다 {a} 꺼"])
def test_a_stop_not_told_stops_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status != "done", reply
    assert inspect(docker_client, a)["State"]["Running"], "the container was stopped"
    assert started_at(docker_client, b) == before, "the other container was restarted"
