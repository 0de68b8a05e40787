"""bot/front/slack/health.py: gorae exits (status 3) instead of staying up and deaf when Socket Mode
cannot come back — SocketHealth's rules on a stand-in for slack_sdk's SocketModeClient (its
`issue_new_wss_url`, `on_message_listeners`, `is_connected`) and a clock of the test's, then
`gorae slack` itself against the fake Slack (tests/slack_fake.py: the Web API and a Socket Mode
WebSocket server on 127.0.0.1).
"""
from __future__ import annotations

import logging
import threading

import pytest
from slack_fake import FakeSlack, FakeSocketMode
from slack_harness import FakePipeline
from slack_sdk.errors import SlackApiError

from bot.front.slack.health import EXIT_UNHEALTHY, FATAL_OPEN_ERRORS, SocketHealth


class SocketClient:
    """The parts of slack_sdk's SocketModeClient that SocketHealth uses: `issue_new_wss_url`
    (apps.connections.open; each call answers the next of `opens`: a URL or an exception),
    `on_message_listeners` (each raw WebSocket message) and `is_connected`."""

    def __init__(self, *opens: str | Exception) -> None:
        self.opens = list(opens)
        self.on_message_listeners: list = []
        self.connected = True

    def issue_new_wss_url(self) -> str:
        answer = self.opens.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def is_connected(self) -> bool:
        return self.connected

    def message(self, raw: str) -> None:
        for listener in self.on_message_listeners:
            listener(raw)


def slack_error(error: str) -> SlackApiError:
    return SlackApiError(f"The request to the Slack API failed. (error: {error})", {"ok": False, "error": error})


def watched(*opens: str | Exception, failures: int = 5, grace: float = 120.0) -> tuple[SocketHealth, SocketClient, list]:
    now = [1000.0]
    health = SocketHealth(threading.Event(), failures=failures, grace=grace, clock=lambda: now[0])
    client = SocketClient(*opens)
    health.attach(client)
    return health, client, now


def test_a_connection_opened_is_healthy() -> None:
    health, client, _ = watched("wss://wss.example/link/?ticket=1")
    assert client.issue_new_wss_url() == "wss://wss.example/link/?ticket=1"
    health.check()
    assert health.fatal is None and not health.stop.is_set() and health.failures == 0


def test_link_disabled_from_slack_is_fatal_at_once() -> None:
    health, client, _ = watched()
    client.message('{"type": "disconnect", "reason": "refresh_requested"}')  # Slack's routine refresh
    client.message('{"type": "hello"}')
    client.message('"disconnect" but not JSON')
    assert health.fatal is None
    client.message('{"type": "disconnect", "reason": "link_disabled", "debug_info": {"host": "applink-1"}}')
    assert health.stop.is_set() and "link_disabled" in (health.fatal or "")


@pytest.mark.parametrize("error", sorted(FATAL_OPEN_ERRORS))
def test_an_open_error_that_retrying_cannot_fix_is_fatal_at_once(error: str) -> None:
    health, client, _ = watched(slack_error(error))
    with pytest.raises(SlackApiError):  # the SDK's own handling goes on: the error is raised through
        client.issue_new_wss_url()
    assert health.stop.is_set() and health.fatal == f"apps.connections.open failed: {error}"


def test_failed_reconnects_in_a_row_are_fatal_and_a_success_resets_the_count(caplog) -> None:
    health, client, _ = watched(slack_error("internal_error"), ConnectionError("no network"), "wss://ok",
                                slack_error("internal_error"), slack_error("ratelimited"),
                                OSError("Name or service not known"), failures=3)
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            with pytest.raises((SlackApiError, OSError)):
                client.issue_new_wss_url()
    assert health.failures == 2 and health.fatal is None
    assert "Socket Mode reconnect failed (2 of 3): ConnectionError: no network" in caplog.text
    client.issue_new_wss_url()
    assert health.failures == 0
    for _ in range(3):
        with pytest.raises((SlackApiError, OSError)):
            client.issue_new_wss_url()
    assert health.stop.is_set()
    assert health.fatal == "apps.connections.open failed 3 times in a row (last: OSError: Name or service not known)"


def test_no_live_connection_for_the_grace_period_is_fatal() -> None:
    health, client, now = watched(grace=120)
    client.connected = False
    now[0] += 120
    health.check()
    assert health.fatal is None  # not yet more than the grace
    client.connected = True
    now[0] += 100
    health.check()  # connected again: the grace starts over
    client.connected = False
    now[0] += 120
    health.check()
    assert health.fatal is None
    now[0] += 1
    health.check()
    assert health.stop.is_set() and health.fatal == "no Socket Mode connection for 121 s"


