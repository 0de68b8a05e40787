"""`docker tag` refused by the real engine (branch newbie), its error translated once (bot/engine/docker_errors.py),
the engine inspected after: nothing was tagged.

- the source gone between the plan and the call (the plan checked it was there; someone removed it meanwhile): the
  engine's 404 is "there is no image SOURCE", in the asker's language;
- a new name the engine refuses though gorae's own check lets it through (a name over docker's 255 characters):
  the sentence names the NEW name, never the source, in Korean and in English.

The payloads of both engines are in tests/data/engine_errors.yaml (tests/capture_engine_errors.py, cases tag_*;
tests/test_engine_errors.py replays them). Only images made here are touched: a tag of alpine made for the test
and removed at the end (alpine keeps its own name). Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import Bot, uid
from test_e2e_tag import _image

from bot.engine.execute import execute
from bot.messages import text
from bot.model import Plan

pytestmark = [pytest.mark.docker]


def _own_source(client: Any, cleanup: Any) -> str:
    """An image reference of this test's own: alpine tagged gorae-newbie-…:src."""
    repo = f"gorae-newbie-{uid()}"
    assert client.api.tag("alpine:latest", repo, tag="src")
    ref = f"{repo}:src"
    cleanup.image(ref)
    return ref


def test_a_source_removed_after_the_plan_is_no_such_image(docker_client, world, cleanup):
    bot = Bot()
    repo = f"gorae-newbie-{uid()}"
    source, made = f"{repo}:src", f"{repo}:v1"
    cleanup.image(source)  # removed by the test itself; left behind only if it fails
    for said, lang in ((f"docker tag {source} {made}", "cli"), (f"{source} 이미지에 {made} 태그 달아줘", "ko")):
        docker_client.api.tag("alpine:latest", repo, tag="src")
        planned = bot.gorae.explain(said).planned
        assert isinstance(planned, Plan) and list(planned.cli) == [f"docker tag {source} {made}"], planned
        assert planned.command.lang == lang
        docker_client.api.remove_image(source)  # gone meanwhile
        out = execute(planned, docker_client)
        assert not out.ok and out.message is not None and out.message.key == "err.no_such_image", out
        assert out.message.kw()["name"] == source
        assert text(out.message, "en") == (f"There is no image `{source}` on this engine; pull it first with "
                                           f"`docker pull {source}`.")
        assert text(out.message, "ko") == f"`{source}` 이미지가 이 엔진에 없습니다. 먼저 `docker pull {source}`으로 받아 주세요."
        assert _image(docker_client, made) is None and _image(docker_client, source) is None
    assert _image(docker_client, "alpine:latest") is not None


@pytest.mark.parametrize("lang", ["en", "ko", "cli"])
def test_a_name_the_engine_refuses_names_the_new_name(docker_client, world, cleanup, lang):
    bot, source = Bot(), _own_source(docker_client, cleanup)
    made = "gorae-newbie-" + "a" * 250 + ":v1"  # 263 characters: docker's names stop at 255
    said = {"en": f"tag {source} as {made}", "ko": f"{source} 이미지에 {made} 태그 달아줘",
            "cli": f"docker tag {source} {made}"}[lang]
    reply = bot.say(said)
    assert reply.status == "failed", reply
    words = " ".join((reply.headline, *reply.notes))
    if lang == "ko":
        assert f"`{made}`은(는) 이미지 태그로 쓸 수 없어 `{source}`에 태그를 달지 않았습니다." in words, words
    else:
        assert f"`{made}` cannot name an image, so `{source}` was not tagged" in words, words
    assert "Traceback" not in words
    assert _image(docker_client, made) is None
    assert _image(docker_client, source) is not None  # the source untouched
