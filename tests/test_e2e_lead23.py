"""lead23 on the real engine, the engine inspected after (tests/test_parse_lead23.py has the kinds):
A. a write whose container is said in Hangul ("캐시 재시작해 줘") restarts that container, the others keep their start;
   a destructive one with 컨테이너 said ("데이터 컨테이너 삭제해 줘") is confirmed first and, answered no, removes nothing;
   "캐시 지워" (no 컨테이너) runs nothing;
B. a Korean tag question ("cache 재시작 ㅇㅋ?") asks for the yes and, unanswered, runs nothing.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, assert_touches_nothing, check, inspect, started_at

pytestmark = [pytest.mark.docker]


def test_a_hangul_named_restart_restarts_that_container(docker_client, world):
    bot = Bot()
    before = {n: started_at(docker_client, n) for n in ("web", "cache", "db")}
    reply = bot.say("캐시 재시작해 줘")
    check(reply, "ko", cli="docker restart cache")
    assert any("캐시" in n for n in reply.notes) or "캐시" in reply.headline, reply  # how the name was read, said
    assert started_at(docker_client, "cache") != before["cache"]
    assert inspect(docker_client, "cache")["State"]["Running"]
    assert {n: started_at(docker_client, n) for n in ("web", "db")} == {n: before[n] for n in ("web", "db")}


def test_a_hangul_named_removal_is_confirmed_and_without_yes_removes_nothing(docker_client, world):
    bot = Bot()
    reply = bot.say("데이터 컨테이너 삭제해 줘", yes=False)
    assert reply.status == "confirm" and list(reply.cli) == ["docker rm data"], reply
    assert inspect(docker_client, "data")["Name"] == "/data"


@pytest.mark.parametrize("said", ["캐시 지워", "캐시 재시작 ㅇㅋ?"])
def test_no_write_without_the_container_said_or_the_yes(docker_client, world, said):
    assert_touches_nothing(Bot(), docker_client, said, names=("web", "cache"))


def test_a_korean_tag_question_asks_for_the_yes_and_runs_nothing(docker_client, world):
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    reply = Bot().say("cache 재시작 ㅇㅋ?", yes=False)
    assert reply.status == "confirm" and reply.proposal and list(reply.cli) == ["docker restart cache"], reply
    assert {n: started_at(docker_client, n) for n in ("web", "cache")} == before
