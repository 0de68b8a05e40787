"""The kinds of tests/test_parse_loan25.py end to end on the real engine, the engine inspected after:
A. 서버 right after a name is the container named: "<a> 서버 재시작해 줘" restarts that one, the other untouched;
B. a Hangul name in a sentence with ASCII too ("web이랑 캐시 둘 다 재시작해 줘") restarts both fixture containers (they
   keep running; a restart changes nothing else), a read with a spaced Hangul name ("마이 엔진엑스 로그") is answered;
C. 다시 켜 asked politely ("… 다시 켜주실 수 있나요?"): a stopped one is started, a running one restarted;
D. a pronoun after the one name ("<a> 쟤 좀 멈춰 줘") stops that one; with two names it is only asked, and unanswered
   nothing runs;
E. a one-jamo slip of a verb with two spellings ("<b> 졍지해 줘") stops that one; a read's noun slipped ("<a> 로크 보여줘")
   reads the logs and changes nothing;
F. near-misses (two names side by side, a pronoun with no name, the past asked, one jamo from two verbs, 서버 before
   another name) plan and run nothing on the fixture world.
The containers stopped are the test's own (scoped_bot: removed after). Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import (
    Bot,
    assert_touches_nothing,
    check,
    inspect,
    running_since,
    scoped_bot,
    started_at,
    wait_for,
)

pytestmark = [pytest.mark.docker]


def test_a_server_after_a_name_is_that_container(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    check(bot.say(f"{a} 서버 재시작해 줘"), "ko", cli=f"docker restart {a}")
    assert inspect(docker_client, a)["State"]["Running"] and started_at(docker_client, a) != since_a
    check(bot.say(f"{b} 쪽 로그 보여줘"), "ko", cli=f"docker logs {b}")
    assert running_since(docker_client, b) == since_b


def test_b_a_hangul_name_beside_an_ascii_one(docker_client, world):
    bot = Bot()
    before = {n: running_since(docker_client, n) for n in ("web", "cache", "my-nginx")}
    check(bot.say("web이랑 캐시 둘 다 재시작해 줘"), "ko", cli="docker restart web cache")
    for n in ("web", "cache"):
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) != before[n], n
    check(bot.say("마이 엔진엑스 로그 보여줘"), "ko", cli="docker logs my-nginx")
    assert running_since(docker_client, "my-nginx") == before["my-nginx"]


def test_c_again_asked_politely_is_decided_by_the_state(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    docker_client.containers.get(a).stop(timeout=1)
    wait_for(lambda: not inspect(docker_client, a)["State"]["Running"], what=f"{a} stopped")
    since_b = running_since(docker_client, b)
    check(bot.say(f"{a} 다시 켜주실 수 있나요?"), "ko", cli=f"docker start {a}")
    assert inspect(docker_client, a)["State"]["Running"]
    check(bot.say(f"{b} 다시 켜 줄 수 있어?"), "ko", cli=f"docker restart {b}")
    assert inspect(docker_client, b)["State"]["Running"] and started_at(docker_client, b) != since_b


def test_d_a_pronoun_after_one_name_is_that_name(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    check(bot.say(f"{a} 쟤 좀 멈춰 줘"), "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    reply = bot.say(f"{a} {b} 쟤 재시작", yes=False)  # two names: which one? only asked
    assert reply.status == "confirm" and reply.proposal, reply
    assert running_since(docker_client, b) == since_b and not inspect(docker_client, a)["State"]["Running"]


def test_e_one_jamo_slips(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a = running_since(docker_client, a)
    check(bot.say(f"{b} 졍지해 줘"), "ko", cli=f"docker stop {b}")
    assert not inspect(docker_client, b)["State"]["Running"]
    check(bot.say(f"{a} 로크 보여줘"), "ko", cli=f"docker logs {a}")
    assert running_since(docker_client, a) == since_a


@pytest.mark.parametrize("said", ["web 캐시 재시작", "쟤 좀 재시작해라", "cache 졍지했어?", "web 정디",
                                  "prod 서버 web 재시작", "캐시 서버 재시작했어"])
def test_f_near_misses_touch_nothing(docker_client, world, said):
    assert_touches_nothing(Bot(), docker_client, said)
