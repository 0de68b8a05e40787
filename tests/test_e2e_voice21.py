"""voice21: a command dictated through speech-to-text (bot/language/normalize.py `_dictated`; tests/test_parse_voice21.py
reads the kinds through the fake world), end to end on the real engine: a dictated `docker run` runs exactly the
container said (its flags, its name joined by a dash said, its command's number), a dictated restart restarts that
container, and a dash said where no flag nor name can be runs nothing (it once ran an image `dash`).
Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import uuid

import pytest
from test_e2e_core import check, container_names, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def _word() -> str:
    """A name part said as one word: letters only (a digit said would be read as a number)."""
    return "".join(chr(ord("a") + int(c, 16)) for c in uuid.uuid4().hex[:8])


def test_dictated_run_runs_exactly_that_container(bot, docker_client, world, cleanup):
    """"docker run dash d dash dash name e2e dash X alpine sleep sixty" = docker run -d --name e2e-X alpine sleep 60."""
    name = f"e2e-{_word()}"
    cleanup.container(name)
    said = f"docker run dash d dash dash name e2e dash {name[4:]} alpine sleep sixty"
    reply = bot.say(said)
    check(reply, "en", cli=f"docker run -d --name {name} alpine sleep 60")
    got = inspect(docker_client, name)
    assert got["State"]["Running"]
    assert got["Config"]["Cmd"] == ["sleep", "60"]
    assert got["Config"]["Image"] == "alpine"


def test_dictated_restart_restarts_that_container(bot, docker_client, world, cleanup):
    """"restart e2e dash X" and "docker restart e2e dash X" restart e2e-X (nothing else)."""
    name = run_sdk(docker_client, cleanup, name=f"e2e-{_word()}")
    names = container_names(docker_client)
    for said in (f"restart e2e dash {name[4:]} period", f"docker restart e2e dash {name[4:]}"):
        before = started_at(docker_client, name)
        reply = bot.say(said)
        check(reply, "en", cli=f"docker restart {name}")
        assert started_at(docker_client, name) != before
    assert container_names(docker_client) == names


def test_dictated_dash_that_is_no_flag_runs_nothing(bot, docker_client, world):
    """A dash said before a word that can be no flag and joins no name: nothing runs (no image `dash`)."""
    names = container_names(docker_client)
    reply = bot.say("docker run dash quietly alpine")
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert container_names(docker_client) == names
