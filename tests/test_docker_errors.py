"""bot.engine.docker_errors: docker's explanations (as engines 20.10–28 word them) -> one sentence key."""
from __future__ import annotations

import pytest
import requests
from docker import errors

from bot.engine.docker_errors import stream_error, translate
from bot.messages import text
from bot.model import Call

RESTART = Call.of("container.restart", "web")
RUN = Call.of("containers.run", image="nginx", name="web", ports={"80/tcp": 8080})
PULL = Call.of("images.pull", repository="nginx", tag="1.25")


def api_error(status: int, explanation: str) -> errors.APIError:
    resp = requests.Response()
    resp.status_code = status
    return errors.APIError("x", response=resp, explanation=explanation)


@pytest.mark.parametrize("status, explanation, call, key, params", [
    (404, "No such container: web", RESTART, "err.no_such_container", {"name": "web"}),
    (404, "No such container: 3f2a9c1d0e7b", RESTART, "err.no_such_container", {"name": "web"}),
    (404, "network nosuchnet not found", RUN, "err.no_such_network", {"name": "nosuchnet"}),
    (404, "get db2: no such volume", Call.of("volume.remove", "db2"), "err.no_such_volume", {"name": "db2"}),
    (404, "No such image: nginx:9", Call.of("image.remove", "nginx:9"), "err.no_such_image", {"name": "nginx:9"}),
    (500, "driver failed programming external connectivity on endpoint web (ab12): "
          "Bind for 0.0.0.0:8080 failed: port is already allocated", RUN, "err.port_allocated", {"port": 8080}),
    (500, "driver failed programming external connectivity on endpoint web (ab12): Error starting userland "
          "proxy: listen tcp4 0.0.0.0:8080: bind: address already in use", RUN, "err.port_allocated", {"port": 8080}),
    (409, 'Conflict. The container name "/web" is already in use by container "ab12". You have to remove '
          "(or rename) that container to be able to reuse that name.", RUN, "err.name_in_use",
     {"name": "web", "suggest": "web-2"}),
    (409, "You cannot remove a running container ab12. Stop the container before attempting removal or force "
          "remove", Call.of("container.remove", "web"), "err.remove_running", {"name": "web"}),
    (409, "Container ab12 is not running", Call.of("container.exec", "web"), "err.not_running", {"name": "web"}),
    (409, "Container ab12 is already paused", Call.of("container.pause", "web"), "err.already_paused",
     {"name": "web"}),
    (500, "Container ab12 is not paused", Call.of("container.unpause", "web"), "err.not_paused", {"name": "web"}),
    (409, "Container ab12 is paused, unpause the container before exec", Call.of("container.exec", "web"),
     "err.paused", {"name": "web"}),
    (409, 'conflict: unable to remove repository reference "nginx" (must force) - container ab12 is using its '
          "referenced image cd34", Call.of("image.remove", "nginx"), "err.image_in_use", {"name": "nginx"}),
    (409, "remove db: volume is in use - [ab12]", Call.of("volume.remove", "db"), "err.volume_in_use",
     {"name": "db"}),
    (403, "error while removing network: network backend id ab12 has active endpoints",
     Call.of("network.remove", "backend"), "err.network_in_use", {"name": "backend"}),
    (409, "network with name backend already exists", Call.of("networks.create", name="backend"),
     "err.network_exists", {"name": "backend"}),
    (400, "invalid reference format", Call.of("containers.run", image="Bad!"), "err.invalid_reference",
     {"name": "Bad!"}),
    (409, "something odd happened", RESTART, "err.engine_said",
     {"detail": "something odd happened", "status": 409, "check": "docker ps -a"}),
    (500, "the engine is sad.", Call.of("volume.remove", "db"), "err.engine_said",
     {"detail": "the engine is sad", "status": 500, "check": "docker volume ls"}),
    # Engine 25+ wording (the kind of the issue: gorae matched only 20.10's "You cannot remove a running ...")
    (409, 'cannot remove container "/web": container is running: stop the container before removing or force '
          "remove", Call.of("container.remove", "3f2a9c1d0e7b"), "err.remove_running", {"name": "web"}),
    (409, 'cannot remove container "/web": container is paused and must be unpaused first',
     Call.of("container.remove", "web"), "err.remove_paused", {"name": "web"}),
    # Engine 28 wording of a taken host port
    (500, "failed to set up container networking: driver failed programming external connectivity on endpoint "
          "web (ab12): failed to bind host port for 0.0.0.0:8080:172.17.0.2:80/tcp: address already in use",
     RUN, "err.port_allocated", {"port": 8080}),
    (500, "failed to bind host port 127.0.0.1:8080/tcp: address already in use", RUN, "err.port_allocated",
     {"port": 8080}),
    # Engine 27+ wording of a network with members
    (403, 'error while removing network: network backend has active endpoints (name:"web" id:"ab12")',
     Call.of("network.remove", "backend"), "err.network_in_use", {"name": "backend"}),
])
def test_translate(status, explanation, call, key, params):
    msg = translate(api_error(status, explanation), call)
    assert msg.key == key
    for k, v in params.items():
        assert msg.kw()[k] == v
    assert text(msg, "ko") != text(msg, "en") and "{" not in text(msg, "ko") + text(msg, "en")


