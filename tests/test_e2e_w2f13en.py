"""docker compose typed for one container (branch w2f13en), end to end on the real engine (tests/test_parse_w2f13en.py
reads it through the fake world): "docker-compose stop X" stops X and nothing else; a name with no container, compose's
own commands (down, rm) and compose with no name run nothing. Each test goes through the whole pipeline (Gorae.handle,
confirmations answered yes) and then looks at the engine. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import ACTOR, CHANNEL, check, container_names, exists, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def test_compose_stop_stops_that_container_only(bot, docker_client, world, cleanup):
    """"docker-compose stop A": `docker stop A` asked back (a compose service is the container of that name only if
    its file says so) — nothing stopped on the question; the yes stops A, B still running."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    reply = bot.say(f"docker-compose stop {a}", yes=False)
    check(reply, "en", cli=f"docker stop {a}", status="confirm")
    assert inspect(docker_client, a)["State"]["Running"]
    reply = bot.gorae.confirm(reply.pending, ACTOR, CHANNEL, yes=True)
    check(reply, "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_compose_with_no_such_container_or_its_own_commands_runs_nothing(bot, docker_client, world, cleanup):
    """A name with no container, `down`, `rm`, no name at all: refused — nothing made, stopped or removed."""
    a = run_sdk(docker_client, cleanup)
    names = container_names(docker_client)
    for text in (f"docker-compose restart {uid()}", "docker compose down", f"docker-compose rm {a}",
                 "docker compose stop"):
        reply = bot.say(text)
        assert reply.status not in ("done", "confirm") and not reply.cli, (text, reply)
    assert container_names(docker_client) == names
    assert exists(docker_client, a) and inspect(docker_client, a)["State"]["Running"]
