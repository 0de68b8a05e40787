"""When `gorae slack` is ready, and how an operator sees it.

Ready means: every worker process has built its pipeline and loaded the parsers and Kiwi
(bot/front/slack/procs.py `warm`, ~1 s), so the first Korean mention is not the one that waits
for the load; in Socket Mode also connected to Slack. Each mode shows it three ways:

- the log line `gorae slack: ready in N ms (...)`, N counted from the process's start;
- health.json's "ready" (`gorae health`, the deploy kit's health check: "starting" until then);
- `/healthz` (503 "starting", then 200 "ok"): on the --http port, or on `--health-port PORT`
  (`HealthServer`, either mode; the only HTTP port of a Socket Mode gorae).

In Socket Mode gorae opens the websocket only once the workers are warm (`wait_warm`): while it
has no connection Slack sends nothing to it (to the other replica, if any). The acks do not need
the workers (the acking process stores and acks, bot/front/slack/socketmode.py), so an earlier
connection would be answered all the same, only later than it says: what it would accept during
the load waits for it. The inbox rows left by a previous process are taken by the workers and
wait for the same load (never run on a cold process, never dropped).

    warming = ThreadWarming(morph.preload(background=True))   # or a ProcessPipeline
    wait_warm(warming, stop)                                  # False: stop was set first
    log.info(ready_line("Socket Mode"))
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol

log = logging.getLogger(__name__)

_IMPORTED = time.monotonic()  # the fallback start when /proc is not there


class Warming(Protocol):
    """What loads before gorae is ready (bot.front.slack.procs.ProcessPipeline has this shape)."""

    def ready(self) -> bool:
        """Whether the load is over (done, failed or died); never blocks."""
        ...

    def wait_ready(self, timeout: float | None = None) -> None:
        """Block until the load is over; raise (e.g. procs.WorkerDied) when it failed."""
        ...


class ThreadWarming:
    """A load running on a thread (bot.language.morph.preload(background=True)); None: nothing to load."""

    def __init__(self, thread: threading.Thread | None) -> None:
        self.thread = thread

    def ready(self) -> bool:
        return self.thread is None or not self.thread.is_alive()

    def wait_ready(self, timeout: float | None = None) -> None:
        if self.thread is not None:
            self.thread.join(timeout)


def wait_warm(warming: Warming, stop: threading.Event, *, poll: float = 0.05) -> bool:
    """Wait until `warming` is over or `stop` is set (SIGTERM during start-up): True when warm.

    No time limit of its own: a worker process that cannot start raises (procs.WorkerDied, after
    ProcessPipeline's `start_timeout`) and that error propagates."""
    while not warming.ready():
        if stop.wait(poll):
            return False
    warming.wait_ready(0)  # over: raises when a worker process failed to start
    return True


def process_age() -> float:
    """Seconds since this process started: Linux's /proc/self/stat field 22 (start time in clock
    ticks after boot, proc(5)) against /proc/uptime, so the interpreter's own start-up and imports
    count (resolution: one clock tick, 10 ms). Elsewhere: since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rpartition(")")[2].split()  # after "(comm)", which may hold spaces
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))  # fields[0] is field 3
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED


def ready_line(mode: str) -> str:
    """The operator's log line (English, like the rest of the log): 'gorae slack: ready in N ms (mode)'."""
    return f"gorae slack: ready in {process_age() * 1000:.0f} ms ({mode}; workers warm)"


class HealthServer:
    """`--health-port`: GET /healthz and /health answer 503 "starting" (Retry-After: 1) until
    `ready()` is true, then 200 "ok" — the same answers as the --http server's (server.py);
    anything else 404. A thread per request (stdlib ThreadingHTTPServer); `port` 0 picks a free one.

    Raises (start): OSError when the port cannot be bound."""

    def __init__(self, ready: Callable[[], bool], *, port: int, host: str = "0.0.0.0") -> None:
        self.ready = ready
        self._want = (host, port)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def start(self) -> HealthServer:
        ready = self.ready

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # probes every few seconds: no log
                pass

            def do_GET(self) -> None:
                if self.path.partition("?")[0] not in ("/healthz", "/health"):
                    self._answer(404, b"")
                elif ready():
                    self._answer(200, b"ok")
                else:
                    self._answer(503, b"starting", {"Retry-After": "1"})

            def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(self._want, Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="gorae-health-http", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
