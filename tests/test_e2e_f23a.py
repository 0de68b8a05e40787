"""f23a on the real engine: an instruction on how to report runs nothing of its own ("결과만 보고할 것. {a} 재시작."
restarts {a} alone, no listing before it); steps on lines of their own opened by bullets run each, in order; a bare
list after a volume create lists volumes; a write said with a day to come ("{a} 삭제는 다음 주.") runs nothing; a step
"again" after the kill of the same container starts it."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, exists, inspect, run_tracked, uid, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "결과만 보고할 것. {a} 재시작.",
    "{a} 재시작, 이후 보고.",
    "just report the result. restart {a}",
])
def test_a_report_instruction_runs_nothing_of_its_own(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "- {a} 일시정지\n- {a} 일시정지 해제",
    "Please, in this order:\n- pause {a}\n- unpause {a}",
])
def test_bulleted_steps_run_each_in_order(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker pause {a}", f"docker unpause {a}"], reply
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and not state["Paused"], state


def test_bulleted_stop_then_remove(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"- {a} 중지\n- {a} 삭제")
    assert list(reply.cli) == [f"docker stop {a}", f"docker rm {a}"], reply
    assert reply.status == "done", reply
    assert not exists(docker_client, a)


@pytest.mark.parametrize("form", ["{v} 볼륨 만들고 목록 보여줘", "create volume {v} and show the list"])
def test_a_list_after_a_volume_create_lists_volumes(bot, docker_client, world, cleanup, form):
    v = uid()
    cleanup.volume(v)
    reply = bot.say(form.format(v=v))
    assert reply.status == "done" and list(reply.cli) == [f"docker volume create {v}", "docker volume ls"], reply
    assert docker_client.volumes.get(v).name == v


@pytest.mark.parametrize("form", ["{a} 삭제는 다음 주.", "{a} 재시작은 금요일에"])
def test_a_write_said_for_a_day_to_come_runs_nothing(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)
    assert not reply.pending, reply  # nothing offered either
    assert exists(docker_client, a) and not pair.restarted()


@pytest.mark.parametrize("form", ["계획:\n1. {a} 강제 종료\n2. {a} 다시 켜기", "1) {a} 강제 종료 2) {a} 다시 켜기"])
def test_a_step_again_after_a_kill_starts_it(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker kill {a}", f"docker start {a}"], reply
    assert inspect(docker_client, a)["State"]["Running"]
