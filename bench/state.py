#!/usr/bin/env python3
"""Per-request overhead of the state backend: PostgreSQL vs SQLite, side by side (issue 13).

    .venv/bin/python bench/state.py                 # 600 requests per backend
    .venv/bin/python bench/state.py --rounds 200 --json out.json
    GORAE_BENCH_PG_URL=postgresql://… .venv/bin/python bench/state.py

What one request does to the state (the work of gorae's Slack path for an allowed write, in
this order, each its own transaction, as bot.pipeline and bot.front.slack.app do it):
    dedup.first(event key, message key)  ->  rate limit take  ->  audit start (row + chain entry)
    ->  audit finish (update + chain entry)
and, every 4th request, a confirmation: pending put + pending take (a question and its yes).

Both backends get the same requests, alternating in blocks of 10 (SQLite, PostgreSQL, …) so
both see the same machine load; a request's time is wall time of that sequence. Reported:
p50 / p99 / max per backend and the PostgreSQL − SQLite difference of p50 and p99 (target:
+3 ms p99 or less). PostgreSQL twice: as configured by default (every commit waits for its WAL
flush: durable) and with synchronous_commit=off (`?options=-c%20synchronous_commit%3Doff` in the
URL), which matches SQLite's WAL + synchronous=NORMAL (a commit survives a crash of gorae, not
necessarily one of the machine). PostgreSQL: the test server of scripts/pg.sh (127.0.0.1, loopback TCP,
the pool of bot.state.backend), a fresh database made and dropped here; SQLite: a temporary
file (WAL, synchronous=NORMAL). Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bot.model import Actor, Decision, Outcome, Plan, Request, Restart, Target, VerbClass  # noqa: E402
from bot.policy.ratelimit import SharedRateLimiter  # noqa: E402
from bot.state.audit import AuditLog  # noqa: E402
from bot.state.backend import Database, connect  # noqa: E402
from bot.state.dedup import Dedup  # noqa: E402
from bot.state.pending import Pending, StatePending  # noqa: E402

PLAN = Plan(Restart(targets=("web",)), (), ("docker restart web",), "restart", VerbClass.OPERATE,
            (Target("container", "web", "ab" * 32),))


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


class Stores:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.dedup = Dedup(db)
        self.limiter = SharedRateLimiter(db, 20)  # deploy/policy.yaml's 20 a minute; a user per request
        self.audit = AuditLog(db)
        self.pending = StatePending(db)

    def request(self, n: int) -> float:
        t0 = time.perf_counter()
        key = secrets.token_hex(8)
        req = Request(f"restart web {n}", Actor(f"U0B{key[:6]}"), "C0OPS", source="slack", request_id=key)
        assert self.dedup.first(f"event:{key}", f"msg:{key}")
        assert self.limiter.take(req.actor.user) is None
        if n % 4 == 0:
            row = self.audit.start(req, PLAN, Decision("confirm"))
            now = time.time()
            self.pending.put(Pending(key, req, PLAN, Decision("confirm"), now, now + 300, row))
            assert self.pending.take(key) is not None
            self.audit.begin(row, by=req.actor.user)
        else:
            row = self.audit.start(req, PLAN, Decision("allow"))
        self.audit.finish(row, Outcome(True), 0.01)
        return time.perf_counter() - t0


def round_trips(stores: Stores, n: int = 40) -> float:
    """Statements + BEGIN + COMMIT per request on PostgreSQL (load-independent), counted over n requests."""
    from bot.state import backend

    count = [0]
    exec_, tx_ = backend._PgTx._exec, backend.PostgresDatabase.tx

    def counting_exec(self: Any, sql: str, params: Any) -> Any:
        count[0] += 1
        return exec_(self, sql, params)

    def counting_tx(self: Any, lock: str | None = None, **kw: Any) -> Any:
        count[0] += 2
        return tx_(self, lock, **kw)

    backend._PgTx._exec = counting_exec  # type: ignore[method-assign]
    backend.PostgresDatabase.tx = counting_tx  # type: ignore[method-assign]
    try:
        for i in range(n):
            stores.request(10_000 + i)
    finally:
        backend._PgTx._exec = exec_  # type: ignore[method-assign]
        backend.PostgresDatabase.tx = tx_  # type: ignore[method-assign]
    return count[0] / n


def machine(pg: Database) -> dict[str, str]:
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    with pg.tx() as tx:
        row = tx.one("SELECT version() AS v")
    load = os.getloadavg()
    return {"cpu": f"{os.cpu_count()} cores ({cpu})", "memory": mem,
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "postgresql": str(row["v"] if row else "?").split(" on ")[0], "sqlite": sqlite3.sqlite_version,
            "load": " ".join(f"{x:.2f}" for x in load)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=600, help="requests per backend")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    from pg import create_database, drop_database, test_server_url

    server = os.environ.get("GORAE_BENCH_PG_URL") or test_server_url()
    pg_url = create_database(server)
    tmp = tempfile.mkdtemp(prefix="gorae-bench-state-")
    pg = connect(pg_url)
    # the same database; its connections commit without waiting for the WAL flush (libpq options
    # in the URL), as SQLite's WAL + synchronous=NORMAL does: the like-for-like durability
    pg_async = connect(pg_url + "?options=-c%20synchronous_commit%3Doff")
    lite = connect("sqlite:///" + os.path.join(tmp, "state.db").lstrip("/"))
    try:
        backends = {"sqlite": Stores(lite), "postgresql": Stores(pg), "pg-async": Stores(pg_async)}
        times: dict[str, list[float]] = {k: [] for k in backends}
        for warm in range(20):  # connections made, statements prepared, caches warm
            for s in backends.values():
                s.request(warm)
        n = 0
        while n < args.rounds:
            for name, s in backends.items():
                for i in range(10):
                    times[name].append(s.request(n + i))
            n += 10
        result: dict[str, Any] = {"rounds": args.rounds, "machine": machine(pg), "ms": {},
                                  "pg_round_trips_per_request": round_trips(backends["postgresql"])}
        for name, xs in times.items():
            result["ms"][name] = {"p50": pct(xs, 50) * 1000, "p99": pct(xs, 99) * 1000, "max": max(xs) * 1000}
        ms = result["ms"]
        result["diff_ms"] = {name: {q: ms[name][q] - ms["sqlite"][q] for q in ("p50", "p99")}
                             for name in ("postgresql", "pg-async")}
        result["target_met"] = result["diff_ms"]["postgresql"]["p99"] <= 3.0
        print(f"state backend, {args.rounds} requests each (dedup, rate limit, audit start+finish; "
              f"every 4th a pending put+take); pg-async = synchronous_commit=off")
        print(f"{'backend':<22}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
        for name, r in ms.items():
            print(f"{name:<22}{r['p50']:>10.2f}{r['p99']:>10.2f}{r['max']:>10.2f}")
        for name, d in result["diff_ms"].items():
            print(f"{name + ' - sqlite':<22}{d['p50']:>+10.2f}{d['p99']:>+10.2f}")
        print(f"target (postgresql - sqlite, p99 ≤ +3 ms): {'met' if result['target_met'] else 'MISSED'}; "
              f"PostgreSQL round trips a request: {result['pg_round_trips_per_request']:.1f}")
        print("machine: " + "; ".join(f"{k} {v}" for k, v in result["machine"].items()))
        if args.json:
            Path(args.json).write_text(json.dumps(result, indent=1))
        return 0
    finally:
        pg.close()
        pg_async.close()
        lite.close()
        drop_database(server, pg_url)


if __name__ == "__main__":
    sys.exit(main())
