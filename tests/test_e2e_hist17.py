"""`docker history` (hist17, tests/test_parse_hist17.py) end to end on the real engine: typed (`docker history IMAGE`,
`docker image history IMAGE`, -q) and said in English and Korean, the engine's own image history compared with the
reply's table (layer count, the newest layer's short ID), nothing on the engine changed; a write said of the history
(it planned `docker rmi nginx`) leaves the image in place.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names

pytestmark = [pytest.mark.docker]


def _engine_rows(client, image: str) -> list[str]:
    ids = [str(layer.get("Id") or "<missing>") for layer in client.api.history(image)]
    return [i if i == "<missing>" else i.split(":", 1)[-1][:12] for i in ids]


def test_history_typed_and_said(bot, docker_client, world):
    want = _engine_rows(docker_client, "nginx")
    before = container_names(docker_client)
    for text, lang in (("docker history nginx", "en"), ("docker image history nginx", "en"),
                       ("show the history of the nginx image", "en"), ("nginx 이미지 레이어 보여줘", "ko")):
        reply = bot.say(text)
        check(reply, lang, cli="docker history nginx")
        assert reply.table is not None and [r[0] for r in reply.table.rows] == want, (text, reply.table)
        assert reply.table.columns[:3] == ("IMAGE", "CREATED", "CREATED BY"), reply.table
    reply = bot.say("docker history -q nginx")
    check(reply, "en", cli="docker history -q nginx")
    assert (reply.code or "").split("\n") == want, reply
    reply = bot.say("redis 이미지 히스토리")
    check(reply, "ko", cli="docker history redis")
    assert reply.table is not None and [r[0] for r in reply.table.rows] == _engine_rows(docker_client, "redis")
    assert container_names(docker_client) == before


def test_a_write_said_of_the_history_removes_nothing(bot, docker_client, world):
    before = sorted(t for i in docker_client.images.list() for t in i.tags)
    for text in ("nginx 이미지 히스토리 지워", "remove the nginx image history", "docker history --format x nginx"):
        reply = bot.say(text)
        assert reply.status != "done" and not reply.cli, (text, reply)
    assert sorted(t for i in docker_client.images.list() for t in i.tags) == before
