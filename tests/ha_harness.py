"""Two real `gorae slack` processes sharing one state, against the fake Slack (tests/test_ha.py).

    cluster = Cluster(tmp_path, fake, sm).start()       # replica "a": HTTP, replica "b": Socket Mode
    cluster.a.post_event(mention("restart ha-web"))
    cluster.b.send_event(mention("restart ha-web"))     # the same event, over the other replica
    cluster.kill("a")                                   # kill -9
    cluster.stop()

The shared state is the state database (bot.state.backend): the SQLite file `state/state.db`
of the test (audit, dedup, pending, rate limit, alerts, the watch lease) or, when `state_url`
is given, that database (GORAE_STATE, PostgreSQL). Each replica logs to `<name>.log` beside it.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from slack_fake import FakeSlack, FakeSocketMode, sign

ROOT = Path(__file__).resolve().parent.parent
POLICY = Path(__file__).parent / "data" / "ha-policy.yaml"
SECRET = "ha-test-signing-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(cond: Any, timeout: float = 30.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        got = cond()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or cond}")
        time.sleep(0.1)


class Replica:
    """One `gorae slack` process (python -m bot slack ...)."""

    def __init__(self, name: str, cluster: Cluster, *, http: bool) -> None:
        self.name = name
        self.cluster = cluster
        self.http = http
        self.port = free_port() if http else 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = cluster.root / f"{name}.log"

    def start(self) -> Replica:
        argv = [sys.executable, "-m", "bot", "slack", "--policy", str(self.cluster.policy)]
        env = dict(self.cluster.env)
        if self.http:
            argv += ["--http", str(self.port), "--host", "127.0.0.1"]
        else:
            env["SLACK_APP_TOKEN"] = "xapp-1-A0GORAE-ha"
        before = len(self.cluster.sm.connections)
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        if self.http:
            wait_until(self._healthy, 60, f"replica {self.name} to answer /healthz (log: {self.log})")
        else:
            wait_until(lambda: len(self.cluster.sm.connections) > before or not self.alive(), 60,
                       f"replica {self.name} to connect in Socket Mode")
        assert self.alive(), f"replica {self.name} exited: {self.log.read_text()[-3000:]}"
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _healthy(self) -> bool:
        if not self.alive():
            raise AssertionError(f"replica {self.name} exited: {self.log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as r:
                return r.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def kill(self) -> None:
        """kill -9: no clean-up of any kind runs in the process."""
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(40)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    # ----------------------------------------------------------------- deliveries
    def post(self, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> int:
        headers = {"Content-Type": ctype, **sign(SECRET, body), **(extra or {})}
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/slack/events", data=body, headers=headers,
                                     method="POST")
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return int(resp.status)
        except urllib.error.HTTPError as e:
            return int(e.code)

    def event(self, envelope: dict[str, Any], *, retry: int = 0) -> None:
        """Deliver an Events API envelope the way this replica receives them (HTTP or Socket Mode)."""
        if self.http:
            extra = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
            assert self.post(json.dumps(envelope).encode(), "application/json", extra) == 200
        else:
            sm = self.cluster.sm
            sm.wait_ack(sm.send("events_api", envelope, retry_attempt=retry,
                                retry_reason="timeout" if retry else ""))

    def command(self, fields: dict[str, str]) -> None:
        """Deliver a slash command (its form fields), acked."""
        if self.http:
            assert self.post(urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded") == 200
        else:
            sm = self.cluster.sm
            sm.wait_ack(sm.send("slash_commands", fields))

    def action(self, payload: dict[str, Any]) -> None:
        """Deliver a block_actions payload (a button click)."""
        if self.http:
            body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
            assert self.post(body, "application/x-www-form-urlencoded") == 200
        else:
            sm = self.cluster.sm
            sm.wait_ack(sm.send("interactive", payload))


class Cluster:
    """Replica "a" (HTTP) and replica "b" (Socket Mode) over one shared state."""

    def __init__(self, root: Path, fake: FakeSlack, sm: FakeSocketMode, *, state_url: str | None = None,
                 lease_ttl: float = 3.0, policy: Path = POLICY) -> None:
        self.root = root
        self.fake = fake
        self.sm = sm
        self.state = root / "state"
        self.state.mkdir(parents=True, exist_ok=True)
        self.policy = policy
        self.state_url = state_url
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_"))}
        env.update({
            "SLACK_BOT_TOKEN": "xoxb-ha-test", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.url,
            "GORAE_STATE_DIR": str(self.state),
            "XDG_STATE_HOME": str(root / "xdg-state"), "XDG_CONFIG_HOME": str(root / "xdg-config"),
            "GORAE_LEASE_TTL": str(lease_ttl), "GORAE_LOG_LEVEL": "info", "PYTHONUNBUFFERED": "1",
            "GORAE_SOCKET_GRACE": "600",
        })
        if state_url:
            env["GORAE_STATE"] = state_url
        self.env = env
        self._engine_key: str | None = None
        self.a = Replica("a", self, http=True)
        self.b = Replica("b", self, http=False)

    def start(self) -> Cluster:
        self.a.start()
        self.b.start()
        return self

    def replicas(self) -> list[Replica]:
        return [self.a, self.b]

    def stop(self) -> None:
        for r in self.replicas():
            r.stop()

    def logs(self) -> str:
        return "\n".join(f"--- {r.name}\n{r.log.read_text()[-4000:]}" for r in self.replicas() if r.log.exists())

    # ----------------------------------------------------------------- the shared state
    def watch_holder(self) -> Replica | None:
        """The replica holding the lease watch:<engine key> of the test engine now (None: nobody)."""
        if self._engine_key is None:
            import docker

            from bot.alerts.watch import engine_key, engine_label

            client = docker.from_env()
            self._engine_key = engine_key(client, engine_label())
            client.close()
        holder = self.lease_holder(f"watch:{self._engine_key}")
        for r in self.replicas():
            if holder is not None and r.alive() and holder.endswith(f":{r.pid}"):
                return r
        return None

    def lease_holder(self, name: str) -> str | None:
        if self.state_url:
            import psycopg

            with psycopg.connect(self.state_url) as conn:
                row = conn.execute("SELECT holder FROM leases WHERE name = %s AND "
                                   "expires >= extract(epoch from clock_timestamp())", (name,)).fetchone()
        else:
            path = self.state / "state.db"
            if not path.exists():
                return None
            with sqlite3.connect(path, timeout=10) as db:
                try:
                    row = db.execute("SELECT holder FROM leases WHERE name = ? AND "
                                     "expires >= (julianday('now') - 2440587.5) * 86400.0", (name,)).fetchone()
                except sqlite3.OperationalError:  # not made yet
                    return None
        return None if row is None else str(row[0])

    def audit_rows(self, request_id: str | None = None) -> list[dict[str, Any]]:
        """The audit rows (as dicts), optionally of one request id, oldest first."""
        if self.state_url:
            import psycopg
            from psycopg.rows import dict_row

            with psycopg.connect(self.state_url, row_factory=dict_row) as conn:
                sql = "SELECT * FROM requests" + (" WHERE request_id = %s" if request_id else "") + " ORDER BY id"
                return list(conn.execute(sql, (request_id,) if request_id else ()).fetchall())
        path = self.state / "state.db"
        if not path.exists():
            return []
        db = sqlite3.connect(path, timeout=10)
        db.row_factory = sqlite3.Row
        try:
            sql = "SELECT * FROM requests" + (" WHERE request_id = ?" if request_id else "") + " ORDER BY id"
            return [dict(r) for r in db.execute(sql, (request_id,) if request_id else ())]
        except sqlite3.OperationalError:
            return []
        finally:
            db.close()
