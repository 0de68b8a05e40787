"""The kinds of tests/test_parse_w2vol.py end to end on the real engine, the engine inspected after:
A. the containers that mount a volume, asked ("which containers mount VOL", "VOL 볼륨 누가 쓰고 있어?"): the listing
   filtered by the volume holds the container that mounts it, and only it (it planned `docker volume inspect VOL`);
B. the containers of an image, asked ("list containers from the IMG image", "IMG 이미지 컨테이너 보여줘"): the listing
   filtered by ancestor holds the container run from it (it planned `docker image inspect IMG`);
C. a write said of those containers ("remove containers from the IMG image", "IMG 이미지 컨테이너 지워"): refused — the
   image and its container are still there (it planned `docker rmi IMG`, a wrong write).
Images, volumes and containers are made per test (unique names; `cleanup` removes them). Run under
/tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import IDLE, Bot, check, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _listed(reply: Any) -> str:
    """The listing's rows as one text (the table of `docker ps`)."""
    assert reply.table is not None, reply
    return " ".join(" ".join(map(str, row)) for row in reply.table.rows)


def _image(client: Any, cleanup: Any) -> str:
    """A local image of a name no other test has (busybox's file system, committed)."""
    name = uid()
    maker = run_sdk(client, cleanup, "busybox", command=["true"], start=False)
    client.api.commit(maker, repository=name, tag="latest")
    cleanup.image(f"{name}:latest")
    return name


@pytest.mark.parametrize("said, lang", [("which containers mount {v}", "en"), ("{v} 볼륨 누가 쓰고 있어요?", "ko")])
def test_a_mounting_containers_listed(docker_client, world, cleanup, said, lang):
    vol = cleanup.volume(uid())
    docker_client.volumes.create(vol)
    user = run_sdk(docker_client, cleanup, "busybox", volumes={vol: {"bind": "/v", "mode": "rw"}})
    other = run_sdk(docker_client, cleanup, "busybox")
    reply = Bot(docker_client).say(said.format(v=vol))
    check(reply, lang, cli=f"docker ps --filter volume={vol}")
    words = _listed(reply)
    assert user in words and other not in words, words
    assert vol in [v.name for v in docker_client.volumes.list()]  # read only: the volume is still there


@pytest.mark.parametrize("said, lang", [("list containers from the {i} image", "en"), ("{i} 이미지 컨테이너 보여줘", "ko")])
def test_b_image_containers_listed(docker_client, world, cleanup, said, lang):
    image = _image(docker_client, cleanup)
    runner = run_sdk(docker_client, cleanup, image, command=IDLE)
    other = run_sdk(docker_client, cleanup, "busybox")
    reply = Bot(docker_client).say(said.format(i=image))
    check(reply, lang, cli=f"docker ps --filter ancestor={image}")
    words = _listed(reply)
    assert runner in words and other not in words, words


@pytest.mark.parametrize("said, lang", [("remove containers from the {i} image", "en"), ("{i} 이미지 컨테이너 지워", "ko")])
def test_c_write_of_image_containers_never_removes_the_image(docker_client, world, cleanup, said, lang):
    image = _image(docker_client, cleanup)
    runner = run_sdk(docker_client, cleanup, image, command=IDLE)
    bot = Bot(docker_client)
    reply = bot.say(said.format(i=image), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert not bot.asked
    assert docker_client.images.get(f"{image}:latest")  # the image is still there
    assert docker_client.containers.get(runner).status == "running"
