"""The pipeline in worker processes: the Slack process only acks, deduplicates and delivers.

Parsing, planning, the policy, the audit log and the Docker SDK are Python work that
holds the GIL; run in the acking interpreter, they delay acks (issue 9: ack p99 at 200
concurrent requests 111–218 ms with the real engine). `ProcessPipeline` runs them in
`processes` child processes instead, each with its own `Gorae` built by `factory` (a
picklable callable, e.g. `functools.partial(make_gorae, policy, state_file)`):

    pipe = ProcessPipeline(functools.partial(make_gorae, "policy.yaml", None), processes=4)
    reply = pipe.handle(request, progress=print)     # blocks this thread; the GIL is free
    pipe.close()

It has the `handle`/`confirm` shape of `bot.slack.app.Pipeline`, so the Slack worker
threads (bot/slack/worker.py: queue order, "queued, N ahead") stay as they are: each
thread takes a free child, sends it the request and waits for its answer; `progress`
lines and `accepted()` come back over the same pipe while the work runs and are called
in this process, in the order the child sent them.

What is shared between the children is shared by file, as between any gorae processes:
pending confirmations (bot.pending.SqlitePending), the rate limit (bot.ratelimit), the
audit log (SQLite, WAL). A question asked in one child is answered in whichever child is
free at the click.

Exactly once: a request is sent to one child, once. If that child dies while it holds the
request (killed, out of memory), whether the work ran is unknown: the call raises
`WorkerDied` (the Slack layer answers "internal error"; the request is never run again
elsewhere) and a fresh child takes its place.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Protocol

from bot.model import Actor, Reply, Request

log = logging.getLogger(__name__)


class _Pipeline(Protocol):
    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply: ...

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Callable[[str], None] | None = None,
                accepted: Callable[[], None] | None = None) -> Reply: ...


class WorkerDied(RuntimeError):
    """The child process running a request exited before answering (the work may or may not
    have run; it is not run again)."""


def make_gorae(policy: str | None, state_file: str | None = None) -> _Pipeline:
    """The Gorae of `gorae slack` (bot.slack.app.make_pipeline), built inside a child."""
    from bot.slack.app import make_pipeline

    return make_pipeline(policy, state_file)


def warm() -> None:
    """Load what the first request would otherwise wait for: both parsers and Kiwi."""
    from bot import grammar, morph

    grammar.natural()
    grammar.cli()
    morph.preload()


# --------------------------------------------------------------------------- the child


def _child(factory: Callable[[], _Pipeline], conn: Connection, log_level: int, preload: bool) -> None:
    """A child's whole life: build the pipeline, say ready, answer requests until EOF/stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when children stop
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s")
    try:
        pipeline = factory()
        if preload:
            warm()
    except Exception:
        conn.send(("failed", traceback.format_exc()))
        return
    conn.send(("ready", os.getpid()))
    send_lock = threading.Lock()

    def send(msg: tuple[Any, ...]) -> None:
        with send_lock:
            conn.send(msg)

    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg[0] == "stop":
            return
        seq, kind, args = msg
        open_ = [True]  # progress after the answer (a stray thread) is dropped, not sent

        def progress(line: str, seq: int = seq, open_: list[bool] = open_) -> None:
            if open_[0]:
                send(("progress", seq, str(line)))

        def accepted(seq: int = seq) -> None:
            send(("accepted", seq))

        try:
            if kind == "handle":
                reply = pipeline.handle(args[0], progress=progress)
            else:
                pending_id, actor, channel, yes = args
                reply = pipeline.confirm(pending_id, actor, channel, yes=yes, progress=progress,
                                         accepted=accepted)
            open_[0] = False
            send(("reply", seq, reply))
        except Exception:
            open_[0] = False
            send(("error", seq, traceback.format_exc()))


# --------------------------------------------------------------------------- the parent


class _Proc:
    def __init__(self, ctx: Any, factory: Callable[[], _Pipeline], log_level: int, preload: bool) -> None:
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_child, args=(factory, child_conn, log_level, preload),
                                   name="gorae-pipeline", daemon=True)
        self.process.start()
        child_conn.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise WorkerDied(f"pipeline process {self.process.pid} did not start within {timeout:.0f} s")
        try:
            got = self.conn.recv()
        except (EOFError, OSError) as e:
            raise WorkerDied(f"pipeline process {self.process.pid} exited at start") from e
        if got[0] != "ready":
            raise WorkerDied(f"pipeline process {self.process.pid} could not start:\n{got[1]}")
        self.ready = True

    def stop(self, timeout: float) -> None:
        try:
            self.conn.send(("stop",))
        except (OSError, ValueError):
            pass
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout)
        self.conn.close()


