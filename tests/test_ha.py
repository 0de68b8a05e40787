"""Two gorae replicas, one truth (issue 13): two real `gorae slack` processes — replica "a" over
HTTP, replica "b" over Socket Mode — sharing one state, against the fake Slack and the real engine.

- an event and its retries delivered to both replicas run once (the engine restarted once);
- a confirmation asked on one replica and clicked on the other runs once, a double click too;
- the rate limit counts the writes of both replicas;
- exactly one replica watches the engine (lease watch:local); `kill -9` of it -> the other takes
  over within seconds, resumes from the stored cursor: every alert once, none missed, none twice;
- `kill -9` in the middle of a request: the audit row stays "started, no outcome", the other
  replica keeps serving, a question asked before the kill is still answered.

Every container here is named ha-*, labelled gorae.test=ha and removed afterwards.
Run under the e2e lock:  flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_ha.py
Each test runs twice: on a fresh PostgreSQL database (the test server of scripts/pg.sh, GORAE_STATE)
and on the SQLite file of a shared state directory (two replicas on one host).
"""
from __future__ import annotations

import json
import time
import uuid
from typing import Any

import pytest
from ha_harness import Cluster, wait_until
from slack_fake import FakeSlack, FakeSocketMode, block_action, mention

pytestmark = pytest.mark.docker

LABELS = {"gorae.test": "ha"}
FOREVER = 'trap "exit 0" TERM; while :; do sleep 0.2; done'
STUBBORN = "while :; do sleep 0.2; done"  # PID 1 ignores SIGTERM: `docker restart` waits its 10 s


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
    """The shared state: a fresh database on the test PostgreSQL (scripts/pg.sh), or None for
    the SQLite file of the test's state directory (two replicas on one host)."""
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
    c = Cluster(tmp_path, fake, sm, state_url=state_url).start()
    yield c
    c.stop()
    print(c.logs())


@pytest.fixture
def run(docker_client, cleanup):
    def _run(name: str, cmd: str = FOREVER, **kw: Any) -> Any:
        try:
            docker_client.api.remove_container(name, force=True)
        except Exception:
            pass
        c = docker_client.containers.run("busybox", ["sh", "-c", cmd], name=name, detach=True, labels=LABELS, **kw)
        cleanup.container(c.id)
        return c
    return _run


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:6]}"


def restarts(client: Any, name: str, since: float) -> int:
    """`restart` events of container `name` since `since` (epoch s), read from the engine."""
    events = client.events(since=int(since) - 1, until=int(time.time()) + 1, decode=True,
                           filters={"type": "container", "container": name, "event": "restart"})
    return sum(1 for e in events if e["timeNano"] >= since * 1e9)


def blob(m: dict) -> str:
    return json.dumps(m.get("blocks"), ensure_ascii=False) + str(m.get("text", ""))


def thread_text(fake: FakeSlack, ts: str) -> str:
    return "\n".join(blob(m) for m in fake.thread("C0OPS", ts))


def answered(fake: FakeSlack, ts: str, word: str, timeout: float = 60) -> str:
    return wait_until(lambda: word in thread_text(fake, ts) and thread_text(fake, ts), timeout,
                      f"{word!r} in the thread {ts}: {thread_text(fake, ts)}")


def question(fake: FakeSlack, ts: str, timeout: float = 60) -> dict:
    """The confirmation question posted in the thread of `ts`, as a click payload's message."""
    def find() -> dict | None:
        for m in fake.thread("C0OPS", ts):
            for b in m.get("blocks") or []:
                if b.get("type") == "actions" and any(e.get("action_id") == "gorae_confirm"
                                                       for e in b.get("elements", [])):
                    return m
        return None
    m = wait_until(find, timeout, f"a confirmation question in the thread {ts}")
    return {"type": "message", "ts": m["ts"], "text": m["text"], "blocks": m["blocks"], "thread_ts": ts}


def confirm_click(msg: dict, *, user: str = "U0ALICE") -> dict:
    actions = next(b for b in msg["blocks"] if b.get("type") == "actions")
    button = next(e for e in actions["elements"] if e["action_id"] == "gorae_confirm")
    return block_action("gorae_confirm", button["value"], user=user, message=msg, block_id=actions["block_id"])


# --------------------------------------------------------------------------- duplicates


def test_an_event_and_its_retries_on_both_replicas_run_once(cluster, fake, run, docker_client):
    name = unique("ha-dup")
    run(name)
    since = time.time()
    env = mention(f"restart {name}")
    cluster.a.event(env)
    cluster.b.event(env)  # the same event over the other replica's connection
    cluster.a.event(env, retry=1)
    cluster.b.event(env, retry=2)
    ts = env["event"]["ts"]
    answered(fake, ts, "docker restart")
    wait_until(lambda: restarts(docker_client, name, since) >= 1, 30, "the restart")
    time.sleep(2)  # any second run would show by now (its job was queued at the same moment)
    assert restarts(docker_client, name, since) == 1
    rows = cluster.audit_rows(env["event_id"])
    assert [r["outcome"] for r in rows] == ["ok"], rows
    assert len([m for m in fake.thread("C0OPS", ts) if "docker restart" in blob(m)]) == 1


# --------------------------------------------------------------------------- confirmations


