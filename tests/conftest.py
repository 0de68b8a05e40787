"""Shared pytest fixtures: the real Docker engine of scripts/engine.sh.

    engine         which engine a test runs on (EngineUnderTest: label, DOCKER_HOST); a module
                   marked `all_engines` runs each test on both engines — "20.10" (the first
                   engine: DOCKER_HOST or the default socket) and "26.1" (scripts/engine.sh
                   start-b: unix:///var/run/docker-b.sock, or GORAE_ENGINE_B_HOST); other tests
                   run on the first engine only. DOCKER_HOST is set to the test's engine, so
                   gorae (in-process or `gorae ...` subprocesses) talks to it too.
    docker_client  session-scoped docker SDK client; skips (fails when CI=true) without an engine
    world          the fixture world of tests/corpus/dev.yaml, repaired before each test
    cleanup        removes what a test registers (or adopts) when the test ends
    free_port      a free TCP port on 127.0.0.1, to publish a container on
    http_get       http_get(port, path='/') -> HttpReply, to 127.0.0.1 only, retrying a few seconds
    deploy_images  the deploy tests' images (gorae, PostgreSQL, the Debian base) on any engine, made once
                   per run and removed at its end (tests/deploy_images.py)

Tests that use `docker_client` (directly or through another fixture) get the
`docker` marker, so `pytest -m 'not docker'` runs without an engine.
Reach containers only through ports published on 127.0.0.1, never the bridge's 172.x.
"""
from __future__ import annotations

import http.client
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

sys.path.insert(0, os.path.dirname(__file__))  # fixtures_engine sits next to this file

from deploy_images import DeployImages  # the deploy tests' images (stdlib only: cheap to import)
from hypothesis_pinned import pin
from pg import pg_database, pg_private, pg_url  # noqa: F401  PostgreSQL fixtures (tests/pg.py)

pin()  # derandomized properties draw the same examples in any group of tests (tests/hypothesis_pinned.py)
# On CI every property draws from a fixed seed (a profile: settings written on a test keep theirs): the examples a run
# checks are the same in every run, so a failure is the code's, reproducible, never a lucky draw (session 21's CI drew
# "nuke every exited; container" once, a case every run before had missed). Engineers' own runs keep drawing anew and
# find such cases first.
if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True)
    _hypothesis_settings.load_profile("ci")


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "docker_client" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.docker)
        if "pg_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session", autouse=True)
