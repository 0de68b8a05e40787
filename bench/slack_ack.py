"""Slack ack latency: how fast gorae answers Slack's HTTP request while Docker work is slow.

    .venv/bin/python bench/slack_ack.py                   # simulated Docker work (2 s each)
    .venv/bin/python bench/slack_ack.py --mode engine     # real `docker run --rm busybox sleep 2`
    .venv/bin/python bench/slack_ack.py --json            # one JSON object instead of the table

The real bolt app behind gorae's threaded HTTP server receives bursts of `--concurrency`
signed app_mention requests at once (`--rounds` bursts); a share of the events
(`--redeliver`) is delivered a second time with X-Slack-Retry-Num while the first is
still running, as Slack does when it thinks we were slow. Slack's Web API is a fake on
127.0.0.1. Measured per request: from sending the request to reading the 200.
Target (issues 4 and 9): p99 <= 100 ms while the work runs, zero duplicate executions,
every acknowledged request executed (the ones that wait for a worker are queued, none refused).

    .venv/bin/python bench/slack_ack.py --concurrency 200 --rounds 2 --work 1   # issue 9's burst

With `--mode engine` the pipeline runs as `gorae slack` runs it: in `--workers` worker
processes (bot/front/slack/procs.py), the acking process only acks, dedups and delivers;
`--pipeline threads` runs it in the acking interpreter instead (before issue 9's fix).
"""
from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from slack_fake import FakeSlack, mention, sign  # noqa: E402
from slack_harness import SECRET, Harness  # noqa: E402

from bot.model import Reply, Request  # noqa: E402

BENCH_POLICY = """version: 1
channels: {bench: C0BENCH}
local: none
roles:
  runner: {verbs: [read, deploy], images: ["busybox*"]}
bindings:
  - {role: runner, users: [U0BENCH], in: ["#bench"]}
rate_limit: {writes_per_minute: 100000}
"""


class _Remote:
    """The Harness's view of a fake Slack running in another process."""

    def __init__(self, url: str) -> None:
        self.url = url


class SlowPipeline:
    """Stands in for Gorae: each request 'runs Docker' for `work` seconds; counts executions."""

    def __init__(self, work: float) -> None:
        self.work = work
        self.runs: Counter[str] = Counter()
        self._lock = threading.Lock()

    def handle(self, request: Request, *, progress=None) -> Reply:
        with self._lock:
            self.runs[request.request_id] += 1
        time.sleep(self.work)
        return Reply("en", "done", "Slept.", cli=("docker run --rm busybox sleep 2",))

    def confirm(self, *a, **k) -> Reply:  # pragma: no cover - not used here
        raise NotImplementedError


class CountingGorae:
    """The real pipeline, counting executions per request id."""

    def __init__(self, gorae) -> None:
        self.gorae = gorae
        self.runs: Counter[str] = Counter()
        self._lock = threading.Lock()

    def handle(self, request: Request, *, progress=None) -> Reply:
        with self._lock:
            self.runs[request.request_id] += 1
        return self.gorae.handle(request, progress=progress)

    def confirm(self, *a, **k) -> Reply:
        return self.gorae.confirm(*a, **k)


def signed(envelope: dict, retry: int | None) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(envelope).encode()
    headers = {"Content-Type": "application/json", **sign(SECRET, body)}
    if retry:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    return body, headers


def post(port: int, body: bytes, headers: dict[str, str]) -> tuple[float, int]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    started = time.perf_counter()
    conn.request("POST", "/slack/events", body=body, headers=headers)
    resp = conn.getresponse()
    resp.read()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, resp.status


def burst(port: int, jobs: list[tuple[bytes, dict[str, str]]]) -> list[tuple[float, int]]:
    """Send all jobs at once and time each response.

    One asyncio loop, one pre-opened connection per request (as Slack keeps connections
    open), every request written in the same instant; a request's latency runs from its
    write to the end of its response. No client threads competing for the GIL.
    """
    return asyncio.run(post_all([(port, body, headers) for body, headers in jobs]))


