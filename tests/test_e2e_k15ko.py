"""The wrong-action-risk kinds of tests/test_parse_k15ko.py end to end on the real engine, the engine inspected after:
A. a container, a command line, then the Korean verb, 에서 unsaid ("X ls -d /tmp 해"): the command runs in X, every word
   typed; a docker command typed there ("X kill -s HUP 해") runs nothing — X is not killed;
B. a state asked by its verbal noun before 상태 ("X 일시정지 상태야?"): X's details, X never paused;
C. a new container's name said with 로 ("nginx로 N 생성만 해"): N made from nginx, not started.
Listings are scoped to this test's label (tests/test_e2e_core.py `ScopedClient`): other runs share the engine.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, scoped_bot, uid

pytestmark = [pytest.mark.docker]


def test_a_command_line_after_the_name_runs_in_it(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"{a} ls -d /tmp 해")
    check(reply, "ko", cli=f"docker exec {a} ls -d /tmp")
    assert (reply.code or "").strip() == "/tmp", reply  # every word ran: the directory itself, not its listing
    assert inspect(docker_client, a)["State"]["Running"] and inspect(docker_client, b)["State"]["Running"]


def test_a_docker_command_after_the_name_runs_nothing(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    before = inspect(docker_client, a)["State"]["StartedAt"]
    reply = bot.say(f"{a} kill -s HUP 해")
    assert reply.status not in ("done", "confirm"), reply
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and state["StartedAt"] == before


def test_a_state_asked_is_never_done(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    reply = bot.say(f"{a} 일시정지 상태야?")
    check(reply, "ko", cli=f"docker inspect {a}")
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and not state["Paused"]


def test_a_name_said_with_ro_is_made_not_started(docker_client, world, cleanup):
    bot, _ = scoped_bot(docker_client, cleanup)
    n = cleanup.container(uid())
    reply = bot.say(f"nginx로 {n} 생성만 하고 켜지는 마")
    check(reply, "ko", cli=f"docker create --name {n} nginx")
    info = inspect(docker_client, n)
    assert info["State"]["Status"] == "created" and info["Config"]["Image"].startswith("nginx")
