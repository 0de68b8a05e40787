"""untagged26 on the real engine: "태그 없는 이미지 정리해" (untagged, said in Korean) is docker image prune — the dangling
image removed, tagged ones kept — and "태그 없는 이미지 보여줘" lists only the dangling ones (--filter dangling=true),
never every image."""
from __future__ import annotations

import pytest
from test_e2e_core import uid
from test_e2e_prune import repaired, say  # noqa: F401  (the fixture, used by name)

pytestmark = [pytest.mark.docker]


def _dangling(docker_client, cleanup) -> tuple[str, str]:
    api = docker_client.api
    repo = uid()
    box = cleanup.container(api.create_container("alpine", ["true"], name=uid())["Id"])
    first = api.commit(box, repository=repo, tag="x")["Id"]
    api.commit(box, repository=repo, tag="x", message="again")  # the tag moves: the first is dangling
    cleanup.image(f"{repo}:x")
    assert not api.inspect_image(first)["RepoTags"]
    return first, f"{repo}:x"


def test_untagged_images_pruned(docker_client, world, cleanup, repaired):  # noqa: F811
    first, tagged = _dangling(docker_client, cleanup)
    asked, reply = say("태그 없는 이미지 정리해")
    assert asked.cli == ("docker image prune",), asked
    assert reply.status == "done" and reply.code and f"deleted: {first}" in reply.code, reply
    assert first not in {i["Id"] for i in docker_client.api.images(all=True)}
    assert docker_client.api.inspect_image(tagged)["RepoTags"] == [tagged]


def test_untagged_images_listed(bot, docker_client, world, cleanup):
    first, tagged = _dangling(docker_client, cleanup)
    reply = bot.say("태그 없는 이미지 보여줘")
    assert reply.status == "done" and list(reply.cli) == ["docker images --filter dangling=true"], reply
    shown = str(reply.table) + str(reply.code)
    assert first.removeprefix("sha256:")[:12] in shown and tagged.split(":")[0] not in shown, shown
