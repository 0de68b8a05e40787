"""The wrong-action kinds of tests/test_parse_ko12.py end to end on the real engine, the engine inspected after:
A. a name said with 만 before the name an exclusion leaves out is the one acted on ("재시작은 A만, B는 말고"), never
   every other container; C. containers made only, never started, deleted: only those (status created), never a
   prune that takes the exited ones too; B. a stopped state said right before a name only describes it
   ("꺼져 있는 X 지워줘" = docker rm X), and docker refuses it when X is running.
Listings are scoped to this test's label (tests/test_e2e_core.py `ScopedClient`): other runs share the engine.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, ScopedClient, check, exists, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def _scoped(docker_client, cleanup, running: int = 0, exited: int = 0, created: int = 0):
    tag = uid()
    label = {"gorae.e2e": tag}
    up = [run_sdk(docker_client, cleanup, labels=label) for _ in range(running)]
    down = [run_sdk(docker_client, cleanup, labels=label) for _ in range(exited)]
    for n in down:
        docker_client.api.stop(n, timeout=5)
    made = [run_sdk(docker_client, cleanup, start=False, labels=label) for _ in range(created)]
    return Bot(ScopedClient(docker_client, f"gorae.e2e={tag}")), up, down, made


def test_only_name_before_the_excluded_one_is_restarted(docker_client, world, cleanup):
    bot, (a, b, c), _, _ = _scoped(docker_client, cleanup, running=3)
    before = {n: started_at(docker_client, n) for n in (a, b, c)}
    reply = bot.say(f"재시작은 {a}만, {b}는 말고")
    check(reply, "ko", cli=f"docker restart {a}")
    assert started_at(docker_client, a) != before[a]
    for n in (b, c):  # never "every running container but a and b"
        assert started_at(docker_client, n) == before[n], n
        assert inspect(docker_client, n)["State"]["Running"], n


def test_only_name_before_the_excluded_one_is_stopped(docker_client, world, cleanup):
    bot, (a, b, c), _, _ = _scoped(docker_client, cleanup, running=3)
    reply = bot.say(f"{a}만 {b} 말고 꺼 줘")
    check(reply, "ko", cli=f"docker stop {a}")
    assert inspect(docker_client, a)["State"]["Status"] == "exited"
    for n in (b, c):
        assert inspect(docker_client, n)["State"]["Running"], n


def test_made_only_containers_are_removed_not_the_exited_ones(docker_client, world, cleanup):
    bot, (up,), (down,), (made,) = _scoped(docker_client, cleanup, running=1, exited=1, created=1)
    reply = bot.say("생성만 된 컨테이너 다 지워")
    check(reply, "ko", cli=f"docker rm {made}")
    assert len(bot.asked) == 1  # every container of a state: asked first
    assert not exists(docker_client, made)
    assert inspect(docker_client, down)["State"]["Status"] == "exited"  # a prune would have removed it
    assert inspect(docker_client, up)["State"]["Running"]


def test_a_stopped_state_before_a_name_removes_that_one(docker_client, world, cleanup):
    bot, (up,), (down, other), _ = _scoped(docker_client, cleanup, running=1, exited=2)
    reply = bot.say(f"꺼져 있는 {down} 지워줘")
    check(reply, "ko", cli=f"docker rm {down}")
    assert not exists(docker_client, down)
    assert inspect(docker_client, other)["State"]["Status"] == "exited"  # never a prune of the stopped ones
    assert inspect(docker_client, up)["State"]["Running"]
    # said of a running one: docker refuses the rm (no force said) — it keeps running
    reply = bot.say(f"멈춰 있는 {up} 삭제해")
    assert reply.cli and list(reply.cli) == [f"docker rm {up}"] and reply.status != "done", reply
    assert inspect(docker_client, up)["State"]["Running"]


def test_besides_said_with_ioe_restarts_the_others(docker_client, world, cleanup):
    """N: "A 이외의 컨테이너 전부 재시작" restarts every running container but A (it proposed the restart of A)."""
    bot, (a, b, c), _, _ = _scoped(docker_client, cleanup, running=3)
    before = {n: started_at(docker_client, n) for n in (a, b, c)}
    reply = bot.say(f"{a} 이외의 컨테이너 전부 재시작")
    check(reply, "ko", cli=f"docker restart {b} {c}")
    assert started_at(docker_client, a) == before[a]
    assert all(started_at(docker_client, n) != before[n] for n in (b, c))


def test_told_reported_and_hesitant_run_nothing(docker_client, world, cleanup):
    """H, I, J, M: reported speech, a trouble after the verb, a hesitation, the future asked — the engine unchanged."""
    bot, (a, b), _, _ = _scoped(docker_client, cleanup, running=2)
    before = {n: started_at(docker_client, n) for n in (a, b)}
    for text in (f"{a} 재시작 하라는데", f"{a} 끄자 {b}도 죽었어", f"{a} 지우는 건 좀", f"{a} 지울 거야?",
                 f"{a} 재시작하니까 죽었어", f"{b} 꺼 달라는데"):
        reply = bot.say(text, yes=False)  # a question back (the future asked) is left unanswered
        assert reply.status != "done", (text, reply)
        assert reply.status != "confirm" or reply.proposal, (text, reply)
    for n in (a, b):
        assert exists(docker_client, n) and started_at(docker_client, n) == before[n], n
        assert inspect(docker_client, n)["State"]["Running"], n
