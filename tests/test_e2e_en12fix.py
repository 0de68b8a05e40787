"""The wrong-action-risk kinds of branch en12fix (tests/test_parse_en12fix.py reads them through the fake world), end
to end on the real engine: each goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then
looks at the engine. A command run in a container said with have ("have X echo …") is an exec whose output holds every
word, never a new container; a name that is no container makes nothing; the user and the directory said with their
word are the exec's -u and -w; a relative clause of made and never started removes the created container only;
skip calls a verb off. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def test_have_runs_the_command_in_the_container(bot, docker_client, world, cleanup):
    """"have X echo hello friend": `docker exec X echo hello friend`, which prints every word; no container is made."""
    n = run_sdk(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(f"have {n} echo hello friend")
    check(reply, "en", cli=f"docker exec {n} echo hello friend")
    assert (reply.code or "").strip() == "hello friend", reply
    assert container_names(docker_client) == before


def test_have_of_no_container_makes_nothing(bot, docker_client, world):
    """"have NAME echo hi" with no container NAME: refused — never a run of an image named so."""
    ghost = uid()
    before = container_names(docker_client)
    reply = bot.say(f"have {ghost} echo hi")
    assert reply.status not in ("done", "confirm"), reply
    assert container_names(docker_client) == before


def test_user_and_workdir_said_with_their_word(bot, docker_client, world, cleanup):
    """"run whoami in X as user nobody" runs as nobody (-u); "run pwd in X with workdir /etc" prints /etc (-w)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"run whoami in {n} as user nobody")
    check(reply, "en", cli=f"docker exec -u nobody {n} whoami")
    assert (reply.code or "").strip() == "nobody", reply
    reply = bot.say(f"run pwd in {n} with workdir /etc")
    check(reply, "en", cli=f"docker exec -w /etc {n} pwd")
    assert (reply.code or "").strip() == "/etc", reply


def test_skip_calls_the_restart_off(bot, docker_client, world, cleanup):
    """"skip the restart, just give me X's logs": the logs only — X keeps its StartedAt."""
    n = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, n)
    reply = bot.say(f"skip the restart, just give me {n}'s logs")
    check(reply, "en", cli=f"docker logs {n}")
    assert started_at(docker_client, n) == before
    for said in (f"skip restarting {n}", f"restart {n}, skip {n}"):
        reply = bot.say(said)
        assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    assert started_at(docker_client, n) == before and inspect(docker_client, n)["State"]["Running"]


def test_what_is_needed_said_negated_changes_nothing(bot, docker_client, world, cleanup):
    """"killing X is not needed", "killing X was needed": X keeps running."""
    n = run_sdk(docker_client, cleanup)
    for said in (f"killing {n} is not needed", f"killing {n} was needed"):
        reply = bot.say(said)
        assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    assert exists(docker_client, n) and inspect(docker_client, n)["State"]["Running"]
