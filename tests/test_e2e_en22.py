"""(en22) Asian English and ops English requests (tests/test_parse_en22.py reads the kinds through the fake world), end
to end on the real engine: "close X" stops X and never removes it; "and revert" asks a reply, the one request runs and
nothing else; "make X container to pause/un-pause" pauses and unpauses X; "call X Y from now on" renames X; "revert X"
and trouble told ("X is flapping", "X has gone for a toss") change nothing.
Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def test_close_stops_and_never_removes(bot, docker_client, world, cleanup):
    """"close X" (Indian English): X stopped, still there."""
    n = run_sdk(docker_client, cleanup)
    check(bot.say(f"close {n}"), "en", cli=f"docker stop {n}")
    assert exists(docker_client, n)
    assert not inspect(docker_client, n)["State"]["Running"]


def test_restart_and_revert_restarts_only_that_one(bot, docker_client, world, cleanup):
    """"Kindly restart X container and revert.": X restarted; Y untouched, nothing else made or removed."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    names = container_names(docker_client)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    check(bot.say(f"Kindly restart the {a} container and revert."), "en", cli=f"docker restart {a}")
    assert started_at(docker_client, a) != before_a
    assert started_at(docker_client, b) == before_b
    assert container_names(docker_client) == names


def test_make_container_to_pause_and_unpause(bot, docker_client, world, cleanup):
    """"please make X container to pause" pauses X; "please make X container un-pause" unpauses it."""
    n = run_sdk(docker_client, cleanup)
    check(bot.say(f"please make {n} container to pause"), "en", cli=f"docker pause {n}")
    assert inspect(docker_client, n)["State"]["Paused"]
    check(bot.say(f"please make {n} container un-pause"), "en", cli=f"docker unpause {n}")
    assert not inspect(docker_client, n)["State"]["Paused"]


def test_call_from_now_on_renames(bot, docker_client, world, cleanup):
    """"call X Y from now on": X renamed Y."""
    n = run_sdk(docker_client, cleanup)
    new = uid()
    cleanup.container(new)
    check(bot.say(f"call {n} {new} from now on"), "en", cli=f"docker rename {n} {new}")
    assert exists(docker_client, new) and not exists(docker_client, n)


@pytest.mark.parametrize("said", ["revert {n}", "{n} is flapping", "{n} has gone for a toss, check once",
                                  "I have one doubt, is {n} running or not?"])
def test_revert_and_trouble_change_nothing(bot, docker_client, world, cleanup, said):
    """A reply asked alone, trouble told, a doubt asked: X neither restarted, stopped nor removed."""
    n = run_sdk(docker_client, cleanup)
    names = container_names(docker_client)
    before = started_at(docker_client, n)
    reply = bot.say(said.format(n=n))
    assert not any(c.split()[1] in ("restart", "stop", "rm", "kill", "rename") for c in reply.cli), reply
    assert started_at(docker_client, n) == before and inspect(docker_client, n)["State"]["Running"]
    assert container_names(docker_client) == names
