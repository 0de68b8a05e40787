"""The audit log: rows before and after, crash visibility, filters, redaction (`gorae audit`: test_commands.py)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.model import Actor, Decision, Msg, Outcome, Plan, Request, Restart, RunContainer, Target, VerbClass
from bot.state.audit import AuditLog

ROOT = Path(__file__).resolve().parent.parent


def _plan(*names: str) -> Plan:
    return Plan(Restart(targets=names), (), (f"docker restart {' '.join(names)}",), "restart", VerbClass.OPERATE,
                tuple(Target("container", n, f"{i:02d}" + "ab" * 31) for i, n in enumerate(names)))


def _secret_plan() -> Plan:
    return Plan(RunContainer(image="mysql", name="db2", env=(("MYSQL_ROOT_PASSWORD", "hunter2"),)), (),
                ("docker run -d --name db2 -e MYSQL_ROOT_PASSWORD=hunter2 mysql",), "run", VerbClass.DEPLOY,
                (Target("container", "db2"), Target("image", "mysql")))


def _req(text: str, user: str = "U0BOB", channel: str = "C0OPS") -> Request:
    return Request(text, Actor(user), channel, source="slack", request_id="Ev1")


@pytest.fixture
def log(tmp_path):
    log = AuditLog(tmp_path / "audit.db")
    yield log
    log.close()


def test_row_before_and_after(log):
    row = log.start(_req("restart web"), _plan("web"), Decision("allow", rule="bindings[1]"))
    (r,) = log.query()
    assert r["outcome"] is None and r["finished"] is None  # started, no outcome
    assert (r["user"], r["channel"], r["verb"], r["verb_class"], r["rule"]) == \
        ("U0BOB", "C0OPS", "restart", "operate", "bindings[1]")
    assert r["targets"][0]["name"] == "web" and r["targets"][0]["id"].startswith("00ab")
    log.finish(row, Outcome(True, Msg.of("done.restart", names="web")), 0.25)
    (r,) = log.query()
    assert r["outcome"] == "ok" and r["seconds"] == 0.25 and r["finished"] >= r["started"]


def test_failed_and_exit_codes(log):
    row = log.start(_req("run x"), _plan("x"), Decision("allow"))
    log.finish(row, Outcome(True, exit_code=3), 1.0)
    row2 = log.start(_req("restart y"), _plan("y"), Decision("allow"))
    log.finish(row2, Outcome(False, Msg.of("docker.not_found", name="y")), 0.1)
    assert [r["outcome"] for r in log.query()] == ["failed", "failed"]
    assert log.query()[1]["exit_code"] == 3


def test_denials_pending_and_not_understood_are_recorded(log):
    log.start(_req("rm db"), _plan("db"), Decision("deny", Msg.of("policy.rate", limit=1, wait=2), rule="rate_limit"))
    row = log.start(_req("rm web"), _plan("web"), Decision("confirm", rule="builtin.destructive"))
    log.record(_req("fly me to the moon"), "not_understood", message=Msg.of("parse.unknown", where="fly"))
    rows = {r["text"]: r for r in log.query()}
    assert rows["rm db"]["outcome"] == "denied" and rows["rm db"]["finished"] is not None
    assert rows["rm web"]["outcome"] == "pending"
    assert rows["fly me to the moon"]["outcome"] == "not_understood"
    log.begin(row, by="U0BOB", decision=Decision("allow", rule="builtin.destructive"))
    r = log.query(outcome="none")[0]
    assert r["confirmed_by"] == "U0BOB" and r["decision"] == "allow"
    log.finish(row, "expired")
    assert log.query(user="U0BOB", outcome="expired")[0]["id"] == row


def test_filters(log):
    clock = [1_000_000.0]
    log._clock = lambda: clock[0]
    log.start(_req("restart web", user="U0BOB"), _plan("web"), Decision("allow"))
    clock[0] += 3600
    log.start(_req("restart cache", user="U0ANN"), _plan("cache"), Decision("allow"))
    log.start(_req("run db2"), _secret_plan(), Decision("deny", rule="guards.privileged"))
    assert [r["text"] for r in log.query(user="U0A*")] == ["restart cache"]
    assert [r["text"] for r in log.query(container="we*")] == ["restart web"]
    assert [r["text"] for r in log.query(container="02ab")] == []  # ID prefix of cache is 00ab…
    assert [r["text"] for r in log.query(container="00ab")] == ["restart cache", "restart web"]
    assert [r["text"] for r in log.query(verb="deploy")] == ["run db2"]
    assert [r["text"] for r in log.query(verb="restart")] == ["restart cache", "restart web"]
    assert [r["text"] for r in log.query(outcome="denied")] == ["run db2"]
    assert [r["text"] for r in log.query(since=1_000_000.0 + 60)] == ["run db2", "restart cache"]
    assert [r["text"] for r in log.query(until=1_000_000.0 + 60)] == ["restart web"]
    assert len(log.query(limit=1)) == 1


def test_nothing_secret_is_stored(tmp_path):
    path = tmp_path / "audit.db"
    log = AuditLog(path)
    row = log.start(_req("db2 실행 MYSQL_ROOT_PASSWORD=hunter2"), _secret_plan(), Decision("allow"))
    log.finish(row, Outcome(False, Msg.of("docker.failed", detail="auth failed: token=hunter2")), 0.1)
    log.record(_req("run -e API_TOKEN=hunter2 x"), "not_understood",
               message=Msg.of("parse.unknown", where="API_TOKEN=hunter2"))
    (r1, r2) = log.query()
    assert "hunter2" not in json.dumps([r1, r2], ensure_ascii=False)
    assert r2["cli"] == ["docker run -d --name db2 -e MYSQL_ROOT_PASSWORD=*** mysql"]
    log.close()
    for f in tmp_path.iterdir():  # the database, its WAL and shared memory
        assert b"hunter2" not in f.read_bytes(), f


def test_wal_and_private_file(tmp_path):
    path = tmp_path / "sub" / "audit.db"
    AuditLog(path).close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (path.stat().st_mode & 0o777) == 0o600


def test_crash_leaves_a_started_row(tmp_path):
    """kill -9 between start and finish: the row says started, no outcome."""
    path = tmp_path / "audit.db"
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from bot.state.audit import AuditLog
        from bot.model import Actor, Decision, Plan, Request, Restart, VerbClass
        log = AuditLog({str(path)!r})
        plan = Plan(Restart(targets=("web",)), (), ("docker restart web",), "restart", VerbClass.OPERATE)
        log.start(Request("restart web", Actor("U0BOB"), "C0OPS"), plan, Decision("allow"))
        print("started", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "started"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    (r,) = AuditLog(path).query()
    assert r["text"] == "restart web" and r["outcome"] is None and r["finished"] is None


def test_threads_share_one_log(log):
    import threading

    def work(i: int) -> None:
        row = log.start(_req(f"restart w{i}"), _plan(f"w{i}"), Decision("allow"))
        log.finish(row, Outcome(True), 0.0)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(log.query(outcome="ok", limit=None)) == 20
