"""The kinds of tests/test_parse_ctxko23.py end to end on the real engine, the engine inspected after:
A. business courtesy around a Korean order ("금일 점검 관계로 …", "송구하오나 … 주시면 대단히 감사하겠습니다"): the order
   runs on its container alone;
B. thanks made greater for what was done ("… 재시작해 주셔서 대단히 감사합니다"): told, nothing runs;
C. a rant said of one container: its status and recent logs, nothing changed;
D. a requester closed by a colon, a chat request closed by 좀 then its reason: the order runs on its container alone;
   a need that holds a verb of gorae's runs nothing.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, check, inspect, running_since, scoped_bot

pytestmark = [pytest.mark.docker]


def test_business_courtesy_stops_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    reply = bot.say(f"금일 점검 관계로 {a} 정지 부탁드리겠습니다.")
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b


def test_thanks_made_greater_in_the_polite_close_pauses(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    reply = bot.say(f"송구하오나 {a} 컨테이너를 잠시 일시정지해 주시면 대단히 감사하겠습니다.")
    check(reply, "ko", cli=f"docker pause {a}")
    assert inspect(docker_client, a)["State"]["Paused"]
    assert running_since(docker_client, b) == since_b
    docker_client.api.unpause(a)


def test_thanks_for_what_was_done_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    assert_touches_nothing(bot, docker_client, f"{a} 재시작해 주셔서 대단히 감사합니다", names=(a, b))
    assert_touches_nothing(bot, docker_client, f"{a} 꺼 주셔서 정말 감사합니다", names=(a, b))


def test_a_rant_shows_status_and_logs(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    reply = bot.say(f"아 진짜 {a} 또 죽었네 짜증나")
    check(reply, "ko", cli=[f"docker inspect {a}", f"docker logs --tail 20 {a}"])
    assert running_since(docker_client, a) == since


def test_a_requester_with_a_colon_and_a_brief_request_with_its_reason(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"민수 요청입니다: {a} 재시작 부탁해요")
    check(reply, "ko", cli=f"docker restart {a}")
    after_a = running_since(docker_client, a)
    assert after_a != since_a
    reply = bot.say(f"{a} 재시작 좀, 설정이 꼬인 듯")
    check(reply, "ko", cli=f"docker restart {a}")
    assert running_since(docker_client, a) != after_a
    assert running_since(docker_client, b) == since_b


def test_a_need_holding_a_write_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    assert_touches_nothing(bot, docker_client, f"{a} 재시작해줘 지워야 돼", names=(a, b))
    assert_touches_nothing(bot, docker_client, f"나중에: {a} 지워", names=(a, b))


def test_a_clause_naming_the_requests_own_container(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"{a} 재시작했는데 {a} 로그 보여줘")
    check(reply, "ko", cli=f"docker logs {a}")
    assert running_since(docker_client, a) == since_a  # the restart told done is not run again
    # a clause naming another container is never left out
    assert_touches_nothing(bot, docker_client, f"{b}랑 통신이 안 되는데 {a} 재시작해줘", names=(a, b))
    reply = bot.say(f"{a} 서비스 장애로 인해 {a} 컨테이너 정지 부탁드립니다")
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b
