"""lead32 on the real engine: a step said last but meant first runs first ("{b} 꺼줘 {a} 재시작한 다음에": {a} is
restarted before {b} stops — the engine's StartedAt of {a} is before {b}'s FinishedAt); a need told after an order is
asked back and, on the yes, only the order runs; a question or disbelief (-남, "what, rm X?") never runs."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, inspect, run_tracked, running_since, unanswered

pytestmark = [pytest.mark.docker]


def _instant(rfc3339: str) -> tuple[str, int]:
    """An engine time ("2026-12-06T01:40:00.1234Z": RFC 3339 with nanoseconds, trailing zeros trimmed) as (seconds,
    nanoseconds), comparable."""
    whole, _, frac = rfc3339.rstrip("Z").partition(".")
    return whole, int((frac + "000000000")[:9])


@pytest.mark.parametrize("form", [
    "{b} 꺼줘 {a} 재시작한 다음에",
    "stop {b} after restarting {a}",
    "{b} 끄기 전에 {a} 재시작해줘",  # a step said with before: the order first
    "restart {a} before stopping {b}",
])
def test_the_step_said_last_runs_first(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker restart {a}", f"docker stop {b}"], reply
    a_now = running_since(docker_client, a)
    state_b = inspect(docker_client, b)["State"]
    assert a_now != a_start and not state_b["Running"], state_b
    # the restart of a started before b stopped (one engine's clock)
    assert _instant(a_now) < _instant(state_b["FinishedAt"]), (a_now, state_b["FinishedAt"])


def test_a_need_told_after_an_order_is_asked_then_only_the_order_runs(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    asked = bot.say(f"{a} 재시작해줘, {b} 꺼야 함", yes=False)
    assert asked.status == "confirm" and list(asked.cli) == [f"docker restart {a}"], asked
    assert not pair.restarted()
    reply = bot.say(f"{a} 재시작해줘, {b} 꺼야 함", yes=True)
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "{a} 재시작하남",
    "{a} 재시작하려나 봐",
    "what, rm {a}?",
    "you want me to restart {a}?",
    "{a} 재시작해줘 제가 {b} 지운 다음에",  # (breaker32) someone's step said with after: nothing of it runs
    "before I remove {b}, restart {a}",
    "{b} 지우기 전에 {a} 재시작",  # a removal said with before: asked
    "{a}, {b} 재시작해 근데 {b}는 냅둬",  # a name said to be kept that the write acts on: nothing runs
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)  # asked back: a yes/no, nothing run
    assert not pair.restarted()
