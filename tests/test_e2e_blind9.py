"""Kinds found by wordings_fresh9.yaml (the ninth table, written blind), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at
the engine: the place of a command said twice ("X 안에 들어가서 CMD 쳐봐") runs CMD there (it ran the
Korean word as the command's first word), "run CMD with K=V in X" runs CMD with K=V in its environment
(the option's words were the command's), and a bare Korean noun of a verb before a name and another
verb ("로그 좀 X꺼") runs nothing (it showed the logs, then stopped X).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_the_place_said_twice_runs_the_command_there(bot, docker_client, world, cleanup):
    """"X 안에 들어가서 hostname 쳐봐": `docker exec X hostname`, whose output is the container's hostname."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 안에 들어가서 hostname 쳐봐")
    check(reply, "ko", cli=f"docker exec {n} hostname")
    assert (reply.code or "").strip() == inspect(docker_client, n)["Config"]["Hostname"], reply


def test_with_key_value_before_the_container_is_the_commands_env(bot, docker_client, world, cleanup):
    """"run env with BLIND9=yes in X": `docker exec -e BLIND9=yes X env`, whose output holds BLIND9=yes
    and no word `with` (it ran `env with BLIND9=yes`, which fails)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"run env with BLIND9=yes in {n}")
    check(reply, "en", cli=f"docker exec -e BLIND9=yes {n} env")
    assert "BLIND9=yes" in (reply.code or ""), reply


def test_a_bare_noun_before_a_name_and_a_verb_runs_nothing(bot, docker_client, world, cleanup):
    """"로그 좀 X꺼": nothing runs, X still running and not restarted (it showed the logs, then stopped X)."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"로그 좀 {n}꺼")
    assert reply.status not in ("done", "confirm"), reply
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == started, state
