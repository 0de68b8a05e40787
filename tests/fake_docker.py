"""A fake Docker engine for unit tests: canned Engine API answers behind the real docker SDK.

As docker-py's own unit tests do (tests/unit/fake_api.py), the SDK is the real one — its
URL building, its private `_post`/`_url`/`_raise_for_status`, its error classes — and only the
HTTP exchange is canned: a requests adapter mounted where the SDK sends its requests answers
each (method, path) from a table and records what was asked.

    engine = FakeEngine()
    engine.on("POST", r"/containers/(\\w+)/restart", 204)
    client = fake_client(engine)
    execute(plan, client)
    assert engine.asked("POST", "/containers/abc/restart")

A body that is a `Stream` is answered as the engine streams pull and push progress: its JSON
objects one after another in a chunked body, which the SDK's `_stream_helper` reads.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlparse

import requests
from requests.adapters import BaseAdapter

API_VERSION = "1.41"
Answer = tuple[int, Any] | Callable[[re.Match[str], dict[str, list[str]], Any], tuple[int, Any]]


class Stream(list[Any]):
    """A streamed answer (`POST /images/create`, `/images/{name}/push`): these JSON objects, in order."""


class _Chunked:
    """A chunked HTTP body as `requests` leaves it in `response.raw` for a streamed request, one
    chunk per JSON object as dockerd writes them: what docker-py reads (`raw._fp.chunked`,
    `raw._fp.chunk_left`, `raw.read`, `raw.closed`)."""

    chunked = True
    closed = False

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = list(chunks)
        self._current = b""
        self._fp = self

    @property
    def chunk_left(self) -> int | None:
        return len(self._current) or None

    def read(self, n: int = -1) -> bytes:
        if not self._current:
            if not self._chunks:
                return b""
            self._current = self._chunks.pop(0)
        n = len(self._current) if n < 0 else n
        data, self._current = self._current[:n], self._current[n:]
        return data

    def close(self) -> None:
        self.closed = True


class FakeEngine(BaseAdapter):
    """Answers the SDK's requests from routes; unknown routes get the engine's 404."""

    def __init__(self) -> None:
        super().__init__()
        self.routes: list[tuple[str, re.Pattern[str], Answer]] = []
        self.requests: list[tuple[str, str, dict[str, list[str]], Any]] = []
        self.on("GET", r"/_ping", 200, "OK")
        self.on("GET", r"/version", 200, {"ApiVersion": API_VERSION, "Version": "20.10.24"})

    def on(self, method: str, path: str, status: int | Answer = 200, body: Any = None) -> FakeEngine:
        """Answer `method path` (a regex over the path without /vX.Y) with `status` and `body`
        (JSON unless a str), or with fn(match, query, request_body) -> (status, body). Later routes win."""
        answer: Answer = status if callable(status) else (status, body)
        self.routes.append((method, re.compile(path + r"$"), answer))
        return self

    def asked(self, method: str, path: str) -> list[tuple[dict[str, list[str]], Any]]:
        """The (query, body) of every request made to exactly `method path`."""
        return [(q, b) for m, p, q, b in self.requests if m == method and p == path]

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        url = urlparse(request.url or "")
        path = re.sub(r"^/v\d+\.\d+", "", url.path)
        query = parse_qs(url.query)
        body: Any = request.body
        if isinstance(body, (bytes, str)) and body:
            try:
                body = json.loads(body)
            except ValueError:
                pass
        self.requests.append((request.method or "", path, query, body))
        status, payload = 404, {"message": f"page not found: {request.method} {path}"}
        for method, pattern, answer in reversed(self.routes):
            m = pattern.match(path)
            if method == request.method and m:
                status, payload = answer(m, query, body) if callable(answer) else answer
                break
        res = requests.Response()
        res.status_code = status
        res.request = request
        res.url = request.url or ""
        if isinstance(payload, Stream):
            res.headers["Content-Type"] = "application/json"
            res.raw = _Chunked([json.dumps(item).encode() + b"\r\n" for item in payload])
            return res
        res.headers["Content-Type"] = "text/plain" if isinstance(payload, str) else "application/json"
        res._content = (payload if isinstance(payload, str) else json.dumps(payload)).encode() \
            if payload is not None else b""
        return res

    def close(self) -> None:
        pass


def fake_client(engine: FakeEngine) -> Any:
    """A docker.DockerClient (API 1.41, never negotiated) whose every request `engine` answers."""
    import docker

    client = docker.DockerClient(base_url="unix:///nonexistent/fake-docker.sock", version=API_VERSION)
    client.api.mount("http+docker://", engine)
    return client
