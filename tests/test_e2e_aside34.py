"""aside34 on the real engine: a write with an aside, an emoji or an "ok" after it that is not read as a harmless
reason is asked back and nothing runs without a yes; on the yes only the order runs; a harmless reason runs it."""
from __future__ import annotations

import pytest
from test_e2e_core import run_tracked, running_since, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "{a} 재시작 — 배포 끝나면",  # a condition
    "restart {a} — bob's got it",  # someone else's
    "{a} 재시작 — 오타",  # a take-back
    "restart {a} — wrong window",
    "{a} 재시작 (가정)",  # hypothetical
    "stop {a} — eod",  # a time
    "{a} 중지 🤷",  # an emoji of doubt
    "stop {a} :shrug:",
    "{a} 중지 🚫",  # a no-entry sign: forbidden
    "{a} 재시작 ok",  # a report's shape
    "{a} restart: ok",
    "{a} 삭제 ㄱㄱ 하면 큰일남",
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)  # asked back: a yes/no, nothing run
    state = docker_client.api.inspect_container(a)["State"]
    assert state["Running"] and running_since(docker_client, a) == a_start, state


def test_asked_then_only_the_order_runs_on_yes(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    asked = bot.say(f"{a} 재시작 — 승인 나면", yes=False)
    assert asked.status == "confirm" and list(asked.cli) == [f"docker restart {a}"], asked
    assert running_since(docker_client, a) == a_start
    reply = bot.say(f"{a} 재시작 — 승인 나면", yes=True)
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != a_start


@pytest.mark.parametrize("form", ["{a} 재시작 — 메모리 샘", "restart {a} (OOM again)", "restart {a} 🙏"])
def test_a_harmless_reason_runs(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != a_start