async def post_all(jobs: list[tuple[int, bytes, dict[str, str]]]) -> list[tuple[float, int]]:
    """POST every (port, body, headers) to 127.0.0.1:port/slack/events at once, each on its own
    connection opened beforehand; returns (seconds to the status line and body, status) per job."""
    conns = [await asyncio.open_connection("127.0.0.1", port) for port, _, _ in jobs]

    async def one(conn, job) -> tuple[float, int]:
        reader, writer = conn
        _, body, headers = job
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        raw = (f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n{head}"
               f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body
        started = time.perf_counter()
        writer.write(raw)
        await writer.drain()
        status_line = await reader.readline()
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        if length:
            await reader.readexactly(length)
        elapsed = time.perf_counter() - started
        writer.close()
        return elapsed, int(status_line.split()[1])

    return await asyncio.gather(*(one(c, j) for c, j in zip(conns, jobs)))


def slack_process(out, stop) -> None:
    """The fake Slack Web API, in its own process like the real one; reports what it got."""
    fake = FakeSlack().start()
    out.put(fake.url)
    stop.wait()
    out.put({m: len(fake.ok_calls(m)) for m in ("chat.postMessage", "chat.update", "chat.postEphemeral")})
    fake.stop()


def client_process(port: int, rounds: list[list[tuple[bytes, dict[str, str]]]], pause: float, out) -> None:
    """The load generator, in its own process (Slack is not inside gorae's interpreter)."""
    results = []
    for jobs in rounds:
        results.extend(burst(port, jobs))
        time.sleep(pause)
    out.put(results)


def thread_cpu() -> dict[str, tuple[float, int, int]]:
    """This (the acking) process's threads: name -> (CPU seconds, voluntary, involuntary
    context switches), summed over threads of the same name (/proc/self/task/*)."""
    tick = os.sysconf("SC_CLK_TCK")
    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, tuple[float, int, int]] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
            status = (task / "status").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick
        sw = dict(line.split(":\t") for line in status.splitlines() if "ctxt_switches" in line)
        name = names.get(int(task.name), "?")
        name = name.rstrip("0123456789_-").split("(")[0] or name
        c, v, i = out.get(name, (0.0, 0, 0))
        out[name] = (c + cpu, v + int(sw.get("voluntary_ctxt_switches", 0)),
                     i + int(sw.get("nonvoluntary_ctxt_switches", 0)))
    return out


def cpu_delta(before: dict[str, tuple[float, int, int]],
              after: dict[str, tuple[float, int, int]]) -> dict[str, list[float]]:
    """Per thread name over the bursts: [CPU ms, voluntary switches, involuntary switches]."""
    delta = {}
    for name, (c, v, i) in after.items():
        c0, v0, i0 = before.get(name, (0.0, 0, 0))
        if c - c0 > 0 or v - v0 or i - i0:
            delta[name] = [round((c - c0) * 1000, 1), v - v0, i - i0]
    total = [round(sum(x[0] for x in delta.values()), 1), sum(x[1] for x in delta.values()),
             sum(x[2] for x in delta.values())]
    return {"total": total, **dict(sorted(delta.items(), key=lambda kv: -kv[1][0]))}


