"""Socket Mode health: gorae exits (non-zero) instead of staying up and deaf.

slack_sdk's Socket Mode client reconnects forever: after Slack's `disconnect`
with reason `link_disabled` (Socket Mode turned off for the app), or when
`apps.connections.open` keeps failing (`too_many_websockets`, a revoked token,
no network), it logs and tries again every few seconds while no event arrives.
`SocketHealth` watches the connection and decides when that is hopeless:

- `link_disabled` from Slack, or `apps.connections.open` answering an error that
  retrying cannot fix (`too_many_websockets`, `invalid_auth`, `token_revoked`, …)
  -> fatal at once;
- `failures` failed reconnects in a row, or no live connection for `grace`
  seconds -> fatal.

On fatal, the reason is logged and `stop` is set; `gorae slack` then exits with
status 3 (compose's `restart: unless-stopped` starts a fresh process). Meanwhile
`gorae health` (bot/front/health.py, the compose health check) reports "not connected"
from the same client.

Sources: docs.slack.dev "Using Socket Mode" (disconnect reasons, 10 connections
per app), slack_sdk.socket_mode.client (reconnect loop).
"""
from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

FATAL_DISCONNECTS = frozenset({"link_disabled"})
FATAL_OPEN_ERRORS = frozenset({
    "too_many_websockets", "invalid_auth", "not_authed", "token_revoked", "account_inactive",
    "app_uninstalled", "not_allowed_token_type", "invalid_app_token",
})
EXIT_UNHEALTHY = 3


class SocketHealth:
    """Watches a slack_sdk SocketModeClient; see the module docstring.

    Args:
        stop: set when gorae must stop (fatal).
        interval: seconds between checks.
        grace: seconds without a live connection before giving up.
        failures: failed reconnects in a row before giving up.
    """

    def __init__(self, stop: threading.Event, *, interval: float = 5.0, grace: float = 120.0,
                 failures: int = 5, clock: Callable[[], float] = time.monotonic) -> None:
        self.stop = stop
        self.interval = interval
        self.grace = grace
        self.max_failures = failures
        self.clock = clock
        self.fatal: str | None = None
        self.failures = 0
        self._last_ok = clock()
        self._lock = threading.Lock()
        self._client: Any = None

    # ----------------------------------------------------------------- wiring
    def attach(self, client: Any) -> None:
        """Hook into a slack_sdk SocketModeClient (before `connect`)."""
        self._client = client
        original = client.issue_new_wss_url

        def issue_new_wss_url() -> str:
            try:
                url = original()
            except SlackApiError as e:
                self._open_failed(str(e.response.get("error") or e))
                raise
            except Exception as e:  # no network, DNS, TLS
                self._open_failed(f"{type(e).__name__}: {e}")
                raise
            with self._lock:
                self.failures = 0
            return url

        client.issue_new_wss_url = issue_new_wss_url
        client.on_message_listeners.append(self._on_message)

    def _on_message(self, raw: str) -> None:
        if '"disconnect"' not in raw:
            return
        try:
            message = json.loads(raw)
        except ValueError:
            return
        if message.get("type") == "disconnect" and message.get("reason") in FATAL_DISCONNECTS:
            self.die(f"Slack closed the Socket Mode connection: {message.get('reason')} "
                     "(Socket Mode was turned off for this app, or the app was disabled)")

    def _open_failed(self, error: str) -> None:
        with self._lock:
            self.failures += 1
            count = self.failures
        if error in FATAL_OPEN_ERRORS:
            self.die(f"apps.connections.open failed: {error}")
        elif count >= self.max_failures:
            self.die(f"apps.connections.open failed {count} times in a row (last: {error})")
        else:
            log.warning("Socket Mode reconnect failed (%d of %d): %s", count, self.max_failures, error)

    def die(self, reason: str) -> None:
        with self._lock:
            if self.fatal is not None:
                return
            self.fatal = reason
        log.error("gorae slack: %s; exiting so that it can be restarted", reason)
        self.stop.set()

    # ----------------------------------------------------------------- the watch
    def check(self) -> None:
        """One look at the connection (the watch loop calls it every `interval` seconds)."""
        connected = bool(self._client is not None and self._client.is_connected())
        now = self.clock()
        if connected:
            self._last_ok = now
        elif now - self._last_ok > self.grace:
            self.die(f"no Socket Mode connection for {now - self._last_ok:.0f} s")

    def watch(self) -> None:
        """Check until `stop` is set (run it on a thread)."""
        while not self.stop.wait(self.interval):
            self.check()

