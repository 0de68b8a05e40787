"""`gorae slack` start-up (issue 8): Socket Mode opens the websocket only once every worker process
has loaded the parsers and Kiwi; readiness is visible in both modes (health.json / `gorae health`,
/healthz on --http or --health-port, the log line "ready in N ms"); a request sent while a worker
still loads is answered once it has loaded.

The workers' load is held by the test: real worker processes held at a gate file (procs_fakes.
echo_after), or the in-process Kiwi preload replaced by a thread held on an Event."""
from __future__ import annotations

import json
import logging
import socket
import threading
import time
import urllib.error
import urllib.request
from functools import partial

import pytest
from procs_fakes import broken, echo_after
from slack_fake import FakeSlack, FakeSocketMode, mention, sign
from slack_harness import SECRET, FakePipeline

from bot.front import health as health_file
from bot.front.cli import build_parser
from bot.front.slack import app as slack_app
from bot.front.slack import procs as procs_module
from bot.front.slack.procs import ProcessPipeline
from bot.front.slack.readiness import HealthServer, ThreadWarming, process_age, wait_warm
from bot.model import Actor, Request


@pytest.fixture
def env(monkeypatch, tmp_path):
    for var in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "GORAE_POLICY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    return monkeypatch


@pytest.fixture
def slack(env):
    sm = FakeSocketMode().start()
    fake = FakeSlack().start()
    fake.ws_url = sm.url
    env.setenv("SLACK_APP_TOKEN", "xapp-1-test")
    env.setenv("SLACK_API_URL", fake.url)
    yield sm, fake
    fake.stop()
    sm.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(port: int, path: str = "/healthz") -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def status(tmp_path) -> dict | None:
    try:
        with open(tmp_path / "state" / "health.json", encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def until(what, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while not (got := what()):
        assert time.monotonic() < deadline, "never happened"
        time.sleep(0.02)
    return got


def start(argv: list[str], pipeline=None) -> tuple[dict, threading.Event, threading.Event, threading.Thread]:
    """main() on a thread; (result, stop, ready-called, thread)."""
    got: dict = {}
    ready, stop = threading.Event(), threading.Event()
    args = build_parser(only="slack").parse_args(["slack", "--host", "127.0.0.1", *argv])
    t = threading.Thread(target=lambda: got.setdefault(
        "rc", slack_app.main(args, pipeline=pipeline, ready=lambda thing: (got.setdefault("thing", thing),
                                                                           ready.set()), stop=stop)), daemon=True)
    t.start()
    return got, stop, ready, t


@pytest.fixture
def workers(env, tmp_path):
    """`gorae slack` without an embedding's pipeline: real worker processes built by `factory`
    (set by the test), no policy file and no engine check (the pipeline here runs no Docker)."""
    chosen: dict = {}
    env.setattr("bot.config.check_engine", lambda *a, **k: None)
    env.setattr(slack_app, "make_pipeline", lambda policy, state=None: FakePipeline())
    env.setattr(procs_module.ProcessPipeline, "for_workers",
                classmethod(lambda cls, factory, workers, **kw: cls(chosen["factory"], processes=1, per_process=2,
                                                                   preload=False)))
    return chosen


def test_socket_mode_connects_only_once_every_worker_is_warm(slack, workers, tmp_path, caplog):
    sm, fake = slack
    gate = tmp_path / "go"
    workers["factory"] = partial(echo_after, str(gate))
    port = free_port()
    with caplog.at_level(logging.INFO):
        got, stop, ready, t = start(["--state", str(tmp_path / "state" / "d.sqlite"), "--health-port", str(port)])
        try:
            # the worker process is held at the gate: "starting" everywhere, and no websocket
            assert until(lambda: status(tmp_path))["ready"] is False
            assert health_file.read_status(str(tmp_path / "state" / "health.json"))[1].key == "config.health_starting"
            assert until(lambda: _answers(port)) == (503, b"starting")
            assert sm.connections == [] and not fake.of("apps.connections.open") and not ready.is_set()
            gate.touch()
            assert ready.wait(60), "gorae slack never connected"
            sm.wait_connected()
            assert len(fake.of("apps.connections.open")) == 1
            assert get(port) == (200, b"ok")
            assert until(lambda: (status(tmp_path) or {}).get("ready"), 10) is True
            assert any(r.getMessage().startswith("gorae slack: ready in ") and "Socket Mode" in r.getMessage()
                       for r in caplog.records)
            eid = sm.send("events_api", mention("ps"))  # the first message is answered by a warm worker
            sm.wait_ack(eid)
            until(lambda: "ps in " in json.dumps(fake.messages("C0OPS"), ensure_ascii=False))  # the answer
        finally:
            stop.set()
            t.join(60)
    assert got["rc"] == 0


def _answers(port: int) -> tuple[int, bytes] | None:
    try:
        return get(port)
    except OSError:  # the probe is not listening yet
        return None


def test_a_worker_that_cannot_start_stops_socket_mode_before_it_connects(slack, workers, tmp_path, capsys):
    sm, fake = slack
    workers["factory"] = broken
    got, stop, ready, t = start(["--state", str(tmp_path / "state" / "d.sqlite")])
    t.join(120)
    assert not t.is_alive() and got["rc"] == 1 and not ready.is_set()
    assert not fake.of("apps.connections.open") and sm.connections == []
    err = capsys.readouterr().err
    assert "cannot start" in err and "this pipeline cannot start" in err


class Held:
    """bot.language.morph.preload replaced: a thread that 'loads' until `go` is set."""

    def __init__(self) -> None:
        self.go = threading.Event()

    def preload(self, background: bool = False) -> threading.Thread:
        th = threading.Thread(target=self.go.wait, args=(60,), daemon=True)
        th.start()
        return th


@pytest.fixture
def held(env) -> Held:
    h = Held()
    env.setattr("bot.language.morph.preload", h.preload)
    return h


def test_stop_during_warm_up_exits_cleanly_without_connecting(slack, held, tmp_path):
    sm, fake = slack
    got, stop, ready, t = start(["--state", str(tmp_path / "state" / "d.sqlite")], FakePipeline())
    assert until(lambda: status(tmp_path))["ready"] is False
    stop.set()  # SIGTERM while the workers load
    t.join(60)
    assert not t.is_alive() and got["rc"] == 0
    assert not ready.is_set() and not fake.of("apps.connections.open") and sm.connections == []


def test_http_mode_answers_503_until_warm_on_both_ports_and_logs_ready(env, held, tmp_path, caplog):
    fake = FakeSlack().start()
    env.setenv("SLACK_SIGNING_SECRET", SECRET)
    env.setenv("SLACK_API_URL", fake.url)
    pipe = FakePipeline()
    probe = free_port()
    with caplog.at_level(logging.INFO):
        got, stop, ready, t = start(["--http", "0", "--health-port", str(probe),
                                     "--state", str(tmp_path / "state" / "d.sqlite")], pipe)
        try:
            assert ready.wait(30)
            port = got["thing"].port
            assert get(port) == (503, b"starting") and get(probe) == (503, b"starting")
            assert until(lambda: status(tmp_path))["ready"] is False
            body = json.dumps(mention("ps")).encode()  # acked while warming, answered once warm
            req = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body, method="POST",
                                         headers={"Content-Type": "application/json", **sign(SECRET, body)})
            with urllib.request.urlopen(req, timeout=10) as resp:
                assert resp.status == 200
            held.go.set()
            assert until(lambda: get(port)[0] == 200) and get(probe) == (200, b"ok")
            assert until(lambda: (status(tmp_path) or {}).get("ready"), 10) is True
            assert any(r.getMessage().startswith("gorae slack: ready in ") and "HTTP" in r.getMessage()
                       for r in caplog.records)
            pipe.wait(1)
            fake.wait_for("chat.postMessage")
        finally:
            stop.set()
            t.join(60)
            fake.stop()
    assert got["rc"] == 0


def test_a_request_sent_while_a_worker_still_loads_is_answered_once_it_has(tmp_path):
    """No timeout of its own and nothing lost: the request waits for the load (procs `wait_ready`)."""
    gate = tmp_path / "go"
    p = ProcessPipeline(partial(echo_after, str(gate)), processes=1, preload=False)
    try:
        got: dict = {}
        t = threading.Thread(target=lambda: got.setdefault(
            "reply", p.handle(Request(text="ps", actor=Actor(user="U1"), channel="C1"))), daemon=True)
        t.start()
        t.join(0.5)
        assert t.is_alive() and not p.ready()  # waiting for the child, not failed
        gate.touch()
        t.join(60)
        assert got["reply"].status == "done" and got["reply"].headline.startswith("ps in ")
    finally:
        p.close()


def test_wait_warm_and_the_health_server(tmp_path):
    go, stop = threading.Event(), threading.Event()
    th = threading.Thread(target=go.wait, args=(30,), daemon=True)
    th.start()
    warming = ThreadWarming(th)
    assert not warming.ready()
    server = HealthServer(warming.ready, port=0, host="127.0.0.1").start()
    try:
        assert get(server.port) == (503, b"starting") and get(server.port, "/health")[0] == 503
        assert get(server.port, "/other")[0] == 404
        go.set()
        assert wait_warm(warming, stop) is True
        assert get(server.port) == (200, b"ok")
    finally:
        server.stop()
    never = threading.Event()
    loading = threading.Thread(target=never.wait, args=(30,), daemon=True)
    loading.start()
    stop.set()  # SIGTERM during the load: no wait for it
    assert wait_warm(ThreadWarming(loading), stop) is False
    never.set()
    assert ThreadWarming(None).ready() and process_age() > 0
