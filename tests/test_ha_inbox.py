"""The stored inbox end to end (issue 13: "kill -9 of a replica in the middle of a request:
nothing already acknowledged is lost"): real `gorae slack` processes against the fake Slack and
the real engine, on PostgreSQL and on one SQLite file.

- a burst of slow requests (restarts of containers whose PID 1 ignores SIGTERM: 10 s each) to
  one replica (HTTP, or Socket Mode), two workers: two start, the rest wait in its queue; after
  every ack, kill -9 -> the other replica runs every acknowledged-but-not-started one exactly
  once (the engine's restart events), and each started one is never run again: its asker is
  told in the thread that gorae stopped while working on it;
- one replica alone, killed and started again: the new process runs its own old queue;
- a slash command and a Confirm click acked by one replica while its workers are busy, then
  kill -9: the other replica runs each exactly once (the engine's restart events, the audit
  rows) and answers the command through its response_url, the click in place (chat.update).
Afterwards the inbox is empty (the user's text is kept only until done).

Run under the e2e lock:  flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_ha_inbox.py
"""
from __future__ import annotations

import json
import sqlite3
import time
import uuid
from typing import Any

import pytest
from ha_harness import Cluster, Replica, wait_until
from slack_fake import FakeSlack, FakeSocketMode, block_action, command, mention

pytestmark = pytest.mark.docker

LABELS = {"gorae.test": "ha"}
STUBBORN = "while :; do sleep 0.2; done"  # PID 1 ignores SIGTERM: `docker restart` waits its 10 s
WORKERS = 2
STOPPED = "stopped while working on this request"


@pytest.fixture
def sm():
    s = FakeSocketMode().start()
    yield s
    s.stop()


@pytest.fixture
def fake(sm):
    f = FakeSlack().start()
    f.ws_url = sm.url
    yield f
    f.stop()


@pytest.fixture(params=["postgresql", "sqlite"])
def state_url(request) -> Any:
    """A fresh database on the test PostgreSQL, or None: the SQLite file of the test's state dir."""
    if request.param == "sqlite":
        yield None
        return
    from pg import create_database, drop_database

    server = request.getfixturevalue("pg_url")
    url = create_database(server)
    yield url
    drop_database(server, url)


@pytest.fixture
def cluster(tmp_path, fake, sm, docker_client, state_url):
    c = Cluster(tmp_path, fake, sm, state_url=state_url)
    c.env["GORAE_SLACK_WORKERS"] = str(WORKERS)
    yield c
    c.stop()
    print(c.logs())


@pytest.fixture
def stubborn(docker_client, cleanup):
    def _run(prefix: str = "ha-inbox") -> str:
        name = f"{prefix}-{uuid.uuid4().hex[:6]}"
        c = docker_client.containers.run("busybox", ["sh", "-c", STUBBORN], name=name, detach=True, labels=LABELS)
        cleanup.container(c.id)
        return name
    return _run


def restarts(client: Any, name: str, since: float) -> int:
    """`restart` events of container `name` since `since` (epoch s), read from the engine."""
    events = client.events(since=int(since) - 1, until=int(time.time()) + 1, decode=True,
                           filters={"type": "container", "container": name, "event": "restart"})
    return sum(1 for e in events if e["timeNano"] >= since * 1e9)


def thread_text(fake: FakeSlack, ts: str) -> str:
    return "\n".join(json.dumps(m.get("blocks"), ensure_ascii=False) + str(m.get("text", ""))
                     for m in fake.thread("C0OPS", ts))


def inbox_rows(cluster: Cluster) -> int:
    if cluster.state_url:
        import psycopg

        with psycopg.connect(cluster.state_url) as conn:
            row = conn.execute("SELECT count(*) FROM inbox").fetchone()
    else:
        with sqlite3.connect(cluster.state / "state.db", timeout=10) as db:
            row = db.execute("SELECT count(*) FROM inbox").fetchone()
    return int(row[0]) if row else 0


