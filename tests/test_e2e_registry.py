"""An image not on the engine yet: "<image> N포트로 실행" publishes N on the image's real EXPOSE.

Issue 8: the container port comes from the image's config in the registry the engine pulls
from (its Docker Hub mirror, 127.0.0.1:5000), read before the pull — `-p 8080:80`, never
`-p 8080:8080` by guess. The image (the nginx fixture's files, EXPOSE 80, a new name each
run) is pushed to the registry only, so the engine must pull it. Run under the e2e lock:

    flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_e2e_registry.py
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from typing import Any

import fixtures_engine
import pytest
from conftest import pick_free_port
from docker.errors import ImageNotFound

pytestmark = pytest.mark.docker


def _gorae(*argv: str) -> subprocess.CompletedProcess[str]:
    """`gorae ARGV…` as a user runs it (python -m bot), on the test's engine (DOCKER_HOST)."""
    return subprocess.run([sys.executable, "-m", "bot", *argv], capture_output=True, text=True,
                          env=dict(os.environ), timeout=180)


@pytest.fixture
def registry_only_image(docker_client: Any, cleanup: Any) -> Any:
    """A new image `gorae-reg-<hex>:latest` in the registry (as docker.io/library/…), not on the engine."""
    name = "gorae-reg-" + uuid.uuid4().hex[:8]
    nginx = next(i for i in fixtures_engine.IMAGES if i.ref == "nginx:latest")
    image = fixtures_engine.FixtureImage(f"{name}:latest", cmd=nginx.cmd, expose=("80/tcp",), files=nginx.files,
                                         keep_local=False)
    docker_client.api.import_image_from_data(image.rootfs, repository=image.registry_name, tag=image.tag,
                                             changes=image.changes())
    fixtures_engine._push(docker_client, image)  # pushed, then the local name dropped
    cleanup.image(image.ref)  # what the pull brings, removed after the test
    with pytest.raises(ImageNotFound):
        docker_client.api.inspect_image(image.ref)
    assert fixtures_engine.registry_image(image.registry_repo, image.tag) is not None
    return name


def test_port_of_an_image_not_yet_pulled_is_its_registry_expose(docker_client, cleanup, registry_only_image,
                                                                 http_get):
    name = registry_only_image
    port = 8080 if _free(8080) else pick_free_port()
    text = f"{name} {port}포트로 실행"

    explained = _gorae("explain", "--json", text)
    assert explained.returncode == 0, explained.stderr
    shown = json.loads(explained.stdout.strip().splitlines()[-1])
    assert shown["cli"] == [f"docker run -d -p {port}:80 {name}"], shown
    with pytest.raises(ImageNotFound):  # explaining read the registry; it pulled nothing
        docker_client.api.inspect_image(name)

    done = _gorae("say", "--yes", "--json", text)
    made = [c for c in docker_client.api.containers(all=True) if c.get("Image") == name]
    for c in made:
        cleanup.container(c["Id"])
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert len(made) == 1, made
    info = docker_client.api.inspect_container(made[0]["Id"])
    assert info["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "", "HostPort": str(port)}]}
    assert info["State"]["Running"]
    reply = http_get(port, "/", timeout=60)
    assert reply.status == 200
    assert "nginx" in reply.body.lower()


def _free(port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
