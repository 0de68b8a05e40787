"""The Events API endpoint: a small asyncio HTTP/1.1 server in front of the bolt App.

Connections are read by an `asyncio.Protocol` (`_Connection`): callbacks on the event loop,
no StreamReader/StreamWriter and no task per connection or per read (measured: the acking
thread's CPU for a burst, bench/RESULTS.md, issue 9 session 5).

Bolt's own dev server handles one request at a time, and a thread per connection
(http.server) makes 50 simultaneous requests wait behind each other for the GIL.
Here one event loop reads every request and runs `app.dispatch` itself (signature
check, in-memory dedup, enqueue: about 0.3 ms, no disk, no network), so an ack never
waits for Docker, and a burst of 200 is not slowed by handing each request to a
thread and back (measured: p99 92 ms inline vs 118 ms with 4 dispatcher threads at
200 simultaneous requests, bench/RESULTS.md). `dispatchers=N` runs dispatch on N
threads instead.

Events (`"type": "event_callback"`, correctly signed) are first written to the stored
inbox (`store`, bot/state/inbox.py: a kill -9 after the ack loses nothing), then acked before they are
dispatched (`early_ack`, on by default): their answer is always an empty 200, and the
listener only records the delivery keys in memory and queues the work, so nothing it
decides can change the answer. The handler writes the 200 and queues the request;
the acked requests are dispatched in order once the burst they came in is over
(`_dispatch_acked`: 10 ms without a new request, 250 ms at most), one per turn of the
event loop, so whatever has arrived is read and acked first. A burst of 200
then costs each ack only the read, the signature check, the inbox write and the write
of the 200, not the ~0.3 ms of bolt's dispatch of every request before it. Nothing acked is lost
that is in the stored inbox: another replica (or this one restarted) runs what was still
queued. `quiet()` waits
until every acked request has been dispatched (tests, shutdown). Commands,
interactivity and url_verification are dispatched before they are answered, as before.

    server = SlackHTTPServer(app, port=3000, signing_secret=secret)
    server.start()            # background thread; server.port is the bound port
    ...
    server.stop()

Limits: bodies over `max_body` get 413 without being read; header blocks over 100
lines or 64 KB, and clients that stall for `timeout` seconds, are dropped.
Undecodable or malformed bodies get 400 when correctly signed, else 401.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from http import HTTPStatus
from typing import Any

from slack_bolt import App, BoltRequest

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
Response = tuple[int, dict[str, Any], bytes]
QUIET = 0.01  # s without a request read before acked events are dispatched (the burst is over)
DEFER_MAX = 0.25  # s an acked event waits for its dispatch at most (steady traffic)


class SlackHTTPServer:
    def __init__(self, app: App, *, port: int, host: str = "0.0.0.0", path: str = EVENTS_PATH,
                 signing_secret: str = "", max_body: int = 1 << 20, dispatchers: int = 0,
                 timeout: float = 30.0, early_ack: bool = True,
                 store: Callable[[bytes], Future[None] | None] | None = None,
                 store_timeout: float = 1.0, ready: Callable[[], bool] | None = None) -> None:
        self.app = app
        self.ready = ready  # /healthz: 503 until it is true (the workers warm); None: always ready
        self.store = store
        self.store_timeout = store_timeout
        self.host, self.path = host, path
        self.secret = signing_secret
        self.max_body = max_body
        self.timeout = timeout
        self._want_port = port
        self._inline = dispatchers <= 0
        self.early_ack = early_ack and bool(signing_secret)
        self._undispatched = 0  # events acked and not yet dispatched
        self._acked: deque[tuple[float, str, str, dict[str, str], bytes]] = deque()  # ... in ack order
        self._last_read = 0.0  # the event loop's clock when a request was last read
        self._pump: asyncio.Task[None] | None = None  # dispatches them (_dispatch_acked)
        self._quiet = threading.Condition()
        self._pool = ThreadPoolExecutor(max_workers=max(1, dispatchers), thread_name_prefix="gorae-ack")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._connections: set[_Connection] = set()  # open ones (closed at stop)

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.sockets[0].getsockname()[1]

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="gorae-slack-http", daemon=True)
        self._thread.start()
        self._ready.wait(30)
        if self._error is not None:
            raise self._error

    def serve_forever(self) -> None:
        self.start()
        assert self._thread is not None
        self._thread.join()

    def quiet(self, timeout: float | None = None) -> bool:
        """Wait until every event acked early has been dispatched; False on timeout."""
        with self._quiet:
            return self._quiet.wait_for(lambda: self._undispatched == 0, timeout)

    def stop(self) -> None:
        self.quiet(10)
        if self._loop is not None and self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            self._server = loop.run_until_complete(
                loop.create_server(lambda: _Connection(self), self.host, self._want_port, backlog=512))
        except BaseException as e:  # port in use, bad address
            self._error = e
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:  # close the listener, then every open connection (keep-alive readers)
            self._server.close()
            for conn in list(self._connections):
                conn.abort()
            loop.run_until_complete(asyncio.sleep(0))  # their connection_lost
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

    # ----------------------------------------------------------------- HTTP
    def _handle(self, conn: _Connection, method: str, target: str, headers: dict[str, str], body: bytes,
                close: bool) -> None:
        """One complete request read from `conn` (which reads nothing more until `conn.done`)."""
        loop = asyncio.get_running_loop()
        if self.early_ack and method == "POST" and self._is_event(target, headers, body):
            with self._quiet:
                self._undispatched += 1

            def ack() -> None:  # stored (or given up on): the 200, then dispatched later
                try:
                    conn.send((200, {}, b""), close=close)
                finally:  # dispatched later, one per turn of the loop, whatever happened to the answer
                    self._acked.append((loop.time(), method, target, headers, body))
                    if self._pump is None or self._pump.done():
                        self._pump = loop.create_task(self._dispatch_acked())
                    conn.done(close)

            self._stored(body, ack)
            return
        if self._inline:
            conn.send(self.respond(method, target, headers, body), close=close)
            conn.done(close)
            return

        def answered(fut: asyncio.Future[Response]) -> None:
            try:
                resp = fut.result()
            except Exception:
                log.exception("dispatch failed")
                resp = (500, {}, b"")
            conn.send(resp, close=close)
            conn.done(close)

        loop.run_in_executor(self._pool, self.respond, method, target, headers, body).add_done_callback(answered)

    async def _dispatch_acked(self) -> None:
        """Dispatch the events acked early, in the order they were acked, after the burst they
        came in: not before no request has been read for `QUIET` seconds (a burst is read and
        acked whole first), or once the oldest has waited `DEFER_MAX` seconds (steady
        traffic), and then one per turn of the event loop, so an ack never waits for more
        than one dispatch (~0.3-0.5 ms of bolt's work each). Measured: dispatching each
        request right after its own ack made the later requests of a burst of 200 wait for the
        dispatch of those before them (bench/RESULTS.md, issue 9)."""
        loop = asyncio.get_running_loop()
        while self._acked:
            await asyncio.sleep(0)  # every request ready to be read or acked goes first
            while True:
                now = loop.time()
                wait = min(self._last_read + QUIET - now, self._acked[0][0] + DEFER_MAX - now)
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            _, method, target, headers, body = self._acked.popleft()
            try:
                status = self.respond(method, target, headers, body)[0]
                if status != 200:
                    log.error("an acked event was not taken (status %s)", status)
            except Exception:  # respond answers errors itself; this is the last resort
                log.exception("an acked event could not be dispatched")
            finally:
                with self._quiet:
                    self._undispatched -= 1
                    self._quiet.notify_all()

    def _stored(self, body: bytes, then: Callable[[], None]) -> None:
        """Call `then` (on the event loop) once `store` has written the event to the stored inbox
        (bot/state/inbox.py: grouped with the other events of a burst). A failed write, or one
        slower than `store_timeout` seconds (the database away: Slack wants the ack within 3 s),
        is logged and the event acked anyway: its work then fails closed on the same database
        and the asker is told. The write itself is never cancelled."""
        fut = self.store(body) if self.store is not None else None
        if fut is None:
            then()
            return
        loop = asyncio.get_running_loop()
        called = False

        def finish(outcome: Future[None] | None) -> None:
            nonlocal called
            if called:
                return
            called = True
            timer.cancel()
            if outcome is None:
                log.error("an event is acked before it was stored (the state database took over %s s)",
                          self.store_timeout)
            elif outcome.cancelled():
                log.error("an event is acked without being stored: the write was cancelled")
            elif outcome.exception() is not None:
                log.error("an event is acked without being stored: %s", outcome.exception())
            then()

        timer = loop.call_later(self.store_timeout, finish, None)
        if fut.done():
            finish(fut)
        else:
            fut.add_done_callback(lambda f: _call_soon(loop, finish, f))

    # ----------------------------------------------------------------- the app
    def _is_event(self, target: str, headers: dict[str, str], raw: bytes) -> bool:
        """A correctly signed Events API event_callback for our path (acked before dispatch)."""
        if target.partition("?")[0] != self.path or b"event_callback" not in raw:
            return False
        if not headers.get("content-type", "").startswith("application/json"):
            return False
        if not signed(self.secret, raw, headers):
            return False
        try:
            return json.loads(raw).get("type") == "event_callback"
        except (ValueError, AttributeError):
            return False

    def respond(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> Response:
        """One request -> (status, headers, body). Runs in a dispatcher thread."""
        where, _, query = target.partition("?")
        if method == "GET":
            if where in ("/healthz", "/health"):
                if self.ready is not None and not self.ready():  # the workers still load Kiwi
                    return 503, {"Content-Type": "text/plain", "Retry-After": "1"}, b"starting"
                return 200, {"Content-Type": "text/plain"}, b"ok"
            return 404, {}, b""
        if method != "POST":
            return 405, {"Allow": "POST"}, b""
        if where != self.path:
            return 404, {}, b""
        multi: dict[str, str | Sequence[str]] = {k: [v] for k, v in headers.items()}
        try:
            req = BoltRequest(body=raw.decode("utf-8"), query=query, headers=multi)
        except Exception:  # undecodable or malformed payload
            status = 400 if self.secret and signed(self.secret, raw, headers) else 401
            return status, {"Content-Type": "application/json"}, b'{"error":"invalid request"}'
        try:
            resp = self.app.dispatch(req)
        except Exception:  # bolt turns listener errors into responses; this is the last resort
            log.exception("dispatch failed")
            return 500, {}, b""
        return resp.status, dict(resp.headers), (resp.body or "").encode("utf-8")


HEAD_LIMIT = 1 << 16  # bytes of a header block at most (431 beyond)


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection, read by callbacks on the event loop: no stream objects and no
    task per connection or per read (each was a cost of every ack of a burst of 200, bench/RESULTS.md,
    issue 9). Requests on a kept-alive connection are read and answered one at a time: while one
    is being answered (`busy`: its inbox write, or a dispatcher thread) what arrives is buffered.
    A client that sends no complete header block, or no complete body, within the server's
    `timeout` seconds of the previous step is disconnected without an answer."""

    def __init__(self, server: SlackHTTPServer) -> None:
        self.server = server
        self.loop = asyncio.get_running_loop()
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.eof = False
        self.busy = False
        self.paused = False
        self.waiting: tuple[str, str, dict[str, str], bool, int] | None = None  # a head whose body is due
        self.timer: asyncio.TimerHandle | None = None

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.server._connections.add(self)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self.server._connections.discard(self)
        if self.timer is not None:
            self.timer.cancel()
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if self.busy:
            if len(self.buf) > self.server.max_body + HEAD_LIMIT and not self.paused and self.transport:
                self.transport.pause_reading()  # a client sending ahead of its answers
                self.paused = True
            return
        self._next()

    def eof_received(self) -> bool:
        self.eof = True
        if not self.busy:
            self._next()
        return True  # the answer to what was read can still be written

    # the server's side
    def send(self, resp: Response, *, close: bool) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(_response(resp, close=close))

    def done(self, close: bool) -> None:
        """The request being answered is: read the next one (or close)."""
        self.busy = False
        if close or self.transport is None:
            self._close()
            return
        if self.paused and self.transport is not None:
            self.transport.resume_reading()
            self.paused = False
        self._arm()
        self._next()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    # reading
    def _arm(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.timer = self.loop.call_later(self.server.timeout, self._close)

    def _close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
        if self.transport is not None:
            self.transport.close()  # after what was written

    def _refuse(self, status: int) -> None:
        self.send((status, {}, b""), close=True)
        self._close()

    def _next(self) -> None:
        if self.busy or self.transport is None or self.transport.is_closing():
            return
        if self.waiting is None:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buf) > HEAD_LIMIT:
                    self._refuse(431)
                elif self.eof:
                    if bytes(self.buf).strip():  # a partial request
                        self._refuse(400)
                    else:  # the client closed a kept-alive connection
                        self._close()
                return
            if end + 4 > HEAD_LIMIT:
                self._refuse(431)
                return
            head = bytes(self.buf[:end])
            del self.buf[:end + 4]
            self.server._last_read = self.loop.time()
            lines = head.decode("latin-1").split("\r\n")
            parts = lines[0].split()
            if len(parts) != 3:
                self._refuse(400)
                return
            method, target, version = parts
            fields = [line for line in lines[1:] if line]
            if len(fields) > 100:
                self._refuse(431)
                return
            headers: dict[str, str] = {}
            for line in fields:
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            close = headers.get("connection", "").lower() == "close" or version == "HTTP/1.0"
            length = 0
            if method == "POST":
                try:
                    length = int(headers.get("content-length", "-1"))
                except ValueError:
                    length = -1
                if length < 0:
                    self._refuse(411)
                    return
                if length > self.server.max_body:
                    self._refuse(413)
                    return
            self.waiting = (method, target, headers, close, length)
            self._arm()  # the body's own `timeout`
        method, target, headers, close, length = self.waiting
        if len(self.buf) < length:
            if self.eof:  # the body was cut short
                self._close()
            return
        body = bytes(self.buf[:length])
        del self.buf[:length]
        self.waiting = None
        if self.timer is not None:
            self.timer.cancel()
        self.busy = True
        self.server._handle(self, method, target, headers, body, close)


def _response(resp: Response, *, close: bool) -> bytes:
    status, headers, body = resp
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    lines = [f"HTTP/1.1 {status} {reason}"]
    for k, vs in headers.items():
        if k.lower() in ("content-length", "connection", "transfer-encoding"):
            continue
        for v in vs if isinstance(vs, (list, tuple)) else [vs]:
            lines.append(f"{k}: {v}")
    lines.append(f"Content-Length: {len(body)}")
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _call_soon(loop: asyncio.AbstractEventLoop, fn: Callable[..., None], *args: Any) -> None:
    """loop.call_soon_threadsafe, or nothing once the server has stopped."""
    try:
        loop.call_soon_threadsafe(fn, *args)
    except RuntimeError:  # the loop is closed
        pass


def signed(secret: str, raw: bytes, headers: dict[str, str]) -> bool:
    """Slack's signature check on raw bytes (the SDK's needs UTF-8 text)."""
    ts = headers.get("x-slack-request-timestamp", "")
    sig = headers.get("x-slack-signature", "")
    try:
        if abs(time.time() - int(ts)) > 300:
            return False
    except ValueError:
        return False
    mine = "v0=" + hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mine, sig)
