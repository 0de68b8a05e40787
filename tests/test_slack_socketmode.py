"""bot/front/slack/socketmode.py: EarlyAckHandler acks an event envelope once its inbox row is
stored, then dispatches it after the burst; slash commands and clicks are dispatched before their
ack, as bolt does. First `handle` directly, with a stand-in for the SDK's Socket Mode client (its
`send_socket_mode_response`) and a bolt App on the fake Slack Web API (tests/slack_fake.py); then
over a real WebSocket (tests/slack_fake.py FakeSocketMode). The rest of Socket Mode (bolt's own
handler, reconnects): tests/test_slack_socket.py.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from concurrent.futures import Future

import pytest
from slack_bolt import App
from slack_fake import FakeSlack, FakeSocketMode, mention
from slack_harness import FakePipeline
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.front.slack.app import SlackFrontEnd, build_app, make_client
from bot.front.slack.identity import Groups
from bot.front.slack.socketmode import EarlyAckHandler
from bot.front.slack.worker import Worker
from bot.state.dedup import Dedup


class SocketClient:
    """The Socket Mode client as the handler answers through it: `send_socket_mode_response`,
    recorded in order with what had been dispatched by then (`fail`: the connection is gone);
    `logger`, which bolt's own handling uses."""

    logger = logging.getLogger("test.socketmode")

    def __init__(self, dispatched: list[str], *, fail: bool = False) -> None:
        self.dispatched = dispatched
        self.fail = fail
        self.acks: list[tuple[str, list[str]]] = []

    def send_socket_mode_response(self, response: SocketModeResponse) -> None:
        self.acks.append((response.envelope_id, list(self.dispatched)))
        if self.fail:
            raise ConnectionError("the connection is being replaced")


@pytest.fixture(scope="module")
def slack() -> Iterator[FakeSlack]:
    f = FakeSlack().start()
    yield f
    f.stop()


@pytest.fixture(scope="module")
def bolt(slack: FakeSlack) -> Iterator[tuple[App, list[str], EarlyAckHandler]]:
    """A bolt App whose listeners record what they were given (events by event_id, commands by
    text), and one EarlyAckHandler of it for the module (closing one takes the SDK a second)."""
    app = App(client=make_client("xoxb-test-token", slack.url), signing_secret="", token_verification_enabled=False,
              process_before_response=True, raise_error_for_unhandled_request=False)
    dispatched: list[str] = []

    @app.event("app_mention")
    def on_mention(body: dict) -> None:
        dispatched.append(body["event_id"])

    @app.command("/gorae")
    def on_command(ack, command: dict) -> None:
        dispatched.append(command["text"])
        ack()

    handler = EarlyAckHandler(app, "xapp-1-A0GORAE-test")
    yield app, dispatched, handler
    handler.close()


@pytest.fixture
def handler(bolt) -> Iterator[tuple[EarlyAckHandler, list[str]]]:
    """The module's handler with no store (each test sets its own) and nothing dispatched yet."""
    _, dispatched, h = bolt
    dispatched.clear()
    h.store, h.store_timeout = None, 1.0
    yield h, dispatched
    assert h.quiet(10)  # nothing left over for the next test


def event(text: str = "ps") -> SocketModeRequest:
    body = mention(text)
    return SocketModeRequest(type="events_api", envelope_id=f"env-{body['event_id']}", payload=body)


def test_an_event_is_acked_before_it_is_dispatched(handler) -> None:
    h, dispatched = handler
    client = SocketClient(dispatched)
    req = event()
    h.handle(client, req)  # type: ignore[arg-type]
    assert client.acks == [(req.envelope_id, [])]  # acked: nothing dispatched yet
    assert h.quiet(10) and dispatched == [req.payload["event_id"]]


def test_an_event_is_acked_only_once_its_row_is_stored(handler) -> None:
    h, dispatched = handler
    writes: list[Future[None]] = []

    def store(body: dict) -> Future[None]:
        writes.append(Future())
        return writes[-1]

    h.store, h.store_timeout = store, 600
    client = SocketClient(dispatched)
    req = event()
    h.handle(client, req)  # type: ignore[arg-type]
    assert len(writes) == 1 and client.acks == []  # the write is not done: no ack
    writes[0].set_result(None)  # the write's completion sends the ack
    assert client.acks == [(req.envelope_id, [])]
    assert h.quiet(10) and dispatched == [req.payload["event_id"]]


@pytest.mark.parametrize("how", ["raises", "fails"])
def test_a_store_that_fails_is_logged_and_the_event_acked_anyway(handler, caplog, how: str) -> None:
    h, dispatched = handler

    def store(body: dict) -> Future[None]:
        if how == "raises":
            raise RuntimeError("database is locked")
        fut: Future[None] = Future()
        fut.set_exception(RuntimeError("database is locked"))
        return fut

    h.store = store
    client = SocketClient(dispatched)
    req = event()
    with caplog.at_level(logging.ERROR):
        h.handle(client, req)  # type: ignore[arg-type]
        assert h.quiet(10)
    assert [a for a, _ in client.acks] == [req.envelope_id] and dispatched == [req.payload["event_id"]]
    assert "an event is acked without being stored: database is locked" in caplog.text


