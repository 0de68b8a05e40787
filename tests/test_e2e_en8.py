"""The English and docker-CLI kinds of issue 8 fixed by en8 (tests/test_parse_en8.py), end to end on the
real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: a name typed in another case ("RESTART N" with only `n` on the engine) restarts that container and the
reply says how the name was read; `docker inspect A B` shows both containers' details as the engine has them;
`docker image inspect IMAGE` and "inspect IMAGE image" show the image's details (its ID as the engine's image
inspect gives it), answered in the asker's language. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_a_name_typed_in_capitals_restarts_the_one_container_of_that_name(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"RESTART {n.upper()}")
    check(reply, "en", cli=f"docker restart {n}")
    assert any(n in note and n.upper() in note for note in reply.notes), reply.notes
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] != started, state


def test_inspect_of_two_containers_shows_both(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    reply = bot.say(f"docker inspect {a} {b}")
    check(reply, "en", cli=f"docker inspect {a} {b}")
    names = [v for k, v in reply.fields if k in ("Name", "이름")]
    assert names == [a, b], reply.fields
    ids = [v for k, v in reply.fields if k == "ID"]
    assert ids == [inspect(docker_client, a)["Id"][:12], inspect(docker_client, b)["Id"][:12]], reply.fields


def test_image_inspect_typed_and_said(bot, docker_client, world):
    want_id = docker_client.api.inspect_image("nginx")["Id"].split(":", 1)[-1][:12]
    before = container_names(docker_client)
    reply = bot.say("docker image inspect nginx")
    check(reply, "en", cli="docker image inspect nginx")
    assert dict(reply.fields).get("ID") == want_id, reply.fields
    assert "80/tcp" in dict(reply.fields).get("Exposed ports", ""), reply.fields
    reply = bot.say("inspect nginx image")
    check(reply, "en", cli="docker image inspect nginx")
    assert dict(reply.fields).get("ID") == want_id, reply.fields
    reply = bot.say("nginx 이미지 상세 정보 보여줘")
    check(reply, "ko", cli="docker image inspect nginx")
    assert dict(reply.fields).get("ID") == want_id and "태그" in dict(reply.fields), reply.fields
    assert container_names(docker_client) == before
