"""Start-up of the long-lived front ends (issue 8): `gorae slack` (Socket Mode) and `gorae shell`.

    flock /tmp/gorae-e2e.lock .venv/bin/python bench/startup.py --rounds 5
    flock /tmp/gorae-e2e.lock .venv/bin/python bench/startup.py --rounds 5 --project /work/main --project .

Slack: `gorae slack` (Socket Mode, its worker processes, a policy) against tests/slack_fake.py's
fake Web API and Socket Mode endpoint. Measured per round, from the process's spawn:
  connect   -> the endpoint sees the websocket open
  ready     -> the process's own "ready in N ms" log line (absent before issue 8 session 6)
  first     -> a Korean mention sent the moment the websocket opens -> its answer posted
               (the answer that would wait for a cold worker: Kiwi and the parsers)
Shell: `gorae shell` on a pseudo-terminal (prompt_toolkit), from the spawn:
  prompt    -> "gorae> " on the terminal
  first     -> a Korean line typed the moment the prompt shows -> its answer (`? …`: explain,
               parse + plan, nothing runs)
  warm      -> the same line typed 3 s after the prompt -> its answer (nothing left to load)
The line and the mention read the engine (a container list); run under the e2e lock.
`--project DIR` runs another checkout's code (e.g. main, before a change) with this venv; given
twice, the two are measured in turns (a busy machine slows both alike).
"""
from __future__ import annotations

import argparse
import json
import os
import pty
import re
import select
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

from slack_fake import FakeSlack, FakeSocketMode, mention  # noqa: E402

POLICY = """version: 1
channels: {ops: C0OPS}
local: reader
roles:
  reader: {verbs: [read]}
bindings:
  - {role: reader, users: [U0ALICE], in: ["#ops"]}
"""
KOREAN = "실행 중인 컨테이너 보여줘"
READY = re.compile(r"ready in (\d+) ms")


