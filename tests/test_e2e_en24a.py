"""(en24a, tests/test_parse_en24a.py) An image's layers asked by its name alone ("layers of redis", "alpine 레이어
보여줘") end to end on the real engine: the engine's own image history compared with the reply's table, nothing on the
engine changed; a container's name said so ("history of cache", "web 히스토리 보여줘") is asked back, nothing runs.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, check, container_names

pytestmark = [pytest.mark.docker]


def _engine_rows(client, image: str) -> list[str]:
    ids = [str(layer.get("Id") or "<missing>") for layer in client.api.history(image)]
    return [i if i == "<missing>" else i.split(":", 1)[-1][:12] for i in ids]


def test_layers_of_an_image_said_by_its_name_alone(bot, docker_client, world):
    before = container_names(docker_client)
    for text, lang, image in (("layers of redis", "en", "redis"), ("history of nginx", "en", "nginx"),
                              ("redis 레이어 보여줘", "ko", "redis")):
        reply = bot.say(text)
        check(reply, lang, cli=f"docker history {image}")
        assert reply.table is not None and [r[0] for r in reply.table.rows] == _engine_rows(docker_client, image), text
    assert container_names(docker_client) == before


@pytest.mark.parametrize("said", ["history of cache", "web 히스토리 보여줘", "delete the layers of redis"])
def test_a_containers_history_is_asked_and_runs_nothing(bot, docker_client, world, said):
    assert_touches_nothing(bot, docker_client, said)
