"""bot/state/backend.py, the state database (issue 13): one interface, two backends — every test
runs on SQLite and on a real PostgreSQL (tests/state_db.py, tests/pg.py: a fresh database for this module).

What must hold across processes: a dedup key is claimed once, audit rows are written before a write
runs and their hash chain never forks, alert state is shared. Two `Database` objects stand for two
processes (each its own connections); the chain and the dedup claim are also checked with real
processes. A pending taken once: tests/test_pending.py; a rate limit counted across processes:
tests/test_ratelimit.py (both on the same two backends).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from state_db import TABLES, a_plan, a_request, open_db_fixture, race, url_fixture  # noqa: F401  (fixtures: url, open_db)

from bot.alerts.watch import WatchStore
from bot.model import Decision, Msg, Outcome
from bot.state.audit import AuditLog, verify
from bot.state.backend import Database, StateUnavailable, check_url, connect, redacted, sqlite_path, state_url
from bot.state.dedup import Dedup

ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- the URL and the schema


def test_state_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GORAE_CONFIG", "/nonexistent")
    assert check_url("sqlite:///var/lib/gorae/state.db") is None
    assert check_url("postgresql://gorae:pw@db:5432/gorae") is None
    assert check_url("postgres://gorae@db/gorae") is None
    assert check_url("mysql://x@h/db") is not None and check_url("sqlite://relative.db") is not None
    assert sqlite_path("sqlite:///var/lib/gorae/state.db") == "/var/lib/gorae/state.db"
    assert sqlite_path("sqlite:////var/lib/gorae/state.db") == "/var/lib/gorae/state.db"
    assert redacted("postgresql://gorae:s3cret@db:5432/gorae") == "postgresql://gorae:***@db:5432/gorae"
    assert state_url({"GORAE_STATE": "postgresql://a@b/c"}) == "postgresql://a@b/c"
    assert state_url({"GORAE_STATE_DIR": "/srv/g", "GORAE_CONFIG": "/nonexistent"}) == "sqlite:///srv/g/state.db"


def test_the_config_file_names_the_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "config.yaml"
    cfg.write_text("state: postgresql://gorae@db:5432/gorae\n")
    env = {"GORAE_CONFIG": str(cfg)}
    assert state_url(env) == "postgresql://gorae@db:5432/gorae"
    assert state_url({**env, "GORAE_STATE": "sqlite:///x.db"}) == "sqlite:///x.db"  # the environment first


def test_migrations_are_versioned_and_applied_once(url: str, open_db: Callable[[], Database]) -> None:
    db = open_db()
    open_db()  # a second process starting: nothing applied twice, nothing fails
    with db.tx() as tx:
        applied = tx.all("SELECT migration_id FROM _yoyo_migration")
        for table in TABLES:
            assert tx.one(f"SELECT COUNT(*) AS n FROM {table}") == {"n": 0}
    versions = sorted(f.stem for f in (ROOT / "bot" / "state" / "migrations" / url.split(":", 1)[0]).glob("*.sql"))
    assert versions[:2] == ["0001.state", "0002.inbox"]  # every migration of the backend, each applied once
    assert [r["migration_id"] for r in applied] == versions


def test_a_failed_transaction_leaves_nothing(url: str, open_db: Callable[[], Database]) -> None:
    db = open_db()
    with pytest.raises(RuntimeError), db.tx() as tx:
        tx.run("INSERT INTO dedup (key, at) VALUES (?, ?)", ("k", 1.0))
        raise RuntimeError("boom")
    with db.tx() as tx:
        assert tx.one("SELECT key FROM dedup") is None


# --------------------------------------------------------------------------- dedup


def test_a_dedup_key_is_claimed_once(url: str, open_db: Callable[[], Database]) -> None:
    a, b = Dedup(open_db()), Dedup(open_db())
    assert a.first("event:Ev1", "msg:abc") is True
    assert b.first("event:Ev1") is False and b.first("msg:abc") is False  # the other process sees it
    assert a.first("event:Ev1") is False
    assert len(a) == 2


def test_a_dedup_key_raced_by_many_is_claimed_by_one(url: str, open_db: Callable[[], Database]) -> None:
    stores = [Dedup(open_db()) for _ in range(4)]
    for round_ in range(5):
        wins = race(8, lambda i: stores[i % 4].first(f"event:Ev{round_}"))
        assert wins.count(True) == 1, wins


def test_a_dedup_key_expires(url: str, open_db: Callable[[], Database]) -> None:
    d = Dedup(open_db(), ttl=0.05)
    assert d.first("k")
    time.sleep(0.1)
    assert d.first("k")  # seen longer ago than the ttl: new again


# --------------------------------------------------------------------------- alert state


def test_alert_state_is_shared(url: str, open_db: Callable[[], Database]) -> None:
    from bot.alerts.incidents import Incident

    a, b = WatchStore(open_db()), WatchStore(open_db())
    assert a.cursor("local") is None
    a.set_cursor("local", 1_700_000_000_000_000_000)
    a.set_cursor("local", 1_700_000_000_000_000_123)
    assert b.cursor("local") == 1_700_000_000_000_000_123  # BIGINT nanoseconds survive
    inc = Incident(key="local/web/died", engine="local", name="web", kind="died", opened=1.0, last=1.0)
    a.delivered(["ev1", "ev2"], inc, channel="C0OPS", ts="123.456")
    assert b.seen("ev1") and b.seen("ev2") and not b.seen("ev3")
    ((got, ch, ts),) = b.incidents()
    assert (got.key, ch, ts) == ("local/web/died", "C0OPS", "123.456") and b.message(inc.key) == ("C0OPS", "123.456")
    a.delivered(["ev1"], inc)  # again: nothing twice, the message kept
    assert b.message(inc.key) == ("C0OPS", "123.456")
    b.silence("web", "*", time.time() + 60, "U0BOB")
    b.silence("web", "*", time.time() + 120, "U0ANN")
    until = a.silenced("web", "die")
    assert until is not None and until > time.time() + 100
    a.prune()


# --------------------------------------------------------------------------- audit


def test_audit_rows_and_the_chain(url: str, open_db: Callable[[], Database]) -> None:
    log = AuditLog(open_db())
    row = log.start(a_request(), a_plan(), Decision("allow", rule="bindings[1]"))
    (r,) = log.query()
    assert r["outcome"] is None and r["user"] == "U0BOB" and r["cli"] == ["docker restart web"]
    log.finish(row, Outcome(True, Msg.of("done.restart", names="web")), 0.25)
    log.record(a_request("what?"), "not_understood", message=Msg.of("x"))
    assert [x["outcome"] for x in log.query()] == ["not_understood", "ok"]
    v = verify(AuditLog(open_db()))  # read from another process
    assert v.ok and (v.rows, v.entries, v.before_chain) == (2, 3, 0) and len(v.head) == 64
    assert v.open_rows == []


def test_a_row_started_but_never_finished_is_shown(url: str, open_db: Callable[[], Database]) -> None:
    log = AuditLog(open_db())
    log.finish(log.start(a_request(), a_plan(), Decision("allow")), Outcome(True), 0.1)
    open_row = log.start(a_request("restart cache"), a_plan("cache"), Decision("allow"))  # killed here
    v = verify(log)
    assert v.ok and v.open_rows == [open_row]
    assert [r["id"] for r in log.query(outcome="none")] == [open_row]


def _three_rows(log: AuditLog) -> list[int]:
    rows = []
    for name in ("web", "cache", "db"):
        row = log.start(a_request(f"restart {name}"), a_plan(name), Decision("allow"))
        log.finish(row, Outcome(True), 0.5)
        rows.append(row)
    return rows


@pytest.mark.parametrize("tamper, why", [
    ("UPDATE requests SET outcome = 'failed' WHERE id = {row}", "audit.verify.changed"),
    ("UPDATE requests SET \"user\" = 'U0EVE' WHERE id = {row}", "audit.verify.changed"),
    ("DELETE FROM requests WHERE id = {row}", "audit.verify.removed"),
    ("UPDATE audit_chain SET data = replace(data, 'U0BOB', 'U0EVE') WHERE row_id = {row}", "audit.verify.link"),
    ("DELETE FROM audit_chain WHERE seq = (SELECT MIN(seq) FROM audit_chain WHERE row_id = {row})",
     "audit.verify.link"),
])
def test_tampering_is_detected_and_the_first_bad_row_named(url: str, open_db: Callable[[], Database],
                                                          tamper: str, why: str) -> None:
    log = AuditLog(open_db())
    rows = _three_rows(log)
    assert verify(log).ok
    with open_db().tx() as tx:  # someone with database access, not gorae
        tx.run(tamper.format(row=rows[1]))
    v = verify(log)
    assert v.bad is not None
    bad_row, msg = v.bad
    assert bad_row == rows[1] and msg.key == why


def test_a_row_added_outside_the_log_is_detected(url: str, open_db: Callable[[], Database]) -> None:
    log = AuditLog(open_db())
    _three_rows(log)
    with open_db().tx() as tx:
        tx.run('INSERT INTO requests (started, "user", outcome) VALUES (?, ?, ?)', (time.time(), "U0EVE", "ok"))
    v = verify(log)
    assert v.bad is not None and v.bad[1].key == "audit.verify.added"


def test_concurrent_writers_do_not_fork_the_chain(url: str, open_db: Callable[[], Database]) -> None:
    logs = [AuditLog(open_db()) for _ in range(3)]

    def write(i: int) -> None:
        for n in range(5):
            row = logs[i % 3].start(a_request(f"restart w{i}-{n}"), a_plan(f"w{i}"), Decision("allow"))
            logs[(i + 1) % 3].finish(row, Outcome(True), 0.1)

    race(6, write)
    v = verify(logs[0])
    assert v.ok and v.rows == 30 and v.entries == 60


WRITER = textwrap.dedent("""
    import sys
    from bot.state.audit import AuditLog
    from bot.model import Actor, Decision, Outcome, Plan, Request, Restart, Target, VerbClass
    log = AuditLog(sys.argv[1])
    plan = Plan(Restart(targets=("web",)), (), ("docker restart web",), "restart", VerbClass.OPERATE,
                (Target("container", "web", "ab" * 32),))
    for n in range(int(sys.argv[2])):
        row = log.start(Request(f"restart web {n}", Actor("U0" + sys.argv[3]), "C0OPS"), plan, Decision("allow"))
        log.finish(row, Outcome(True), 0.01)
