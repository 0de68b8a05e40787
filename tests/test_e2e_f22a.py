"""f22a on the real engine: the writes newly read for fresh22's first-day, dba and deploy kinds run as meant — a pause
asked before a backup ("백업 돌리기 전에 {a} 일시정지 부탁해요"), a pause held until said otherwise, a volume made for a
purpose said after it ("for my sandbox"), the order said before the speaker's own part ("…, {b} 재시작은 제가
할게요": only the order runs) — and what must run nothing runs nothing (after a backup, a schedule; a write said with a
ban of changing anything)."""
from __future__ import annotations

import pytest
from test_e2e_core import inspect, run_tracked, running_since, uid, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "백업 돌리기 전에 {a} 일시정지 부탁해요",
    "deploy window's open — pause {a} until I say otherwise",
])
def test_a_pause_said_with_its_context_pauses(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker pause {a}"], reply
    assert inspect(docker_client, a)["State"]["Paused"]
    docker_client.api.unpause(a)


def test_a_volume_made_for_a_purpose_said_after(bot, docker_client, world, cleanup):
    v = cleanup.volume(uid())
    reply = bot.say(f"First week here. Could you create a volume called {v} for my sandbox?")
    assert reply.status == "done" and list(reply.cli) == [f"docker volume create {v}"], reply
    assert docker_client.api.inspect_volume(v)["Name"] == v


def test_the_order_runs_the_speakers_own_part_does_not(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    a_start, b_start = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"{a} 재시작해주세요, 배포 끝나면 {b} 재시작은 제가 할게요")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != a_start and running_since(docker_client, b) == b_start


@pytest.mark.parametrize("form", [
    "백업 끝나면 {a} 일시정지 풀어줘",  # a schedule: after the backup
    "pause {a} until noon",  # a time: never now
    "restart {a}, and don't change anything else",  # a write said with a ban of changing anything
    "{a} 재시작은 제가 할게요",  # the speaker's own
])
def test_never_run(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)  # asked back: a yes/no, nothing run
    state = inspect(docker_client, a)["State"]
    assert running_since(docker_client, a) == a_start and not state["Paused"], state