def burst_then_kill(cluster: Cluster, victim: Replica, names: list[str]) -> tuple[list[dict], list[dict]]:
    """Deliver one restart per name to `victim` (each acked before the next), wait until its
    workers have started WORKERS of them (their audit rows: started, no outcome), kill -9 it.
    -> (started envelopes, queued envelopes)."""
    envs = [mention(f"restart {name}") for name in names]
    for env in envs:
        victim.event(env)  # HTTP: 200; Socket Mode: the ack came back

    def open_rows() -> list[dict]:
        return [e for e in envs if [r["outcome"] for r in cluster.audit_rows(e["event_id"])] == [None]]

    wait_until(lambda: len(open_rows()) == WORKERS, 60, f"{WORKERS} restarts running on {victim.name}")
    victim.kill()
    started = open_rows()
    queued = [e for e in envs if not cluster.audit_rows(e["event_id"])]
    assert len(started) == WORKERS and len(queued) == len(envs) - WORKERS, (started, queued)
    return started, queued


def check_after(cluster: Cluster, fake: FakeSlack, docker_client: Any, started: list[dict], queued: list[dict],
                names: dict[str, str], since: float) -> None:
    for env in queued:  # acknowledged, never started: run once, by the replica left
        wait_until(lambda env=env: [r["outcome"] for r in cluster.audit_rows(env["event_id"])] == ["ok"], 120,
                   f"the queued restart of {names[env['event_id']]} to run once")
    for env in started:  # started on the dead replica: reported in its thread, never run again
        wait_until(lambda env=env: STOPPED in thread_text(fake, env["event"]["ts"]), 60,
                   f"the asker of {names[env['event_id']]} told that gorae stopped")
    time.sleep(2)  # a second run, if any, would have begun by now
    for env in queued:
        assert len(cluster.audit_rows(env["event_id"])) == 1
        assert restarts(docker_client, names[env["event_id"]], since) == 1, names[env["event_id"]]
        assert STOPPED not in thread_text(fake, env["event"]["ts"])
    for env in started:
        assert len(cluster.audit_rows(env["event_id"])) == 1, "a started request was run again"
        # the dead replica's pipeline child may finish the restart it had begun: once at most
        assert restarts(docker_client, names[env["event_id"]], since) <= 1, names[env["event_id"]]
    wait_until(lambda: inbox_rows(cluster) == 0, 30, "the inbox empty (rows deleted once done)")


@pytest.mark.parametrize("victim", ["a", "b"], ids=["http", "socket-mode"])
def test_kill_9_after_the_acks_the_other_replica_runs_every_queued_event_once_and_reports_the_started(
        cluster, fake, docker_client, stubborn, victim):
    names = [stubborn() for _ in range(WORKERS + 3)]
    cluster.start()
    dead, alive = (cluster.a, cluster.b) if victim == "a" else (cluster.b, cluster.a)
    since = time.time()
    started, queued = burst_then_kill(cluster, dead, names)
    assert alive.alive()
    by_event = {e["event_id"]: e["event"]["text"].rsplit(" ", 1)[1] for e in started + queued}
    check_after(cluster, fake, docker_client, started, queued, by_event, since)


def test_a_single_replica_restarted_after_kill_9_runs_its_own_queue(cluster, fake, docker_client, stubborn):
    names = [stubborn() for _ in range(WORKERS + 2)]
    cluster.a.start()  # alone: no other replica to take over
    since = time.time()
    started, queued = burst_then_kill(cluster, cluster.a, names)
    time.sleep(1)
    assert all(not cluster.audit_rows(e["event_id"]) for e in queued)  # nobody ran them meanwhile
    cluster.a.start()  # the same replica, a new process
    by_event = {e["event_id"]: e["event"]["text"].rsplit(" ", 1)[1] for e in started + queued}
    check_after(cluster, fake, docker_client, started, queued, by_event, since)


def confirm_question(fake: FakeSlack, ts: str) -> dict:
    """The confirmation question posted in the thread of `ts`, as a click payload's message."""
    def find() -> dict | None:
        for m in fake.thread("C0OPS", ts):
            if any(b.get("type") == "actions" for b in m.get("blocks") or []):
                return m
        return None
    m = wait_until(find, 60, f"a confirmation question in the thread {ts}")
    return {"type": "message", "ts": m["ts"], "text": m["text"], "blocks": m["blocks"], "thread_ts": ts}


