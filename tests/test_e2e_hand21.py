"""(hand21) Shift handovers end to end on the real engine (tests/test_parse_hand21.py reads the kinds through the fake
world): reports told, then one request — only that request runs, on only its container; two requests, a ban or words
after the write that may take it back change nothing.
Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_handover_restarts_exactly_the_one_asked(bot, docker_client, world, cleanup):
    """"Handover: A restarted twice overnight. B looks fine. Please restart B.": B restarted, A untouched."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(f"Handover: {a} restarted twice overnight. {b} looks fine. Please restart {b}.")
    check(reply, "en", cli=f"docker restart {b}")
    assert started_at(docker_client, b) != before_b
    assert started_at(docker_client, a) == before_a


def test_korean_handover_restarts_exactly_the_one_asked(bot, docker_client, world, cleanup):
    """"인계합니다. 어제 배포 끝났어요. B 메모리 높음. B 재시작해주세요.": B restarted, A untouched; with A told before
    the Korean write ("A 어제 재시작했어요. B …"), nothing runs (another name told before a Korean write is asked,
    break7 — the lead, session 21: this test had not been run after that rule)."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    asked = bot.say(f"인계합니다. {a} 어제 재시작했어요. {b} 메모리 높음. {b} 재시작해주세요.", yes=False)
    assert asked.status not in ("done", "confirm") and not asked.cli, asked
    assert started_at(docker_client, b) == before_b and started_at(docker_client, a) == before_a
    reply = bot.say(f"인계합니다. 어제 배포 끝났어요. {b} 메모리 높음. {b} 재시작해주세요.")
    check(reply, "ko", cli=f"docker restart {b}")
    assert started_at(docker_client, b) != before_b
    assert started_at(docker_client, a) == before_a


def test_handover_pronoun_starts_the_one_told(bot, docker_client, world, cleanup):
    """"EOD handover. I stopped A at 6pm for the disk check. Please start it again.": A running again."""
    a = run_sdk(docker_client, cleanup)
    docker_client.containers.get(a).stop(timeout=1)
    reply = bot.say(f"EOD handover. I stopped {a} at 6pm for the disk check. Please start it again.")
    check(reply, "en", cli=f"docker start {a}")
    assert inspect(docker_client, a)["State"]["Running"]


@pytest.mark.parametrize("said", [
    "Morning team. Restart {a}. Stop {b}.",                # two requests
    "Don't touch {a}. Restart {b}.",                       # a ban before the write
    "Restart {b}. Or not.",                                # words after the write that may take it back
    "{b} 죽으면 연락주세요. {a} 재시작해주세요.",                 # a condition before the write
    "Handover: {a} restarted, {b} restarted. Please start it again.",  # two referents
])
def test_unsafe_handover_changes_nothing(bot, docker_client, world, cleanup, said):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = {n: started_at(docker_client, n) for n in (a, b)}
    reply = bot.say(said.format(a=a, b=b))
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    for n in (a, b):
        assert exists(docker_client, n) and inspect(docker_client, n)["State"]["Running"]
        assert started_at(docker_client, n) == before[n]