def test_the_first_fatal_reason_is_kept(caplog) -> None:
    health, _, _ = watched()
    with caplog.at_level(logging.ERROR):
        health.die("first")
        health.die("second")
    assert health.fatal == "first"
    assert [r.getMessage() for r in caplog.records] == [
        "gorae slack: first; exiting so that it can be restarted"]


def test_not_attached_is_not_connected() -> None:
    now = [0.0]
    health = SocketHealth(threading.Event(), grace=10, clock=lambda: now[0])
    now[0] = 11
    health.check()
    assert health.fatal == "no Socket Mode connection for 11 s"


def test_the_watch_ends_when_stop_is_set() -> None:
    stop = threading.Event()
    stop.set()
    health = SocketHealth(stop, interval=3600)
    health.watch()  # returns at once: stop was set
    assert health.fatal is None and EXIT_UNHEALTHY == 3


# --------------------------------------------------------------------------- `gorae slack` exits


@pytest.fixture
def socket_env(monkeypatch, tmp_path):
    sm = FakeSocketMode().start()
    fk = FakeSlack().start()
    fk.ws_url = sm.url
    for var in ("SLACK_SIGNING_SECRET", "GORAE_POLICY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-A0GORAE-test")
    monkeypatch.setenv("SLACK_API_URL", fk.url)
    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("GORAE_SOCKET_CHECK_INTERVAL", "0.2")
    monkeypatch.setenv("GORAE_SOCKET_GRACE", "3")
    # slack_sdk retries a lost session on its monitor's tick, every ping interval (default 10 s): a
    # short one makes the failed reconnects below come within a second, not 10 s apart (at a load of
    # 8 they once took longer than the test waited)
    monkeypatch.setenv("GORAE_SOCKET_PING_INTERVAL", "0.5")
    yield sm, fk, tmp_path
    sm.stop()
    fk.stop()


def start_socket_mode(tmp_path):
    from bot.front.cli import build_parser
    from bot.front.slack import app as slack_app

    args = build_parser(only="slack").parse_args(["slack", "--state", str(tmp_path / "state" / "d.sqlite")])
    got: dict = {}
    ready = threading.Event()
    stop = threading.Event()
    def on_ready(handler) -> None:
        got["handler"] = handler
        ready.set()

    t = threading.Thread(target=lambda: got.setdefault(
        "rc", slack_app.main(args, pipeline=FakePipeline(), ready=on_ready, stop=stop)), daemon=True)
    t.start()
    assert ready.wait(60)
    return got, stop, t, args


def test_link_disabled_makes_gorae_exit_non_zero(socket_env, caplog):
    sm, fk, tmp_path = socket_env
    got, stop, t, args = start_socket_mode(tmp_path)
    assert got["handler"].client.ping_interval == 0.5  # GORAE_SOCKET_PING_INTERVAL reached the SDK's client
    with caplog.at_level(logging.ERROR):
        sm.disconnect("link_disabled")
        t.join(60)
    assert not t.is_alive(), "gorae stayed up without a connection"
    assert got["rc"] == 3
    assert "link_disabled" in " ".join(r.getMessage() for r in caplog.records)


def test_too_many_websockets_makes_gorae_exit_non_zero(socket_env, caplog, monkeypatch):
    sm, fk, tmp_path = socket_env
    monkeypatch.setenv("GORAE_SOCKET_GRACE", "60")  # the error itself must be the reason
    got, stop, t, _ = start_socket_mode(tmp_path)
    fk.fail("apps.connections.open", error="too_many_websockets", times=100)
    with caplog.at_level(logging.ERROR):
        for ws in list(sm.connections):
            ws.close()
        t.join(90)  # a loaded machine: the reconnect loop backs off between tries
    assert not t.is_alive(), "gorae stayed up without a connection"
    assert got["rc"] == 3
    assert "too_many_websockets" in " ".join(r.getMessage() for r in caplog.records)


def test_repeated_reconnect_failures_make_gorae_exit_non_zero(socket_env, monkeypatch, caplog):
    sm, fk, tmp_path = socket_env
    monkeypatch.setenv("GORAE_SOCKET_GRACE", "600")  # the count of failures must be the reason
    monkeypatch.setenv("GORAE_SOCKET_FAILURES", "2")
    got, stop, t, _ = start_socket_mode(tmp_path)
    fk.fail("apps.connections.open", error="internal_error", times=1000)
    with caplog.at_level(logging.ERROR):
        for ws in list(sm.connections):
            ws.close()
        t.join(90)
    assert not t.is_alive() and got["rc"] == 3
    assert "2 times in a row" in " ".join(r.getMessage() for r in caplog.records)
