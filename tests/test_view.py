"""bot/engine/view.py: the hand-written read-only Engine API client (RawAPI, used so that
`gorae explain` never imports the SDK) answers as the docker SDK does, on the real engine.

Every read planning makes is asked both ways on the fixture world and the answers compared:
the EngineView built on each (what `plan` sees) and the raw payloads."""
from __future__ import annotations

import pytest

from bot.engine.view import DockerView, RawAPI, RawClient

pytestmark = [pytest.mark.docker, pytest.mark.all_engines]


@pytest.fixture()
def views(engine, docker_client, world):
    raw = RawClient(RawAPI(engine.host))
    return DockerView(raw), DockerView(docker_client)


def test_the_raw_client_sees_the_engine_as_the_sdk_does(views):
    raw, sdk = views
    assert raw.containers() == sdk.containers()
    assert sorted(raw.images(), key=lambda i: i.id) == sorted(sdk.images(), key=lambda i: i.id)  # order: the engine's
    assert sorted(raw.networks()) == sorted(sdk.networks())
    assert sorted(raw.volumes()) == sorted(sdk.volumes())
    for name in ("web", "my-nginx", "cache", "db", "no-such-container"):
        assert raw.container(name) == sdk.container(name), name
    for ref in ("nginx", "nginx:latest", "alpine", "no-such-image:1"):
        assert raw.image(ref) == sdk.image(ref), ref


def test_raw_payloads_are_the_sdks(engine, docker_client, world):
    raw = RawAPI(engine.host)
    api = docker_client.api
    assert raw.inspect_container("web") == api.inspect_container("web")
    assert raw.inspect_image("nginx") == api.inspect_image("nginx")
    assert {c["Id"] for c in raw.containers(all=True)} == {c["Id"] for c in api.containers(all=True)}
    assert {n["Id"] for n in raw.networks()} == {n["Id"] for n in api.networks()}
    assert {v["Name"] for v in raw.volumes()["Volumes"] or []} == \
        {v["Name"] for v in api.volumes()["Volumes"] or []}


def test_a_unix_socket_client_does_not_read_the_environment_on_every_call():
    """requests' proxies, .netrc and CA bundles never apply to a unix socket: skipped (trust_env)."""
    import docker

    from bot.engine.view import without_environment

    local = without_environment(docker.DockerClient(base_url="unix:///nonexistent.sock", version="1.41"),
                                "unix:///nonexistent.sock")
    remote = without_environment(docker.DockerClient(base_url="tcp://127.0.0.1:1", version="1.41"),
                                 "tcp://127.0.0.1:1")
    assert local.api.trust_env is False and remote.api.trust_env is True


class _Listing:
    """A Docker client whose API lists canned container summaries (GET /containers/json)."""

    def __init__(self, summaries: list[dict]) -> None:
        self.api = self
        self._summaries = summaries

    def containers(self, all: bool = False) -> list[dict]:
        return list(self._summaries)


def test_containers_come_oldest_first_whatever_the_engine_lists():
    # The daemon lists newest first (by creation time); "all but web" names them as a person lists
    # the world: in the order they were made. Created is in whole seconds: within one second the
    # daemon's own order (newest first) is reversed.
    def summary(name: str, created: int) -> dict:
        return {"Id": name * 4, "Names": ["/" + name], "Image": "nginx", "State": "running", "Created": created}

    newest_first = [summary("data", 30), summary("my-volume", 20), summary("cache", 20), summary("web", 10)]
    view = DockerView(_Listing(newest_first))
    assert [c.name for c in view.containers()] == ["web", "cache", "my-volume", "data"]
    shuffled = [summary("cache", 20), summary("data", 30), summary("web", 10)]
    assert [c.name for c in DockerView(_Listing(shuffled)).containers()] == ["web", "cache", "data"]


def test_a_short_word_that_is_only_an_image_id_prefix_is_no_image():
    """"start db on 3307" with db a container planned `docker run -p 3307:5432 db`: the engine answers
    /images/db/json for an image whose ID begins db1ec9… (a test image, no tag db). A word shorter than a
    short ID, matched by no tag, is a name said — never that image (CI, session 8)."""
    from bot.engine.view import _id_prefix_only

    pg = "sha256:db1ec91be1b49ca02f48c6f74652651a986734bb0b76c494ab2459a1542d4b00"
    assert _id_prefix_only("db", pg, ("gorae-test-postgres:edb6712b1efd",))
    assert not _id_prefix_only("db", pg, ("db:latest",))  # an image really named db
    assert not _id_prefix_only("db", pg, ("127.0.0.1:5000/db:latest",))
    assert not _id_prefix_only("db1ec91be1b4", pg, ())  # docker's 12-character short ID: meant as an ID
    assert not _id_prefix_only("nginx", pg, ())  # not hex
    assert not _id_prefix_only("ab", pg, ())  # not a prefix of this ID