class ProcessPipeline:
    """`handle`/`confirm` run in `processes` child processes (see the module docstring).

    Args:
        factory: builds the pipeline inside a child; must be picklable (a module-level
            function or a functools.partial of one), since children are spawned fresh.
        processes: children (= requests run at once; give the Slack worker as many threads).
        start_timeout: seconds a child may take to build its pipeline and load the parsers.
        preload: load the parsers and Kiwi in each child before its first request (`warm`).

    Raises (from handle/confirm): WorkerDied when the child answering exits first; any
    exception of the pipeline itself comes back as a RuntimeError with the child's traceback.
    """

    def __init__(self, factory: Callable[[], _Pipeline], *, processes: int = 4,
                 start_timeout: float = 120.0, preload: bool = True) -> None:
        self.factory = factory
        self.preload = preload
        self.start_timeout = start_timeout
        self._ctx = multiprocessing.get_context("spawn")  # the parent has threads: no fork
        self._level = logging.getLogger().getEffectiveLevel()
        self._free: queue.Queue[_Proc] = queue.Queue()
        self._all: list[_Proc] = []
        self._lock = threading.Lock()
        self._seq = 0
        self._closed = False
        for _ in range(max(1, processes)):
            self._add()

    def _add(self) -> None:
        proc = _Proc(self._ctx, self.factory, self._level, self.preload)
        with self._lock:
            self._all.append(proc)
        self._free.put(proc)

    def _replace(self, proc: _Proc) -> None:
        with self._lock:
            if proc in self._all:
                self._all.remove(proc)
            closed = self._closed
        try:
            proc.process.join(0.1)
            if proc.process.is_alive():
                proc.process.kill()
            proc.conn.close()
        except Exception:
            pass
        if not closed:
            log.error("pipeline process %s exited (code %s); starting another", proc.process.pid,
                      proc.process.exitcode)
            self._add()

    def wait_ready(self, timeout: float | None = None) -> None:
        """Block until every child has built its pipeline (start-up; raises WorkerDied)."""
        with self._lock:
            procs = list(self._all)
        for proc in procs:
            proc.wait_ready(self.start_timeout if timeout is None else timeout)

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [p.process.pid for p in self._all if p.process.pid is not None]

    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply:
        return self._call("handle", (request,), progress, None)

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Callable[[str], None] | None = None,
                accepted: Callable[[], None] | None = None) -> Reply:
        return self._call("confirm", (pending_id, actor, channel, yes), progress, accepted)

    def _call(self, kind: str, args: tuple[Any, ...], progress: Callable[[str], None] | None,
              accepted: Callable[[], None] | None, *, again: bool = True) -> Reply:
        if self._closed:
            raise RuntimeError("the pipeline processes are shut down")
        proc = self._free.get()
        with self._lock:
            self._seq += 1
            seq = self._seq
        sent = False
        try:
            proc.wait_ready(self.start_timeout)
            if not proc.process.is_alive():
                raise WorkerDied(f"pipeline process {proc.process.pid} is gone")
            proc.conn.send((seq, kind, args))
            sent = True
            while True:
                try:
                    got = proc.conn.recv()
                except (EOFError, OSError) as e:
                    raise WorkerDied(f"pipeline process {proc.process.pid} exited while running a request") from e
                what, at = got[0], got[1]
                if at != seq:  # a late line of an earlier request: not this one's
                    continue
                if what == "progress" and progress is not None:
                    _quietly(progress, got[2])
                elif what == "accepted" and accepted is not None:
                    _quietly(accepted)
                elif what == "reply":
                    reply: Reply = got[2]
                    self._free.put(proc)
                    return reply
                elif what == "error":
                    raise RuntimeError(f"the pipeline failed in process {proc.process.pid}:\n{got[2]}")
        except WorkerDied:
            self._replace(proc)
            if not sent and again:  # nothing reached a child: safe to run it on another one, once
                return self._call(kind, args, progress, accepted, again=False)
            raise
        except BaseException:
            # the pipeline's own error, or this thread interrupted: the child is fine (a late
            # answer to this request is told apart by its number and skipped)
            self._free.put(proc)
            raise

    def close(self, timeout: float = 10.0) -> None:
        """Stop the children (after their current request, if any, up to `timeout`)."""
        with self._lock:
            self._closed = True
            procs = list(self._all)
            self._all.clear()
        for proc in procs:
            proc.stop(timeout)


def _quietly(fn: Callable[..., None], *args: Any) -> None:
    try:
        fn(*args)
    except Exception:
        log.exception("progress callback failed")
