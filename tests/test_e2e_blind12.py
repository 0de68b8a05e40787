"""Kinds of wrong write found by wordings_fresh12.yaml (the twelfth table, written blind), end to end on the
real engine.

An image said in words by its last name ("push the hello-world image", "X 이미지 푸시해줘") that the engine
holds only under a namespace or registry pushes that image — it planned `docker push X`, an image that is not
on the engine (docker.io/library/X). Each test goes through the whole pipeline (Gorae.handle, confirmations
answered yes) and then looks at the local registry (127.0.0.1:5000): the very image is there. Names are unique
per test; `cleanup` removes what a test makes. Run under the e2e lock.
"""
from __future__ import annotations

import pytest
from test_e2e_core import REGISTRY, check, registry_tags, run_sdk, uid

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said, lang", [("push the {u} image", "en"), ("{u} 이미지 푸시해줘", "ko")])
def test_an_image_said_by_its_last_name_is_pushed_by_its_full_name(bot, docker_client, world, cleanup, said, lang):
    u = uid()
    repo = f"{REGISTRY}/e2e/{u}"
    maker = run_sdk(docker_client, cleanup, "busybox", command=["sh", "-c", f"echo {u} > /stamp"], start=False)
    docker_client.api.start(maker)
    docker_client.api.wait(maker, timeout=30)
    docker_client.api.commit(maker, repository=repo, tag="latest")
    cleanup.image(f"{repo}:latest")
    assert bot.plan_cli(said.format(u=u)) == [f"docker push {repo}"]
    reply = bot.say(said.format(u=u))
    check(reply, lang, cli=f"docker push {repo}")
    assert registry_tags(f"e2e/{u}") == ["latest"]


def test_two_images_of_that_last_name_push_nothing(bot, docker_client, world, cleanup):
    u = uid()
    maker = run_sdk(docker_client, cleanup, "busybox", command=["true"], start=False)
    for ns in ("e2e", "e2f"):
        docker_client.api.commit(maker, repository=f"{REGISTRY}/{ns}/{u}", tag="latest")
        cleanup.image(f"{REGISTRY}/{ns}/{u}:latest")
    reply = bot.say(f"push the {u} image")
    assert reply.status not in ("done", "confirm"), reply
    assert registry_tags(f"e2e/{u}") == [] and registry_tags(f"e2f/{u}") == []