""")


def test_two_processes_write_one_chain(url: str) -> None:
    """Real processes writing at once: every row in one unbroken chain."""
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, "25", name], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("A", "B")]
    outs = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    log = AuditLog(url)
    v = verify(log)
    assert v.ok, v.bad
    assert (v.rows, v.entries) == (50, 100)
    assert {r["user"] for r in log.query(limit=None)} == {"U0A", "U0B"}


CLAIMER = textwrap.dedent("""
    import sys
    from bot.state.dedup import Dedup
    d = Dedup(sys.argv[1])
    print(sum(d.first(f"event:Ev{n}") for n in range(40)))
""")


def test_two_processes_claim_each_delivery_once(url: str) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", CLAIMER, url], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert sum(int(o.strip()) for o, _ in outs) == 40  # each of the 40 keys claimed by exactly one


# --------------------------------------------------------------------------- `gorae audit` export / verify


def _gorae(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})


def test_gorae_audit_reads_exports_and_verifies_either_backend(url: str, open_db: Callable[[], Database],
                                                                tmp_path: Path) -> None:
    log = AuditLog(open_db())
    old = log.start(a_request("restart old"), a_plan("old"), Decision("allow"))
    log.finish(old, Outcome(True), 0.1)
    rows = _three_rows(log)
    open_row = log.start(a_request("restart cache"), a_plan("cache"), Decision("allow"))
    env = {"GORAE_STATE": url, "GORAE_LANG": "en", "GORAE_AUDIT": ""}

    listed = _gorae("audit", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert [r["id"] for r in json.loads(listed.stdout)] == [open_row, *reversed(rows), old]

    jsonl = _gorae("audit", "export", "--since", "1h", "--format", "jsonl", env=env)
    assert jsonl.returncode == 0, jsonl.stderr
    items = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [i["id"] for i in items] == [old, *rows, open_row]  # oldest first
    assert items[1]["cli"] == ["docker restart web"] and items[1]["targets"][0]["name"] == "web"
    assert items[-1]["outcome"] is None and items[1]["outcome"] == "ok"
    assert all(len(i["chain_hash"]) == 64 for i in items) and items[0]["started_iso"].endswith("Z")

    out = tmp_path / "audit.csv"
    csv_run = _gorae("audit", "export", "--since", "1h", "--format", "csv", "--output", str(out), env=env)
    assert csv_run.returncode == 0, csv_run.stderr
    import csv

    with out.open(newline="") as f:
        table = list(csv.DictReader(f))
    assert [int(r["id"]) for r in table] == [old, *rows, open_row]
    assert json.loads(table[1]["cli"]) == ["docker restart web"] and table[-1]["outcome"] == ""
    assert (out.stat().st_mode & 0o777) == 0o600

    future = _gorae("audit", "export", "--since", "2099-01-01", env=env)
    assert future.returncode == 0 and future.stdout == ""

    ok = _gorae("audit", "verify", env=env)
    assert ok.returncode == 0, ok.stderr
    assert f"Row #{open_row}: started, no outcome" in ok.stdout and "The audit log is intact: 5 rows" in ok.stdout

    with open_db().tx() as tx:
        tx.run("UPDATE requests SET outcome = 'failed' WHERE id = ?", (rows[0],))
    bad = _gorae("audit", "verify", env={**env, "GORAE_LANG": "ko"})
    assert bad.returncode == 1
    assert f"행 #{rows[0]}이(가) 첫 번째로 잘못된 행입니다: 기록된 뒤 바뀌었습니다 (outcome)." in bad.stdout


# --------------------------------------------------------------------------- PostgreSQL goes away


def test_unreachable_postgresql_at_start_is_one_clear_error() -> None:
    from pg import _free_port

    url = f"postgresql://gorae:gorae@127.0.0.1:{_free_port()}/gorae"
    t0 = time.monotonic()
    with pytest.raises(StateUnavailable) as e:
        connect(url)
    assert "gorae:***@127.0.0.1" in str(e.value) and "gorae:gorae@" not in str(e.value)
    assert time.monotonic() - t0 < 60  # it gives up (the bound is generous: no timing claim)


def test_a_wrong_state_url_stops_gorae_with_one_line_and_no_password() -> None:
    from bot.config import SettingsInvalid, format_problems, load_settings

    assert load_settings({"GORAE_STATE": "postgresql://gorae:pw@db:5432/gorae"}).state == \
        "postgresql://gorae:pw@db:5432/gorae"
    with pytest.raises(SettingsInvalid) as e:
        load_settings({"GORAE_STATE": "mysql://gorae:hunter2@db/gorae"})
    line = format_problems(e.value.problems, "en")
    assert line == ("gorae: GORAE_STATE=mysql://gorae:***@db/gorae: the state URL must look like "
                    "sqlite:///…, postgresql://….")
    assert "hunter2" not in format_problems(e.value.problems, "ko")


KILLED = textwrap.dedent("""
    import os, signal, sys
    from bot.state.audit import AuditLog
    from bot.model import Actor, Decision, Plan, Request, Restart, Target, VerbClass
    plan = Plan(Restart(targets=("web",)), (), ("docker restart web",), "restart", VerbClass.OPERATE,
                (Target("container", "web", "ab" * 32),))
    row = AuditLog(sys.argv[1]).start(Request("restart web", Actor("U0BOB"), "C0OPS"), plan, Decision("allow"))
    print(row, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of the request
""")


def test_kill_9_in_the_middle_leaves_started_no_outcome(url: str) -> None:
    p = subprocess.run([sys.executable, "-c", KILLED, url], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == -9, p.stderr
    row = int(p.stdout.strip())
    log = AuditLog(url)
    (r,) = log.query()
    assert (r["id"], r["outcome"], r["finished"]) == (row, None, None)
    v = verify(log)
    assert v.ok and v.open_rows == [row]
    listed = _gorae("audit", env={"GORAE_STATE": url, "GORAE_LANG": "en", "GORAE_AUDIT": ""})
    assert "started, no outcome" in listed.stdout


def test_an_audit_file_of_an_older_gorae_is_adopted(tmp_path: Path) -> None:
    """The `requests` table of a gorae before issue 13: kept as it is, its rows listed and counted
    as older than the chain; new rows are chained."""
    import sqlite3

    path = tmp_path / "audit.db"
    old = sqlite3.connect(path)
    old.executescript(
        'CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, started REAL NOT NULL, finished REAL, '
        'seconds REAL, user TEXT NOT NULL, channel TEXT, source TEXT, request_id TEXT, text TEXT, lang TEXT, '
        'verb TEXT, verb_class TEXT, targets TEXT, cli TEXT, decision TEXT, rule TEXT, reason TEXT, '
        'outcome TEXT, message TEXT, exit_code INTEGER, confirmed_by TEXT);'
        "INSERT INTO requests (started, user, text, outcome) VALUES (1.0, 'U0OLD', 'restart web', 'ok');")
    old.commit()
    old.close()
    log = AuditLog(path)
    row = log.start(a_request(), a_plan(), Decision("allow"))
    log.finish(row, Outcome(True), 0.1)
    assert [r["user"] for r in log.query()] == ["U0BOB", "U0OLD"]
    v = verify(log)
    assert v.ok and v.before_chain == 1 and v.rows == 2


def test_gorae_starts_on_a_sql_ascii_database_and_reads_text_back(pg_url: str) -> None:
    """initdb without a UTF-8 locale (LANG=C) makes SQL_ASCII databases; gorae did not start on one (yoyo's
    first query: `operator does not exist: sql_identifier = bytea`, psycopg handing text back as bytes).
    Its connections now talk UTF8 whatever the database's encoding: the audit chain verifies, Korean
    text comes back as the str it was."""
    import secrets

    import psycopg
    from pg import drop_database, with_database

    from bot.state.backend import PostgresDatabase

    name = "gorae_t_ascii_" + secrets.token_hex(6)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'")
    url = with_database(pg_url, name)
    try:
        with psycopg.connect(url) as conn:
            # the symptom itself, on a connection of psycopg's defaults: text comes back as bytes
            assert conn.execute("SHOW server_encoding").fetchone() == (b"SQL_ASCII",)
        db = PostgresDatabase(url)
        try:
            with db.tx() as tx:
                tx.run("INSERT INTO dedup (key, at) VALUES (?, ?)", ("웹 재시작-é", 1.0))
                assert tx.all("SELECT key, at FROM dedup") == [{"key": "웹 재시작-é", "at": 1.0}]
            log = AuditLog(db)
            log.finish(log.start(a_request("web 재시작"), a_plan(), Decision("allow", rule="bindings[1]")),
                       Outcome(True, Msg.of("done.restart", names="web")), 0.25)
            (row,) = log.query()
            assert row["text"] == "web 재시작" and row["outcome"] == "ok", row
            v = verify(log)
            assert v.ok and v.rows == 1, v
        finally:
            db.close()
    finally:
        drop_database(pg_url, url)
