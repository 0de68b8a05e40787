"""The real Docker world itself: images, published ports, fast stops, pulls through the mirror."""
from __future__ import annotations

import contextlib
import time

import fixtures_engine as fx
import pytest
from docker.errors import NotFound

KEPT = [i for i in fx.IMAGES if i.keep_local]
SERVERS = [i for i in KEPT if i.expose]  # images whose CMD is a long-running server


@pytest.mark.parametrize("image", KEPT, ids=lambda i: i.ref)
def test_image_has_the_metadata_of_the_real_one(docker_client, image):
    config = docker_client.api.inspect_image(image.ref)["Config"]
    assert sorted(config.get("ExposedPorts") or {}) == sorted(image.expose)
    assert sorted(config.get("Volumes") or {}) == sorted(image.volumes)
    assert config["Cmd"] == list(image.cmd)


def test_images_expose_what_the_corpus_says(docker_client):
    exposed = {ref: sorted(docker_client.api.inspect_image(ref)["Config"].get("ExposedPorts") or {})
               for ref in ("nginx", "httpd", "redis", "mysql:5.7", "postgres:16", "alpine", "busybox")}
    assert exposed == {
        "nginx": ["80/tcp"], "httpd": ["80/tcp"], "redis": ["6379/tcp"],
        "mysql:5.7": ["3306/tcp", "33060/tcp"], "postgres:16": ["5432/tcp"], "alpine": [], "busybox": [],
    }


@pytest.mark.parametrize("ref, page", [("nginx", "Welcome to nginx!"), ("httpd", "It works!"),
                                       ("fastcampus/hello-world", "Hello, World!")])
def test_published_port_serves_http_on_localhost(docker_client, cleanup, free_port, http_get, ref, page):
    c = cleanup.container(docker_client.containers.run(
        ref, detach=True, ports={"80/tcp": ("127.0.0.1", free_port)}))
    reply = http_get(free_port)
    assert reply.status == 200 and page in reply.body
    c.reload()
    assert c.status == "running"


@pytest.mark.parametrize("image", SERVERS + [None], ids=lambda i: i.ref if i else "alpine-idle")
def test_stop_is_quick_because_the_command_traps_term(docker_client, cleanup, image):
    ref, command = (image.ref, None) if image else ("alpine", list(fx.IDLE_CMD))
    c = cleanup.container(docker_client.containers.run(ref, command, detach=True))
    # the shell installs its trap before it starts its child: wait for the child (docker top), not
    # for a fixed time that a loaded machine may not keep
    deadline = time.monotonic() + 60
    while len(docker_client.api.top(c.id)["Processes"] or []) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    c.stop(timeout=10)
    c.reload()
    # exit 0 is the trap's `exit 0` on TERM; a shell that ignored TERM would be KILLed after the
    # 10 s (exit 137). No timing assertion: the exit code says which of the two happened.
    assert c.attrs["State"]["ExitCode"] == 0, f"docker stop {ref}: TERM not trapped ({c.attrs['State']})"


def test_world_matches_the_corpus_header(docker_client, world):
    states = {name: docker_client.api.inspect_container(cid)["State"]["Status"]
              for name, cid in world.containers.items()}
    assert states == {"web": "running", "my-nginx": "running", "cache": "running",
                      "db": "created", "my-volume": "running", "data": "running"}
    assert world.networks == ("backend",) and world.volumes == ("db", "pgdata")
    for name in world.volumes:
        assert docker_client.api.inspect_volume(name)["Labels"] == {fx.WORLD_LABEL: "1"}


def test_world_is_repaired_after_a_test_changes_it(docker_client, world):
    docker_client.api.stop(world.containers["data"], timeout=1)
    repaired = fx.ensure_world(docker_client)
    assert docker_client.api.inspect_container(repaired.containers["data"])["State"]["Running"]
    assert repaired.containers["web"] == world.containers["web"]  # untouched parts stay


def test_volumes_from_my_volume_serves_its_page(docker_client, world, cleanup, free_port, http_get):
    cleanup.container(docker_client.containers.run(
        "nginx", detach=True, volumes_from=["my-volume"], ports={"80/tcp": ("127.0.0.1", free_port)}))
    assert fx.SHARED_PAGE in http_get(free_port).body


def test_pull_of_a_removed_image_goes_through_the_mirror(docker_client):
    before = docker_client.api.inspect_image("busybox")["Id"]
    docker_client.api.remove_image("busybox", force=True)  # force: a container may still use it
    image = docker_client.images.pull("busybox", tag="latest")
    assert image.id == before and "busybox:latest" in image.tags


def test_run_of_an_image_only_in_the_registry_pulls_it(docker_client, cleanup):
    cleanup.image("hello-pull:latest")
    with contextlib.suppress(NotFound):  # not present locally: the normal case
        docker_client.api.remove_image("hello-pull:latest", force=True)
    output = docker_client.containers.run("hello-pull", remove=True)  # the SDK pulls on ImageNotFound
    assert fx.HELLO_PULL_TEXT in output.decode()