def test_asked_on_one_replica_clicked_on_the_other_runs_once_and_a_double_click_too(
        cluster, fake, run, docker_client):
    name = unique("ha-confirm")
    run(name)
    since = time.time()
    env = mention(f"restart {name}")
    cluster.a.event(env)
    msg = question(fake, env["event"]["ts"])
    assert restarts(docker_client, name, since) == 0  # nothing runs before the yes
    click = confirm_click(msg)
    cluster.b.action(click)  # clicked on the other replica
    cluster.a.action(click)  # the same click delivered again, to the first
    cluster.b.action(confirm_click(msg))  # a second click (another action_ts) on the other
    wait_until(lambda: restarts(docker_client, name, since) >= 1, 60, "the confirmed restart")
    time.sleep(2)
    assert restarts(docker_client, name, since) == 1
    rows = cluster.audit_rows(env["event_id"])
    assert [r["outcome"] for r in rows] == ["ok"] and rows[0]["confirmed_by"] == "U0ALICE", rows


# --------------------------------------------------------------------------- rate limits


def test_the_rate_limit_counts_the_writes_of_both_replicas(cluster, fake, run, docker_client):
    name = unique("ha-rate")
    run(name)
    since = time.time()
    envs = [mention(f"restart {name}", user="U0RATE") for _ in range(3)]
    cluster.a.event(envs[0])
    answered(fake, envs[0]["event"]["ts"], "docker restart")
    cluster.b.event(envs[1])
    answered(fake, envs[1]["event"]["ts"], "docker restart")
    cluster.a.event(envs[2])  # U0RATE may write twice a minute, whichever replica hears it
    wait_until(lambda: [r["outcome"] for r in cluster.audit_rows(envs[2]["event_id"])] == ["denied"], 30,
               "the third write refused")
    assert restarts(docker_client, name, since) == 2
    assert [r["rule"] for r in cluster.audit_rows(envs[2]["event_id"])] == ["rate_limit"]


# --------------------------------------------------------------------------- the watcher


def top_level(fake: FakeSlack, name: str) -> list[dict]:
    """The alert messages (not thread replies) about container `name`."""
    return [m for m in fake.messages("C0OPS").values() if not m.get("thread_ts") and f"*{name}*" in blob(m)]


def test_one_replica_watches_and_the_other_takes_over_after_kill_9_without_missing_or_repeating(
        cluster, fake, run):
    holder = wait_until(cluster.watch_holder, 30, "a replica holding the watch lease")
    other = cluster.b if holder is cluster.a else cluster.a
    first = unique("ha-die1")
    run(first, "sleep 0.5; exit 3")
    wait_until(lambda: top_level(fake, first), 30, f"the alert about {first}")
    time.sleep(1.5)  # the holder stores its cursor past the first death
    holder.kill()
    gap = unique("ha-die2")
    run(gap, "exit 4")  # dies while nobody watches: the next holder must still tell
    # lease ttl 3 s + a renewal; the 30 s bound is for a loaded machine (no timing claim)
    wait_until(lambda: cluster.watch_holder() is other, 30, "the other replica taking the lease")
    wait_until(lambda: top_level(fake, gap), 60, f"the alert about {gap} (died during the take-over)")
    after = unique("ha-die3")
    run(after, "exit 5")
    wait_until(lambda: top_level(fake, after), 30, f"the alert about {after}")
    time.sleep(2)
    for name in (first, gap, after):
        assert len(top_level(fake, name)) == 1, (name, [blob(m) for m in top_level(fake, name)])


# --------------------------------------------------------------------------- kill -9 mid-request


def test_kill_9_in_the_middle_of_a_request_leaves_started_no_outcome_and_the_other_serves(
        cluster, fake, run, docker_client):
    waiting = unique("ha-confirm-kept")
    run(waiting)
    asked = mention(f"restart {waiting}")
    cluster.a.event(asked)
    msg = question(fake, asked["event"]["ts"])  # asked on "a", acknowledged, stored

    slow = unique("ha-slow")
    run(slow, STUBBORN)
    env = mention(f"restart {slow}")
    cluster.a.event(env)
    wait_until(lambda: [r["outcome"] for r in cluster.audit_rows(env["event_id"])] == [None], 30,
               "the audit row of the running restart")
    cluster.a.kill()
    rows = cluster.audit_rows(env["event_id"])
    assert len(rows) == 1 and rows[0]["outcome"] is None and rows[0]["finished"] is None, rows

    since = time.time()
    cluster.b.action(confirm_click(msg))  # the question asked on "a" is answered on "b"
    wait_until(lambda: restarts(docker_client, waiting, since) == 1, 60, "the confirmed restart on b")
    ps = mention(f"restart {unique('ha-none')}")  # b keeps serving new requests too
    cluster.b.event(ps)
    answered(fake, ps["event"]["ts"], "ha-none")
    rows = cluster.audit_rows(env["event_id"])
    assert rows[0]["outcome"] is None  # still "started, no outcome": nobody wrote one for it


# --------------------------------------------------------------------------- a planned stop


def test_a_stopped_replica_finishes_what_it_acknowledged_and_hands_the_watch_over(
        cluster, fake, run, docker_client):
    """A rolling update stops a replica with SIGTERM: it stops taking requests, finishes every
    request it acknowledged, drops its watch lease (the other takes it at its next renewal)."""
    names = [unique("ha-drain") for _ in range(8)]
    for name in names:
        run(name)
    wait_until(cluster.watch_holder, 30, "a replica holding the watch lease")
    stopped = cluster.a
    since = time.time()
    envs = [mention(f"restart {name}") for name in names]
    for env in envs:
        stopped.event(env)  # each acknowledged (200) before the next
    assert stopped.proc is not None
    stopped.proc.terminate()  # SIGTERM right after the acks: most are still queued or running
    stopped.proc.wait(60)
    for env, name in zip(envs, names):
        assert [r["outcome"] for r in cluster.audit_rows(env["event_id"])] == ["ok"], name
        assert restarts(docker_client, name, since) == 1, name
    wait_until(lambda: cluster.watch_holder() is cluster.b, 60, "replica b watching the engine")
