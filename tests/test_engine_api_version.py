"""API version negotiation (bot/engine/view.py): the SDK client and the hand-written read-only one
speak min(engine's newest, client's newest), from Engine 20.10 (API 1.41) to the newest.

A small HTTP server on 127.0.0.1 stands in for engines newer and older than the ones the
machine runs (Engine 28 answers API 1.50); the real engines are in test_e2e_core.py.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.engine.view import DockerView, RawAPI, docker_client, negotiate_api_version


@pytest.mark.parametrize("engine_newest, client_newest, spoken", [
    ("1.41", "1.45", "1.41"),   # Engine 20.10: its own
    ("1.45", "1.45", "1.45"),   # Engine 26.1
    ("1.50", "1.45", "1.45"),   # Engine 28: the client's newest
    ("1.9", "1.45", "1.9"),     # compared as numbers, not strings
    ("1.100", "1.45", "1.45"),
])
def test_negotiate(engine_newest, client_newest, spoken):
    assert negotiate_api_version(engine_newest, client_newest) == spoken


class FakeEngine(BaseHTTPRequestHandler):
    """Answers like an Engine of API `newest`; records the paths it was asked."""

    newest = "1.50"
    paths: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def _json(self, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("API-Version", self.newest)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        type(self).paths.append(self.path)
        path = self.path.split("?", 1)[0]
        if path == "/_ping":
            self.send_response(200)
            self.send_header("API-Version", self.newest)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"OK")
        elif path.endswith("/version"):
            self._json({"Version": "28.0.0", "ApiVersion": self.newest, "MinAPIVersion": "1.24"})
        elif path.endswith("/containers/json"):
            # Engine 28's list entry: no IP on an unpublished port, NetworkSettings.Networks only
            self._json([{"Id": "ab" * 32, "Names": ["/web"], "Image": "nginx", "State": "running",
                         "Ports": [{"PrivatePort": 80, "Type": "tcp"}],
                         "NetworkSettings": {"Networks": {"bridge": {"IPAddress": "172.17.0.2"}}}}])
        elif path.endswith("/images/nginx/json"):
            # API 1.45+: no ContainerConfig, no Container, no VirtualSize
            self._json({"Id": "sha256:" + "cd" * 32, "RepoTags": ["nginx:latest"],
                        "Config": {"ExposedPorts": {"80/tcp": {}}, "Volumes": None}})
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture
def fake_engine() -> Iterator[tuple[str, type[FakeEngine]]]:
    handler = type("Handler", (FakeEngine,), {"paths": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"tcp://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("newest, spoken", [("1.50", "1.45"), ("1.41", "1.41")])
def test_raw_client_negotiates_from_ping(fake_engine, newest, spoken):
    host, handler = fake_engine
    handler.newest = newest
    view = DockerView(type("C", (), {"api": RawAPI(host)})())
    (web,) = view.containers()
    assert web.name == "web" and web.status == "running"
    image = view.image("nginx")
    assert image is not None and image.exposed_ports == ("80/tcp",) and image.volumes == ()
    assert handler.paths[0] == "/_ping"
    assert f"/v{spoken}/containers/json?all=1" in handler.paths
    assert f"/v{spoken}/images/nginx/json" in handler.paths


@pytest.mark.parametrize("newest, spoken", [("1.50", "1.45"), ("1.41", "1.41")])
def test_sdk_client_negotiates(fake_engine, monkeypatch, newest, spoken):
    host, handler = fake_engine
    handler.newest = newest
    monkeypatch.setenv("DOCKER_HOST", host)
    monkeypatch.delenv("DOCKER_TLS_VERIFY", raising=False)
    client = docker_client(timeout=5)
    try:
        assert client.api.api_version == spoken
        client.api.containers(all=True)
        assert handler.paths[-1].startswith(f"/v{spoken}/containers/json")
    finally:
        client.close()
