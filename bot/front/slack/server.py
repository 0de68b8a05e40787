"""The Events API endpoint: a small asyncio HTTP/1.1 server in front of the bolt App.

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
                 store_timeout: float = 1.0) -> None:
        self.app = app
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
                asyncio.start_server(self._connection, self.host, self._want_port, backlog=512))
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
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

    # ----------------------------------------------------------------- HTTP
    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                keep = await self._one(reader, writer)
                if not keep:
                    break
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        # the whole header block in one read: one timeout per request, not one per line
        # (asyncio.wait_for costs a task each time; at 200 simultaneous requests that was the ack
        # p99; asyncio.timeout costs a timer only)
        try:
            async with asyncio.timeout(self.timeout):
                head = await reader.readuntil(b"\r\n\r\n")
            self._last_read = asyncio.get_running_loop().time()
        except asyncio.IncompleteReadError as e:
            if not e.partial.strip():
                return False  # the client closed a kept-alive connection
            await self._send(writer, (400, {}, b""), close=True)
            return False
        except asyncio.LimitOverrunError:  # a header block over the reader's 64 KiB
            await self._send(writer, (431, {}, b""), close=True)
            return False
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split()
        if len(parts) != 3:
            await self._send(writer, (400, {}, b""), close=True)
            return False
        method, target, version = parts
        fields = [line for line in lines[1:] if line]
        if len(fields) > 100:
            await self._send(writer, (431, {}, b""), close=True)
            return False
        headers: dict[str, str] = {}
        for line in fields:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        close = headers.get("connection", "").lower() == "close" or version == "HTTP/1.0"
        body = b""
        if method == "POST":
            try:
                length = int(headers.get("content-length", "-1"))
            except ValueError:
                length = -1
            if length < 0:
                await self._send(writer, (411, {}, b""), close=True)
                return False
            if length > self.max_body:
                await self._send(writer, (413, {}, b""), close=True)
                return False
            async with asyncio.timeout(self.timeout):
                body = await reader.readexactly(length)
        if self.early_ack and method == "POST" and self._is_event(target, headers, body):
            with self._quiet:
                self._undispatched += 1
            try:
                await self._stored(body)
                await self._send(writer, (200, {}, b""), close=close)
            finally:  # dispatched later, one per turn of the loop, whatever happened to the answer
                self._acked.append((asyncio.get_running_loop().time(), method, target, headers, body))
                if self._pump is None or self._pump.done():
                    self._pump = asyncio.get_running_loop().create_task(self._dispatch_acked())
            return not close
        if self._inline:
            resp = self.respond(method, target, headers, body)
        else:
            loop = asyncio.get_running_loop()
            resp = await loop.run_in_executor(self._pool, self.respond, method, target, headers, body)
        await self._send(writer, resp, close=close)
        return not close

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

    async def _stored(self, body: bytes) -> None:
        """Wait until `store` has written the event to the stored inbox (bot/state/inbox.py:
        grouped with the other events of a burst). A failed write, or one slower than
        `store_timeout` seconds (the database away: Slack wants the ack within 3 s), is logged and
        the event acked anyway: its work then fails closed on the same database and the asker
        is told."""
        fut = self.store(body) if self.store is not None else None
        if fut is None:
            return
        try:
            async with asyncio.timeout(self.store_timeout):  # shielded: the write itself is never cancelled
                await asyncio.shield(asyncio.wrap_future(fut))
        except TimeoutError:
            log.error("an event is acked before it was stored (the state database took over %s s)",
                      self.store_timeout)
        except Exception as e:
            log.error("an event is acked without being stored: %s", e)

    async def _send(self, writer: asyncio.StreamWriter, resp: Response, *, close: bool) -> None:
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
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await writer.drain()

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
