"""`gorae slack`: configuration errors, HTTP mode and Socket Mode through main()."""
from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from slack_fake import FakeSlack, FakeSocketMode, mention, sign
from slack_harness import SECRET, FakePipeline

from bot.front.cli import build_parser
from bot.front.cli import main as cli_main
from bot.front.slack import app as slack_app


@pytest.fixture
def env(monkeypatch, tmp_path):
    for var in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "GORAE_POLICY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return monkeypatch


def args_for(*argv: str):
    return build_parser(only="slack").parse_args(["slack", *argv])


def test_missing_tokens_are_named(env, capsys):
    assert cli_main(["slack"]) == 1
    err = capsys.readouterr().err
    assert "SLACK_BOT_TOKEN" in err and "SLACK_APP_TOKEN" in err
    env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    assert cli_main(["slack", "--http", "0"]) == 1
    assert "SLACK_SIGNING_SECRET" in capsys.readouterr().err


def test_a_broken_policy_stops_gorae_with_line_numbers(env, tmp_path, capsys):
    fake = FakeSlack().start()
    try:
        bad = tmp_path / "policy.yaml"
        bad.write_text("version: 1\nroles:\n  operator: {verbs: [fly]}\n")
        env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
        env.setenv("SLACK_SIGNING_SECRET", SECRET)
        env.setenv("SLACK_API_URL", fake.url)
        assert slack_app.main(args_for("--http", "0", "--policy", str(bad))) == 1
        err = capsys.readouterr().err
        assert f"{bad}:3" in err
    finally:
        fake.stop()


def test_wrong_bot_token_is_a_clear_error(env, capsys):
    fake = FakeSlack().start()
    try:
        env.setenv("SLACK_BOT_TOKEN", "not-a-token")
        env.setenv("SLACK_APP_TOKEN", "xapp-1")
        env.setenv("SLACK_API_URL", fake.url)
        assert slack_app.main(args_for(), pipeline=FakePipeline()) == 1
        assert "cannot start" in capsys.readouterr().err
    finally:
        fake.stop()


def run_main(args, pipeline):
    got: dict = {}
    ready = threading.Event()
    stop = threading.Event()

    def on_ready(thing):
        got["thing"] = thing
        ready.set()

    t = threading.Thread(target=lambda: got.setdefault(
        "rc", slack_app.main(args, pipeline=pipeline, ready=on_ready, stop=stop)), daemon=True)
    t.start()
    assert ready.wait(60), "gorae slack did not start"
    return got, stop, t


def test_http_mode_end_to_end_through_main(env):
    fake = FakeSlack().start()
    env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    env.setenv("SLACK_SIGNING_SECRET", SECRET)
    env.setenv("SLACK_API_URL", fake.url.rstrip("/"))  # without the trailing slash, too
    pipe = FakePipeline()
    got, stop, t = run_main(args_for("--http", "0", "--host", "127.0.0.1"), pipe)
    try:
        port = got["thing"].port
        envelope = mention("ps")
        body = json.dumps(envelope).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body, method="POST",
                                     headers={"Content-Type": "application/json", **sign(SECRET, body)})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 200
        deadline = time.monotonic() + 60  # 503 while Kiwi still loads (a Korean mention would wait)
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as resp:
                    assert resp.read() == b"ok"
                    break
            except urllib.error.HTTPError as e:
                assert e.code == 503 and e.read() == b"starting" and time.monotonic() < deadline
                time.sleep(0.05)
        (r,) = pipe.wait(1)
        assert r.request_id == envelope["event_id"]
        fake.wait_for("chat.postMessage")
    finally:
        stop.set()
        t.join(30)
        fake.stop()
    assert got["rc"] == 0


def test_socket_mode_through_main(env):
    sm = FakeSocketMode().start()
    fake = FakeSlack().start()
    fake.ws_url = sm.url
    env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    env.setenv("SLACK_APP_TOKEN", "xapp-1-test")
    env.setenv("SLACK_API_URL", fake.url)
    pipe = FakePipeline()
    got, stop, t = run_main(args_for(), pipe)
    try:
        eid = sm.send("events_api", mention("ps"))
        sm.wait_ack(eid)
        pipe.wait(1)
        fake.wait_for("chat.postMessage")
    finally:
        stop.set()
        t.join(30)
        fake.stop()
        sm.stop()
    assert got["rc"] == 0


def test_a_wrong_app_token_is_a_clear_error(env, capsys):
    fake = FakeSlack().start()
    try:
        env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
        env.setenv("SLACK_APP_TOKEN", "not-an-app-token")
        env.setenv("SLACK_API_URL", fake.url)
        assert slack_app.main(args_for(), pipeline=FakePipeline()) == 1
        assert "SLACK_APP_TOKEN" in capsys.readouterr().err
    finally:
        fake.stop()


def test_a_busy_port_is_a_clear_error(env, capsys):
    import socket

    fake = FakeSlack().start()
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
        env.setenv("SLACK_SIGNING_SECRET", SECRET)
        env.setenv("SLACK_API_URL", fake.url)
        port = str(taken.getsockname()[1])
        assert slack_app.main(args_for("--http", port, "--host", "127.0.0.1"), pipeline=FakePipeline()) == 1
        assert f"cannot listen on port {port}" in capsys.readouterr().err
    finally:
        taken.close()
        fake.stop()


def test_main_builds_the_real_pipeline_with_policy_audit_and_pending(env, tmp_path):
    from pathlib import Path

    fake = FakeSlack().start()
    env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    env.setenv("SLACK_SIGNING_SECRET", SECRET)
    env.setenv("SLACK_API_URL", fake.url)
    env.setenv("GORAE_AUDIT", str(tmp_path / "audit.db"))
    policy = Path(__file__).parent / "data" / "slack-policy.yaml"
    got, stop, t = run_main(args_for("--http", "0", "--host", "127.0.0.1", "--policy", str(policy)), None)
    try:
        body = json.dumps(mention("web 재시작", user="U0MALLORY")).encode()  # not in the policy
        req = urllib.request.Request(f"http://127.0.0.1:{got['thing'].port}/slack/events", data=body,
                                     method="POST", headers={"Content-Type": "application/json",
                                                             **sign(SECRET, body)})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 200
        (eph,) = fake.wait_for("chat.postEphemeral", 1, timeout=30)
        assert eph.params["user"] == "U0MALLORY"
    finally:
        stop.set()
        t.join(30)
        fake.stop()
    assert got["rc"] == 0
    assert (tmp_path / "state" / "state.db").exists()  # dedup and pending: the state database (issue 13)
    assert (tmp_path / "audit.db").exists()
