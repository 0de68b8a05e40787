"""Item 5: memory of the Slack process over 1,000 commands.

The process measured is the real one: `gorae slack --http PORT` (bolt app, worker pool,
the whole pipeline with policy, audit log, SQLite pending and dedup stores), pointed
at the fake Slack Web API of tests/slack_fake.py, which runs here in the benchmark
process. Signed app_mention events are posted to it; the answers arrive at the fake.
RSS and the peak (VmHWM) are read from /proc/PID/status of the child after every 100
commands, once it is idle; the child (bench/slack_child.py: `gorae` plus a SIGUSR1 probe)
also reports the blocks held by Python's allocator and the memory SQLite holds, so that a
leak of Python objects can be told apart from SQLite's page cache filling up (bounded:
2 MiB per connection by default, one connection each for the audit log, dedup and pending).

Commands are read-only against the fixture world, or refused: under bench/slack-policy.yaml
U0BENCH may only read, so "restart web" is denied (nothing runs) — checked before the
first event is sent: any command that would be allowed to write aborts the benchmark.

    .venv/bin/python bench/slack_memory.py [--commands 1000]
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, log, proc_status, py_env

sys.path.insert(0, str(ROOT / "tests"))

POLICY = Path(__file__).resolve().parent / "slack-policy.yaml"
USER, CHANNEL = "U0BENCH", "C0BENCH"
SECRET = "bench-signing-secret-0123456789ab"
TEXTS = [
    "ps",
    "전체 컨테이너 목록",
    "inspect web",
    "web 로그 마지막 100줄",
    "docker images",
    "볼륨 목록",
    "network ls",
    "restart web",  # denied by the policy: nothing runs
    "asdf qwer",  # not understood
    "inspect nosuchthing",  # unresolved
]


def check_safe(texts: list[str]) -> None:
    """Every text is a read, or denied, under the benchmark policy (nothing can change)."""
    from bot.model import Actor, Plan, Request
    from bot.pipeline import Gorae
    from bot.policy.check import load_authorizer

    g = Gorae(authorizer=load_authorizer(str(POLICY)))
    for text in texts:
        ex = g.explain(text, Request(text, Actor(USER), channel=CHANNEL, source="slack"))
        if isinstance(ex.planned, Plan) and ex.planned.writes and (ex.decision is None or ex.decision.allowed):
            raise SystemExit(f"slack_memory: {text!r} would be allowed to change something; refusing to run")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Answers:
    """Commands answered so far; the fake's record is cleared at every sample (its memory is
    the benchmark's, not the Slack process's), so earlier answers are kept as a count."""

    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.base = 0

    def count(self) -> int:
        with self.fake._lock:
            now = {c.params.get("thread_ts") for c in self.fake.calls
                   if c.method in ("chat.postMessage", "chat.postEphemeral") and c.params.get("thread_ts")}
        return self.base + len(now)

    def wait(self, want: int, timeout: float = 60.0, quiet: float = 0.5) -> None:
        deadline = time.monotonic() + timeout
        while self.count() < want:
            if time.monotonic() > deadline:
                raise RuntimeError(f"slack_memory: {self.count()} of {want} commands answered after {timeout}s")
            time.sleep(0.01)
        last, since = len(self.fake.calls), time.monotonic()
        while time.monotonic() - since < quiet:  # a slow reply: placeholder first, chat.update later
            time.sleep(0.05)
            if len(self.fake.calls) != last:
                last, since = len(self.fake.calls), time.monotonic()

    def reset(self) -> None:
        with self.fake._lock:
            self.base = self.count_locked()
            self.fake.calls.clear()

    def count_locked(self) -> int:
        now = {c.params.get("thread_ts") for c in self.fake.calls
               if c.method in ("chat.postMessage", "chat.postEphemeral") and c.params.get("thread_ts")}
        return self.base + len(now)


def probe(child: subprocess.Popen, path: str) -> dict[str, Any]:
    """Ask the child (bench/slack_child.py) for its Python-heap and SQLite figures."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    child.send_signal(signal.SIGUSR1)
    deadline = time.monotonic() + 10
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            return {}
        time.sleep(0.01)
    with open(path) as f:
        return json.load(f)


def sqlite_kb(state: str) -> int:
    """Size of the Slack process's SQLite files (audit log, dedup and pending stores, WAL)."""
    return sum(os.path.getsize(os.path.join(state, f)) for f in os.listdir(state)
               if ".sqlite" in f or ".db" in f) // 1024