class GCPauses:
    """The garbage collector's pauses in this (the acking) process while the bursts run:
    every collection of any thread stops the event loop too (gc.callbacks)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []  # (generation, ms)
        self._t0 = 0.0

    def _cb(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t0 = time.perf_counter()
        else:
            self.pauses.append((info["generation"], (time.perf_counter() - self._t0) * 1000))

    def __enter__(self) -> GCPauses:
        import gc

        gc.callbacks.append(self._cb)
        return self

    def __exit__(self, *exc: object) -> None:
        import gc

        gc.callbacks.remove(self._cb)

    def summary(self) -> dict[str, list[float]]:
        """generation -> [collections, total ms, longest ms]"""
        out: dict[str, list[float]] = {}
        for gen, ms in self.pauses:
            n, total, longest = out.get(str(gen), [0, 0.0, 0.0])
            out[str(gen)] = [n + 1, round(total + ms, 1), round(max(longest, ms), 1)]
        return out


def _spy_start(path: str):
    """py-spy (PyPI) sampling this process's threads while the bursts run (--spy FILE)."""
    import subprocess

    spy = subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(os.getpid()),
                            "--threads", "--nonblocking", "--format", "raw", "-r", "1000", "-o", path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # py-spy attaches
    return spy


def _spy_stop(spy) -> None:
    import signal

    spy.send_signal(signal.SIGINT)
    spy.wait(30)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    import slack_bolt

    load = "?"
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        pass
    return {"cpu": cpu, "cpus": str(os.cpu_count()), "memory": mem, "loadavg": load,
            "os": platform.platform(terse=True), "python": platform.python_version(),
            "slack_bolt": slack_bolt.version.__version__}


