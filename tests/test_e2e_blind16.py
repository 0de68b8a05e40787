"""The wrong-write kinds of tests/test_parse_blind16.py end to end on the real engine, the engine inspected after:
A. the containers asked by the image they run ("which containers run from IMG", "… on port 80"): a listing, or a
   refusal when more is said — never a container run from IMG (it planned `docker run -d IMG`);
B. whether gorae can run something, asked of a bare run ("can you run IMG?", "IMG 실행할 수 있어?"): asked back, and
   unanswered nothing runs — no container of IMG (it planned `docker run -d kubectl`);
C. after a tag, "it" is the name given ("tag IMG as REGISTRY/e2e/U and push it"; Korean 올리다 after a tag with a
   registry's host): that name is in the local registry, and no container is run from it (it pushed IMG itself, and
   the Korean one ran the new name).
Images are made per test from busybox (unique names; `cleanup` removes them). Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import REGISTRY, Bot, check, registry_tags, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _image(client: Any, cleanup: Any) -> str:
    """A local image of a name no other test has (busybox's file system, committed)."""
    name = uid()
    maker = run_sdk(client, cleanup, "busybox", command=["true"], start=False)
    client.api.commit(maker, repository=name, tag="latest")
    cleanup.image(f"{name}:latest")
    return name


def _runs_of(client: Any, image: str) -> list[Any]:
    return client.api.containers(all=True, filters={"ancestor": image})


def test_a_asked_by_image_is_listed_never_run(docker_client, world, cleanup):
    image = _image(docker_client, cleanup)
    bot = Bot(docker_client)
    reply = bot.say(f"which containers run from {image}")
    check(reply, "en", cli=f"docker ps --filter ancestor={image}")
    reply = bot.say(f"which containers run from {image} on port 80")
    assert reply.status not in ("done", "confirm"), reply
    assert _runs_of(docker_client, image) == []


@pytest.mark.parametrize("said, lang", [("can you run {i}?", "en"), ("{i} 실행할 수 있어?", "ko")])
def test_b_ability_asked_is_asked_back_and_runs_nothing(docker_client, world, cleanup, said, lang):
    image = _image(docker_client, cleanup)
    bot = Bot(docker_client)
    reply = bot.say(said.format(i=image), yes=False)
    check(reply, lang, cli=f"docker run -d {image}", status="confirm")
    assert _runs_of(docker_client, image) == []


@pytest.mark.parametrize("said, lang, tag", [
    ("tag {i} as {ref} and push it", "en", "latest"),
    ("{i}를 {ref}로 태그하고 올려 줘", "ko", "qa"),
])
def test_c_after_a_tag_it_is_the_name_given(docker_client, world, cleanup, said, lang, tag):
    image = _image(docker_client, cleanup)
    u = uid()
    ref = f"{REGISTRY}/e2e/{u}" + (f":{tag}" if tag != "latest" else "")
    cleanup.image(f"{REGISTRY}/e2e/{u}:{tag}")
    bot = Bot(docker_client)
    reply = bot.say(said.format(i=image, ref=ref))
    check(reply, lang, cli=[f"docker tag {image} {ref}", f"docker push {ref}"])
    assert registry_tags(f"e2e/{u}") == [tag]
    assert _runs_of(docker_client, f"{REGISTRY}/e2e/{u}:{tag}") == [] and _runs_of(docker_client, image) == []
