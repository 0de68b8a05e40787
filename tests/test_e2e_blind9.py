"""Kinds found by wordings_fresh9.yaml (the ninth table, written blind), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at
the engine: the place of a command said twice ("X 안에 들어가서 CMD 쳐봐") runs CMD there (it ran the
Korean word as the command's first word), "run CMD with K=V in X" runs CMD with K=V in its environment
(the option's words were the command's), and a bare Korean noun of a verb before a name and another
verb ("로그 좀 X꺼") runs nothing (it showed the logs, then stopped X). Then the misses that plan a write:
the chat imperatives -셈/-삼 on any verb's stem, -었다 (가 dropped) before the next verb as "then", a
keyword said with 라는 as the name of what is made, an update said of an image as its pull, and `-q` typed
to a listing (the IDs only, as docker prints them: it was dropped).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

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


def test_a_chat_imperative_on_a_verbs_stem_is_the_verb(bot, docker_client, world, cleanup):
    """"X 끄셈": X stopped (Kiwi took 끄셈 for a noun: refused)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 끄셈")
    check(reply, "ko", cli=f"docker stop {n}")
    assert not inspect(docker_client, n)["State"]["Running"]


def test_past_then_the_next_verb_is_a_sequence(bot, docker_client, world, cleanup):
    """"X 껐다 지워": X stopped, then removed (the two verbs were refused as conflicting)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 껐다 지워")
    check(reply, "ko", cli=[f"docker stop {n}", f"docker rm {n}"])
    assert not exists(docker_client, n)


def test_a_keyword_said_with_ra_neun_names_the_volume(bot, docker_client, world, cleanup):
    """"logs라는 볼륨 만들어줘": a volume named logs (라는 was not read)."""
    assert not docker_client.volumes.list(filters={"name": "^logs$"}), "a volume named logs is on the engine already"
    cleanup.volume("logs")
    reply = bot.say("logs라는 볼륨 만들어줘")
    check(reply, "ko", cli="docker volume create logs")
    assert [v.name for v in docker_client.volumes.list(filters={"name": "^logs$"})] == ["logs"]


def test_an_update_of_an_image_pulls_it(bot, docker_client, world):
    """"alpine 이미지 업데이트 해줘" / "update the alpine image": `docker pull alpine`, the image on the engine
    (it asked which service)."""
    reply = bot.say("alpine 이미지 업데이트 해줘")
    check(reply, "ko", cli="docker pull alpine")
    reply = bot.say("update the alpine image")
    check(reply, "en", cli="docker pull alpine")
    assert docker_client.images.list(name="alpine")


def test_quiet_listings_print_the_ids(bot, docker_client, world):
    """`docker ps -aq` / `docker images -q`: the short IDs, one a line, exactly the engine's (it showed a table)."""
    reply = bot.say("docker ps -aq")
    check(reply, "cli", cli="docker ps -a -q")
    assert reply.table is None and reply.code is not None, reply
    assert sorted(reply.code.split()) == sorted(c.short_id for c in docker_client.containers.list(all=True)), reply
    reply = bot.say("docker images -q")
    check(reply, "cli", cli="docker images -q")
    assert reply.code is not None, reply
    ids = {i.short_id.split(":", 1)[-1] for i in docker_client.images.list()}
    assert set(reply.code.split()) == ids, reply
