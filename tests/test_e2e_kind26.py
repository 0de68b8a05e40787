"""kind26 on the real engine: a container and a volume of one name; "N 볼륨 말고 컨테이너 삭제해" removes the container
and keeps the volume, "N 컨테이너 말고 볼륨 지워줘" removes the volume and keeps the container (each through the whole
pipeline, the removal confirmed yes); "N 볼륨만 말고 컨테이너도 지워" changes nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, uid

pytestmark = [pytest.mark.docker]


def _both(docker_client, cleanup) -> str:
    name = uid()
    cleanup.volume(docker_client.volumes.create(name))
    cleanup.container(docker_client.containers.create("alpine", name=name))
    return name


def _volumes(docker_client) -> set[str]:
    return {v.name for v in docker_client.volumes.list()}


def test_the_container_not_the_volume(bot, docker_client, world, cleanup):
    name = _both(docker_client, cleanup)
    reply = bot.say(f"{name} 볼륨 말고 컨테이너 삭제해")
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker rm {name}"], reply
    assert name not in container_names(docker_client) and name in _volumes(docker_client)


def test_the_volume_not_the_container(bot, docker_client, world, cleanup):
    name = _both(docker_client, cleanup)
    reply = bot.say(f"remove the {name} volume, not the container")
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker volume rm {name}"], reply
    assert name in container_names(docker_client) and name not in _volumes(docker_client)


@pytest.mark.parametrize("say", ["{n} 볼륨만 말고 컨테이너도 지워", "{n} 볼륨 말고 컨테이너 삭제하지 마"])
def test_near_misses_remove_nothing(bot, docker_client, world, cleanup, say):
    name = _both(docker_client, cleanup)
    reply = bot.say(say.format(n=name), yes=False)
    assert not reply.cli and reply.status not in ("done", "confirm"), reply
    assert name in container_names(docker_client) and name in _volumes(docker_client)
