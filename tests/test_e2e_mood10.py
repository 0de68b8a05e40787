"""The mood kind on the real engine (issue 8, mood10): a yes/no question on a write verb ("X 꺼?", "X 켜야 돼?")
is proposed through the existing proposal path (requester-bound; nothing runs before the yes), and a request
asked as a question ("X 꺼줄래?") is done. The real pipeline end to end (normalize keeps the "?", Kiwi reads
the ending), against the shared dockerd; the engine is inspected afterwards. Scratch containers only.
"""
from __future__ import annotations

import pytest
from test_e2e_propose import ME, ask, gorae, scratch, state  # noqa: F401  (gorae: a fixture)

from bot.model import Actor

pytestmark = pytest.mark.docker


def test_a_yes_no_question_proposes_the_stop_and_runs_it_on_yes(gorae, docker_client, cleanup):  # noqa: F811
    name = scratch(docker_client, cleanup)
    q = ask(gorae, f"{name} 꺼?")
    assert q.status == "confirm" and q.proposal and q.cli == (f"docker stop {name}",), q
    assert state(docker_client, name)["Running"]  # asked: nothing before the yes
    assert gorae.confirm(q.pending, Actor("local:mallory", local=True), "terminal").status == "denied"
    assert state(docker_client, name)["Running"]
    done = gorae.confirm(q.pending, ME, "terminal")
    assert done.status == "done" and not state(docker_client, name)["Running"]


def test_a_necessity_asked_proposes_the_start_and_a_no_leaves_it(gorae, docker_client, cleanup):  # noqa: F811
    name = scratch(docker_client, cleanup, running=False)
    q = ask(gorae, f"{name} 켜야 돼?")
    assert q.status == "confirm" and q.proposal and q.cli == (f"docker start {name}",), q
    assert gorae.confirm(q.pending, ME, "terminal", yes=False).status == "info"
    assert not state(docker_client, name)["Running"]  # refused: never started


def test_a_request_asked_as_a_question_is_done(gorae, docker_client, cleanup):  # noqa: F811
    name = scratch(docker_client, cleanup)
    r = ask(gorae, f"{name} 꺼줄래?")
    assert r.status == "done" and r.cli == (f"docker stop {name}",), r
    assert not state(docker_client, name)["Running"]