def _gorae_state_dir(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A state directory of this test session (shared rate-limit counts, Slack dedup), so that
    test runs never count against each other or a real gorae (unless GORAE_STATE_DIR is set)."""
    if os.environ.get("GORAE_STATE_DIR"):
        yield
        return
    os.environ["GORAE_STATE_DIR"] = str(tmp_path_factory.mktemp("gorae-state"))
    yield
    os.environ.pop("GORAE_STATE_DIR", None)


# --- the engines -----------------------------------------------------------------

@dataclass(frozen=True)
class EngineUnderTest:
    label: str           # "20.10" / "26.1": the Engine version it must report; "" = whatever answers
    host: str            # its DOCKER_HOST
    start: str           # how to start it, for the skip / failure message


FIRST_HOST = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
ENGINES: dict[str, EngineUnderTest] = {
    "20.10": EngineUnderTest("20.10", FIRST_HOST, "make engine"),
    "26.1": EngineUnderTest("26.1", os.environ.get("GORAE_ENGINE_B_HOST") or "unix:///var/run/docker-b.sock",
                            "make engine-b"),
}
DEFAULT_ENGINE = EngineUnderTest("", FIRST_HOST, "make engine")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs the test PostgreSQL (scripts/pg.sh; tests/pg.py)")
    config.addinivalue_line("markers", "all_engines: run each test on every engine of conftest.ENGINES")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("all_engines"):
        metafunc.parametrize("engine", list(ENGINES), indirect=True, scope="session", ids=lambda e: f"engine{e}")


@pytest.fixture(scope="session")
def engine(request: pytest.FixtureRequest) -> EngineUnderTest:
    """The engine this test runs on (see the module docstring)."""
    label = getattr(request, "param", None)
    return ENGINES[label] if label else DEFAULT_ENGINE


@pytest.fixture(autouse=True)
def _docker_host_of_the_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test on an engine: gorae's own clients (DOCKER_HOST) go to that engine too."""
    if "engine" in request.fixturenames:
        engine = request.getfixturevalue("engine")
        if isinstance(engine, EngineUnderTest):  # not a test's own parameter of that name
            monkeypatch.setenv("DOCKER_HOST", engine.host)


@pytest.fixture
def bot(docker_client: Any) -> Any:
    """gorae driven as a chat user (tests/test_e2e_core.py `Bot`: handle(), confirm() when asked), with its
    own client from DOCKER_HOST / the default socket, as gorae makes it. A test file may define its own."""
    from test_e2e_core import Bot

    return Bot()


@pytest.fixture(scope="session")
def docker_client(engine: EngineUnderTest) -> Any:
    """A docker SDK client to the test's engine, which must answer (and be the version it is named for)."""
    import docker  # not at import time: tests without an engine stay fast

    try:
        client = docker.from_env(environment={**os.environ, "DOCKER_HOST": engine.host}, version="auto", timeout=120)
        client.ping()
        version = str(client.version().get("Version", ""))
    except Exception as e:  # DockerException, connection refused, permission denied, ...
        msg = f"no Docker engine reachable at {engine.host} ({e}); run `{engine.start}` (as root) to start it"
        if _ci():
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    if engine.label and not version.startswith(engine.label + "."):
        client.close()
        pytest.fail(f"the engine at {engine.host} is Engine {version}, not {engine.label}", pytrace=False)
    if _ci():
        _remove_strays(client)
    yield client
    client.close()


def _remove_strays(client: Any) -> None:
    """Under CI, before the first test on an engine: the containers an earlier run left behind (no world label:
    tests/fixtures_engine.py WORLD_LABEL) are removed, with their anonymous volumes. CI runs on the same machine as
    before, on the same engine data; a run cut short left `al-enga-…` (alpine) and an unnamed container, and the next
    run read "alpine 컨테이너에서 …" with two alpine containers and the tables' exclusions ("all but web") with two
    more names. Outside CI the engine may hold a developer's own containers: nothing is removed."""
    import fixtures_engine

    for c in client.containers.list(all=True, ignore_removed=True):
        if (c.labels or {}).get(fixtures_engine.WORLD_LABEL) != "1":
            try:
                c.remove(force=True, v=True)
                print(f"conftest: removed {c.name}, a container an earlier run left", file=sys.stderr)
            except Exception as e:  # gone meanwhile, or the engine refuses: the tests will say so
                print(f"conftest: could not remove {c.name}: {e}", file=sys.stderr)


@pytest.fixture
def world(docker_client: Any) -> Any:
    """The fixture world (same logic as `scripts/engine.sh world`); returns a WorldState."""
    import fixtures_engine

    return fixtures_engine.ensure_world(docker_client)


class Cleanup:
    """Tracks what a test creates and removes it afterwards.

    Example:
        name = cleanup.container("t-web")           # removed (force, with its volumes) at the end
        cleanup.network("t-net"); cleanup.volume("t-vol"); cleanup.image("hello-pull")
        made = cleanup.adopt_new()                   # everything created since the test began

    Removal order: containers, networks, volumes, images. Missing objects are fine;
    other failures are reported at teardown. Fixture images (nginx, alpine, ...) are
    never removed: the world fixture restores them if a test removes one itself.
    """

    def __init__(self, client: Any) -> None:
        self.client = client
        self.containers: list[str] = []
        self.networks: list[str] = []
        self.volumes: list[str] = []
        self.images: list[str] = []
        self._before = self._snapshot()

    def _snapshot(self) -> dict[str, set[str]]:
        api = self.client.api
        return {
            "containers": {c["Id"] for c in api.containers(all=True)},
            "networks": {n["Id"] for n in api.networks()},
            "volumes": {v["Name"] for v in api.volumes().get("Volumes") or []},
        }

    @staticmethod
    def _ref(obj: Any) -> str:
        return obj if isinstance(obj, str) else obj.id

    def container(self, obj: Any) -> Any:
        self.containers.append(self._ref(obj))
        return obj

    def network(self, obj: Any) -> Any:
        self.networks.append(self._ref(obj))
        return obj

    def volume(self, obj: Any) -> Any:
        self.volumes.append(obj if isinstance(obj, str) else obj.name)
        return obj

    def image(self, obj: Any) -> Any:
        self.images.append(self._ref(obj))
        return obj

    def adopt_new(self) -> dict[str, list[str]]:
        """Track every container, network and volume created since the test began, and return them.

        The engine may be shared with other test runs: use this for what the code under
        test made with names you cannot know (e.g. `docker run -d nginx`), and filter.
        """
        now, new = self._snapshot(), {}
        for kind, track in (("containers", self.container), ("networks", self.network), ("volumes", self.volume)):
            new[kind] = sorted(now[kind] - self._before[kind])
            for ref in new[kind]:
                if ref not in getattr(self, kind):
                    track(ref)
        return new

    def run(self) -> list[str]:
        """Remove everything tracked; returns the failures (empty when all went)."""
        import fixtures_engine
        from docker.errors import APIError, NotFound

        api, failures = self.client.api, []
        protected = {fixtures_engine.full_ref(i.ref) for i in fixtures_engine.IMAGES if i.keep_local}
        steps: list[tuple[list[str], Callable[[str], Any]]] = [
            (self.containers, lambda ref: api.remove_container(ref, force=True, v=True)),
            (self.networks, api.remove_network),
            (self.volumes, lambda ref: api.remove_volume(ref, force=True)),
            (self.images, lambda ref: None if fixtures_engine.full_ref(ref) in protected
             else api.remove_image(ref, force=True)),
        ]
        for refs, remove in steps:
            for ref in reversed(refs):
                try:
                    remove(ref)
                except NotFound:
                    pass
                except APIError as e:
                    failures.append(f"{ref}: {e.explanation or e}")
        return failures


@pytest.fixture
def cleanup(docker_client: Any) -> Any:
    tracker = Cleanup(docker_client)
    yield tracker
    failures = tracker.run()
    if failures:
        pytest.fail("cleanup could not remove: " + "; ".join(failures), pytrace=False)


# --- the network, on 127.0.0.1 only ----------------------------------------------

def pick_free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def free_port() -> int:
    return pick_free_port()


@dataclass(frozen=True)
class HttpReply:
    status: int
    body: str
    headers: dict[str, str]


def http_get(port: int, path: str = "/", *, timeout: float = 30.0) -> HttpReply:
    """GET http://127.0.0.1:PORT/PATH, retrying while the server is not up yet (up to TIMEOUT s: a bound
    for a loaded machine, returned from as soon as the server answers).

    No proxy is ever used, and no other host is possible.
    """
    deadline = time.monotonic() + timeout
    while True:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            return HttpReply(resp.status, resp.read().decode("utf-8", "replace"), dict(resp.getheaders()))
        except (OSError, http.client.HTTPException):
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)
        finally:
            conn.close()


@pytest.fixture(name="http_get")
def http_get_fixture() -> Callable[..., HttpReply]:
    return http_get


SWARM_HOST = os.environ.get("GORAE_SWARM_HOST") or "unix:///var/run/docker-s.sock"


@pytest.fixture(scope="module")
def swarm() -> Iterator[Any]:
    """An SDK client to the swarm engine, which must answer and be an active swarm manager."""
    import docker

    try:
        client = docker.DockerClient(base_url=SWARM_HOST, version="auto", timeout=120)
        state = client.info()["Swarm"]
        if state.get("LocalNodeState") != "active" or not state.get("ControlAvailable"):
            raise RuntimeError(f"not an active swarm manager ({state.get('LocalNodeState')})")
    except Exception as e:
        msg = f"no swarm engine at {SWARM_HOST} ({e}); start it: sudo scripts/engine.sh install-s start-s"
        if _ci():
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    yield client
    client.close()


@pytest.fixture(scope="session")
def deploy_images() -> Iterator[DeployImages]:
    """tests/deploy_images.DeployImages: `.gorae(host)`, `.postgres(host)` -> a tag on that engine, built
    once per run (an image of the same inputs already there is reused); what it made is removed at the end."""
    images = DeployImages()
    yield images
    images.remove_made()
