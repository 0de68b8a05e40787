"""reason26 on the real engine: "please wipe the V volume, it is old" removes V and never a volume named old (made here
when none is there, so that the wrong reading would have found it); "remove the I image, it is old" likewise for an
image tag."""
from __future__ import annotations

import pytest
from test_e2e_core import uid

pytestmark = [pytest.mark.docker]


def _volumes(client) -> set[str]:
    return {v.name for v in client.volumes.list()}


def test_a_reason_after_a_volume_removal_removes_nothing_else(bot, docker_client, world, cleanup):
    name = uid()
    cleanup.volume(docker_client.volumes.create(name))
    if "old" not in _volumes(docker_client):
        cleanup.volume(docker_client.volumes.create("old"))
    reply = bot.say(f"please wipe the {name} volume, it is old")
    assert reply.status == "done" and list(reply.cli) == [f"docker volume rm {name}"], reply
    assert name not in _volumes(docker_client) and "old" in _volumes(docker_client)


def test_a_reason_after_an_image_removal_removes_nothing_else(bot, docker_client, world, cleanup):
    ref = f"alpine:{uid()}"
    docker_client.api.tag("alpine", ref.split(":")[0], ref.split(":")[1])
    cleanup.image(ref)
    from docker.errors import ImageNotFound

    try:
        docker_client.api.inspect_image("old:latest")
    except ImageNotFound:
        docker_client.api.tag("alpine", "old", "latest")
        cleanup.image("old:latest")
    reply = bot.say(f"remove the {ref} image, it is old")
    assert reply.status == "done" and list(reply.cli) == [f"docker rmi {ref}"], reply
    assert docker_client.api.inspect_image("old:latest")["Id"]  # still there
    from docker.errors import ImageNotFound

    with pytest.raises(ImageNotFound):
        docker_client.api.inspect_image(ref)


def test_the_aim_after_so_runs_nothing_of_its_own(bot, docker_client, world, cleanup):
    name = uid()
    cleanup.volume(docker_client.volumes.create(name))
    reply = bot.say(f"remove {name} volume so we start clean")
    assert reply.status == "done" and list(reply.cli) == [f"docker volume rm {name}"], reply
    assert name not in _volumes(docker_client)
