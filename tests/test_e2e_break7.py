"""Kinds found by branch `break7` (tests/data/wordings_break7.yaml), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.say; a confirmation, were one asked, refused with yes=False) and then
looks at the engine: the container that was NOT meant is untouched — a container addressed first (Korean vocative
"A야 B 지워", a Korean colon "A: B 재시작", "A한테 B 재시작 시켜", English "hey A, restart B" / "A, restart B": both were
restarted/removed, or A dropped and B restarted), a Korean name told fine ("A는 정상이야 B 지워" removed both), a
kept-on verb ("A는 켜두고 B 꺼" started A), one of two pasted `docker ps` rows ("이거 재시작" restarted both), a clock
time ("14:02 nginx 띄워" ran nginx publishing port 14) and a number glued before an image ("8080nginx 띄워" ran an image
"8080nginx"), a past clause before -고/-니까 ("A 재시작했고 B 재시작" restarted A again) and a title of address ("A님 B
재시작해주세요" restarted both). Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say", ["{a}야 {b} 지워", "{a} 야 {b} 재시작", "{a}: {b} 재시작", "{a}한테 {b} 재시작 시켜",
                                 "hey {a}, restart {b}", "{a}, restart {b}", "sorry {a}, kill {b}", "yo {a} stop {b}"])
def test_a_container_addressed_is_not_acted_on(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    for name, before in ((a, before_a), (b, before_b)):
        assert exists(docker_client, name), f"{name} was removed"
        state = inspect(docker_client, name)["State"]
        assert state["Running"] and started_at(docker_client, name) == before, (name, state)


@pytest.mark.parametrize("say", ["{a}는 정상이야 {b} 지워", "{a} 잘 돌아가 {b} 재시작", "{a} 양호 {b} 꺼"])
def test_a_name_told_fine_is_not_acted_on(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    for name, before in ((a, before_a), (b, before_b)):
        assert exists(docker_client, name) and inspect(docker_client, name)["State"]["Running"], name
        assert started_at(docker_client, name) == before, name


@pytest.mark.parametrize("say", ["{a}는 켜두고 {b} 꺼", "{a} 살려두고 {b} 재시작"])
def test_kept_on_starts_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    b = run_sdk(docker_client, cleanup)
    before_b = started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert not inspect(docker_client, a)["State"]["Running"], "the container kept as it is was started"
    assert inspect(docker_client, b)["State"]["Running"] and started_at(docker_client, b) == before_b


@pytest.mark.parametrize("say", ["이거 재시작", "remove this one", "kill it"])
def test_one_of_two_pasted_rows_is_asked(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    rows = (f'1a2b3c4d5e6f   alpine   "sleep infinity"   3 days ago   Up 3 days      {a}\n'
            f'7e6f5a4b3c2d   alpine   "sleep infinity"   4 hours ago   Up 4 hours      {b}\n')
    reply = bot.say(rows + say, yes=False)
    assert reply.status not in ("done", "confirm"), reply
    for name, before in ((a, before_a), (b, before_b)):
        assert exists(docker_client, name) and inspect(docker_client, name)["State"]["Running"], name
        assert started_at(docker_client, name) == before, name


@pytest.mark.parametrize("say", ["14:02 nginx 띄워", "run nginx at 10:30", "8080nginx 띄워", "run 9090httpd"])
def test_a_time_or_a_glued_number_runs_nothing(bot, docker_client, world, cleanup, say):
    before = {c.id for c in docker_client.containers.list(all=True)}
    reply = bot.say(say, yes=False)
    new = [c for c in docker_client.containers.list(all=True) if c.id not in before]
    for c in new:  # never left behind, whatever happened
        cleanup.container(c.name)
    assert reply.status not in ("done", "confirm"), reply
    assert not new, [c.name for c in new]
    assert not docker_client.images.list(name="8080nginx") and not docker_client.images.list(name="9090httpd")


@pytest.mark.parametrize("say", ["{a} 재시작했고 {b} 재시작", "{a}님 {b} 재시작해주세요",
                                 "{a} 님 {b} 재시작해주세요", "dear {a}, please restart {b}"])
def test_a_past_clause_or_a_title_restarts_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert started_at(docker_client, a) == before_a, "the container told done was restarted again"
    assert started_at(docker_client, b) == before_b


def test_a_past_clause_then_a_request_said_as_one_restarts_only_it(bot, docker_client, world, cleanup):
    """(run26) "A 재시작했으니까 B 재시작해줘": A's restart is only told, never run again; B, asked for as one (줘), is
    restarted (bot/language/told_then_asked.py; before, nothing ran)."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(f"{a} 재시작했으니까 {b} 재시작해줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {b}"], reply
    assert started_at(docker_client, a) == before_a, "the container told done was restarted again"
    assert started_at(docker_client, b) != before_b
