"""`docker tag` end to end on the real engine (branch tag), the engine inspected after: a tag said in Korean, in English
or typed makes exactly that reference to the source image (its RepoTags, the same image ID) and nothing else; a
missing source is refused at the plan and never pulled; a tag moved off another image is asked first; a negated tag
makes nothing. Every tag made here is removed at the end (an untag: the fixture images keep their own names).
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import ACTOR, CHANNEL, Bot, check, uid

pytestmark = [pytest.mark.docker]


def _image(client: Any, ref: str) -> dict | None:
    """The engine's inspect of `ref`, None when there is none (a name docker cannot hold is refused with a 400:
    tests/test_e2e_tag_errors.py)."""
    from docker.errors import APIError, ImageNotFound, NotFound

    try:
        return client.api.inspect_image(ref)
    except (ImageNotFound, NotFound):
        return None
    except APIError as e:
        if e.status_code == 400:
            return None
        raise


def _tag_of(client: Any, cleanup: Any, source: str, reference: str) -> None:
    """The engine's word that `reference` now names `source`'s image (the same ID, in its RepoTags)."""
    made = _image(client, reference)
    assert made is not None, f"{reference} was not made"
    cleanup.image(reference)
    src = _image(client, source)
    assert src is not None and made["Id"] == src["Id"], (made["Id"], src and src["Id"])
    full = reference if ":" in reference.rsplit("/", 1)[-1] else reference + ":latest"
    assert full in (src.get("RepoTags") or []), src.get("RepoTags")


def _untag(client: Any, reference: str, keeps: str) -> None:
    """Remove the tag made (docker rmi of that reference only) and see the source keep its own name."""
    client.api.remove_image(reference)
    assert _image(client, reference) is None
    assert _image(client, keeps) is not None


def test_a_tag_said_in_korean_names_the_image(docker_client, world, cleanup):
    bot, ref = Bot(), f"alpine:gorae-{uid()}"
    reply = bot.say(f"alpine 이미지에 {ref} 태그 달아줘")
    check(reply, "ko", cli=f"docker tag alpine {ref}")
    _tag_of(docker_client, cleanup, "alpine", ref)
    _untag(docker_client, ref, "alpine:latest")


def test_a_tag_said_with_euro_and_hada(docker_client, world, cleanup):
    bot, ref = Bot(), f"busybox:gorae-{uid()}"
    reply = bot.say(f"busybox를 {ref}로 태그해줘")
    check(reply, "ko", cli=f"docker tag busybox {ref}")
    _tag_of(docker_client, cleanup, "busybox", ref)
    _untag(docker_client, ref, "busybox:latest")


def test_a_tag_said_in_english_to_another_repository(docker_client, world, cleanup):
    bot, ref = Bot(), f"gorae-e2e/alpine:{uid()}"
    reply = bot.say(f"tag alpine as {ref}")
    check(reply, "en", cli=f"docker tag alpine {ref}")
    _tag_of(docker_client, cleanup, "alpine", ref)
    _untag(docker_client, ref, "alpine:latest")


def test_a_typed_tag_without_a_tag_is_latest(docker_client, world, cleanup):
    bot, repo = Bot(), f"gorae-{uid()}/busybox"
    reply = bot.say(f"docker tag busybox {repo}")
    check(reply, "cli", cli=f"docker tag busybox {repo}")
    _tag_of(docker_client, cleanup, "busybox", repo)
    _untag(docker_client, repo + ":latest", "busybox:latest")


def test_a_missing_source_is_refused_and_never_pulled(docker_client, world, cleanup):
    bot, ghost = Bot(), f"ghost-{uid()}"
    for said in (f"docker tag {ghost} {ghost}:v1", f"{ghost} 이미지에 {ghost}:v1 태그 달아줘"):
        reply = bot.say(said)
        assert reply.status != "done" and not bot.asked, reply
    assert _image(docker_client, ghost) is None and _image(docker_client, f"{ghost}:v1") is None


def test_a_tag_moved_off_another_image_is_asked_first(docker_client, world, cleanup):
    ref = f"gorae-moved-{uid()}:v1"
    docker_client.api.tag("busybox", ref.split(":")[0], tag="v1")  # the name is busybox's first
    cleanup.image(ref)
    bot = Bot()
    reply = bot.say(f"docker tag alpine {ref}", yes=False)
    assert reply.status == "confirm" and len(bot.asked) == 1, reply
    assert _image(docker_client, ref)["Id"] == _image(docker_client, "busybox")["Id"]  # nothing ran on the question
    reply = bot.gorae.confirm(reply.pending, ACTOR, CHANNEL, yes=True)
    check(reply, "cli", cli=f"docker tag alpine {ref}")
    assert _image(docker_client, ref)["Id"] == _image(docker_client, "alpine")["Id"]
    assert _image(docker_client, "busybox:latest") is not None  # busybox keeps its own name
    _untag(docker_client, ref, "alpine:latest")


def test_a_negated_tag_makes_nothing(docker_client, world, cleanup):
    bot, ref = Bot(), f"alpine:gorae-{uid()}"
    reply = bot.say(f"alpine 이미지에 {ref} 태그 달지 마")
    assert reply.status != "done" or not reply.cli, reply
    assert _image(docker_client, ref) is None