def run(args: argparse.Namespace) -> dict:
    from bot.front.slack.app import settle

    tmp = Path(tempfile.mkdtemp(prefix="gorae-bench-"))
    procs = None
    if args.mode == "engine" and args.pipeline == "processes":
        from functools import partial

        from bot.front.slack.procs import ProcessPipeline, make_gorae

        (tmp / "policy.yaml").write_text(BENCH_POLICY)
        os.environ["GORAE_AUDIT"] = str(tmp / "audit.db")  # the children's audit log and state
        os.environ["GORAE_STATE_DIR"] = str(tmp / "state")
        procs = ProcessPipeline.for_workers(partial(make_gorae, str(tmp / "policy.yaml"), str(tmp / "dedup.sqlite")),
                                            args.workers)
        procs.wait_ready()
        pipeline = CountingGorae(procs)
        text, user, channel = "docker run --rm busybox sleep 2", "U0BENCH", "C0BENCH"
    elif args.mode == "engine":
        from bot.pipeline import Gorae
        from bot.policy.check import load_authorizer
        from bot.state.audit import AuditLog
        from bot.state.pending import MemoryPending

        (tmp / "policy.yaml").write_text(BENCH_POLICY)
        pipeline = CountingGorae(Gorae(authorizer=load_authorizer(str(tmp / "policy.yaml")),
                                       audit=AuditLog(str(tmp / "audit.db")), pending=MemoryPending()))
        text, user, channel = "docker run --rm busybox sleep 2", "U0BENCH", "C0BENCH"
    else:
        pipeline = SlowPipeline(args.work)
        text, user, channel = "docker run --rm busybox sleep 2", "U0BENCH", "C0BENCH"
    ctx = multiprocessing.get_context("spawn")
    slack_out, slack_stop = ctx.Queue(), ctx.Event()
    slack = ctx.Process(target=slack_process, args=(slack_out, slack_stop))
    slack.start()
    api_url = slack_out.get(timeout=60)
    h = Harness.start(pipeline, fake=_Remote(api_url), dedup_path=tmp / "dedup.sqlite", workers=args.workers,
                      updates_per_minute=args.updates_per_minute, posts_per_second=1.0,  # gorae's defaults
                      early_ack=not args.dispatch_first,
                      inbox=None if args.inbox == "none" else (args.inbox if "://" in args.inbox else tmp / "state.db"))
    port = h.server.port
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    events = 0
    try:
        # first-request costs (imports of the parser and the docker SDK, auth.test, SQLite): one
        # request of the same kind, finished before the bursts start; not measured, not counted
        warm = mention(text, user=user, channel=channel)
        post(port, *signed(warm, None))
        h.server.quiet(30)
        h.frontend.worker.join(120)
        settle()  # what `gorae slack` does once started
        rounds = []
        previous: list[dict] = []
        redeliver = int(args.concurrency * args.redeliver)
        for _ in range(args.rounds):
            # a burst is `concurrency` requests: new events, plus redeliveries (X-Slack-Retry-Num)
            # of events from the burst before, whose first delivery is still running
            again = previous[:redeliver]
            envs = [mention(text, user=user, channel=channel) for _ in range(args.concurrency - len(again))]
            events += len(envs)
            rounds.append([signed(e, None) for e in envs] + [signed(e, 1) for e in again])
            previous = envs
        max_waiting = [0]
        stop_probe = threading.Event()

        def probe() -> None:  # the deepest the queue got (requests waiting for a worker)
            while not stop_probe.wait(0.05):
                max_waiting[0] = max(max_waiting[0], h.frontend.worker.waiting)

        threading.Thread(target=probe, daemon=True).start()
        spy = _spy_start(args.spy) if args.spy else None
        cpu_before = thread_cpu()
        gc_pauses = GCPauses().__enter__()
        if args.in_process:
            results = [r for jobs in rounds for r in burst(port, jobs)]
        else:
            out = ctx.Queue()
            proc = ctx.Process(target=client_process, args=(port, rounds, args.pause, out))
            proc.start()
            results = out.get(timeout=600)
            proc.join(30)
        cpu_after = thread_cpu()
        gc_pauses.__exit__()
        if spy is not None:
            _spy_stop(spy)
        stop_probe.set()
        for elapsed, status in results:
            latencies.append(elapsed)
            statuses[status] += 1
        peak_waiting = max_waiting[0]
        h.server.quiet(30)
        drained = h.frontend.worker.join(args.drain)
        edits, limited = h.frontend.throttle.sent, h.frontend.throttle.rate_limited
    finally:
        h.stop()
        if procs is not None:
            procs.close()
        slack_stop.set()
        slack_calls = slack_out.get(timeout=60)
        slack.join(30)
    runs = pipeline.runs
    runs.pop(warm["event_id"], None)
    executed = sum(runs.values())
    duplicates = sum(v - 1 for v in runs.values() if v > 1)
    ms = [x * 1000 for x in latencies]
    per = len(ms) // max(1, args.rounds)  # results come burst by burst, in order
    bursts = [ms[i * per:(i + 1) * per] for i in range(args.rounds)]
    return {
        "bursts_p50_p99_ms": [[round(statistics.median(b), 1), round(percentile(b, 99), 1)] for b in bursts if b],
        "mode": args.mode, "client": "in-process" if args.in_process else "separate process", "concurrency": args.concurrency, "rounds": args.rounds,
        "requests": len(ms), "events": events, "redelivered": len(ms) - events,
        "work_s": args.work if args.mode == "sim" else "docker run busybox sleep 2",
        "workers": args.workers, "pipeline": args.pipeline if args.mode == "engine" else "threads (simulated)",
        "ack": "dispatch, then ack" if args.dispatch_first else "ack, then dispatch",
        "inbox": args.inbox,
        "p50_ms": round(statistics.median(ms), 1), "p90_ms": round(percentile(ms, 90), 1),
        "p99_ms": round(percentile(ms, 99), 1), "max_ms": round(max(ms), 1),
        "statuses": dict(statuses), "executions": executed,
        "duplicates": duplicates, "all_work_done": drained, "slack_calls": slack_calls,
        "peak_waiting": peak_waiting, "edits": edits,
        "ack_process_cpu_ms": cpu_delta(cpu_before, cpu_after), "gc_pauses": gc_pauses.summary(), "rate_limited": limited, "machine": machine(),
    }


