"""Socket Mode ack latency: how fast gorae acks Slack's envelopes over the WebSocket while work runs.

    .venv/bin/python bench/slack_socket_ack.py --concurrency 200 --rounds 2 --work 1      # simulated work
    flock /tmp/gorae-e2e.lock .venv/bin/python bench/slack_socket_ack.py --mode engine --concurrency 200 --rounds 2

The Socket Mode twin of bench/slack_ack.py (same policy, pipeline modes, redeliveries and
stored inbox): gorae as `gorae slack` runs it without --http — the real bolt SocketModeHandler
(slack_sdk's built-in WebSocket client) connected to a local Socket Mode endpoint
(tests/slack_fake.py FakeSocketMode) in its own process, which sends `--concurrency`
`events_api` envelopes at once per burst. Latency = envelope written by the endpoint -> its
ack (the envelope_id sent back) read by the endpoint. Target (issue 9): p99 <= 100 ms,
every acked event executed exactly once.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from slack_ack import (  # noqa: E402
    BENCH_POLICY,
    CountingGorae,
    SlowPipeline,
    cpu_delta,
    machine,
    percentile,
    thread_cpu,
)
from slack_fake import FakeSlack, FakeSocketMode, mention  # noqa: E402


class TimedSocketMode(FakeSocketMode):
    """FakeSocketMode that notes when each envelope was written and when its ack was read."""

    def __init__(self) -> None:
        super().__init__()
        self.sent_at: dict[str, float] = {}
        self.acked_at: dict[str, float] = {}

    def _acked(self, envelope_id: str) -> None:
        self.acked_at.setdefault(envelope_id, time.perf_counter())
        super()._acked(envelope_id)

    def burst(self, envelopes: list[tuple[str, dict[str, Any], int]]) -> None:
        """Write every envelope at once (pre-serialized; each one's clock starts at its write)."""
        ws = self.wait_connected()
        frames = [(eid, json.dumps({"envelope_id": eid, "type": "events_api", "payload": payload,
                                    "accepts_response_payload": False, "retry_attempt": retry,
                                    "retry_reason": "timeout" if retry else ""}))
                  for eid, payload, retry in envelopes]
        for eid, frame in frames:
            self.sent_at[eid] = time.perf_counter()
            ws.send(frame)


def endpoint_process(rounds: list[list[tuple[str, dict[str, Any], int]]], pause: float, out: Any, go: Any) -> None:
    """The Socket Mode endpoint in its own process (Slack is not inside gorae's interpreter)."""
    sm = TimedSocketMode().start()
    out.put(sm.url)
    sm.wait_connected(timeout=60)
    go.wait(120)  # the warm-up request has been answered
    for envs in rounds:
        sm.burst(envs)
        time.sleep(pause)
    ids = [eid for envs in rounds for eid, _, _ in envs]
    deadline = time.monotonic() + 60
    with sm._lock:
        sm._lock.wait_for(lambda: all(e in sm.acked_at for e in ids), max(0.0, deadline - time.monotonic()))
    out.put([(sm.acked_at[e] - sm.sent_at[e]) if e in sm.acked_at else None for e in ids])
    time.sleep(1)
    sm.stop()


def webapi_process(ws_url: str, out: Any, stop: Any) -> None:
    """The fake Slack Web API (apps.connections.open answers the endpoint's URL)."""
    fake = FakeSlack().start()
    fake.ws_url = ws_url
    out.put(fake.url)
    stop.wait()
    out.put({m: len(fake.ok_calls(m)) for m in ("chat.postMessage", "chat.update", "chat.postEphemeral")})
    fake.stop()


def run(args: argparse.Namespace) -> dict[str, Any]:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.front.slack.app import SlackFrontEnd, build_app, make_client, settle
    from bot.front.slack.identity import Groups
    from bot.front.slack.socketmode import EarlyAckHandler
    from bot.front.slack.worker import Worker
    from bot.state.dedup import Dedup

    tmp = Path(tempfile.mkdtemp(prefix="gorae-bench-"))
    text, user, channel = "docker run --rm busybox sleep 2", "U0BENCH", "C0BENCH"
    procs = None
    pipeline: Any
    if args.mode == "engine":
        from functools import partial

        from bot.front.slack.procs import ProcessPipeline, make_gorae

        (tmp / "policy.yaml").write_text(BENCH_POLICY)
        os.environ["GORAE_AUDIT"] = str(tmp / "audit.db")
        os.environ["GORAE_STATE_DIR"] = str(tmp / "state")
        procs = ProcessPipeline.for_workers(partial(make_gorae, str(tmp / "policy.yaml"), str(tmp / "dedup.sqlite")),
                                            args.workers)
        procs.wait_ready()
        pipeline = CountingGorae(procs)
    else:
        pipeline = SlowPipeline(args.work)
    # the bursts, made before anything is timed
    warm = mention(text, user=user, channel=channel)
    rounds: list[list[tuple[str, dict[str, Any], int]]] = []
    previous: list[dict[str, Any]] = []
    events = 0
    n = 0
    for _ in range(args.rounds):
        again = previous[:int(args.concurrency * args.redeliver)]
        envs = [mention(text, user=user, channel=channel) for _ in range(args.concurrency - len(again))]
        events += len(envs)
        burst = []
        for env, retry in [(e, 0) for e in envs] + [(e, 1) for e in again]:
            n += 1
            burst.append((f"env-b{n}", env, retry))
        rounds.append(burst)
        previous = envs
    ctx = multiprocessing.get_context("spawn")
    ep_out, go = ctx.Queue(), ctx.Event()
    endpoint = ctx.Process(target=endpoint_process, args=(rounds, args.pause, ep_out, go))
    endpoint.start()
    ws_url = ep_out.get(timeout=60)
    api_out, api_stop = ctx.Queue(), ctx.Event()
    api = ctx.Process(target=webapi_process, args=(ws_url, api_out, api_stop))
    api.start()
    api_url = api_out.get(timeout=60)
    client = make_client("xoxb-test-token", api_url)
    inbox = None
    if args.inbox != "none":
        from bot.state.backend import as_database
        from bot.state.inbox import Inbox

        inbox = Inbox(as_database(args.inbox if "://" in args.inbox else str(tmp / "state.db")))
        inbox.heartbeat()
    frontend = SlackFrontEnd(pipeline, client, dedup=Dedup(tmp / "dedup.sqlite"), groups=Groups(client),
                             worker=Worker(workers=args.workers), updates_per_minute=args.updates_per_minute,
                             posts_per_second=1.0, inbox=inbox, store_in_listener=args.stock)
    app = build_app(frontend, client=client)
    if args.stock:  # bolt's handler: the ack after the listener (which stores the event itself)
        handler = SocketModeHandler(app, "xapp-1-A0GORAE-bench")
    else:  # as `gorae slack`
        handler = EarlyAckHandler(app, "xapp-1-A0GORAE-bench", store=frontend.intake_body)
    handler.connect()
    try:
        # the first request's costs (auth.test, imports, SQLite): one request through the
        # listener itself, finished before the bursts (the endpoint sends only the bursts)
        frontend.on_mention(warm, warm["event"], {"bot_user_id": "UGORAEBOT"})
        frontend.worker.join(120)
        settle()  # what `gorae slack` does once connected
        cpu_before = thread_cpu()
        go.set()
        latencies = ep_out.get(timeout=600)
        cpu_after = thread_cpu()
        drained = frontend.worker.join(args.drain)
        endpoint.join(30)
    finally:
        handler.close()
        frontend.worker.shutdown(wait=False)
        if procs is not None:
            procs.close()
        if inbox is not None:
            inbox.close()
        api_stop.set()
        slack_calls = api_out.get(timeout=60)
        api.join(30)
    runs = pipeline.runs
    runs.pop(warm["event_id"], None)
    executed = sum(runs.values())
    duplicates = sum(v - 1 for v in runs.values() if v > 1)
    acked = [x * 1000 for x in latencies if x is not None]
    return {
        "transport": "socket mode", "mode": args.mode, "concurrency": args.concurrency, "rounds": args.rounds,
        "envelopes": len(latencies), "acked": len(acked), "events": events,
        "redelivered": len(latencies) - events, "workers": args.workers, "inbox": args.inbox,
        "handler": "bolt SocketModeHandler" if args.stock else "EarlyAckHandler",
        "p50_ms": round(statistics.median(acked), 1), "p90_ms": round(percentile(acked, 90), 1),
        "p99_ms": round(percentile(acked, 99), 1), "max_ms": round(max(acked), 1),
        "executions": executed, "duplicates": duplicates, "all_work_done": drained,
        "slack_calls": slack_calls, "ack_process_cpu_ms": cpu_delta(cpu_before, cpu_after), "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=("sim", "engine"), default="sim")
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--redeliver", type=float, default=0.2)
    ap.add_argument("--work", type=float, default=1.0, help="simulated Docker seconds per request")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--updates-per-minute", type=float, default=50.0)
    ap.add_argument("--pause", type=float, default=0.5)
    ap.add_argument("--drain", type=float, default=300.0)
    ap.add_argument("--inbox", default="sqlite", metavar="sqlite|none|URL")
    ap.add_argument("--stock", action="store_true",
                    help="bolt's SocketModeHandler (ack after dispatch; before issue 9's fix)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)
    from bot.front.slack.app import tune_for_latency

    tune_for_latency()
    r = run(args)
    if args.json:
        print(json.dumps(r))
    else:
        for k, v in r.items():
            print(f"| {k} | {v} |")
    ok = (r["p99_ms"] <= 100 and r["duplicates"] == 0 and r["executions"] == r["events"]
          and r["acked"] == r["envelopes"] and r["all_work_done"])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
