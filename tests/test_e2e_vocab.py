"""The `vocab` kinds of issue 8 on the real engine, read by the real parser, checked by inspecting
the engine afterwards: a write asked about runs nothing until the asker's yes; a complaint is a read
(the container is not restarted); the kept container is never touched; a backtick-quoted command is
the command, exactly (the exec output holds every argument); a word that names nothing is proposed
without it. Containers are scratch ones made (and removed) by each test.
"""
from __future__ import annotations

import uuid
from typing import Any

import pytest

from bot.model import Actor, Request
from bot.pipeline import Gorae
from bot.policy.check import load_authorizer
from bot.state.audit import AuditLog
from bot.state.pending import MemoryPending

pytestmark = pytest.mark.docker

IDLE = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]
ME = Actor("local:me", local=True)


def scratch(docker_client: Any, cleanup: Any) -> str:
    name = "gv-" + uuid.uuid4().hex[:8]
    cid = docker_client.api.create_container("alpine", IDLE, name=name)["Id"]
    cleanup.container(cid)
    docker_client.api.start(cid)
    return name


def state(docker_client: Any, name: str) -> dict:
    return docker_client.api.inspect_container(name)["State"]


@pytest.fixture
def gorae(docker_client, tmp_path):
    g = Gorae(authorizer=load_authorizer(None), audit=AuditLog(str(tmp_path / "audit.db")),
              pending=MemoryPending())
    g._client = docker_client
    return g


def ask(g: Gorae, text: str):
    return g.handle(Request(text, ME, "terminal", source="shell"))


def run_it(g: Gorae, text: str):
    """Ask, and say yes to a plain confirmation (not to a proposal: that is the test's to answer)."""
    r = ask(g, text)
    if r.status == "confirm" and not r.proposal:
        r = g.confirm(r.pending, ME, "terminal")
    return r


@pytest.mark.parametrize("said", ["can i stop {a}", "{a} 꺼도 돼?", "may I stop {a}?"])
def test_a_write_asked_about_runs_only_on_the_yes(gorae, docker_client, cleanup, said):
    a = scratch(docker_client, cleanup)
    started = state(docker_client, a)["StartedAt"]
    q = ask(gorae, said.format(a=a))
    assert q.status == "confirm" and q.proposal and q.cli == (f"docker stop {a}",), q
    st = state(docker_client, a)
    assert st["Running"] and st["StartedAt"] == started  # nothing ran on the question
    done = gorae.confirm(q.pending, ME, "terminal")
    assert done.status == "done" and not state(docker_client, a)["Running"]


@pytest.mark.parametrize("said", ["{a} 뻗었어", "{a} is down", "is {a} dead?", "{a} 먹통이야"])
def test_a_complaint_is_a_read(gorae, docker_client, cleanup, said):
    a = scratch(docker_client, cleanup)
    started = state(docker_client, a)["StartedAt"]
    r = ask(gorae, said.format(a=a))
    # the status and the recent logs (issue 8, session 6: what the on-call engineer looks at first)
    assert r.status == "done" and r.cli == (f"docker inspect {a}", f"docker logs --tail 20 {a}"), r
    st = state(docker_client, a)
    assert st["Running"] and st["StartedAt"] == started  # not restarted, not stopped


@pytest.mark.parametrize("said", ["{a}는 두고 {b}만 꺼", "{a} 놔두고 {b} 꺼줘", "leave {a} alone and stop {b}"])
def test_the_kept_one_is_never_touched(gorae, docker_client, cleanup, said):
    a, b = scratch(docker_client, cleanup), scratch(docker_client, cleanup)
    started = state(docker_client, a)["StartedAt"]
    r = run_it(gorae, said.format(a=a, b=b))
    assert r.status == "done" and r.cli == (f"docker stop {b}",), r
    assert not state(docker_client, b)["Running"]
    st = state(docker_client, a)
    assert st["Running"] and st["StartedAt"] == started


def test_a_backtick_quoted_command_is_run_exactly(gorae, docker_client, cleanup):
    a = scratch(docker_client, cleanup)
    r = run_it(gorae, f"{a}에서 `echo vocab-x --flag a=b /tmp/y` 실행")
    assert r.status == "done", r
    assert r.cli == (f"docker exec {a} echo vocab-x --flag a=b /tmp/y",)
    assert "vocab-x --flag a=b /tmp/y" in (r.code or "")  # the exec output holds every argument


def test_a_quoted_docker_command_in_a_sentence(gorae, docker_client, cleanup):
    a = scratch(docker_client, cleanup)
    r = run_it(gorae, f"run `docker stop {a}`")
    assert r.status == "done" and r.cli == (f"docker stop {a}",), r
    assert not state(docker_client, a)["Running"]


def test_a_word_that_names_nothing_is_proposed_without_it(gorae, docker_client, cleanup):
    a = scratch(docker_client, cleanup)
    q = ask(gorae, f"stop the flibber {a}")
    assert q.status == "confirm" and q.proposal and q.cli == (f"docker stop {a}",), q
    assert q.headline == f"`docker stop {a}` — I did not read `flibber`. Run it?"
    assert state(docker_client, a)["Running"]
    done = gorae.confirm(q.pending, ME, "terminal")
    assert done.status == "done" and not state(docker_client, a)["Running"]
