"""A fake Slack for tests: the Web API over HTTP and a Socket Mode WebSocket server.

Both listen on 127.0.0.1 (random ports) and record everything they receive.

    fake = FakeSlack().start()
    client = WebClient(token="xoxb-1", base_url=fake.url)
    fake.fail("chat.postMessage", status=429, retry_after=1)   # the next call is rate limited
    ...
    fake.wait_for("chat.postMessage", 1)
    fake.thread("C1", "1700000000.000100")   # the messages in a thread, updates applied
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BOT_USER = "UGORAEBOT"
# seconds a wait_* gives what it waits for by default: an upper bound for a loaded machine (load 6-9 on
# 2 cores), never a timing claim — a wait returns as soon as its condition holds
WAIT = 30.0
BOT_ID = "BGORAE"
TEAM = "T0TEAM"


@dataclass
class Call:
    method: str  # "chat.postMessage", "upload", "webhook"
    params: dict[str, Any]
    headers: dict[str, str]
    at: float
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    path: str = ""  # the URL path called ("/webhook/<name>" for a response_url)


@dataclass
class Failure:
    method: str
    times: int
    status: int = 200
    error: str | None = None
    retry_after: int | None = None


def _decode(raw: bytes, ctype: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in ctype:
        return json.loads(raw)
    if "multipart" in ctype:
        return {"_raw": raw}
    params: dict[str, Any] = dict(urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    for k in ("blocks", "files", "attachments"):
        if isinstance(params.get(k), str):
            try:
                params[k] = json.loads(params[k])
            except ValueError:
                pass
    return params


class FakeSlack:
    """The Slack Web API, as much of it as gorae uses, plus response_url and upload URLs."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.failures: list[Failure] = []
        self.usergroups: list[dict[str, Any]] = []
        self.ims: dict[str, str] = {}  # gorae's DMs: channel -> the user (conversations.info)
        self.held: set[str] = set()
        self.ws_url: str | None = None
        self.uploads: dict[str, bytes] = {}
        self._lock = threading.Condition()
        self._ts = itertools.count(1)
        self._files = itertools.count(1)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True

    # ----------------------------------------------------------------- control
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def url(self) -> str:
        """The Web API base URL (with the trailing slash the SDK needs)."""
        return self.base + "/api/"

    def webhook(self, name: str = "resp") -> str:
        """A response_url."""
        return f"{self.base}/webhook/{name}"

    def start(self) -> FakeSlack:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def fail(self, method: str, *, times: int = 1, status: int = 200, error: str | None = None,
             retry_after: int | None = None) -> None:
        """Answer the next `times` calls of `method` with an error (429 / 5xx / ok:false)."""
        if status == 200 and error is None:
            error = "fatal_error"
        with self._lock:
            self.failures.append(Failure(method, times, status, error, retry_after))

    def hold(self, method: str) -> None:
        """Leave calls of `method` unanswered until `release` (a hung Slack)."""
        with self._lock:
            self.held.add(method)

    def release(self, method: str) -> None:
        with self._lock:
            self.held.discard(method)
            self._lock.notify_all()

    # ----------------------------------------------------------------- queries
    def of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def ok_calls(self, method: str) -> list[Call]:
        return [c for c in self.of(method) if c.status == 200 and c.response.get("ok", True)]

    def hook_calls(self, name: str) -> list[Call]:
        """The calls of the response_url `webhook(name)`."""
        return [c for c in self.of("webhook") if c.path == f"/webhook/{name}"]

    def wait_for(self, method: str, count: int = 1, timeout: float = WAIT) -> list[Call]:
        """Wait until `count` successful calls of `method` arrived; return them."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                got = [c for c in self.calls if c.method == method and c.status == 200
                       and c.response.get("ok", True)]
                if len(got) >= count:
                    return got
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{method}: {len(got)} of {count} calls after {timeout}s; "
                                         f"seen {[c.method for c in self.calls]}")
                self._lock.wait(left)

    def messages(self, channel: str) -> dict[str, dict[str, Any]]:
        """ts -> the message as it stands now (postMessage, then every chat.update applied)."""
        out: dict[str, dict[str, Any]] = {}
        for c in list(self.calls):
            if c.status != 200 or not c.response.get("ok"):
                continue
            if c.method == "chat.postMessage" and c.params.get("channel") == channel:
                out[c.response["ts"]] = dict(c.params, ts=c.response["ts"], updates=0)
            elif c.method == "chat.update" and c.params.get("channel") == channel:
                old = out.get(c.params["ts"], {})
                out[c.params["ts"]] = dict(old, **c.params, updates=old.get("updates", 0) + 1)
        return out

    def thread(self, channel: str, thread_ts: str) -> list[dict[str, Any]]:
        return [m for m in self.messages(channel).values() if m.get("thread_ts") == thread_ts]

    # ----------------------------------------------------------------- server
    def _next_failure(self, method: str) -> Failure | None:
        with self._lock:
            for f in self.failures:
                if f.method == method and f.times > 0:
                    f.times -= 1
                    return f
        return None

    def _answer(self, method: str, p: dict[str, Any], headers: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        auth = headers.get("authorization", "")
        if method == "apps.connections.open":
            if not auth.startswith("Bearer xapp-"):
                return 200, {}, {"ok": False, "error": "invalid_auth"}
            f = self._next_failure(method)
            if f is not None:
                return f.status, {}, {"ok": False, "error": f.error or "internal_error"}
            return 200, {}, {"ok": True, "url": self.ws_url}
        if not auth.startswith("Bearer xoxb-"):
            return 200, {}, {"ok": False, "error": "not_authed"}
        f = self._next_failure(method)
        if f is not None:
            hdrs = {"Retry-After": str(f.retry_after)} if f.retry_after is not None else {}
            body = {"ok": False, "error": f.error or ("ratelimited" if f.status == 429 else "internal_error")}
            return f.status, hdrs, body
        if method == "auth.test":
            return 200, {}, {"ok": True, "url": "https://gorae-test.slack.com/", "team": "gorae test",
                             "user": "gorae", "team_id": TEAM, "user_id": BOT_USER, "bot_id": BOT_ID}
        if method == "chat.postMessage":
            ts = f"1700000100.{next(self._ts):06d}"
            return 200, {}, {"ok": True, "channel": p.get("channel"), "ts": ts,
                             "message": {"text": p.get("text"), "ts": ts, "bot_id": BOT_ID}}
        if method == "chat.postEphemeral":
            return 200, {}, {"ok": True, "message_ts": f"1700000200.{next(self._ts):06d}"}
        if method == "chat.update":
            return 200, {}, {"ok": True, "channel": p.get("channel"), "ts": p.get("ts"), "text": p.get("text")}
        if method == "files.getUploadURLExternal":
            fid = f"F{next(self._files):05d}"
            return 200, {}, {"ok": True, "upload_url": f"{self.base}/upload/{fid}", "file_id": fid}
        if method == "files.completeUploadExternal":
            files = p.get("files") or []
            return 200, {}, {"ok": True, "files": [{"id": f["id"], "title": f.get("title"), "name": "x"}
                                                    for f in files]}
        if method == "files.info":
            return 200, {}, {"ok": True, "file": {"id": p.get("file"), "name": "x"}}
        if method == "conversations.info":
            ch = str(p.get("channel"))
            if ch in self.ims:
                return 200, {}, {"ok": True, "channel": {"id": ch, "is_im": True, "user": self.ims[ch]}}
            if ch.startswith("D"):  # someone else's DM: gorae cannot see it
                return 200, {}, {"ok": False, "error": "channel_not_found"}
            return 200, {}, {"ok": True, "channel": {"id": ch, "is_channel": True}}
        if method == "usergroups.list":
            groups = [dict(g) for g in self.usergroups]
            if str(p.get("include_users")).lower() not in ("1", "true"):
                for g in groups:
                    g.pop("users", None)
            return 200, {}, {"ok": True, "usergroups": groups}
        if method == "usergroups.users.list":
            for g in self.usergroups:
                if g["id"] == p.get("usergroup"):
                    return 200, {}, {"ok": True, "users": g.get("users", [])}
            return 200, {}, {"ok": False, "error": "no_such_subteam"}
        return 200, {}, {"ok": True}

    def _handler(self) -> type:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                path = urllib.parse.urlparse(self.path).path
                if path.startswith("/api/"):
                    method = path[len("/api/"):]
                    with fake._lock:
                        fake._lock.wait_for(lambda: method not in fake.held, 60)
                    params = _decode(raw, headers.get("content-type", ""))
                    status, extra, body = fake._answer(method, params, headers)
                elif path.startswith("/upload/"):
                    method, params = "upload", {"file_id": path.rsplit("/", 1)[1], "size": len(raw)}
                    fake.uploads[params["file_id"]] = raw
                    status, extra, body = 200, {}, f"OK - {len(raw)}"
                elif path.startswith("/webhook/"):
                    method, params = "webhook", _decode(raw, headers.get("content-type", ""))
                    f = fake._next_failure("webhook")
                    if f is not None:  # response_url: plain-text errors, as Slack answers them
                        extra = {"Retry-After": str(f.retry_after)} if f.retry_after is not None else {}
                        status, body = (f.status if f.status != 200 else 404), (f.error or "ratelimited")
                    else:
                        status, extra, body = 200, {}, "ok"
                else:
                    method, params, status, extra, body = path, {}, 404, {}, {"ok": False}
                out = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                call = Call(method, params, headers, time.monotonic(), status,
                            body if isinstance(body, dict) else {"ok": True}, path=path)
                with fake._lock:  # recorded before the client can see the answer
                    fake.calls.append(call)
                    fake._lock.notify_all()
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if isinstance(body, dict) else "text/plain")
                for k, v in extra.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            do_GET = do_POST

        return Handler


# --------------------------------------------------------------------------- socket mode


class FakeSocketMode:
    """A Socket Mode WebSocket endpoint: hello, envelopes, acks, disconnect.

    `send(type, payload)` pushes one envelope to the live connection and returns its
    envelope_id; `acks` collects the envelope_ids the client acknowledged.
    """

    def __init__(self) -> None:
        from websockets.sync.server import serve

        self.acks: list[str] = []
        self.connections: list[Any] = []
        self._lock = threading.Condition()
        self._ids = itertools.count(1)
        # close_timeout: how long a close waits for the client's closing frame; slack_sdk's client
        # never sends one while its receiving thread holds the socket, so shutdown() would wait the
        # default 10 s per connection left open by a gorae that has already given up
        self.server = serve(self._session, "127.0.0.1", 0, close_timeout=1)
        self.port = self.server.socket.getsockname()[1]

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link"

    def start(self) -> FakeSocketMode:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()

    def _session(self, ws: Any) -> None:
        ws.send(json.dumps({"type": "hello", "num_connections": 1,
                            "debug_info": {"host": "fake", "approximate_connection_time": 3600},
                            "connection_info": {"app_id": "A0GORAE"}}))
        with self._lock:
            self.connections.append(ws)
            self._lock.notify_all()
        try:
            for message in ws:
                data = json.loads(message)
                if "envelope_id" in data:
                    self._acked(data["envelope_id"])
        except Exception:  # connection closed
            pass
        finally:
            with self._lock:
                if ws in self.connections:
                    self.connections.remove(ws)
                self._lock.notify_all()

    def _acked(self, envelope_id: str) -> None:
        """An ack read from gorae (a subclass may note more, e.g. when it came)."""
        with self._lock:
            self.acks.append(envelope_id)
            self._lock.notify_all()

    def wait_connected(self, count: int = 1, timeout: float = WAIT) -> Any:
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.connections) >= count, timeout):
                raise AssertionError("no Socket Mode connection")
            return self.connections[-1]

    def send(self, type_: str, payload: dict[str, Any], *, retry_attempt: int = 0,
             retry_reason: str = "", envelope_id: str | None = None, to: Any = None) -> str:
        """Push one envelope to the connection `to` (one of `connections`; default: the newest)."""
        eid = envelope_id or f"env-{next(self._ids)}"
        ws = to if to is not None else self.wait_connected()
        ws.send(json.dumps({"envelope_id": eid, "type": type_, "payload": payload,
                            "accepts_response_payload": type_ != "events_api",
                            "retry_attempt": retry_attempt, "retry_reason": retry_reason}))
        return eid

    def disconnect(self, reason: str = "refresh_requested") -> None:
        ws = self.wait_connected()
        ws.send(json.dumps({"type": "disconnect", "reason": reason, "debug_info": {"host": "fake"}}))

    def wait_ack(self, envelope_id: str, timeout: float = WAIT) -> None:
        with self._lock:
            if not self._lock.wait_for(lambda: envelope_id in self.acks, timeout):
                raise AssertionError(f"no ack for {envelope_id}; acks {self.acks}")


# --------------------------------------------------------------------------- payloads


def sign(secret: str, body: str | bytes, ts: int | None = None) -> dict[str, str]:
    """Slack's request signature headers for `body`."""
    ts = int(time.time()) if ts is None else ts
    raw = body.decode() if isinstance(body, bytes) else body
    digest = hmac.new(secret.encode(), f"v0:{ts}:{raw}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": f"v0={digest}"}


