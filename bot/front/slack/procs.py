"""The pipeline in worker processes: the Slack process only acks, deduplicates and delivers.

Parsing, planning, the policy, the audit log and the Docker SDK are Python work that
holds the GIL; run in the acking interpreter, they delay acks (issue 9: ack p99 at 200
concurrent requests 111–218 ms with the real engine). `ProcessPipeline` runs them in
`processes` child processes instead, each with its own `Gorae` built by `factory` (a
picklable callable, e.g. `functools.partial(make_gorae, policy, state_file)`), each
running up to `per_process` requests at once on its own threads (a child holds the
parsers and Kiwi, ~300 MiB: one child per 8 workers, not one per worker):

    pipe = ProcessPipeline(functools.partial(make_gorae, "policy.yaml", None), processes=1, per_process=4)
    reply = pipe.handle(request, progress=print)     # blocks this thread; the GIL is free
    pipe.close()

It has the `handle`/`confirm` shape of `bot.front.slack.app.Pipeline` (and `explain`, for the
alert buttons: bot/front/slack/alerts.py), so the Slack worker
threads (bot/front/slack/worker.py: queue order, "queued, N ahead") stay as they are: each
thread sends its request to the least busy child and waits for the answer; `progress`
lines and `accepted()` come back over the same pipe while the work runs and are called
in this process, in the order the child sent them (one reader thread per child routes
them by request number).

What is shared between the children is shared by file, as between any gorae processes:
pending confirmations (bot.state.pending.StatePending), the rate limit (bot.policy.ratelimit), the
audit log (SQLite, WAL). A question asked in one child is answered in whichever child is
free at the click.

Exactly once: a request is sent to one child, once. If that child dies while it holds
requests (killed, out of memory), whether their work ran is unknown: each such call raises
`WorkerDied` (the Slack layer answers "internal error"; a request is never run again
elsewhere) and a fresh child takes its place.
"""
from __future__ import annotations

import logging
import math
import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Protocol, cast

from bot.model import Actor, Reply, Request

if TYPE_CHECKING:
    from bot.pipeline import Explanation

log = logging.getLogger(__name__)


class _Pipeline(Protocol):
    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply: ...

    def explain(self, text: str, request: Request | None = None) -> Explanation: ...

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Callable[[str], None] | None = None,
                accepted: Callable[[], None] | None = None) -> Reply: ...


NICE = 10  # added to a child's nice value (lower CPU priority than the acking process)


class WorkerDied(RuntimeError):
    """The child process running a request exited before answering (the work may or may not
    have run; it is not run again)."""


def make_gorae(policy: str | None, state_file: str | None = None) -> _Pipeline:
    """The Gorae of `gorae slack` (bot.front.slack.app.make_pipeline), built inside a child."""
    from bot.front.slack.app import make_pipeline

    return make_pipeline(policy, state_file)


def warm() -> None:
    """Load what the first request would otherwise wait for: both parsers and Kiwi."""
    from bot.language import grammar, morph

    grammar.natural()
    grammar.cli()
    morph.preload()


# --------------------------------------------------------------------------- the child