@pytest.mark.parametrize("victim", ["a", "b"], ids=["http", "socket-mode"])
def test_kill_9_after_acking_a_slash_command_and_a_confirm_click_the_other_replica_runs_each_once(
        cluster, fake, docker_client, stubborn, victim):
    busy = [stubborn() for _ in range(WORKERS)]
    by_command, confirmed = stubborn(), stubborn("ha-confirm")
    cluster.start()
    dead, alive = (cluster.a, cluster.b) if victim == "a" else (cluster.b, cluster.a)
    since = time.time()
    ask = mention(f"restart {confirmed}")  # needs a yes (tests/data/ha-policy.yaml)
    dead.event(ask)
    msg = confirm_question(fake, ask["event"]["ts"])
    actions = next(b for b in msg["blocks"] if b.get("type") == "actions")
    button = next(e for e in actions["elements"] if e["action_id"] == "gorae_confirm")
    click = block_action("gorae_confirm", button["value"], message=msg, block_id=actions["block_id"],
                         response_url=fake.webhook("click"))
    envs = [mention(f"restart {name}") for name in busy]
    for env in envs:  # every worker of the victim busy for 10 s
        dead.event(env)
    wait_until(lambda: all([r["outcome"] for r in cluster.audit_rows(e["event_id"])] == [None] for e in envs), 60,
               f"{WORKERS} restarts running on {dead.name}")
    fake.fail("chat.postMessage", error="not_in_channel", times=1000)  # gorae is not in the channel now
    slash = command(f"restart {by_command}", response_url=fake.webhook("cmd"))
    dead.command(slash)  # acked: stored before the ack
    dead.action(click)  # acked: stored before the ack
    kinds = [r for r in inbox_table(cluster) if r["kind"] in ("command", "action")]
    assert sorted((r["kind"], r["status"]) for r in kinds) == [("action", "queued"), ("command", "queued")], kinds
    dead.kill()
    assert alive.alive()
    assert not cluster.audit_rows(slash["trigger_id"]) and restarts(docker_client, confirmed, since) == 0
    wait_until(lambda: [r["outcome"] for r in cluster.audit_rows(slash["trigger_id"])] == ["ok"], 120,
               "the slash command run once by the replica left")
    wait_until(lambda: [r["outcome"] for r in cluster.audit_rows(ask["event_id"])] == ["ok"], 120,
               "the confirmed restart run once by the replica left")
    time.sleep(2)  # a second run, if any, would have begun by now
    assert restarts(docker_client, by_command, since) == 1
    assert restarts(docker_client, confirmed, since) == 1
    [row] = cluster.audit_rows(ask["event_id"])
    assert row["confirmed_by"] == "U0ALICE", row
    # the command's answer through its response_url; the click's result in place, on the question
    said = wait_until(lambda: " ".join(json.dumps(c.params, ensure_ascii=False) for c in fake.hook_calls("cmd"))
                      if any("docker restart" in json.dumps(c.params) for c in fake.hook_calls("cmd")) else "",
                      30, "the command's answer through its response_url")
    assert by_command in said
    wait_until(lambda: any("docker restart" in json.dumps(c.params) and "gorae_confirm" not in json.dumps(c.params)
                           for c in fake.ok_calls("chat.update") if c.params.get("ts") == msg["ts"]), 30,
               "the click's result on the question, its buttons gone")
    assert STOPPED not in said
    wait_until(lambda: inbox_rows(cluster) == 0, 30, "the inbox empty (rows deleted once done)")


def inbox_table(cluster: Cluster) -> list[dict]:
    """The inbox rows (kind, status, owner) of the shared state."""
    if cluster.state_url:
        import psycopg
        from psycopg.rows import dict_row

        with psycopg.connect(cluster.state_url, row_factory=dict_row) as conn:
            return list(conn.execute("SELECT kind, status, owner FROM inbox").fetchall())
    db = sqlite3.connect(cluster.state / "state.db", timeout=10)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute("SELECT kind, status, owner FROM inbox")]
    finally:
        db.close()
