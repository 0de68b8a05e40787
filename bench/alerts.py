#!/usr/bin/env python3
"""On-call alerts (issue 11): event-to-alert latency and memory. Not part of the test suite.

    .venv/bin/python bench/alerts.py            # N=30 containers per case
    .venv/bin/python bench/alerts.py --quick    # N=10

  W1  engine event -> the fake Slack Web API receiving the alert's chat.postMessage
      (the engine's `die` timestamp, timeNano, to the moment tests/slack_fake.py records the
      call; same host clock), for N containers that exit 3 one after another — on a quiet
      engine, and on a busy one (4 threads running `docker exec` in a busy container and one
      creating/starting/removing containers, all the time: hundreds of events a second)
  W2  the same for `gorae watch --json` (the event's timestamp to the moment its JSON line is read)
  W3  memory of the whole alert path (Watcher -> Tracker -> SlackAlertSink -> fake Slack over
      HTTP) over 10,000 engine-shaped events (die/kill/start/oom/health/destroy of 2,000
      containers, replayed from a list at full speed): RSS and the tracker's entries every 2,000

Targets: p99 <= 0.5 s; memory flat. Containers are `bench-al-*`, labelled gorae.bench=1, removed at the end.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from common import log, pct, proc_status  # noqa: E402

LABELS = {"gorae.bench": "1"}
POLICY = """\
version: 1
channels: {ops: C0BENCH}
local: none
roles: {viewer: {verbs: [read]}}
bindings: [{role: viewer, users: [U0NOBODY]}]
alerts:
  storm: {count: 1000, within: 10s}
  routes: [{containers: ["bench-al-*"], channel: "#ops"}]
"""


class _App:
    def action(self, _: Any) -> Any:
        return lambda fn: fn


class Busy:
    """Keeps the engine busy: execs in one container, and containers made and removed."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []
        self.box = client.containers.run("busybox", ["sh", "-c", 'trap "exit 0" TERM; while :; do sleep 1; done'],
                                         name="bench-al-busybox", detach=True, labels=LABELS)

    def _execs(self) -> None:
        while not self.stop.is_set():
            try:
                self.client.api.exec_start(self.client.api.exec_create(self.box.id, ["true"])["Id"])
            except Exception:
                pass

    def _churn(self) -> None:
        for i in itertools.count():
            if self.stop.is_set():
                return
            try:
                c = self.client.containers.run("busybox", ["true"], name=f"bench-al-churn-{os.getpid()}-{i}",
                                               detach=True, labels=LABELS)
                c.wait(timeout=10)
                c.remove(force=True)
            except Exception:
                pass

    def start(self) -> Busy:
        for fn in [self._execs] * 4 + [self._churn]:
            th = threading.Thread(target=fn, daemon=True)
            th.start()
            self.threads.append(th)
        return self

    def close(self) -> None:
        self.stop.set()
        for th in self.threads:
            th.join(15)
        self.box.remove(force=True)


def cleanup(client: Any) -> None:
    for c in client.api.containers(all=True, filters={"label": "gorae.bench=1", "name": "bench-al-"}):
        try:
            client.api.remove_container(c["Id"], force=True)
        except Exception:
            pass


def slack_latency(client: Any, n: int, busy: bool) -> list[float]:
    from slack_fake import FakeSlack

    from bot.front.slack.alerts import start
    from bot.front.slack.app import make_client
    from bot.pipeline import Gorae
    from bot.policy.check import Authorizer
    from bot.policy.policyfile import parse_policy

    fake = FakeSlack().start()
    offset = time.time() - time.monotonic()
    tmp = tempfile.mkdtemp(prefix="gorae-bench-alerts-")
    gorae = Gorae(authorizer=Authorizer(parse_policy(POLICY)))
    import docker

    watch_client = docker.from_env(timeout=60)
    svc = start(_App(), None, make_client("xoxb-bench", fake.url), gorae, docker=watch_client,
                store_path=os.path.join(tmp, "alerts.sqlite"))
    assert svc is not None and svc.watcher.connected.wait(15)
    load = Busy(client).start() if busy else None
    out: list[float] = []
    try:
        for i in range(n):
            name = f"bench-al-{'busy' if busy else 'quiet'}-{i}"
            c = client.containers.run("busybox", ["sh", "-c", "echo bye; exit 3"], name=name, detach=True,
                                      labels=LABELS)
            c.wait(timeout=30)
            deadline = time.monotonic() + 20
            call = None
            while call is None and time.monotonic() < deadline:
                call = next((x for x in fake.of("chat.postMessage") if f"*{name}*" in json.dumps(x.params)), None)
                time.sleep(0.01)
            ev = client.api.events(since=int(time.time()) - 60, until=int(time.time()) + 1, decode=True,
                                   filters={"container": name, "event": "die"})
            died = [e["timeNano"] / 1e9 for e in ev]
            if call is None or not died:
                log(f"  {name}: no alert within 20 s")
                continue
            out.append(call.at + offset - died[0])
            c.remove(force=True)
    finally:
        if load:
            load.close()
        svc.stop()
        watch_client.close()
        fake.stop()
    return out