def _child(factory: Callable[[], _Pipeline], conn: Connection, log_level: int, preload: bool) -> None:
    """A child's whole life: build the pipeline, say ready, run each request on a thread of
    its own (the parent never sends more than its share) until EOF or "stop"."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when children stop
    try:  # pipeline work yields the CPU to the acking process (acks are due in 3 s, work is not)
        os.nice(NICE)
    except OSError:
        pass
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
    running: list[threading.Thread] = []

    def send(msg: tuple[Any, ...]) -> None:
        with send_lock:
            conn.send(msg)

    def run(seq: int, kind: str, args: tuple[Any, ...]) -> None:
        open_ = True  # progress after the answer (a stray thread of the work) is dropped

        def progress(line: str) -> None:
            if open_:
                send(("progress", seq, str(line)))

        def accepted() -> None:
            send(("accepted", seq))

        try:
            reply: Any
            if kind == "handle":
                reply = pipeline.handle(args[0], progress=progress)
            elif kind == "explain":
                reply = pipeline.explain(args[0], args[1])
            else:
                pending_id, actor, channel, yes = args
                reply = pipeline.confirm(pending_id, actor, channel, yes=yes, progress=progress,
                                         accepted=accepted)
            open_ = False
            send(("reply", seq, reply))
        except Exception:
            open_ = False
            send(("error", seq, traceback.format_exc()))

    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            break
        if msg[0] == "stop":
            break
        running[:] = [th for th in running if th.is_alive()]
        th = threading.Thread(target=run, args=msg, name=f"gorae-request-{msg[0]}", daemon=True)
        th.start()
        running.append(th)
    for th in running:  # "stop" comes after the parent's last request: let it finish
        th.join(30)


# --------------------------------------------------------------------------- the parent


class _Proc:
    """One child, seen from the parent: its pipe, the calls it holds, a reader thread."""

    def __init__(self, ctx: Any, factory: Callable[[], _Pipeline], log_level: int, preload: bool) -> None:
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_child, args=(factory, child_conn, log_level, preload),
                                   name="gorae-pipeline", daemon=True)
        self.process.start()
        child_conn.close()
        self.calls: dict[int, queue.Queue[tuple[Any, ...]]] = {}  # request number -> its messages
        self.dead = False
        self._ready = threading.Event()
        self._failed: str | None = None
        self._send = threading.Lock()
        self._reader = threading.Thread(target=self._read, name=f"gorae-pipeline-{self.process.pid}",
                                        daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                got = self.conn.recv()
            except (EOFError, OSError):
                break
            if got[0] == "ready":
                self._ready.set()
            elif got[0] == "failed":
                self._failed = str(got[1])
                break
            else:
                box = self.calls.get(got[1])
                if box is not None:  # else: a late line of a call that gave up
                    box.put(got)
        self.dead = True
        self._ready.set()
        for box in list(self.calls.values()):
            box.put(("died",))

    def said_ready(self) -> bool:
        """Whether the child has said ready (or failed, or exited): it no longer warms up."""
        return self._ready.is_set()

    def wait_ready(self, timeout: float) -> None:
        if not self._ready.wait(timeout):
            raise WorkerDied(f"pipeline process {self.process.pid} did not start within {timeout:.0f} s")
        if self._failed is not None:
            raise WorkerDied(f"pipeline process {self.process.pid} could not start:\n{self._failed}")
        if self.dead:
            raise WorkerDied(f"pipeline process {self.process.pid} exited at start")

    def send(self, msg: tuple[Any, ...]) -> None:
        with self._send:
            self.conn.send(msg)

    def stop(self, timeout: float) -> None:
        try:
            self.send(("stop",))
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
        processes: children.
        per_process: requests one child runs at once (on its own threads); give the Slack
            worker `processes * per_process` threads.
        start_timeout: seconds a child may take to build its pipeline and load the parsers.
        preload: load the parsers and Kiwi in each child before its first request (`warm`).

    Raises (from handle/confirm): WorkerDied when the child running the request exits
    first; any exception of the pipeline itself comes back as a RuntimeError with the
    child's traceback.
    """

    def __init__(self, factory: Callable[[], _Pipeline], *, processes: int = 1, per_process: int = 4,
                 start_timeout: float = 120.0, preload: bool = True) -> None:
        self.factory = factory
        self.preload = preload
        self.per_process = max(1, per_process)
        self.start_timeout = start_timeout
        self._ctx = multiprocessing.get_context("spawn")  # the parent has threads: no fork
        self._level = logging.getLogger().getEffectiveLevel()
        self._procs: list[_Proc] = []
        self._cond = threading.Condition()
        self._seq = 0
        self._closed = False
        for _ in range(max(1, processes)):
            self._procs.append(self._start())

    @classmethod
    def for_workers(cls, factory: Callable[[], _Pipeline], workers: int, **kw: Any) -> ProcessPipeline:
        """Children for `workers` requests at once (`shape`)."""
        processes, per_process = shape(workers)
        return cls(factory, processes=processes, per_process=per_process, **kw)

    def _start(self) -> _Proc:
        return _Proc(self._ctx, self.factory, self._level, self.preload)

    def wait_ready(self, timeout: float | None = None) -> None:
        """Block until every child has built its pipeline (start-up; raises WorkerDied)."""
        with self._cond:
            procs = list(self._procs)
        for proc in procs:
            proc.wait_ready(self.start_timeout if timeout is None else timeout)

    def ready(self) -> bool:
        """Whether every child has said ready: built its pipeline and, with `preload`, loaded the
        parsers and Kiwi (~1 s after start). The Slack server's /healthz answers 200 only then, so
        that a mention sent after it is not the one that waits for a child's start-up. A child
        that died counts (the next request starts another and waits for it). Never blocks."""
        procs = list(self._procs)  # a copy: no lock (called on the server's event loop)
        return bool(procs) and all(p.said_ready() for p in procs)

    @property
    def pids(self) -> list[int]:
        with self._cond:
            return [p.process.pid for p in self._procs if p.process.pid is not None]

    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply:
        return cast(Reply, self._call("handle", (request,), progress, None))

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Callable[[str], None] | None = None,
                accepted: Callable[[], None] | None = None) -> Reply:
        return cast(Reply, self._call("confirm", (pending_id, actor, channel, yes), progress, accepted))

    def explain(self, text: str, request: Request | None = None) -> Explanation:
        """`Gorae.explain` in a child: parse, plan and the policy's decision, nothing run
        (the alert buttons' wording and their policy check)."""
        return cast("Explanation", self._call("explain", (text, request), None, None))

    def _take(self) -> tuple[_Proc, int, queue.Queue[tuple[Any, ...]]]:
        """The least busy live child with room (dead ones are replaced here), and a call slot."""
        with self._cond:
            while True:
                if self._closed:
                    raise RuntimeError("the pipeline processes are shut down")
                for i, proc in enumerate(self._procs):
                    if proc.dead and not proc.calls:
                        log.error("pipeline process %s exited (code %s); starting another",
                                  proc.process.pid, proc.process.exitcode)
                        proc.process.join(0.1)
                        self._procs[i] = self._start()
                free = [p for p in self._procs if not p.dead and len(p.calls) < self.per_process]
                if free:
                    proc = min(free, key=lambda p: len(p.calls))
                    self._seq += 1
                    box: queue.Queue[tuple[Any, ...]] = queue.Queue()
                    proc.calls[self._seq] = box
                    return proc, self._seq, box
                self._cond.wait(1.0)

    def _give_back(self, proc: _Proc, seq: int) -> None:
        with self._cond:
            proc.calls.pop(seq, None)
            self._cond.notify()

    def _call(self, kind: str, args: tuple[Any, ...], progress: Callable[[str], None] | None,
              accepted: Callable[[], None] | None, *, again: bool = True) -> Any:
        proc, seq, box = self._take()
        sent = False
        try:
            proc.wait_ready(self.start_timeout)
            proc.send((seq, kind, args))
            sent = True
            while True:
                got = box.get()
                what = got[0]
                if what == "died":
                    raise WorkerDied(f"pipeline process {proc.process.pid} exited while running a request")
                if what == "progress" and progress is not None:
                    _quietly(progress, got[2])
                elif what == "accepted" and accepted is not None:
                    _quietly(accepted)
                elif what == "reply":
                    return got[2]
                elif what == "error":
                    raise RuntimeError(f"the pipeline failed in process {proc.process.pid}:\n{got[2]}")
        except (WorkerDied, OSError, ValueError) as e:
            if not sent and again:  # nothing reached a child: safe to run it on another one, once
                self._give_back(proc, seq)
                return self._call(kind, args, progress, accepted, again=False)
            if isinstance(e, WorkerDied):
                raise
            raise WorkerDied(f"pipeline process {proc.process.pid}: {e}") from e
        finally:
            self._give_back(proc, seq)

    def close(self, timeout: float = 10.0) -> None:
        """Stop the children (after their current requests, if any, up to `timeout`)."""
        with self._cond:
            self._closed = True
            procs = list(self._procs)
            self._procs.clear()
            self._cond.notify_all()
        for proc in procs:
            proc.stop(timeout)


def shape(workers: int, per_child: int = 8) -> tuple[int, int]:
    """(processes, requests each) for `workers` requests at once: one child per `per_child`
    requests, the requests spread evenly (each child holds the parsers and Kiwi, ~300 MiB)."""
    processes = max(1, math.ceil(workers / per_child))
    return processes, max(1, math.ceil(workers / processes))


def _quietly(fn: Callable[..., None], *args: Any) -> None:
    try:
        fn(*args)
    except Exception:
        log.exception("progress callback failed")
