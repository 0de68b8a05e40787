"""Socket Mode with the HTTP endpoint's order: store, ack, and dispatch once the burst is over.

bolt's SocketModeHandler acks an envelope after `app.dispatch` has run the listener, on the
SDK's 10 worker threads; at 200 envelopes at once each ack waited for the dispatch (and, with
the stored inbox, the inbox write) of the envelopes before it: p99 143 ms with simulated work
(bench/slack_socket_ack.py, bench/RESULTS.md, issue 9). `EarlyAckHandler` answers an
`events_api` envelope that carries an `event_callback` as bot.front.slack.server answers an HTTP
event: its inbox row is written (`store`, grouped with the rest of the burst; the ack is sent
from the write's completion, so no worker thread waits for the disk), then the envelope is
acked, then it is dispatched on one thread once no envelope has arrived for `QUIET` seconds
(or the oldest has waited `DEFER_MAX`). The answer to an event is always an empty ack, and the
listeners only queue the work, so nothing they decide could change it. Slash commands and
interactivity are dispatched before their ack, as bolt does (their ack can carry a response).

    handler = EarlyAckHandler(app, app_token, store=frontend.intake_body)
    handler.connect()     # as SocketModeHandler
    handler.quiet(10)     # every acked event dispatched (tests, shutdown)
    handler.close()

A store that fails or takes over `store_timeout` seconds (the state database away) is logged and
the envelope acked anyway (as over HTTP): its work then fails closed on the same database.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.socket_mode.internals import run_bolt_app
from slack_sdk.socket_mode.builtin.client import SocketModeClient
from slack_sdk.socket_mode.client import BaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.front.slack.server import DEFER_MAX, QUIET

log = logging.getLogger(__name__)

Store = Callable[[dict[str, Any]], "Future[None] | None"]


class EarlyAckHandler(SocketModeHandler):
    """SocketModeHandler that acks events before dispatching them (see the module docstring).

    Args (beyond SocketModeHandler's): store: writes an event's inbox row and returns the
    write's Future (None: nothing to store), e.g. SlackFrontEnd.intake_body; store_timeout:
    seconds an ack waits for that write at most.
    """

    def __init__(self, app: App, app_token: str | None = None, *, store: Store | None = None,
                 store_timeout: float = 1.0, **kw: Any) -> None:
        super().__init__(app, app_token, **kw)
        self.store = store
        self.store_timeout = store_timeout
        self._cond = threading.Condition()
        self._storing: dict[int, tuple[float, BaseSocketModeClient, SocketModeRequest]] = {}  # not acked yet
        self._acked: deque[tuple[float, SocketModeRequest]] = deque()  # acked, to dispatch, in order
        self._last = 0.0  # time.monotonic() of the last envelope received
        self._undispatched = 0
        self._closed = False
        self._thread = threading.Thread(target=self._dispatch_loop, name="gorae-socket-dispatch", daemon=True)
        self._thread.start()

    # ----------------------------------------------------------------- the SDK's worker threads
    def handle(self, client: SocketModeClient, req: SocketModeRequest) -> None:  # type: ignore[override]  # as bolt's
        payload = req.payload if isinstance(req.payload, dict) else None
        if req.type != "events_api" or payload is None or payload.get("type") != "event_callback":
            super().handle(client, req)
            return
        now = time.monotonic()
        with self._cond:
            self._last = now
            self._undispatched += 1
        try:
            fut = self.store(payload) if self.store is not None else None
        except Exception as e:
            log.error("an event is acked without being stored: %s", e)
            fut = None
        if fut is None:
            self._ack(client, req)
            return
        key = id(req)
        with self._cond:
            self._storing[key] = (now + self.store_timeout, client, req)
            self._cond.notify_all()  # the dispatcher keeps the deadline

        def written(f: Future[None]) -> None:  # on the inbox's writer thread
            with self._cond:
                if self._storing.pop(key, None) is None:
                    return  # acked already: the write took over store_timeout
            error = f.exception()
            if error is not None:
                log.error("an event is acked without being stored: %s", error)
            self._ack(client, req)

        fut.add_done_callback(written)

    def _ack(self, client: BaseSocketModeClient, req: SocketModeRequest) -> None:
        try:
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
        except Exception as e:  # the connection is being replaced: Slack sends it again
            log.warning("could not ack envelope %s: %s", req.envelope_id, e)
        with self._cond:
            self._acked.append((time.monotonic(), req))
            self._cond.notify_all()

    # ----------------------------------------------------------------- the dispatcher
    def _dispatch_loop(self) -> None:
        while True:
            late: list[tuple[BaseSocketModeClient, SocketModeRequest]] = []
            item: SocketModeRequest | None = None
            with self._cond:
                if self._closed and not self._acked and not self._storing:
                    return
                now = time.monotonic()
                for key, (deadline, client, req) in list(self._storing.items()):
                    if deadline <= now:
                        del self._storing[key]
                        late.append((client, req))
                waits = [d - now for d, _, _ in self._storing.values()]
                if self._acked:  # after the burst (QUIET without an envelope), or DEFER_MAX at most
                    due = now if self._closed else min(self._last + QUIET, self._acked[0][0] + DEFER_MAX)
                    if due <= now:
                        item = self._acked.popleft()[1]
                    else:
                        waits.append(due - now)
                if item is None and not late:
                    self._cond.wait(min(waits) if waits else 0.5)
                    continue
            for client, req in late:
                log.error("an event is acked before it was stored (the state database took over %s s)",
                          self.store_timeout)
                self._ack(client, req)
            if item is not None:
                try:
                    resp = run_bolt_app(self.app, item)
                    if resp.status != 200:
                        log.error("an acked event was not taken (status %s)", resp.status)
                except Exception:
                    log.exception("an acked event could not be dispatched")
                finally:
                    with self._cond:
                        self._undispatched -= 1
                        self._cond.notify_all()

    def quiet(self, timeout: float | None = None) -> bool:
        """Wait until every event acked early has been dispatched; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._undispatched == 0, timeout)

    def close(self) -> None:
        self.quiet(10)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        super().close()  # type: ignore[no-untyped-call]
