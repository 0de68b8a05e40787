"""English context around a request (branch f14en), end to end on the real engine (tests/test_parse_f14en.py reads
the kinds through the fake world): context never supplies a name ("A is over, you can unpause B" unpaused A too
before; "remove A, B team is asking" named B), a clause naming one thing then "it", a trailing clause and a shortage
told. Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk

pytestmark = [pytest.mark.docker]


def _state(client, name: str) -> dict:
    return inspect(client, name)["State"]


def test_context_names_nothing_unpause(bot, docker_client, cleanup):
    """"A is over, you can unpause B": B unpaused, A (a container, said in the context) still paused."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    docker_client.api.pause(a)
    docker_client.api.pause(b)
    reply = bot.say(f"{a} is over, you can unpause {b}")
    check(reply, "en", cli=f"docker unpause {b}")
    assert not _state(docker_client, b)["Paused"]
    assert _state(docker_client, a)["Paused"]


def test_context_names_nothing_remove(bot, docker_client, cleanup):
    """"remove A, the QA team is asking": A removed (asked first, yes), nothing else (the team's words named
    containers before)."""
    a = run_sdk(docker_client, cleanup, start=False)
    b = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(f"remove {a}, the QA team is asking")
    check(reply, "en", cli=f"docker rm {a}")
    assert not exists(docker_client, a)
    assert exists(docker_client, b)


def test_it_from_the_clause_and_trailing_context(bot, docker_client, cleanup):
    """"the A container is no longer needed, please remove it": A removed, B kept; "we're low on disk, could you stop
    B while we investigate": B stopped, C still running."""
    a = run_sdk(docker_client, cleanup, start=False)
    b = run_sdk(docker_client, cleanup)
    c = run_sdk(docker_client, cleanup)
    reply = bot.say(f"the {a} container is no longer needed, please remove it")
    check(reply, "en", cli=f"docker rm {a}")
    assert not exists(docker_client, a)
    assert exists(docker_client, b)
    reply = bot.say(f"we're low on disk, could you stop {b} while we investigate")
    check(reply, "en", cli=f"docker stop {b}")
    assert not _state(docker_client, b)["Running"]
    assert _state(docker_client, c)["Running"]


def test_negated_or_conditional_context_runs_nothing(bot, docker_client, cleanup):
    """A ban or a condition around the request: nothing stopped or removed."""
    a = run_sdk(docker_client, cleanup)
    for text in (f"the {a} container is no longer needed, please don't delete it",
                 f"if we're low on disk, please stop {a}",
                 f"stop {a} so you can remove it"):
        reply = bot.say(text)
        assert reply.status not in ("done", "confirm") and not reply.cli, (text, reply)
    assert exists(docker_client, a) and _state(docker_client, a)["Running"]
