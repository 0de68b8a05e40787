"""Slack ack latency with two gorae replicas on one shared state (issue 13).

    .venv/bin/python bench/ha_ack.py                    # PostgreSQL (the test server of scripts/pg.sh)
    .venv/bin/python bench/ha_ack.py --state sqlite     # the SQLite file of one state directory
    .venv/bin/python bench/ha_ack.py --json

Two real `gorae slack --http` processes (the real pipeline, the bench policy of bench/slack_ack.py,
the real engine) share one state database: a fresh database on the test PostgreSQL, or one SQLite
file. Each burst is `--concurrency` signed app_mention requests written at the same instant, half
to each replica; a share of them (`--redeliver`) are redeliveries, to the *other* replica, of
events of the burst before (Slack retrying where it likes). The command is `ps` (a real
`docker ps` on the engine, audited). Measured per request: from writing it to reading the 200.
Executions are counted in the shared audit log (rows per request id): every event once, none twice.
Target: ack p99 <= 100 ms at 50 concurrent, zero duplicate executions.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from slack_ack import BENCH_POLICY, SECRET, machine, percentile, post_all, signed, slack_process  # noqa: E402
from slack_fake import mention  # noqa: E402


def client_process(rounds: list[list[tuple[int, bytes, dict[str, str]]]], pause: float, out) -> None:
    results = []
    for jobs in rounds:
        results.extend(asyncio.run(post_all(jobs)))
        time.sleep(pause)
    out.put(results)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def audit_counts(url: str | None, state_dir: Path) -> Counter[str]:
    """Audit rows per request id in the shared state."""
    if url:
        import psycopg

        with psycopg.connect(url) as conn:
            rows = conn.execute("SELECT request_id FROM requests").fetchall()
    else:
        import sqlite3

        db = sqlite3.connect(state_dir / "state.db", timeout=30)
        try:
            rows = db.execute("SELECT request_id FROM requests").fetchall()
        finally:
            db.close()
    return Counter(str(r[0]) for r in rows)


def run(args: argparse.Namespace) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="gorae-bench-ha-"))
    (tmp / "policy.yaml").write_text(BENCH_POLICY)
    server = url = None
    if args.state == "postgresql":
        from pg import create_database, test_server_url

        server = test_server_url()
        url = create_database(server)
    ctx = multiprocessing.get_context("spawn")
    slack_out, slack_stop = ctx.Queue(), ctx.Event()
    slack = ctx.Process(target=slack_process, args=(slack_out, slack_stop))
    slack.start()
    api_url = slack_out.get(timeout=60)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_"))}
    env.update({"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": api_url,
                "GORAE_STATE_DIR": str(tmp / "state"), "XDG_STATE_HOME": str(tmp / "xdg"),
                "XDG_CONFIG_HOME": str(tmp / "cfg"), "GORAE_LOG_LEVEL": "warning"})
    if url:
        env["GORAE_STATE"] = url
    ports = [free_port(), free_port()]
    procs = []
    try:
        for i, port in enumerate(ports):
            with open(tmp / f"replica-{i}.log", "wb") as log:
                procs.append(subprocess.Popen(
                    [sys.executable, "-m", "bot", "slack", "--http", str(port), "--host", "127.0.0.1",
                     "--policy", str(tmp / "policy.yaml")], cwd=ROOT, env=env, stdout=log,
                    stderr=subprocess.STDOUT))
        for port in ports:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"replica on {port} did not start; see {tmp}") from None
                    time.sleep(0.2)
        warm = []
        for port in ports:  # first-request costs (imports, auth.test, the pool): not measured
            e = mention("ps", user="U0BENCH", channel="C0BENCH")
            warm.append(e["event_id"])
            asyncio.run(post_all([(port, *signed(e, None))]))
        time.sleep(3)
        rounds, previous, events = [], [], []
        redeliver = int(args.concurrency * args.redeliver)
        for _ in range(args.rounds):
            again = previous[:redeliver]
            envs = [mention("ps", user="U0BENCH", channel="C0BENCH") for _ in range(args.concurrency - len(again))]
            events += [e["event_id"] for e in envs]
            jobs = [(ports[i % 2], *signed(e, None)) for i, e in enumerate(envs)]
            jobs += [(ports[(i + 1) % 2], *signed(e, 1)) for i, e in enumerate(again)]  # the other replica
            rounds.append(jobs)
            previous = envs
        out = ctx.Queue()
        client = ctx.Process(target=client_process, args=(rounds, args.pause, out))
        client.start()
        results = out.get(timeout=600)
        client.join(30)
        deadline = time.monotonic() + args.drain
        while True:
            counts = audit_counts(url, tmp / "state")
            done = sum(1 for e in events if counts.get(e))
            if done >= len(events) or time.monotonic() > deadline:
                break
            time.sleep(1)
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(40)
            except subprocess.TimeoutExpired:
                p.kill()
        slack_stop.set()
        slack_calls = slack_out.get(timeout=60)
        slack.join(30)
        if server and url:
            from pg import drop_database

            drop_database(server, url)
    ms = [r[0] * 1000 for r in results]
    statuses = Counter(r[1] for r in results)
    executed = sum(counts.get(e, 0) for e in events)
    duplicates = sum(counts.get(e, 0) - 1 for e in events if counts.get(e, 0) > 1)
    return {"state": args.state, "replicas": 2, "concurrency": args.concurrency, "rounds": args.rounds,
            "requests": len(ms), "events": len(events), "redelivered_to_the_other_replica": len(ms) - len(events),
            "p50_ms": round(statistics.median(ms), 1), "p90_ms": round(percentile(ms, 90), 1),
            "p99_ms": round(percentile(ms, 99), 1), "max_ms": round(max(ms), 1),
            "statuses": dict(statuses), "executions": executed, "events_done": done,
            "duplicates": duplicates, "slack_calls": slack_calls, "machine": machine()}


def table(r: dict) -> str:
    rows = [("state", r["state"]), ("replicas", "2 (gorae slack --http, real pipeline, real engine)"),
            ("concurrent requests per burst", f"{r['concurrency']} (half to each replica)"), ("bursts", r["rounds"]),
            ("requests (redeliveries to the other replica)", f"{r['requests']} ({r['redelivered_to_the_other_replica']})"),
            ("ack p50", f"{r['p50_ms']} ms"), ("ack p90", f"{r['p90_ms']} ms"),
            ("ack p99", f"{r['p99_ms']} ms  (target <= 100 ms)"), ("ack max", f"{r['max_ms']} ms"),
            ("HTTP statuses", r["statuses"]),
            ("audited executions / distinct events", f"{r['executions']} / {r['events']}"),
            ("duplicate executions", f"{r['duplicates']}  (target 0)"),
            ("Slack Web API calls", r["slack_calls"])]
    m = r["machine"]
    rows += [("machine", f"{m['cpu']}, {m['cpus']} CPUs, {m['memory']}, load average {m['loadavg']}"),
             ("software", f"{m['os']}, Python {m['python']}, slack-bolt {m['slack_bolt']}")]
    w = max(len(k) for k, _ in rows)
    return "\n".join(f"| {k.ljust(w)} | {v} |" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--state", choices=("postgresql", "sqlite"), default="postgresql")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--redeliver", type=float, default=0.2)
    ap.add_argument("--pause", type=float, default=1.0, help="seconds between bursts")
    ap.add_argument("--drain", type=float, default=300.0, help="max seconds to wait for the work")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = run(args)
    print(json.dumps(r) if args.json else table(r))
    ok = (r["p99_ms"] <= 100 and r["duplicates"] == 0 and r["executions"] == r["events"]
          and set(r["statuses"]) == {200})
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
