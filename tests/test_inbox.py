"""bot.state.inbox: the stored inbox's claim and lease logic, on a SQLite file and on the test
PostgreSQL (two Inbox objects = two replicas sharing one database).

- a row put is stored (group commit) and only its owner may begin it, once;
- rows of an owner whose lease ran out are claimed by exactly one live replica, oldest first,
  queued and started alike, and the new owner may begin a queued one once; the dead owner may not;
- a restarted process is a new owner: it claims its own old rows;
- a text over the bound is not kept; finish deletes; drop deletes in the background;
- many replicas claiming at once: every orphan goes to exactly one of them;
- a slash command's or a click's row (migration 0003) keeps its kind and payload, is claimed
  like an event's; a command's text over the bound is kept neither in `text` nor in its payload.
"""
from __future__ import annotations

import threading
import time
import uuid

import pytest

from bot.state.audit import TEXT_MAX
from bot.state.backend import SqliteDatabase, connect
from bot.state.inbox import ACTION, COMMAND, EVENT, QUEUED, STARTED, Inbox, InboxRow


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    if request.param == "sqlite":
        d = SqliteDatabase(tmp_path / "state.db")
    else:
        d = connect(request.getfixturevalue("pg_database"))
    yield d
    d.close()


@pytest.fixture
def boxes(db):
    with db.tx() as tx:  # the PostgreSQL database is the module's: start each test empty
        tx.run("DELETE FROM inbox")
    made: list[Inbox] = []

    def make(ttl: float = 30.0) -> Inbox:
        box = Inbox(db, owner=f"test:{uuid.uuid4().hex[:8]}", ttl=ttl)
        made.append(box)
        return box

    yield make
    for box in made:
        box.close(release=False)


def row(box: Inbox, text: str = "restart web", **kw) -> InboxRow:
    return InboxRow.new(box.owner, user="U0ALICE", channel="C0OPS", text=text, thread_ts="1.000",
                        event_id=f"Ev{uuid.uuid4().hex[:8]}", team="T0", meta={"kind": "mention", **kw})


def test_a_row_is_stored_and_begun_once_by_its_owner_only(boxes):
    a, b = boxes(), boxes()
    a.heartbeat()
    b.heartbeat()
    r = row(a)
    a.store(r, timeout=10)
    [got] = a.mine()
    assert (got.id, got.status, got.text, got.user, got.channel, got.thread_ts, got.event_id, got.team) == (
        r.id, QUEUED, "restart web", "U0ALICE", "C0OPS", "1.000", r.event_id, "T0")
    assert got.meta == {"kind": "mention"}
    assert not b.begin(r.id)  # not b's
    assert a.begin(r.id)
    assert not a.begin(r.id)  # started already: never twice
    assert b.orphans() == []  # a is alive
    a.finish(r.id)
    assert a.mine() == []


def test_a_burst_of_puts_is_stored_in_groups(boxes):
    a = boxes()
    futs = [a.put(row(a, f"restart web-{i}")) for i in range(300)]
    for f in futs:
        f.result(10)
    assert len(a.mine()) == 300


def test_the_rows_of_a_dead_owner_go_to_one_live_replica_queued_run_started_reported(boxes):
    dead, b, c = boxes(ttl=1.0), boxes(), boxes()
    dead.heartbeat()
    b.heartbeat()
    c.heartbeat()
    rows = [row(dead, f"restart web-{i}") for i in range(3)]
    for r in rows:
        dead.store(r, timeout=10)
    assert dead.begin(rows[0].id)  # started, then the replica died
    assert b.orphans() == [] and c.orphans() == []  # its lease still runs
    time.sleep(1.3)  # no heartbeat: the lease runs out
    got = b.orphans()
    assert [r.id for r in got] == [r.id for r in rows]  # oldest first
    assert [r.status for r in got] == [STARTED, QUEUED, QUEUED]
    assert all(r.owner == b.owner for r in got)
    assert c.orphans() == []  # b is alive: nothing left for c
    assert not dead.begin(rows[1].id)  # the dead owner (had it only paused) may not run it now
    assert not b.begin(rows[0].id)  # started: never run again
    assert b.begin(rows[1].id) and b.begin(rows[2].id)
    for r in rows:
        b.finish(r.id)
    assert b.mine() == []


def test_a_restarted_process_is_a_new_owner_and_takes_its_own_old_rows(db, boxes):
    before = boxes(ttl=1.0)
    before.heartbeat()
    r = row(before)
    before.store(r, timeout=10)
    before.close(release=False)  # kill -9: no release
    after = boxes(ttl=1.0)  # the same replica, restarted
    assert after.owner != before.owner
    after.heartbeat()
    time.sleep(1.3)
    after.heartbeat()
    assert [x.id for x in after.orphans()] == [r.id]
    assert after.begin(r.id)


