"""The kinds of tests/test_parse_ko23.py end to end on the real engine, the engine inspected after:
A. Konglish verbs: 바운스 restarts X (a new start, still running), 서스펜드 pauses X, 부팅시켜 starts a stopped X;
   the other container of the test is untouched;
B. dialect endings: 좀 … 꺼주소 stops X; 껐다 켜라 마 restarts X;
C. near-misses (past told, asked, forbidden) plan and run nothing on the fixture world.
Run under /tmp/gorae-e2e.lock only.
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


def test_a_konglish_bounce_restarts_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"{a} 바운스 해줘")
    check(reply, "ko", cli=f"docker restart {a}")
    assert running_since(docker_client, a) != since_a
    assert running_since(docker_client, b) == since_b


def test_a_konglish_suspend_pauses_then_boot_starts(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    check(bot.say(f"{a} 컨테이너 서스펜드"), "ko", cli=f"docker pause {a}")
    assert inspect(docker_client, a)["State"]["Paused"]
    check(bot.say(f"{a} 언퍼즈"), "ko", cli=f"docker unpause {a}")
    docker_client.containers.get(a).stop(timeout=1)
    wait_for(lambda: not inspect(docker_client, a)["State"]["Running"], what=f"{a} stopped")
    check(bot.say(f"{a} 컨테이너 부팅시켜"), "ko", cli=f"docker start {a}")
    assert inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b


def test_dialect_endings_stop_and_restart(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    check(bot.say(f"{a} 좀 꺼주소"), "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    check(bot.say(f"{b} 껐다 켜라 마"), "ko", cli=f"docker restart {b}")
    assert started_at(docker_client, b) != since_b and inspect(docker_client, b)["State"]["Running"]


@pytest.mark.parametrize("said", ["web 바운스 했어", "cache 재스타트 했어?", "web 바운스 하지 마", "cache 쫌 지우지 마라",
                                  "web 쫌 꺼줄까?", "cache 재시작 안 혀"])
def test_near_misses_touch_nothing(docker_client, world, said):
    assert_touches_nothing(Bot(), docker_client, said)
