"""The image OF a container (issue 8, branch gram9), end to end on the real engine.

"remove X's image" / "X의 이미지 지워" removes the image X was made from (its Config.Image, read from the engine:
`docker rmi REPO:TAG`), never an image named like the container; "X 이미지 지워" with X a container and no
image X runs nothing (asked, its image named). Each test makes a container of a tag of its own (a second tag
of busybox: untagging it is no in-use conflict) and looks at the engine afterwards.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import check, exists, remove_image, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _tagged(client: Any) -> str:
    """A tag of busybox of this test's own: REPO:v1."""
    repo = uid()
    client.images.get("busybox").tag(repo, "v1")
    return f"{repo}:v1"


def _has_image(client: Any, ref: str) -> bool:
    from docker.errors import ImageNotFound

    try:
        client.images.get(ref)
    except ImageNotFound:
        return False
    return True


@pytest.mark.parametrize("say, lang", [("remove {n}'s image", "en"), ("{n}의 이미지 지워줘", "ko"),
                                       ("{n} 컨테이너 이미지 삭제", "ko")])
def test_the_image_of_a_container_is_its_config_image(say, lang, bot, docker_client, world, cleanup):
    ref = _tagged(docker_client)
    try:
        n = run_sdk(docker_client, cleanup, ref, command=["sleep", "3600"], start=False)
        assert docker_client.api.inspect_container(n)["Config"]["Image"] == ref
        reply = bot.say(say.format(n=n))
        check(reply, lang, cli=f"docker rmi {ref}")
        assert bot.asked, "a removal is confirmed first"
        assert not _has_image(docker_client, ref), f"{ref} still tagged"
        assert _has_image(docker_client, "busybox"), "the image itself stays (only the tag was removed)"
        assert exists(docker_client, n), "the container is left alone"
    finally:
        remove_image(docker_client, ref)


def test_a_containers_name_as_the_image_runs_nothing(bot, docker_client, world, cleanup):
    """"X 이미지 지워" / "delete the image X runs", X a container, no image X: nothing runs (the reply names its
    image), never `docker rmi X`."""
    ref = _tagged(docker_client)
    try:
        n = run_sdk(docker_client, cleanup, ref, command=["sleep", "3600"], start=False)
        for text in (f"{n} 이미지 지워", f"delete the image {n} runs"):
            reply = bot.say(text)
            assert reply.status not in ("done", "confirm"), reply
            assert ref in reply.headline + " ".join(reply.notes), reply
        assert _has_image(docker_client, ref) and exists(docker_client, n)
    finally:
        remove_image(docker_client, ref)