_counter = itertools.count(1)


def _ts() -> str:
    return f"1700000000.{next(_counter):06d}"


def mention(text: str, *, user: str = "U0ALICE", channel: str = "C0OPS", event_id: str | None = None,
            thread_ts: str | None = None, **extra: Any) -> dict[str, Any]:
    """An Events API app_mention envelope, as Slack sends it."""
    ts = _ts()
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER}> {text}", "ts": ts,
             "channel": channel, "event_ts": ts, "client_msg_id": f"cm-{ts}", "team": TEAM,
             "blocks": [{"type": "rich_text", "block_id": "x", "elements": []}]}
    if thread_ts:
        event["thread_ts"] = thread_ts
    event.update(extra)
    return _envelope(event, event_id)


def im(text: str, *, user: str = "U0ALICE", channel: str = "D0ALICE", event_id: str | None = None,
       **extra: Any) -> dict[str, Any]:
    """A message.im envelope (a direct message to gorae)."""
    ts = _ts()
    event = {"type": "message", "channel_type": "im", "user": user, "text": text, "ts": ts,
             "channel": channel, "event_ts": ts, "client_msg_id": f"cm-{ts}", "team": TEAM}
    event.update(extra)
    return _envelope(event, event_id)


def _envelope(event: dict[str, Any], event_id: str | None) -> dict[str, Any]:
    return {"token": "verification-token", "team_id": TEAM, "api_app_id": "A0GORAE", "event": event,
            "type": "event_callback", "event_id": event_id or f"Ev{next(_counter):08d}",
            "event_time": int(time.time()), "authorizations": [
                {"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                 "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": "4-eyJldCI6ImFwcF9tZW50aW9uIn0"}


def command(text: str, *, user: str = "U0ALICE", channel: str = "C0OPS", response_url: str = "") -> dict[str, str]:
    """A slash command's form fields."""
    return {"token": "verification-token", "team_id": TEAM, "team_domain": "gorae-test",
            "channel_id": channel, "channel_name": "ops", "user_id": user, "user_name": "alice",
            "command": "/gorae", "text": text, "api_app_id": "A0GORAE", "is_enterprise_install": "false",
            "response_url": response_url, "trigger_id": f"tr.{next(_counter)}.abc"}


def block_action(action_id: str, value: str, *, user: str = "U0ALICE", channel: str = "C0OPS",
                 message: dict[str, Any] | None = None, block_id: str = "gorae_confirm_en",
                 response_url: str = "") -> dict[str, Any]:
    """A block_actions payload (a button click on a message gorae posted)."""
    message = message or {"type": "message", "ts": "1700000100.000001", "text": "q", "blocks": []}
    return {"type": "block_actions", "team": {"id": TEAM, "domain": "gorae-test"},
            "user": {"id": user, "username": "alice", "name": "alice", "team_id": TEAM},
            "api_app_id": "A0GORAE", "token": "verification-token",
            "container": {"type": "message", "message_ts": message["ts"], "channel_id": channel,
                          "is_ephemeral": False},
            "trigger_id": f"tr.{next(_counter)}.abc", "channel": {"id": channel, "name": "ops"},
            "message": message, "response_url": response_url,
            "actions": [{"action_id": action_id, "block_id": block_id, "value": value,
                         "type": "button", "action_ts": f"{time.time():.6f}",
                         "text": {"type": "plain_text", "text": "x"}}]}