def test_a_pull_refused_by_the_registry_says_so():
    pull = Call.of("images.pull", repository="nginx", tag="1.25")
    msg = translate(api_error(404, "pull access denied for nginx, repository does not exist or may require "
                                   "'docker login': denied: requested access to the resource is denied"), pull)
    assert msg.key == "err.pull_denied"
    assert translate(api_error(404, "manifest for nginx:1.25 not found: manifest unknown"), pull).key == \
        "err.not_in_registry"
    assert translate(api_error(404, "something new"), pull).key == "err.not_in_registry"


def test_suggested_port_is_another_one():
    msg = translate(api_error(500, "Bind for 0.0.0.0:8080 failed: port is already allocated"), RUN)
    assert msg.kw()["suggest"] > 8080


class _Published:
    """An EngineState that only knows which host ports the engine's containers publish."""

    def __init__(self, ports: set[int]) -> None:
        self.ports = frozenset(ports)

    def container(self, ref):
        return None

    def image_users(self, ref):
        return ()

    def volume_users(self, name):
        return ()

    def network_members(self, ref):
        return None

    def published_ports(self) -> frozenset[int]:
        return self.ports


def test_suggested_port_is_one_the_engine_does_not_publish_and_no_socket_is_opened(monkeypatch):
    import socket

    def no_socket(*a, **kw):
        raise AssertionError("the error translator opened a socket on gorae's host")

    monkeypatch.setattr(socket, "socket", no_socket)
    msg = translate(api_error(500, "Bind for 0.0.0.0:8080 failed: port is already allocated"), RUN,
                    state=_Published({8080, 8081, 8082}))
    assert msg.key == "err.port_allocated" and msg.kw() == {"port": 8080, "suggest": 8083}


@pytest.mark.parametrize("item, key", [
    ({"error": "manifest for nginx:1.25 not found: manifest unknown: manifest unknown"}, "err.not_in_registry"),
    ({"errorDetail": {"message": "pull access denied for nginx, repository does not exist or may require "
                                 "'docker login': denied: requested access to the resource is denied"}},
     "err.pull_denied"),
    ({"error": 'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host'},
     "err.registry_unreachable"),
    ({"error": "something else"}, "err.docker"),
])
def test_stream_errors(item, key):
    msg = stream_error(item, PULL)
    assert msg.key == key
    if key != "err.docker":
        assert msg.kw()["image"] == "nginx:1.25"


def test_stream_progress_is_not_an_error():
    assert stream_error({"status": "Downloading", "id": "ab12"}, PULL) is None


def test_transport_errors():
    assert translate(requests.exceptions.ReadTimeout("x"), RESTART).key == "err.timeout"
    msg = translate(requests.exceptions.ConnectionError("refused"), RESTART, where="unix:///x.sock")
    assert msg.key == "engine.unreachable" and msg.kw()["where"] == "unix:///x.sock"
    assert translate(errors.DockerException("Error while fetching server API version: x"), RESTART).key == \
        "engine.unreachable"
    assert translate(ValueError("bad"), RESTART).kw()["detail"] == "ValueError: bad"


def test_permission_denied_on_the_socket_is_not_called_unreachable():
    import requests

    from bot.engine.docker_errors import translate
    from bot.model import Call

    exc = requests.exceptions.ConnectionError("('Connection aborted.', PermissionError(13, 'Permission denied'))")
    msg = translate(exc, Call.of("containers.list"), where="unix:///var/run/docker.sock")
    assert msg.key == "engine.denied"
