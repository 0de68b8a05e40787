"""bot/front/slack/server.py directly: the small asyncio HTTP/1.1 server in front of the bolt
App, spoken to as Slack (and a load balancer's health check) do, with a stub App that records
what it was handed. (Through the real App and a fake Slack: test_slack_http.py.)"""
from __future__ import annotations

import hashlib
import hmac
import http.client
import socket
import threading
import time

import pytest
from slack_bolt.response import BoltResponse
from slack_fake import sign

from bot.front.slack.server import EVENTS_PATH, SlackHTTPServer

SECRET = "s3cr3t"


class StubApp:
    """What the server needs of slack_bolt.App: dispatch(BoltRequest) -> BoltResponse."""

    def __init__(self) -> None:
        self.bodies: list[str] = []
        self.lock = threading.Lock()

    def dispatch(self, req):
        with self.lock:
            self.bodies.append(req.raw_body)
        return BoltResponse(status=200, body='{"ok":true}', headers={"content-type": "application/json"})


@pytest.fixture()
def served():
    app = StubApp()
    server = SlackHTTPServer(app, port=0, host="127.0.0.1", signing_secret=SECRET, max_body=4096)  # type: ignore[arg-type]
    server.start()
    yield app, server
    server.stop()


def _post(server, body: str, headers: dict[str, str], conn: http.client.HTTPConnection | None = None):
    conn = conn or http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("POST", EVENTS_PATH, body=body.encode(),
                 headers={"Content-Type": "application/json", **headers})
    res = conn.getresponse()
    return conn, res.status, res.read()


def test_a_signed_event_reaches_the_app_and_its_answer_comes_back(served):
    app, server = served
    body = '{"type":"event_callback","event":{"type":"app_mention","text":"hi"}}'
    _, status, answer = _post(server, body, sign(SECRET, body))
    assert status == 200 and answer == b'{"ok":true}'
    assert app.bodies == [body]


def test_keep_alive_serves_several_requests_on_one_connection(served):
    app, server = served
    conn = None
    for n in range(3):
        body = f'{{"type":"event_callback","n":{n}}}'
        conn, status, _ = _post(server, body, sign(SECRET, body), conn)
        assert status == 200
    assert len(app.bodies) == 3


def test_health_check_and_wrong_paths_and_methods(served):
    _, server = served
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    for method, path, want in (("GET", "/healthz", 200), ("GET", "/health", 200), ("GET", "/nope", 404),
                               ("PUT", EVENTS_PATH, 405), ("POST", "/other", 404)):
        conn.request(method, path, body=b"" if method != "GET" else None)
        res = conn.getresponse()
        res.read()
        assert res.status == want, (method, path)


def test_a_body_over_the_limit_is_refused_unread(served):
    app, server = served
    body = "x" * 5000
    _, status, _ = _post(server, body, sign(SECRET, body))
    assert status == 413 and app.bodies == []


def _raw_post(server, raw: bytes, headers: dict[str, str]) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("POST", EVENTS_PATH, body=raw, headers=headers)
    res = conn.getresponse()
    res.read()
    return res.status


def test_an_undecodable_body_gets_400_when_signed_else_401_and_never_reaches_the_app(served):
    app, server = served
    raw = b"\xff\xfe{not utf-8"
    ts = str(int(time.time()))
    good = "v0=" + hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + raw, hashlib.sha256).hexdigest()
    assert _raw_post(server, raw, {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": good}) == 400
    assert _raw_post(server, raw, {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": "v0=00"}) == 401
    assert app.bodies == []


def test_a_request_without_content_length_gets_411(served):
    app, server = served
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert s.recv(200).startswith(b"HTTP/1.1 411")
    assert app.bodies == []
