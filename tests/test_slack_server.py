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
    assert status == 200 and answer == b""  # a signed event is acked before the app handles it
    assert server.quiet(10)
    assert app.bodies == [body]


def test_keep_alive_serves_several_requests_on_one_connection(served):
    app, server = served
    conn = None
    for n in range(3):
        body = f'{{"type":"event_callback","n":{n}}}'
        conn, status, _ = _post(server, body, sign(SECRET, body), conn)
        assert status == 200
    assert server.quiet(10)
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


def test_the_health_check_says_503_until_the_workers_are_ready():
    """/healthz is honest about start-up: 503 (Retry-After) while `ready()` is false — the
    worker processes still load Kiwi — then 200; events are acked either way."""
    warm = threading.Event()
    server = SlackHTTPServer(StubApp(), port=0, host="127.0.0.1", signing_secret=SECRET,  # type: ignore[arg-type]
                             ready=warm.is_set)
    server.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        conn.request("GET", "/healthz")
        res = conn.getresponse()
        assert (res.status, res.read(), res.getheader("Retry-After")) == (503, b"starting", "1")
        body = '{"type":"event_callback","event":{"type":"app_mention","text":"hi"}}'
        assert _post(server, body, sign(SECRET, body), conn)[1] == 200  # acked while warming
        warm.set()
        conn.request("GET", "/health")
        res = conn.getresponse()
        assert (res.status, res.read()) == (200, b"ok")
    finally:
        server.stop()


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


def _signed_event(n: int) -> bytes:
    body = b'{"type":"event_callback","event_id":"Ev%d","event":{"type":"app_mention"}}' % n
    head = {"Content-Type": "application/json", **sign(SECRET, body.decode())}
    lines = [f"POST {EVENTS_PATH} HTTP/1.1", "Host: x", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in head.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _read_answers(s: socket.socket, n: int) -> list[bytes]:
    """The status lines of the first `n` answers read from `s` (each answer has an empty or
    Content-Length body; the stub's bodies are read by the length)."""
    data = b""
    answers: list[bytes] = []
    while len(answers) < n:
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            assert chunk, f"closed after {answers}"
            data += chunk
        head, _, data = data.partition(b"\r\n\r\n")
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
        while len(data) < length:
            data += s.recv(65536)
        data = data[length:]
        answers.append(head.split(b"\r\n")[0])
    return answers


def test_requests_sent_back_to_back_on_one_connection_are_each_answered_in_order(served):
    """Pipelined: three signed events in one write, each acked with its own 200 and dispatched once."""
    app, server = served
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(_signed_event(1) + _signed_event(2) + _signed_event(3))
        assert _read_answers(s, 3) == [b"HTTP/1.1 200 OK"] * 3
    assert server.quiet(10)
    assert sorted(b.split('"event_id":"')[1][:3] for b in app.bodies) == ["Ev1", "Ev2", "Ev3"]


def test_a_request_cut_short_by_the_client_gets_400(served):
    app, server = served
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")
        s.shutdown(socket.SHUT_WR)
        assert s.recv(200).startswith(b"HTTP/1.1 400")
    assert app.bodies == []


def test_a_body_cut_short_is_never_dispatched(served):
    app, server = served
    raw = _signed_event(1)
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(raw[:-5])
        s.shutdown(socket.SHUT_WR)
        assert s.recv(200) == b""  # closed without an answer
    assert server.quiet(10) and app.bodies == []


def test_a_header_block_over_64_kib_gets_431(served):
    app, server = served
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nX-Big: " + b"a" * 70000)
        assert s.recv(200).startswith(b"HTTP/1.1 431")
    assert app.bodies == []


def test_a_client_that_stalls_is_disconnected_after_the_timeout():
    app = StubApp()
    server = SlackHTTPServer(app, port=0, host="127.0.0.1", signing_secret=SECRET, timeout=0.5)  # type: ignore[arg-type]
    server.start()
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=20) as s:
            s.sendall(b"POST /slack/events HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")  # 7 bytes never come
            assert s.recv(200) == b""  # closed by the server, no answer
        assert app.bodies == []
    finally:
        server.stop()


def test_dispatcher_threads_answer_what_is_not_acked_early():
    """dispatchers=2: a health check, and an unsigned event (not acked early: the App decides, here
    the stub that answers 200), are answered from a dispatcher thread."""
    app = StubApp()
    server = SlackHTTPServer(app, port=0, host="127.0.0.1", signing_secret=SECRET, dispatchers=2)  # type: ignore[arg-type]
    server.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        conn.request("GET", "/healthz")
        res = conn.getresponse()
        assert (res.status, res.read()) == (200, b"ok")
        _, status, body = _post(server, '{"type":"event_callback"}', {}, conn)
        assert (status, body) == (200, b'{"ok":true}')
        assert app.bodies == ['{"type":"event_callback"}']
    finally:
        server.stop()
