#!/usr/bin/env python3
"""Scale-to-converged time of a Swarm service (issue 12): gorae vs `docker service scale`.

    .venv/bin/python bench/swarm_scale.py [--rounds 6] [--json out.json]
    (the swarm engine: sudo scripts/engine.sh install-s start-s; run under flock /tmp/gorae-swarm.lock)

One service `bench-svc-<hex>` (busybox-based nginx fixture, no ports) on the single-node swarm of
unix:///var/run/docker-s.sock (GORAE_SWARM_HOST), removed at the end. Each round times, for
1 -> 3 (up) and 3 -> 1 (down), in alternating order (A B C, then B C A, …):

  gorae    `Gorae.handle("docker service scale S=N")` in a long-lived process (as the shell and
           the Slack app run it): parse, plan (reads the service list), default policy, the update
           call, following the tasks until every desired task runs (bot/engine/swarm_execute.converge),
           rendering. The reply must be "done".
  cli      `docker -H … service scale S=N` as a process: it also waits for convergence (without
           -d), and then waits 5 s more "to verify that tasks are stable".
  floor    `docker service scale -d` as a process, then the API polled every 20 ms until as many
           tasks run as desired: the engine's own convergence, the fastest any client can know it.

Ratios are of medians, measured side by side in the same run. Target (issue 12): gorae ≤ 1.1x
`docker service scale`.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import machine, med, ms  # noqa: E402

HOST = os.environ.get("GORAE_SWARM_HOST") or "unix:///var/run/docker-s.sock"


def running(api: Any, name: str) -> int:
    tasks = api.tasks(filters={"service": name, "desired-state": "running"})
    return sum(1 for t in tasks if t["Status"]["State"] == "running")


def settle(api: Any, name: str, n: int) -> None:
    """Wait (untimed) until exactly n tasks run and no task of the service is still shutting down."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        tasks = api.tasks(filters={"service": name})
        live = [t for t in tasks if t["Status"]["State"] in ("running", "starting", "preparing", "assigned",
                                                               "accepted", "ready", "pending", "new")]
        if running(api, name) == n and len(live) == n:
            return
        time.sleep(0.1)
    raise SystemExit(f"{name} did not settle at {n}")


def _x(ratio: float) -> str:
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.3f}x"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--json")
    args = ap.parse_args()
    os.environ["DOCKER_HOST"] = HOST
    import docker

    from bot.model import Actor, Request
    from bot.pipeline import Gorae

    client = docker.DockerClient(base_url=HOST, version="auto", timeout=120)
    api = client.api
    name = "bench-svc-" + uuid.uuid4().hex[:6]
    api.create_service({"ContainerSpec": {"Image": "nginx"}}, name=name, mode={"Replicated": {"Replicas": 1}})
    gorae = Gorae()
    actor = Actor("local:bench", local=True)

    def by_gorae(n: int) -> None:
        reply = gorae.handle(Request(f"docker service scale {name}={n}", actor, channel="terminal", source="cli"))
        assert reply.status == "done", reply

    def by_cli(n: int) -> None:
        subprocess.run(["docker", "-H", HOST, "service", "scale", f"{name}={n}"], check=True,
                       capture_output=True, timeout=300)

    def floor(n: int) -> None:
        subprocess.run(["docker", "-H", HOST, "service", "scale", "-d", f"{name}={n}"], check=True,
                       capture_output=True, timeout=300)
        while running(api, name) != n:
            time.sleep(0.02)

    ways = {"gorae": by_gorae, "cli": by_cli, "floor": floor}
    times: dict[str, dict[str, list[float]]] = {w: {"up": [], "down": []} for w in ways}
    try:
        settle(api, name, 1)
        by_gorae(3)  # warm-up: imports, the parser, the client
        by_gorae(1)
        settle(api, name, 1)
        order = list(ways)
        for r in range(args.rounds):
            rot = order[r % 3:] + order[:r % 3]
            for way in rot:
                for direction, n in (("up", 3), ("down", 1)):
                    t0 = time.perf_counter()
                    ways[way](n)
                    times[way][direction].append(time.perf_counter() - t0)
                    settle(api, name, n)
            print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
        result: dict[str, Any] = {"machine": machine(client), "rounds": args.rounds, "times": times}
        rows = []
        for direction in ("up", "down"):
            g, c, f = (med(times[w][direction]) for w in ("gorae", "cli", "floor"))
            rows.append((direction, g, c, f, g / c, g / f))
            result[direction] = {"gorae": g, "cli": c, "floor": f, "gorae/cli": g / c, "gorae/floor": g / f}
        print(f"\nscale-to-converged, median of {args.rounds} rounds (swarm engine {result['machine']['engine']})")
        print("| scale | gorae | docker service scale | floor (-d + API poll) | gorae / cli | gorae / floor |")
        print("|---|---|---|---|---|---|")
        for d, g, c, f, gc, gf in rows:
            label = "1 -> 3" if d == "up" else "3 -> 1"
            print(f"| {label} | {ms(g)} | {ms(c)} | {ms(f)} | {_x(gc)} | {_x(gf)} |")
        if args.json:
            Path(args.json).write_text(json.dumps(result, indent=1))
        return 0
    finally:
        api.remove_service(name)
        client.close()


if __name__ == "__main__":
    sys.exit(main())
