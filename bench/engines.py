"""Bench (issue 12): `ps` across two engines side by side vs the slowest single `docker --context X ps`.

    .venv/bin/python bench/engines.py [--rounds 30] [--json out.json]

Measured in the same run, in alternating order (A then B, B then A, …):

  gorae   `Gorae.handle("ps -a on all hosts")` in a long-running gorae (as the Slack app and the
          shell are): the engine clause read, `ps -a` planned on both engines, both listed side
          by side in threads, one table with an ENGINE column rendered — engines `first` (the
          first engine) and `second` (scripts/engine.sh start-b)
  docker  `docker --context first ps -a` and `docker --context second ps -a` as processes (a temporary
          DOCKER_CONFIG holding the two contexts, `docker context create`); per round the slower

  sdk     the slowest of the two engines' `containers(all=True)` SDK calls made directly, in-process
          (what gorae's figure cannot go below on one engine; for scale, not the target)

Target: median(gorae) ≤ 1.2 × median(slowest docker). Both engines must answer; nothing is
created or changed (reads only). Results: bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

A_HOST = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
B_HOST = os.environ.get("GORAE_ENGINE_B_HOST") or "unix:///var/run/docker-b.sock"
TARGET = 1.2


def _contexts(cfg: str) -> None:
    env = {**os.environ, "DOCKER_CONFIG": cfg}
    env.pop("DOCKER_HOST", None)
    for name, host in (("first", A_HOST), ("second", B_HOST)):
        subprocess.run(["docker", "context", "create", name, "--docker", f"host={host}"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _docker(cfg: str, name: str) -> float:
    env = {**os.environ, "DOCKER_CONFIG": cfg}
    env.pop("DOCKER_HOST", None)
    t0 = time.perf_counter()
    subprocess.run(["docker", "--context", name, "ps", "-a"], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)

    from bot.engine.named import Engines, EngineSpec
    from bot.front.terminal import render_plain  # what the shell prints
    from bot.model import Actor, Request
    from bot.pipeline import Gorae

    cfg = tempfile.mkdtemp(prefix="gorae-bench-docker-")
    _contexts(cfg)
    g = Gorae(engines=Engines({"first": EngineSpec("first", A_HOST, source="config"),
                               "second": EngineSpec("second", B_HOST, source="config")}, "first"))
    request = Request("ps -a on all hosts", Actor("local:bench", local=True), "terminal", source="cli")

    def gorae_once() -> float:
        t0 = time.perf_counter()
        reply = g.handle(request)
        render_plain(reply)
        dt = time.perf_counter() - t0
        assert reply.status == "done" and reply.table is not None and reply.table.columns[0] == "ENGINE", reply
        return dt

    for _ in range(3):  # warm: clients made, parser loaded (a running gorae has them)
        gorae_once()
        _docker(cfg, "first")
        _docker(cfg, "second")
    sdk = {n: g.client(n) for n in ("first", "second")}

    def sdk_once(n: str) -> float:  # the list call alone, in-process, no gorae
        t0 = time.perf_counter()
        sdk[n].api.containers(all=True)
        return time.perf_counter() - t0

    ours: list[float] = []
    slowest: list[float] = []
    raw: list[float] = []
    single: dict[str, list[float]] = {"a": [], "b": []}
    for i in range(args.rounds):
        if i % 2 == 0:
            ours.append(gorae_once())
            da, db = _docker(cfg, "first"), _docker(cfg, "second")
        else:
            db, da = _docker(cfg, "second"), _docker(cfg, "first")
            ours.append(gorae_once())
        single["a"].append(da)
        single["b"].append(db)
        slowest.append(max(da, db))
        raw.append(max(sdk_once("first"), sdk_once("second")))
    med = statistics.median
    ratio = med(ours) / med(slowest)
    result = {
        "rounds": args.rounds, "gorae_ms": round(med(ours) * 1000, 1),
        "docker_a_ms": round(med(single["a"]) * 1000, 1), "docker_b_ms": round(med(single["b"]) * 1000, 1),
        "slowest_docker_ms": round(med(slowest) * 1000, 1), "ratio": round(ratio, 2), "target": TARGET,
        "slowest_sdk_list_ms": round(med(raw) * 1000, 1),
        "met": ratio <= TARGET,
    }
    print(f"ps -a on 2 engines (gorae, side by side): {result['gorae_ms']} ms median")
    print(f"docker --context first ps -a: {result['docker_a_ms']} ms · docker --context second ps -a: "
          f"{result['docker_b_ms']} ms · slowest per round: {result['slowest_docker_ms']} ms")
    print(f"slowest in-process SDK list call alone (no gorae, one engine): {result['slowest_sdk_list_ms']} ms")
    print(f"ratio {result['ratio']} (target ≤ {TARGET}): {'met' if result['met'] else 'MISSED'}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
