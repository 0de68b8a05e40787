"""The wrong-action kinds of branch k15en (tests/test_parse_k15en.py reads them through the fake world), end to end on
the real engine: the whole pipeline (Gorae.handle, confirmations answered yes), then the engine looked at. What `ps`
shows of one container told in words, then "restart it anyway", restarts that container only; an incident order
headed by its role, time and the people addressed ("[SEV1] 04:02 all hands: stop X") stops X only; "is X paused?"
reads X, never pauses it; a need then "could you do it?" after a dash restarts the one named.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, run_sdk

pytestmark = [pytest.mark.docker]


def _started(client, name: str) -> str:
    return inspect(client, name)["State"]["StartedAt"]


def test_ps_told_then_restart_it_anyway_restarts_only_it(bot, docker_client, world, cleanup):
    """"ps shows A as Up 2 hours, restart it anyway": A restarted; B, running beside it, untouched."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = _started(docker_client, a), _started(docker_client, b)
    check(bot.say(f"ps shows {a} as Up 2 hours, restart it anyway"), "en", cli=f"docker restart {a}")
    assert _started(docker_client, a) != before_a
    assert _started(docker_client, b) == before_b


def test_incident_order_addressed_stops_only_the_one_named(bot, docker_client, world, cleanup):
    """"[SEV1] 04:02 all hands: stop A": A stopped, B running."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    check(bot.say(f"[SEV1] 04:02 all hands: stop {a}"), "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_paused_asked_never_pauses(bot, docker_client, world, cleanup):
    """"is A paused?": its details read; A still running, not paused."""
    a = run_sdk(docker_client, cleanup)
    check(bot.say(f"is {a} paused?"), "en", cli=f"docker inspect {a}")
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and not state["Paused"]


def test_need_then_do_it_after_a_dash_restarts_the_one_named(bot, docker_client, world, cleanup):
    """"I think A needs a restart - could you do it?": A restarted, B untouched."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before_a, before_b = _started(docker_client, a), _started(docker_client, b)
    check(bot.say(f"I think {a} needs a restart - could you do it?"), "en", cli=f"docker restart {a}")
    assert _started(docker_client, a) != before_a
    assert _started(docker_client, b) == before_b