def env_for(project: Path, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_"))}
    env.update(PYTHONPATH=str(project), GORAE_STATE_DIR=str(tmp / "state"), XDG_STATE_HOME=str(tmp / "xdg"),
               XDG_CONFIG_HOME=str(tmp / "config"), GORAE_LANG="en", LANG="C.UTF-8")
    return env


def slack_round(project: Path, tmp: Path) -> dict[str, float | None]:
    sm = FakeSocketMode().start()
    fake = FakeSlack().start()
    fake.ws_url = sm.url
    env = env_for(project, tmp)
    env.update(SLACK_BOT_TOKEN="xoxb-bench", SLACK_APP_TOKEN="xapp-1-bench", SLACK_API_URL=fake.url,
               GORAE_LOG_LEVEL="INFO")
    log = tmp / "slack.log"
    t0 = time.monotonic()
    with open(log, "wb") as err:
        p = subprocess.Popen([sys.executable, "-m", "bot", "slack", "--policy", str(tmp / "policy.yaml"),
                              "--state", str(tmp / "state" / "state.db"), "--workers", "2"],
                             env=env, cwd=str(tmp), stdout=subprocess.DEVNULL, stderr=err)
    try:
        sm.wait_connected(timeout=120)
        connect = time.monotonic() - t0
        sent = time.monotonic()
        event = mention(KOREAN)
        sm.send("events_api", event)
        deadline = time.monotonic() + 120
        while "NAMES" not in json.dumps(fake.messages("C0OPS"), ensure_ascii=False):
            if time.monotonic() > deadline:
                raise RuntimeError(f"no answer: {fake.messages('C0OPS')}")
            time.sleep(0.005)
        first = time.monotonic() - sent
        time.sleep(0.5)
    finally:
        p.terminate()
        p.wait(60)
        fake.stop()
        sm.stop()
    found = READY.search(log.read_text(errors="replace"))
    return {"connect": connect, "ready": int(found.group(1)) / 1000 if found else None, "first": first}


def shell_round(project: Path, tmp: Path, wait: float) -> dict[str, float]:
    env = env_for(project, tmp)
    env.update(TERM="xterm", NO_COLOR="")
    t0 = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:  # the child: gorae shell on the terminal
        os.chdir(str(tmp))
        os.execve(sys.executable, [sys.executable, "-m", "bot", "shell", "--policy", str(tmp / "policy.yaml")], env)
    out = bytearray()

    def until(pattern: bytes, start: int, timeout: float = 120.0) -> float:
        deadline = time.monotonic() + timeout
        while pattern not in out[start:]:
            if time.monotonic() > deadline:
                raise RuntimeError(f"no {pattern!r} in {bytes(out[-400:])!r}")
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    out.extend(os.read(fd, 65536))
                except OSError:
                    break
            if b"\x1b[6n" in out:  # prompt_toolkit asks where the cursor is: answer as a terminal does
                out[:] = out.replace(b"\x1b[6n", b"")
                os.write(fd, b"\x1b[1;1R")
        return time.monotonic()

    try:
        prompt = until(b"gorae>", 0) - t0
        if wait:
            time.sleep(wait)
        mark = len(out)
        sent = time.monotonic()
        os.write(fd, f"? {KOREAN}\r".encode())
        first = until(b"docker ps", mark) - sent
        os.write(fd, b"exit\r")
        time.sleep(0.2)
    finally:
        try:
            os.kill(pid, 15)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    return {"prompt": prompt, "first": first}


def med(xs: list[float | None]) -> str:
    got = [x for x in xs if x is not None]
    return f"{statistics.median(got) * 1000:.0f} ms" if got else "—"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--project", action="append", help="a checkout whose code runs (default: this one); "
                    "give it twice (e.g. main and this branch) to interleave their rounds")
    ap.add_argument("--only", choices=("slack", "shell"), help="one front end")
    ap.add_argument("--json", help="write the raw rounds here")
    args = ap.parse_args()
    projects = [Path(p).resolve() for p in (args.project or [str(ROOT)])]
    kinds = tuple(k for k in ("slack", "shell", "shell_warm") if args.only is None or k.startswith(args.only))
    rounds: dict[str, dict[str, list[dict[str, float | None]]]] = {str(p): {k: [] for k in kinds} for p in projects}
    loads = []
    for _ in range(args.rounds):
        for project in projects:
            for kind in kinds:
                with tempfile.TemporaryDirectory(prefix="gorae-startup-") as d:
                    tmp = Path(d)
                    (tmp / "policy.yaml").write_text(POLICY)
                    loads.append(os.getloadavg()[0])
                    if kind == "slack":
                        rounds[str(project)][kind].append(slack_round(project, tmp))
                    else:
                        shell = shell_round(project, tmp, 3.0 if kind == "shell_warm" else 0.0)
                        rounds[str(project)][kind].append({k: v for k, v in shell.items()})
    print(f"{args.rounds} rounds (interleaved) · load {min(loads):.2f}–{max(loads):.2f} · {os.cpu_count()} CPUs · median")
    for name, got in rounds.items():
        s, sh, shw = got.get("slack", []), got.get("shell", []), got.get("shell_warm", [])
        print(f"== {name}")
        print(f"slack  spawn -> websocket open        {med([r['connect'] for r in s])}")
        print(f"slack  'ready in N ms' (its own log)   {med([r['ready'] for r in s])}")
        print(f"slack  first Korean mention -> answer  {med([r['first'] for r in s])}")
        print(f"shell  spawn -> prompt                 {med([r['prompt'] for r in sh + shw])}")
        print(f"shell  Korean line at the prompt       {med([r['first'] for r in sh])}")
        print(f"shell  Korean line 3 s after it        {med([r['first'] for r in shw])}")
    if args.json:
        Path(args.json).write_text(json.dumps({"loads": loads, "rounds": rounds}, indent=1))
    return 0


if __name__ == "__main__":
    threading.excepthook = lambda a: None  # the fakes' threads at shutdown
    sys.exit(main())
