"""brk35a on the real engine: chat typed after a docker exec program (a ban, a time, a question, Korean) is never its
arguments — nothing runs and the file it would delete is still there, while the command alone runs (A1); a part of a
container said after its name (its volume, dir, folder) never removes the container (A7)."""
from __future__ import annotations

import pytest
from test_e2e_core import exists, run_tracked, unanswered

pytestmark = [pytest.mark.docker]


def _has(client, name: str, path: str) -> bool:
    return client.containers.get(name).exec_run(["test", "-e", path]).exit_code == 0


@pytest.mark.parametrize("tail", ["하지마", "not yet", "NO", "tomorrow", "나중에", "해도 돼?", "🚫", "— bob did this"])
def test_chat_after_an_exec_runs_nothing(bot, docker_client, world, cleanup, tail):
    a, _ = run_tracked(docker_client, cleanup)
    docker_client.containers.get(a).exec_run(["mkdir", "-p", "/tmp/keep"])
    reply = bot.say(f"docker exec {a} rm -rf /tmp/keep {tail}", yes=False)
    unanswered(reply)
    assert _has(docker_client, a, "/tmp/keep")


def test_the_exec_alone_runs(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    docker_client.containers.get(a).exec_run(["mkdir", "-p", "/tmp/gone"])
    reply = bot.say(f"docker exec {a} rm -rf /tmp/gone")
    assert reply.status == "done" and list(reply.cli) == [f"docker exec {a} rm -rf /tmp/gone"], reply
    assert not _has(docker_client, a, "/tmp/gone")


@pytest.mark.parametrize("form", ["{a} 컨테이너 볼륨 지워", "{a} 폴더 지워", "remove {a} dir",
                                  "remove {a} container volume"])
def test_a_part_never_removes_the_container(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)
    assert exists(docker_client, a)