def test_an_ack_that_cannot_be_sent_is_logged_and_the_event_still_runs(handler, caplog) -> None:
    h, dispatched = handler
    req = event()
    with caplog.at_level(logging.WARNING):
        h.handle(SocketClient(dispatched, fail=True), req)  # type: ignore[arg-type]
        assert h.quiet(10)
    assert dispatched == [req.payload["event_id"]]  # Slack sends it again; dedup takes it once
    assert f"could not ack envelope {req.envelope_id}: the connection is being replaced" in caplog.text


def test_events_of_a_burst_are_acked_and_dispatched_in_the_order_they_came(handler) -> None:
    h, dispatched = handler
    client = SocketClient(dispatched)
    reqs = [event(f"ps {i}") for i in range(20)]
    for r in reqs:
        h.handle(client, r)  # type: ignore[arg-type]
    assert h.quiet(10)
    assert [a for a, _ in client.acks] == [r.envelope_id for r in reqs]
    assert dispatched == [r.payload["event_id"] for r in reqs]


def test_a_slash_command_is_dispatched_before_its_ack(handler) -> None:
    """Its ack can carry a response (bolt's order): not stored, not deferred."""
    h, dispatched = handler
    stored: list[dict] = []
    h.store = stored.append
    client = SocketClient(dispatched)
    payload = {"command": "/gorae", "text": "ps", "user_id": "U0ALICE", "channel_id": "C0OPS", "team_id": "T0TEAM",
               "response_url": "http://127.0.0.1:9/webhook/x", "trigger_id": "1.2.3"}
    h.handle(client, SocketModeRequest(type="slash_commands", envelope_id="cmd-1", payload=payload))  # type: ignore[arg-type]
    assert client.acks == [("cmd-1", ["ps"])] and stored == []


# --------------------------------------------------------------------------- over a real WebSocket


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


@pytest.fixture
def early(fake, sm, tmp_path):
    """EarlyAckHandler with a store whose writes the test completes by hand (`writes`)."""
    pipe = FakePipeline()
    client = make_client("xoxb-test-token", fake.url)
    frontend = SlackFrontEnd(pipe, client, dedup=Dedup(tmp_path / "d.sqlite"), groups=Groups(client),
                             worker=Worker(workers=4))
    app = build_app(frontend, client=client)
    writes: list[tuple[str, Future[None]]] = []

    def store(body: dict) -> Future[None]:
        fut: Future[None] = Future()
        writes.append((str(body.get("event_id")), fut))
        return fut

    handler = EarlyAckHandler(app, "xapp-1-A0GORAE-test", store=store, store_timeout=1.0)
    handler.connect()
    sm.wait_connected()
    yield pipe, frontend, handler, writes
    handler.close()
    frontend.worker.join(10)
    frontend.worker.shutdown()


def test_an_event_is_acked_only_once_stored_and_dispatched_after_the_ack(early, sm):
    pipe, frontend, handler, writes = early
    env = mention("ps")
    eid = sm.send("events_api", env)
    deadline = time.monotonic() + 5
    while not writes and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [w[0] for w in writes] == [env["event_id"]]
    time.sleep(0.3)
    assert eid not in sm.acks and pipe.requests == []  # neither acked nor run before the write
    writes[0][1].set_result(None)
    sm.wait_ack(eid)
    assert handler.quiet(5)
    (req,) = pipe.wait(1)
    assert req.request_id == env["event_id"]


def test_a_store_that_hangs_is_acked_after_the_timeout_and_still_runs_once(early, sm):
    pipe, frontend, handler, writes = early
    env = mention("ps")
    started = time.monotonic()
    eid = sm.send("events_api", env)
    sm.wait_ack(eid, timeout=5)
    assert time.monotonic() - started >= 0.9  # store_timeout (1 s): Slack wants the ack within 3 s
    assert handler.quiet(5)
    pipe.wait(1)
    writes[0][1].set_result(None)  # the write finishes late: no second ack, no second run
    time.sleep(0.3)
    assert sm.acks.count(eid) == 1
    assert frontend.worker.join(10) and len(pipe.requests) == 1


def test_a_burst_of_200_envelopes_is_acked_whole_and_each_event_runs_once(early, sm):
    pipe, frontend, handler, writes = early
    envs = [mention(f"ps {i}") for i in range(180)]
    ids = [sm.send("events_api", e) for e in envs]
    ids += [sm.send("events_api", e, retry_attempt=1, retry_reason="timeout") for e in envs[:20]]  # redeliveries
    deadline = time.monotonic() + 10
    while len(writes) < 200 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(writes) == 200
    for _, fut in writes:
        fut.set_result(None)
    for eid in ids:
        sm.wait_ack(eid)
    assert handler.quiet(30) and frontend.worker.join(60)
    ran = [r.request_id for r in pipe.requests]
    assert sorted(ran) == sorted(e["event_id"] for e in envs)  # every event once, none twice
