"""docker volume/network/image prune, said in Korean, English and as a docker command, run end to end
on the real engines (Engine 20.10 and 26.1), the engine inspected afterwards.

A prune removes what the user's command removes on the shared engine — the fixture world's unused
volumes db and pgdata and its network backend too (no world container mounts or joins them): the
`world` fixture of the next test (and this file's teardown) makes them again
(tests/fixtures_engine.ensure_world). Run under /tmp/gorae-e2e.lock only.

Engine API 1.42 (Engine 23) changed `docker volume prune`: without `--all` it removes anonymous
volumes only. The tests check what docker does on each engine; gorae's question lists every unused
volume (the most that can go: the policy checks each)."""
from __future__ import annotations

import uuid
from typing import Any

import fixtures_engine
import pytest

from bot.model import Actor, Reply, Request
from bot.pipeline import Gorae

pytestmark = [pytest.mark.docker, pytest.mark.all_engines]

ACTOR = Actor("local:test", local=True)
CHANNEL = "terminal"
LANGS = ["ko", "en", "cli"]
IDLE = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]
VOLUME = {"ko": "안 쓰는 볼륨 정리해줘", "en": "prune unused volumes", "cli": "docker volume prune -f"}
NETWORK = {"ko": "안 쓰는 네트워크 정리", "en": "remove unused networks", "cli": "docker network prune"}
IMAGE = {"ko": "이미지 프룬 해줘", "en": "clean up dangling images", "cli": "docker image prune -f"}


def uid() -> str:
    return "e2e-prune-" + uuid.uuid4().hex[:8]


def say(text: str) -> tuple[Reply, Reply]:
    """The question gorae asks (a prune is always confirmed), then the answer to yes."""
    gorae = Gorae()
    asked = gorae.handle(Request(text, ACTOR, channel=CHANNEL, source="cli"))
    assert asked.status == "confirm" and asked.pending, asked
    return asked, gorae.confirm(asked.pending, ACTOR, CHANNEL, yes=True)


def api_at_least(client: Any, version: tuple[int, int]) -> bool:
    v = str(client.version().get("ApiVersion", "0.0"))
    return tuple(int(p) for p in v.split(".")[:2]) >= version


def volumes(client: Any) -> set[str]:
    return {v["Name"] for v in client.api.volumes().get("Volumes") or []}


@pytest.fixture
def repaired(docker_client: Any) -> Any:
    """The fixture world made again after the test (its unused volumes and network are pruned)."""
    yield
    fixtures_engine.ensure_world(docker_client)


@pytest.mark.parametrize("lang", LANGS)
def test_volume_prune(lang, docker_client, world, cleanup, repaired):
    api = docker_client.api
    used = cleanup.volume(uid())
    api.create_volume(used)
    holder = cleanup.container(api.create_container("alpine", ["true"], name=uid(),
                                                     host_config=api.create_host_config(binds=[f"{used}:/u"]))["Id"])
    unused = cleanup.volume(uid())
    api.create_volume(unused)
    # an anonymous volume left behind: its container removed without -v
    gone = api.create_container("alpine", ["true"], volumes=["/data"], name=uid())["Id"]
    anon = next(m["Name"] for m in api.inspect_container(gone)["Mounts"] if m["Type"] == "volume")
    cleanup.volume(anon)
    api.remove_container(gone)
    assert anon in volumes(docker_client)

    asked, reply = say(VOLUME[lang])
    assert asked.cli == ("docker volume prune",) and asked.lang == ("ko" if lang == "ko" else "en")
    question = " ".join((asked.headline, *asked.notes))
    assert unused in question and used not in question, question
    assert reply.status == "done", reply
    assert reply.code and reply.code.startswith("Deleted Volumes:") and anon in reply.code, reply.code
    assert "Total reclaimed space:" in reply.code

    left = volumes(docker_client)
    assert anon not in left and used in left
    assert api.inspect_container(holder)["Mounts"][0]["Name"] == used
    # Engine 20.10 removes every unused volume; API 1.42+ anonymous ones only (docker's own change)
    assert (unused in left) == api_at_least(docker_client, (1, 42))


@pytest.mark.parametrize("lang", LANGS)
def test_network_prune(lang, docker_client, world, cleanup, repaired):
    api = docker_client.api
    unused = cleanup.network(uid())
    api.create_network(unused, driver="bridge")
    used = cleanup.network(uid())
    api.create_network(used, driver="bridge")
    holder = cleanup.container(api.create_container(
        "alpine", IDLE, name=uid(), host_config=api.create_host_config(network_mode=used))["Id"])
    api.start(holder)
    # a network only a created (never started) container names has no endpoint: docker prunes it
    idle = cleanup.network(uid())
    api.create_network(idle, driver="bridge")
    cleanup.container(api.create_container("alpine", ["true"], name=uid(),
                                           host_config=api.create_host_config(network_mode=idle))["Id"])

    asked, reply = say(NETWORK[lang])
    assert asked.cli == ("docker network prune",)
    question = " ".join((asked.headline, *asked.notes))
    assert unused in question and idle in question and used not in question, question
    assert reply.status == "done", reply
    assert reply.code and reply.code.startswith("Deleted Networks:"), reply.code
    assert {unused, idle} <= set(reply.code.splitlines())

    names = {n["Name"] for n in api.networks()}
    assert unused not in names and idle not in names and used in names and {"bridge", "host", "none"} <= names
    assert used in api.inspect_container(holder)["NetworkSettings"]["Networks"]


@pytest.mark.parametrize("lang", LANGS)
def test_image_prune_removes_a_dangling_image_and_keeps_tagged_ones(lang, docker_client, world, cleanup, repaired):
    api = docker_client.api
    repo = uid()
    box = cleanup.container(api.create_container("alpine", ["true"], name=uid())["Id"])
    first = api.commit(box, repository=repo, tag="x")["Id"]
    api.commit(box, repository=repo, tag="x", message="again")  # the tag moves: the first is dangling
    cleanup.image(f"{repo}:x")
    assert not api.inspect_image(first)["RepoTags"]

    asked, reply = say(IMAGE[lang])
    assert asked.cli == ("docker image prune",)
    assert first.removeprefix("sha256:")[:12] in " ".join((asked.headline, *asked.notes))
    assert reply.status == "done", reply
    assert reply.code and f"deleted: {first}" in reply.code, reply.code

    ids = {i["Id"] for i in api.images(all=True)}
    assert first not in ids
    assert api.inspect_image(f"{repo}:x")["RepoTags"] == [f"{repo}:x"]  # tagged: kept
    assert api.inspect_image("alpine:latest")  # used by a container and tagged: kept