def test_a_clean_close_releases_the_lease_at_once(boxes):
    a, b = boxes(), boxes()
    a.heartbeat()
    b.heartbeat()
    r = row(a)
    a.store(r, timeout=10)
    a.close()
    assert [x.id for x in b.orphans()] == [r.id]


def test_a_text_over_the_bound_is_not_kept_and_drop_deletes_in_the_background(boxes):
    a = boxes()
    long = row(a, "x" * (TEXT_MAX + 1))
    assert long.text is None
    a.store(long, timeout=10)
    assert [x.text for x in a.mine()] == [None]
    a.drop(long.id)
    a.store(row(a), timeout=10)  # written after the drop, in order
    assert [x.text for x in a.mine()] == ["restart web"]


def test_many_replicas_claiming_at_once_each_orphan_once(boxes):
    dead = boxes(ttl=1.0)
    dead.heartbeat()
    rows = [row(dead, f"restart web-{i}") for i in range(40)]
    for f in [dead.put(r) for r in rows]:
        f.result(10)
    live = [boxes() for _ in range(4)]
    for box in live:
        box.heartbeat()
    time.sleep(1.3)
    got: dict[str, list[str]] = {}
    go = threading.Barrier(len(live))

    def claim(box: Inbox) -> None:
        go.wait()
        got[box.owner] = [r.id for batch in iter(lambda: box.orphans(limit=5), []) for r in batch]

    threads = [threading.Thread(target=claim, args=(box,)) for box in live]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [i for ids in got.values() for i in ids]
    assert sorted(claimed) == sorted(r.id for r in rows)  # every one, once


def test_the_watcher_hands_orphans_to_its_callback(boxes):
    dead = boxes(ttl=1.0)
    dead.heartbeat()
    r = row(dead)
    dead.store(r, timeout=10)
    taken: list[InboxRow] = []
    live = boxes(ttl=1.0)
    live.watch(taken.append, every=0.2)
    deadline = time.monotonic() + 10
    while not taken and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [x.id for x in taken] == [r.id] and taken[0].owner == live.owner
    assert "restart web" not in repr(taken[0])  # never the text in a log line


def test_a_command_and_a_click_keep_their_kind_and_payload_and_are_claimed_like_events(boxes):
    dead, b = boxes(ttl=1.0), boxes()
    dead.heartbeat()
    b.heartbeat()
    cmd = {"command": "/gorae", "text": "restart web", "user_id": "U0ALICE", "channel_id": "C0OPS",
           "response_url": "http://127.0.0.1:1/webhook/cmd", "trigger_id": "tr.1"}
    click = {"type": "block_actions", "user": {"id": "U0ALICE"}, "response_url": "http://127.0.0.1:1/webhook/c",
             "actions": [{"action_id": "gorae_confirm", "value": "pend-1", "action_ts": "1.5"}]}
    rows = [row(dead),
            InboxRow.new(dead.owner, user="U0ALICE", channel="C0OPS", text="restart web", event_id="tr.1",
                         kind=COMMAND, payload=cmd),
            InboxRow.new(dead.owner, user="U0ALICE", channel="C0OPS", text="pend-1", thread_ts="1.000",
                         event_id="tr.2", kind=ACTION, payload=click)]
    for r in rows:
        dead.store(r, timeout=10)
    assert [(r.kind, r.payload) for r in sorted(dead.mine(), key=lambda r: r.received)] == [
        (EVENT, None), (COMMAND, cmd), (ACTION, click)]
    time.sleep(1.3)  # the dead owner's lease runs out
    got = b.orphans()
    assert [(r.id, r.kind, r.status, r.payload) for r in got] == [
        (rows[0].id, EVENT, QUEUED, None), (rows[1].id, COMMAND, QUEUED, cmd), (rows[2].id, ACTION, QUEUED, click)]
    assert not dead.begin(rows[1].id) and b.begin(rows[1].id) and not b.begin(rows[1].id)  # once
    long = InboxRow.new(b.owner, user="U0ALICE", channel="C0OPS", text="x" * (TEXT_MAX + 1), kind=COMMAND,
                        payload={**cmd, "text": "x" * (TEXT_MAX + 1)})
    assert long.text is None and "text" not in (long.payload or {}) and (long.payload or {})["trigger_id"] == "tr.1"
    b.store(long, timeout=10)
    assert next(r for r in b.mine() if r.id == long.id).payload == long.payload