def watch_latency(client: Any, n: int, busy: bool) -> list[float]:
    proc = subprocess.Popen([sys.executable, "-m", "bot", "watch", "--json", "--since", "5s"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[tuple[float, dict[str, Any]]] = []

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((time.time(), json.loads(line)))

    threading.Thread(target=reader, daemon=True).start()
    time.sleep(3)  # imports and the first connection (not measured)
    load = Busy(client).start() if busy else None
    out: list[float] = []
    try:
        for i in range(n):
            name = f"bench-al-w{'busy' if busy else 'quiet'}-{i}"
            c = client.containers.run("busybox", ["sh", "-c", "exit 3"], name=name, detach=True, labels=LABELS)
            c.wait(timeout=30)
            deadline = time.monotonic() + 20
            got = None
            while got is None and time.monotonic() < deadline:
                got = next(((at, d) for at, d in list(lines) if d.get("container") == name and d["what"] == "open"),
                           None)
                time.sleep(0.01)
            if got is None:
                log(f"  {name}: no line within 20 s")
                continue
            out.append(got[0] - got[1]["event_time"])
            c.remove(force=True)
    finally:
        if load:
            load.close()
        proc.terminate()
        proc.wait(10)
    return out


def memory(events: int = 10_000) -> list[tuple[int, int, int]]:
    """(events fed, RSS KiB, entries held by tracker + sink + watcher) at five points of the run."""
    from slack_fake import FakeSlack

    from bot.alerts.incidents import Tracker
    from bot.alerts.watch import Watcher, WatchStore
    from bot.front.slack.alerts import SlackAlertSink
    from bot.front.slack.app import make_client
    from bot.policy.alertrules import AlertRules, Route

    class NoDocker:
        class api:
            @staticmethod
            def inspect_container(ref: str) -> dict[str, Any]:
                return {"State": {"Status": "exited", "ExitCode": 1}, "Config": {"Image": "busybox"}}

            @staticmethod
            def logs(ref: str, **kw: Any) -> bytes:
                return b"line\n" * 20

    base = int(time.time() * 1e9)
    raws: list[dict[str, Any]] = []
    for i in itertools.count():
        t = base + i * 1_000_000
        name = f"bench-al-m{i}"
        for k, (action, code) in enumerate((("start", None), ("die", "1") if i % 3 else ("kill", None),
                                            ("die", "137"), ("destroy", None))):
            attrs = {"name": name, "image": "busybox"}
            if code:
                attrs["exitCode"] = code
            raws.append({"Type": "container", "Action": action, "timeNano": t + k,
                         "Actor": {"ID": f"{i:012x}", "Attributes": attrs}})
        if len(raws) >= events:
            break
    raws = raws[:events]

    class Engine:
        api: Any

        def __init__(self) -> None:
            self.api = self
            self.fed = 0
            self.gate = threading.Event()

        def events(self, since: str, decode: bool, filters: dict[str, Any]) -> Any:
            def gen() -> Any:
                for r in raws[self.fed:]:
                    self.fed += 1
                    yield r
                self.gate.wait()
            return gen()

        def ping(self) -> bool:
            return True

    fake = FakeSlack().start()
    tmp = tempfile.mkdtemp(prefix="gorae-bench-alerts-")
    store = WatchStore(os.path.join(tmp, "alerts.sqlite"))
    rules = AlertRules((Route("C0BENCH"),), storm_count=5, storm_within=2)
    sink = SlackAlertSink(make_client("xoxb-bench", fake.url), rules, store, NoDocker(), rate=50, burst=50,
                          update_every=0.05).start()
    tracker = Tracker(engine="bench")
    engine = Engine()
    watcher = Watcher(engine, tracker, store, sink, fresh_since=base / 1e9 - 1)
    out = []
    step = max(1000, events // 5)
    orig = watcher._on_raw

    def counted(raw: dict[str, Any]) -> None:
        orig(raw)
        if watcher.events % step == 0:
            time.sleep(0.5)  # let the sink catch up before the reading
            with fake._lock:  # the fake Slack lives in this process: what it recorded is not gorae's
                fake.calls.clear()
            out.append((watcher.events, proc_status()["VmRSS"], tracker.state_size()
                        + len(sink.posted) + len(sink._waiting) + len(watcher._pending)))

    watcher._on_raw = counted  # type: ignore[method-assign]
    out.append((0, proc_status()["VmRSS"], 0))
    watcher.start()
    deadline = time.time() + 300
    while engine.fed < len(raws) and time.time() < deadline:
        time.sleep(0.2)
    time.sleep(1)
    engine.gate.set()
    watcher.stop()
    sink.stop()
    store.close()
    fake.stop()
    return out


def row(label: str, xs: list[float]) -> str:
    if not xs:
        return f"| {label} | no samples | | | |"
    p50, p99 = pct(xs, 50), pct(xs, 99)
    return (f"| {label} | {len(xs)} | {p50 * 1000:.0f} ms | {p99 * 1000:.0f} ms | "
            f"{'met' if p99 <= 0.5 else 'MISSED'} |")


def main() -> int:
    import docker

    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--only-memory", action="store_true")
    args = ap.parse_args()
    n = 10 if args.quick else 30
    client = docker.from_env(timeout=120)
    cleanup(client)
    rows = []
    try:
        for busy in () if args.only_memory else (False, True):
            log(f"W1 Slack, {'busy' if busy else 'quiet'} engine")
            rows.append(row(f"W1 event -> fake Slack post, {'busy' if busy else 'quiet'} engine",
                            slack_latency(client, n, busy)))
            log(f"W2 gorae watch, {'busy' if busy else 'quiet'} engine")
            rows.append(row(f"W2 event -> `gorae watch --json` line, {'busy' if busy else 'quiet'} engine",
                            watch_latency(client, n, busy)))
        log("W3 memory over 10,000 events")
        mem = memory(args.events)
    finally:
        cleanup(client)
    print("| item | samples | p50 | p99 | p99 <= 0.5 s |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("| events fed | RSS | entries held (tracker, sink, watcher) |")
    print("|---|---|---|")
    for fed, rss, size in mem:
        print(f"| {fed} | {rss / 1024:.1f} MiB | {size} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
