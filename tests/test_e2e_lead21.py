"""The lead's session-21 kinds (tests/test_parse_lead21.py reads them through the fake world), end to end on the real
engine with the fixture world, the engine looked at after: a clause told after a removal names nothing (only the
network said is removed, never one named like a word of the clause); a write asked with -까 or asked of people (누가),
and the image noun said apart from a container's name, touch nothing; knowing asked, when it happened and the volumes a
container uses are its details; ditch removes; shut down before 하다 stops.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, assert_touches_nothing, check, inspect, started_at

pytestmark = [pytest.mark.docker]


def test_a_clause_told_after_a_network_removal_removes_only_that_network(docker_client, world, cleanup):
    # "remove the backend network, we moved off it" planned `docker network rm backend moved`: a network named like a
    # word of the clause is never removed
    for name in ("lead21-net", "moved"):
        cleanup.network(docker_client.networks.create(name))
    bot = Bot(docker_client)
    check(bot.say("remove the lead21-net network, we moved off it"), "en", cli="docker network rm lead21-net")
    names = {n.name for n in docker_client.networks.list()}
    assert "lead21-net" not in names and "moved" in names


@pytest.mark.parametrize("said", [
    "web 끄까?", "cache 지우까?", "누가 web을 지우겠어 ㅋㅋ", "누가 cache 지울래?", "최신 이미지로 web 띄워",
    "run web from the image", "when did web start, restart it", "stop web, i said cache",
])
def test_a_write_asked_or_of_unsaid_words_touches_nothing(bot, docker_client, world, said):
    assert_touches_nothing(bot, docker_client, said)



@pytest.mark.parametrize("said,cli", [
    ("web 상태 알 수 있을까요", "docker inspect web"),
    ("web 언제 켜졌는지 알려줘", "docker inspect web"),
    ("which volume does db use?", "docker inspect db"),
    ("the cache thing, can you turn it off and back on?", "docker restart cache"),
    ("i already checked the logs, so show cache logs", "docker logs cache"),
    ("a quick rundown of web please", "docker inspect web"),
])
def test_the_reads_and_requests_said_so_are_answered(bot, docker_client, world, said, cli):
    before = started_at(docker_client, "cache")
    reply = bot.say(said)
    assert reply.status == "done" and reply.cli and reply.cli[0] == cli, (said, reply)
    if "restart" in cli:
        assert inspect(docker_client, "cache")["State"]["Running"] and started_at(docker_client, "cache") != before


def test_ditch_removes_and_shut_down_stops(docker_client, world, cleanup):
    for name in ("lead21-a", "lead21-b"):
        cleanup.container(docker_client.containers.run("alpine", ["sleep", "300"], name=name, detach=True))
    bot = Bot(docker_client)
    check(bot.say("lead21-a를 shut down 해줘"), "ko", cli="docker stop lead21-a")
    assert not inspect(docker_client, "lead21-a")["State"]["Running"]
    assert inspect(docker_client, "lead21-b")["State"]["Running"]
    bot.say("ditch lead21-a", yes=True)
    names = {c.name for c in docker_client.containers.list(all=True)}
    assert "lead21-a" not in names and "lead21-b" in names
