"""The new write readings of branch k16en (tests/test_parse_k16en.py reads them through the fake world), end to end on
the real engine: the whole pipeline (Gorae.handle, confirmations answered yes), then the engine looked at. A reason said
after the request ("it's not needed anymore") removes the one named and nothing else; a teammate's wish relayed and
taken up ("go ahead and do it") stops the one named; hearsay alone and a restart said "not needed" run nothing; a grace
period given ("give A 5 seconds to stop") stops A only.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _run(client, cleanup, **kw) -> str:
    return run_sdk(client, cleanup, name="t-k16en-" + uid(), **kw)


def _started(client, name: str) -> str:
    return inspect(client, name)["State"]["StartedAt"]


def test_reason_after_a_remove_removes_only_the_one_named(bot, docker_client, world, cleanup):
    """"remove A, it's not needed anymore": A removed, B still there and running."""
    a = _run(docker_client, cleanup, start=False)
    b = _run(docker_client, cleanup)
    check(bot.say(f"remove {a}, it's not needed anymore"), "en", cli=f"docker rm {a}")
    assert not exists(docker_client, a)
    assert inspect(docker_client, b)["State"]["Running"]


def test_relayed_wish_taken_up_stops_only_the_one_named(bot, docker_client, world, cleanup):
    """"Sam wants A stopped, go ahead and do it": A stopped, B running."""
    a = _run(docker_client, cleanup)
    b = _run(docker_client, cleanup)
    check(bot.say(f"Sam wants {a} stopped, go ahead and do it"), "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_hearsay_and_a_restart_said_unneeded_run_nothing(bot, docker_client, world, cleanup):
    """"Sam wants A stopped" and "restart A, it's not needed": A still running, never restarted."""
    a = _run(docker_client, cleanup)
    before = _started(docker_client, a)
    for said in (f"Sam wants {a} stopped", f"restart {a}, it's not needed"):
        reply = bot.say(said)
        assert reply.status not in ("done", "confirm"), reply
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and state["StartedAt"] == before


def test_grace_period_given_stops_only_the_one_named(bot, docker_client, world, cleanup):
    """"give A 5 seconds to stop": A stopped (docker stop -t 5), B running."""
    a = _run(docker_client, cleanup)
    b = _run(docker_client, cleanup)
    check(bot.say(f"give {a} 5 seconds to stop"), "en", cli=f"docker stop -t 5 {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]