def run(commands: int = 1000, every: int = 100, window: int = 8, project: Path = ROOT) -> dict[str, Any]:
    from slack_fake import FakeSlack, mention, sign

    check_safe(TEXTS)
    fake = FakeSlack().start()
    tmp = tempfile.mkdtemp(prefix="gorae-bench-slack-")
    port = free_port()
    env = py_env(project=project, extra={
        "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.url,
        "GORAE_AUDIT": os.path.join(tmp, "audit.db"), "GORAE_STATE_DIR": tmp, "XDG_STATE_HOME": tmp,
        "GORAE_LOG_LEVEL": "WARNING",
    })
    env.pop("GORAE_POLICY", None)
    errlog = open(os.path.join(tmp, "slack.log"), "wb")
    probe_file = os.path.join(tmp, "probe.json")
    env["GORAE_BENCH_PROBE"] = probe_file
    child = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "python"), str(Path(__file__).resolve().parent / "slack_child.py"),
         "slack", "--http", str(port), "--host", "127.0.0.1",
         "--policy", str(POLICY), "--state", os.path.join(tmp, "dedup.sqlite")],
        env=env, stdout=errlog, stderr=errlog, cwd=tmp)
    url = f"http://127.0.0.1:{port}/slack/events"
    samples: list[dict[str, Any]] = []
    replies: list[str] = []
    answers = Answers(fake)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                break
            except OSError:
                if child.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gorae slack did not start: " +
                                       Path(tmp, "slack.log").read_text(errors="replace")[-2000:])
                time.sleep(0.05)
        st = proc_status(child.pid)
        samples.append({"commands": 0, "rss_kb": st["VmRSS"], "hwm_kb": st["VmHWM"], **probe(child, probe_file)})
        started = time.monotonic()
        for i in range(commands):
            while i - answers.count() >= window:
                time.sleep(0.002)
            body = json.dumps(mention(TEXTS[i % len(TEXTS)], user=USER, channel=CHANNEL))
            req = urllib.request.Request(url, data=body.encode(), method="POST",
                                         headers={"Content-Type": "application/json", **sign(SECRET, body)})
            with urllib.request.urlopen(req, timeout=10) as resp:
                if resp.status != 200:
                    raise RuntimeError(f"event {i}: HTTP {resp.status}")
            if (i + 1) % every == 0:
                answers.wait(i + 1)
                if not samples[1:]:  # what the first commands got back, for the record
                    with fake._lock:
                        firsts = [c for c in fake.calls if c.method in ("chat.postMessage", "chat.postEphemeral")]
                    firsts.sort(key=lambda c: c.params.get("thread_ts") or "")
                    replies = [f"{c.method.split('.')[1]}: {str(c.params.get('text'))[:70]}"
                               for c in firsts[:len(TEXTS)]]
                answers.reset()
                st = proc_status(child.pid)
                samples.append({"commands": i + 1, "rss_kb": st["VmRSS"], "hwm_kb": st["VmHWM"],
                                "seconds": round(time.monotonic() - started, 2), "sqlite_files_kb": sqlite_kb(tmp),
                                **probe(child, probe_file)})
                log(f"  slack memory: {i + 1} commands, RSS {st['VmRSS'] / 1024:.1f} MiB")
        elapsed = time.monotonic() - started
    finally:
        child.terminate()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        fake.stop()
        errlog.close()
    warnings = [line for line in Path(tmp, "slack.log").read_text(errors="replace").splitlines()
                if " ERROR " in line or "Traceback" in line]
    by = {s["commands"]: s for s in samples}
    half = by.get(commands // 2) or samples[len(samples) // 2]
    end = samples[-1]
    # least-squares slope of RSS over the second half (KiB per 100 commands)
    tail = [s for s in samples if s["commands"] >= half["commands"]]
    xs = [s["commands"] for s in tail]
    ys = [s["rss_kb"] for s in tail]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs) or 1
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den * 100
    return {
        "commands": commands, "seconds": round(elapsed, 1), "samples": samples,
        "start_rss_kb": samples[0]["rss_kb"], "half_rss_kb": half["rss_kb"], "end_rss_kb": end["rss_kb"],
        "peak_kb": end["hwm_kb"], "growth_kb": end["rss_kb"] - half["rss_kb"],
        "py_blocks_half": half.get("py_blocks"), "py_blocks_end": end.get("py_blocks"),
        "gc_objects_half": half.get("gc_objects"), "gc_objects_end": end.get("gc_objects"),
        "sqlite_growth_kb": ((end.get("sqlite_bytes") or 0) - (half.get("sqlite_bytes") or 0)) // 1024,
        "sqlite_end_kb": (end.get("sqlite_bytes") or 0) // 1024,
        "slope_kb_per_100": round(slope, 1), "errors_logged": warnings[:5], "first_replies": replies, "log": os.path.join(tmp, "slack.log"),
    }



def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--commands", type=int, default=1000)
    args = ap.parse_args()
    print(json.dumps(run(args.commands), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
