"""The wrong-action-risk kinds of tests/test_parse_fix14.py end to end on the real engine, the engine inspected after:
A. a permission asked, then the go-ahead under the asker's own permission ("X 멈춰도 괜찮을까요? 괜찮으면 멈춰주세요"):
   X alone is stopped; under any other condition ("가능하면 멈춰주세요") nothing happens;
B. a slip of `docker` opening a typed command ("docekr stop X"): X alone is stopped (it was read as a container
   named "docekr" before);
C. a command run in a container followed by another step ("exec X ls and restart Y"): refused — Y is not
   restarted (it ran `ls and restart Y` in X, then restarted Y).
Listings are scoped to this test's label (tests/test_e2e_core.py `ScopedClient`): other runs share the engine.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, scoped_bot

pytestmark = [pytest.mark.docker]


def test_a_permission_given_as_the_condition_stops_the_one_asked(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"혹시 {a} 멈춰도 괜찮을까요? 괜찮으면 멈춰주세요")
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_if_possible_after_the_permission_asked_stops_the_one_asked(docker_client, world, cleanup):
    """(lead34: courtesy-if decided) "if possible" with no state or event is courtesy: the stop asked about runs."""
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"혹시 {a} 멈춰도 괜찮을까요? 가능하면 멈춰주세요")
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_another_condition_stops_nothing(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    reply = bot.say(f"혹시 {a} 멈춰도 괜찮을까요? {a} 죽어 있으면 멈춰주세요")
    assert reply.status not in ("done", "confirm"), reply
    assert inspect(docker_client, a)["State"]["Running"]


def test_a_slip_of_docker_runs_the_typed_command(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"docekr stop {a}")
    check(reply, "cli", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_a_command_that_swallows_the_next_step_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    before = inspect(docker_client, b)["State"]["StartedAt"]
    reply = bot.say(f"exec {a} ls and restart {b}")
    assert reply.status not in ("done", "confirm"), reply
    assert inspect(docker_client, b)["State"]["StartedAt"] == before
