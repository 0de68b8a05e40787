"""Socket Mode: the real bolt SocketModeHandler against a local WebSocket server that
speaks Slack's envelope protocol (hello, envelopes, acks by envelope_id, disconnect)."""
from __future__ import annotations

import time

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_fake import FakeSlack, FakeSocketMode, block_action, command, mention
from slack_harness import FakePipeline

from bot.front.slack.app import SlackFrontEnd, build_app, make_client
from bot.front.slack.identity import Groups
from bot.front.slack.socketmode import EarlyAckHandler
from bot.front.slack.worker import Worker
from bot.model import Reply
from bot.state.dedup import Dedup


@pytest.fixture
def sm():
    server = FakeSocketMode().start()
    yield server
    server.stop()


@pytest.fixture
def fake(sm):
    f = FakeSlack().start()
    f.ws_url = sm.url
    yield f
    f.stop()


@pytest.fixture(params=["early-ack", "bolt"])
def setup(request, fake, sm, tmp_path):
    """`gorae slack`'s handler (EarlyAckHandler: events acked before dispatch) and bolt's own."""
    pipe = FakePipeline()
    client = make_client("xoxb-test-token", fake.url)
    frontend = SlackFrontEnd(pipe, client, dedup=Dedup(tmp_path / "d.sqlite"), groups=Groups(client),
                             worker=Worker(workers=2))
    app = build_app(frontend, client=client)  # no signing secret: Socket Mode needs none
    # ping_interval: the SDK's session monitor runs as often and reconnects a dropped session on its
    # tick — 3 s instead of the default 10 (stale only after 4 intervals without a pong: 12 s)
    if request.param == "bolt":
        handler = SocketModeHandler(app, "xapp-1-A0GORAE-test", ping_interval=3)
    else:
        handler = EarlyAckHandler(app, "xapp-1-A0GORAE-test", store=frontend.intake_body, ping_interval=3)
    handler.connect()
    sm.wait_connected()
    yield pipe, frontend, handler
    handler.close()
    frontend.worker.join(10)
    frontend.worker.shutdown()


def test_events_are_acked_by_envelope_id_and_run_once(setup, fake, sm):
    pipe, frontend, _ = setup
    env = mention("web 재시작")
    first = sm.send("events_api", env)
    sm.wait_ack(first)
    retry = sm.send("events_api", env, retry_attempt=1, retry_reason="timeout")
    sm.wait_ack(retry)  # a duplicate is still acked, so Slack stops resending
    third = sm.send("events_api", env, retry_attempt=2, retry_reason="timeout")
    sm.wait_ack(third)
    pipe.wait(1)
    assert frontend.worker.join(10)
    time.sleep(0.2)
    assert len(pipe.requests) == 1
    assert pipe.requests[0].request_id == env["event_id"]
    assert len(fake.thread("C0OPS", env["event"]["ts"])) == 1


def test_slash_command_over_socket_mode(setup, fake, sm):
    pipe, frontend, _ = setup
    eid = sm.send("slash_commands", command("ps", response_url=fake.webhook()))
    sm.wait_ack(eid)
    (req,) = pipe.wait(1)
    assert req.text == "ps" and req.channel == "C0OPS"
    assert frontend.worker.join(10)
    assert len(fake.ok_calls("chat.postMessage")) == 1


def test_button_click_over_socket_mode(setup, fake, sm):
    pipe, frontend, _ = setup
    pipe.script["rm web"] = Reply("en", "confirm", "Remove web?", cli=("docker rm web",), pending="p-1")
    env = mention("rm web")
    sm.wait_ack(sm.send("events_api", env))
    pipe.wait(1)
    assert frontend.worker.join(10)
    (q,) = fake.thread("C0OPS", env["event"]["ts"])
    msg = {"type": "message", "ts": q["ts"], "text": q["text"], "blocks": q["blocks"],
           "thread_ts": env["event"]["ts"]}
    sm.wait_ack(sm.send("interactive", block_action("gorae_confirm", "p-1", message=msg)))
    deadline = time.monotonic() + 10
    while not pipe.confirms and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [(c[0], c[1].user, c[3]) for c in pipe.confirms] == [("p-1", "U0ALICE", True)]
    assert frontend.worker.join(10)
    assert "Confirmed by <@U0ALICE>" in str(fake.messages("C0OPS")[q["ts"]]["blocks"])


def test_disconnect_then_reconnect_and_keep_working(setup, fake, sm):
    pipe, frontend, handler = setup
    assert len(fake.of("apps.connections.open")) == 1
    sm.disconnect()
    fake.wait_for("apps.connections.open", 2)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not (handler.client.is_connected() and len(sm.connections) == 1):
        time.sleep(0.05)
    assert handler.client.is_connected()
    env = mention("ps")
    sm.wait_ack(sm.send("events_api", env))
    (req,) = pipe.wait(1)
    assert req.request_id == env["event_id"]


def test_server_dropping_the_connection_reconnects(setup, fake, sm):
    pipe, frontend, handler = setup
    for ws in list(sm.connections):
        ws.close()
    fake.wait_for("apps.connections.open", 2, timeout=60)  # the next monitor tick; later on a loaded machine
    sm.wait_connected(timeout=30)
    env = mention("ps")
    eid = sm.send("events_api", env)
    sm.wait_ack(eid, timeout=15)
    pipe.wait(1)