def table(r: dict) -> str:
    rows = [
        ("mode", r["mode"]), ("acking process nice", str(r.get("ack_nice", 0))), ("load generator", r["client"]), ("Docker work per request", str(r["work_s"]) + (" s" if r["mode"] == "sim" else "")),
        ("concurrent requests per burst", r["concurrency"]), ("bursts", r["rounds"]),
        ("requests (incl. redeliveries)", f"{r['requests']} ({r['redelivered']})"),
        ("ack p50", f"{r['p50_ms']} ms"), ("ack p90", f"{r['p90_ms']} ms"),
        ("ack p99", f"{r['p99_ms']} ms  (target <= 100 ms)"), ("ack max", f"{r['max_ms']} ms"),
        ("HTTP statuses", r["statuses"]),
        ("executions / distinct events", f"{r['executions']} / {r['events']}"),
        ("duplicate executions", f"{r['duplicates']}  (target 0)"),
        ("workers (bounded concurrency)", r["workers"]), ("pipeline runs in", r["pipeline"]), ("events", r["ack"]), ("stored inbox", r.get("inbox", "none")), ("deepest queue", r["peak_waiting"]),
        ("all work finished", r["all_work_done"]),
        ("throttled edits sent (queued / working)", f"{r['edits']} (429 answers: {r['rate_limited']})"),
        ("Slack Web API calls", r["slack_calls"]),
        ("acking process CPU during the bursts (ms, switches vol/invol)", r["ack_process_cpu_ms"]),
        ("garbage collections during the bursts (generation: count, total ms, longest ms)", r["gc_pauses"]),
    ]
    m = r["machine"]
    rows += [("machine", f"{m['cpu']}, {m['cpus']} CPUs, {m['memory']}, load average {m['loadavg']}"),
             ("software", f"{m['os']}, Python {m['python']}, slack-bolt {m['slack_bolt']}")]
    w = max(len(k) for k, _ in rows)
    return "\n".join(f"| {k.ljust(w)} | {v} |" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=("sim", "engine"), default="sim")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--redeliver", type=float, default=0.2,
                    help="share of each burst that redelivers events of the burst before")
    ap.add_argument("--work", type=float, default=2.0, help="simulated Docker seconds per request")
    ap.add_argument("--workers", type=int, default=4, help="worker threads (gorae slack's default: 4)")
    ap.add_argument("--updates-per-minute", type=float, default=50.0,
                    help="the per-workspace edit budget (gorae's default: Slack's Tier 3, 50)")
    ap.add_argument("--pause", type=float, default=0.5, help="seconds between bursts")
    ap.add_argument("--drain", type=float, default=300.0, help="max seconds to wait for the work")
    ap.add_argument("--in-process", action="store_true", help="run the load generator in gorae's own process")
    ap.add_argument("--dispatch-first", action="store_true",
                    help="dispatch each event before acking it (before issue 9's fix; default: ack first)")
    ap.add_argument("--pipeline", choices=("processes", "threads"), default="processes",
                    help="engine mode: the pipeline in worker processes (gorae slack) or in the acking "
                         "interpreter's worker threads (before issue 9's fix)")
    ap.add_argument("--inbox", default="sqlite", metavar="sqlite|none|URL",
                    help="the stored inbox each event is written to before its ack (bot/state/inbox.py): a "
                         "SQLite file in the run's directory (default, as `gorae slack`), a state URL, or none")
    ap.add_argument("--ack-nice", type=int, default=0, metavar="N",
                    help="the acking process's nice value, as $GORAE_SLACK_ACK_NICE (needs CAP_SYS_NICE; default 0)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--spy", metavar="FILE", help="record this process with py-spy (raw stacks) during the bursts")
    args = ap.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)
    from bot.front.slack.app import tune_for_latency

    tune_for_latency(args.ack_nice)  # what `gorae slack` does at start
    r = run(args)
    r["ack_nice"] = args.ack_nice
    print(json.dumps(r) if args.json else table(r))
    ok = (r["p99_ms"] <= 100 and r["duplicates"] == 0 and r["executions"] == r["events"]
          and r["all_work_done"] and set(r["statuses"]) == {200})
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
