"""A fake EngineView holding the corpus fixture world (tests/corpus/dev.yaml header).

For unit tests of plan only: real-engine claims are made by the docker-marked tests.
"""
from __future__ import annotations

import re

from bot.engine.named import DEFAULT, Engines, EngineSpec
from bot.engine.view import ContainerInfo, ImageInfo, ServiceSpecInfo
from bot.pipeline import Gorae

IMAGES = {
    "nginx:latest": ("80/tcp",),
    "httpd:latest": ("80/tcp",),
    "redis:latest": ("6379/tcp",),
    "mysql:5.7": ("3306/tcp", "33060/tcp"),
    "postgres:16": ("5432/tcp",),
    "alpine:latest": (),
    "ubuntu:focal": (),
    "busybox:latest": (),
    "fastcampus/hello-world:latest": ("80/tcp",),
}
# the registry the fake engine pulls from: every local image, and some that are only there
REGISTRY = {**IMAGES, "nginx:1.25": ("80/tcp",), "hello-pull:latest": ()}
CONTAINERS = [
    ("web", "nginx", "running"),
    ("my-nginx", "nginx", "running"),
    ("cache", "redis", "running"),
    ("db", "mysql:5.7", "created"),
    ("my-volume", "ubuntu:focal", "running"),
    ("data", "alpine", "running"),
]


def _full(ref: str) -> str:
    last = ref.rsplit("/", 1)[-1]
    return ref if ":" in last else ref + ":latest"


_TASK = re.compile(r"(.+)\.[0-9a-z]+\.[0-9a-z]{25}")


def _task_service(name: str) -> str | None:
    found = _TASK.fullmatch(name)
    return found.group(1) if found else None


class FakeView:
    available = True

    def __init__(self, containers=CONTAINERS, images=IMAGES, networks=("bridge", "host", "none", "backend"),
                 volumes=("db", "pgdata"), registry=REGISTRY, services=None,
                 previous: dict[str, ServiceSpecInfo] | None = None) -> None:
        # a container named SERVICE.SLOT.TASKID is a task of SERVICE (the engine says so by the
        # label com.docker.swarm.service.name; the fake by the name swarm gives it)
        self._containers = [ContainerInfo(f"{i:02d}" + "ab" * 31, n, img, st, service=_task_service(n))
                            for i, (n, img, st) in enumerate(containers)]
        self._previous = dict(previous or {})  # service -> the spec a rollback brings back
        self._images = dict(images)
        self._networks = list(networks)
        self._volumes = list(volumes)
        self._registry = dict(registry)  # ref -> EXPOSEd ports in the registry (image not local)
        self.registry_reads: list[str] = []
        self._services = None if services is None else list(services)  # None: not a swarm manager

    def container(self, name):
        return None  # as an engine view that only lists: the plan asks containers()

    def containers(self):
        return list(self._containers)

    def image(self, ref):
        ports = self._images.get(_full(ref))
        if ports is None:
            return None
        return ImageInfo("sha256:" + _full(ref), (_full(ref),), tuple(ports))

    def images(self):
        return [ImageInfo("sha256:" + r, (r,), p) for r, p in self._images.items()]

    def networks(self):
        return list(self._networks)

    def volumes(self):
        return list(self._volumes)

    def services(self):
        return None if self._services is None else list(self._services)

    def previous_service_spec(self, name):
        return self._previous.get(name)

    def registry_exposed(self, ref):
        """The registry's EXPOSE for an image not on the fake engine; None: unreadable."""
        self.registry_reads.append(ref)
        ports = self._registry.get(_full(ref))
        return None if ports is None else tuple(ports)


class FakeGorae(Gorae):
    """A Gorae whose every engine view is `view`: `Gorae.explain` — the path of `gorae explain --json`
    (engine clauses, sequences, complaints, proposals) — without an engine. One engine only, the
    environment's default (as `gorae explain` with no docker contexts): "… on prod-9" names no engine."""

    def __init__(self, view: FakeView | None = None) -> None:
        super().__init__(engines=Engines({DEFAULT: EngineSpec(DEFAULT, "unix:///fake.sock", source="env")}, DEFAULT))
        self._fake = view if view is not None else FakeView()

    def view(self, engine: str | None = None) -> FakeView:
        return self._fake
