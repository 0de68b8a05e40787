"""The Slack front end with the stored inbox (bot/state/inbox.py), in one process on a SQLite file:
the real HTTP server and bolt app, the fake Slack, a fake pipeline (the engine-level proof is
tests/test_ha_inbox.py).

- an acked event is in the inbox (its text kept) while it waits or runs, and gone when done;
- a duplicate delivery's row is dropped;
- rows of a dead replica: a queued one runs once here (the same request id), a started one is
  not run — its asker is told in the thread; a row too old is not run either;
- a row written but never taken by a listener is deleted by the sweep;
- slash commands and clicks (Confirm/Cancel, "which one?" choices) too (issue 13, migration
  0003): stored before the ack with their payload, gone when done; a dead replica's queued
  command / click runs here once and is answered through its response_url / chat.update, a
  started one is reported through its response_url and not run.
"""
from __future__ import annotations

import json
import threading
import time

import pytest
from slack_fake import FakeSlack, block_action, command, mention
from slack_harness import FakePipeline, Harness

from bot.model import Reply
from bot.state.backend import as_database
from bot.state.inbox import ACTION, COMMAND, Inbox, InboxRow


@pytest.fixture
def fake():
    f = FakeSlack().start()
    yield f
    f.stop()


@pytest.fixture
def gate():
    return threading.Event()


@pytest.fixture
def pipe(gate):
    def slow(request, progress):
        gate.wait(20)
        return Reply("en", "done", "Restarted web.", cli=("docker restart web",))
    return FakePipeline(script={"restart web": slow})


@pytest.fixture
def state(tmp_path):
    return str(tmp_path / "state.db")


@pytest.fixture
def h(fake, pipe, state, gate):
    harness = Harness.start(pipe, fake=fake, inbox=state, workers=1)
    yield harness
    gate.set()
    harness.stop()


def rows(state: str) -> list[dict]:
    with as_database(state).tx() as tx:
        return tx.all("SELECT * FROM inbox ORDER BY received")


def wait_for(cond, timeout: float = 15.0, what: str = ""):
    deadline = time.monotonic() + timeout
    while not (got := cond()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)
    return got


def test_an_acked_event_is_stored_until_done(h, pipe, state, gate):
    first, second = mention("restart web"), mention("restart web")
    assert h.post_event(first) == 200
    assert h.post_event(second) == 200
    got = rows(state)  # both written before their 200 came back
    assert [r["event_id"] for r in got] == [first["event_id"], second["event_id"]]
    assert all(r["text"].endswith("restart web") and r["user"] == "U0ALICE" for r in got)
    pipe.wait(1)
    wait_for(lambda: [r["status"] for r in rows(state)] == ["started", "queued"], what="one started, one queued")
    gate.set()
    h.idle()
    assert rows(state) == []


def test_a_duplicate_delivery_leaves_no_row(h, pipe, state, gate):
    env = mention("ps")
    gate.set()
    assert h.post_event(env) == 200
    assert h.post_event(env, retry=1) == 200
    h.idle()
    wait_for(lambda: rows(state) == [], what="the inbox empty")
    assert len(pipe.requests) == 1


def dead_rows(state: str, *specs: tuple[str, float]) -> list[InboxRow]:
    """Rows left by a replica that died (its lease already ran out): (status, age in s) each."""
    dead = Inbox(as_database(state), ttl=1.0)
    dead.heartbeat()
    made = []
    for status, age in specs:
        ts = f"{time.time() - age:.6f}"
        row = InboxRow.new(dead.owner, user="U0ALICE", channel="C0OPS", text="<@UGORAEBOT> restart web",
                           thread_ts=ts, event_id=f"Ev{len(made)}{int(time.time() * 1000)}", team="T0GORAE",
                           meta={"kind": "mention", "ts": ts, "team_id": "T0GORAE"})
        row.status, row.received = status, time.time() - age
        dead.store(row, timeout=10)
        made.append(row)
    dead.close(release=False)  # kill -9: nothing released
    time.sleep(1.2)
    return made


def test_a_dead_replicas_queued_row_runs_here_once_and_a_started_one_is_reported(h, fake, pipe, state, gate):
    queued, started, stale = dead_rows(state, ("queued", 1), ("started", 1), ("queued", 3600))
    gate.set()
    assert h.frontend.inbox is not None
    h.frontend.inbox.watch(h.frontend.recover, every=0.2)
    [req] = pipe.wait(1)
    assert (req.request_id, req.actor.user, req.channel) == (queued.event_id, "U0ALICE", "C0OPS")
    wait_for(lambda: rows(state) == [], what="every taken-over row done")
    h.idle()
    assert len(pipe.requests) == 1  # the started one and the stale one are not run
    told = " ".join(str(m.get("text")) for m in fake.thread("C0OPS", str(started.thread_ts)))
    assert "stopped while working on this request" in told and "<@U0ALICE>" in told
    told = " ".join(str(m.get("text")) for m in fake.thread("C0OPS", str(stale.thread_ts)))
    assert "nothing was run" in told


def test_a_row_no_listener_took_is_swept(h, state):
    body = mention("restart web")
    fut = h.frontend.intake(json.dumps(body).encode())  # written, never dispatched
    assert fut is not None
    fut.result(10)
    assert len(rows(state)) == 1
    h.frontend.sweep_inbox(older=0)
    wait_for(lambda: rows(state) == [], what="the stray row deleted")


# --------------------------------------------------------------------------- commands and clicks


def test_a_slash_command_and_clicks_are_stored_before_the_ack_until_done(h, fake, pipe, state, gate):
    assert h.post_event(mention("restart web")) == 200  # the one worker is busy with this
    pipe.wait(1)
    cmd = command("ps", response_url=fake.webhook("cmd"))
    assert h.post_form(cmd)[0] == 200
    click = block_action("gorae_confirm", "pend-1", response_url=fake.webhook("click"))
    assert h.post_action(click)[0] == 200
    choice = block_action("gorae_choice_0", "restart web", block_id="gorae_choice_en",
                          message={"type": "message", "ts": "1700000100.000777", "text": "which one?", "blocks": []})
    assert h.post_action(choice)[0] == 200
    got = rows(state)  # written before each 200 came back
    assert [(r["kind"], r["status"]) for r in got] == [("event", "started"), (COMMAND, "queued"),
                                                      (ACTION, "queued"), (ACTION, "queued")]
    stored = json.loads(got[1]["payload"])
    assert (stored["text"], stored["response_url"], stored["trigger_id"]) == ("ps", cmd["response_url"],
                                                                               cmd["trigger_id"])
    assert "token" not in stored  # the verification token is not kept
    assert got[1]["text"] == "ps" and got[1]["user"] == "U0ALICE" and got[1]["channel"] == "C0OPS"
    assert json.loads(got[2]["payload"])["actions"][0]["value"] == "pend-1" and got[2]["text"] == "pend-1"
    gate.set()
    h.idle()
    assert rows(state) == []
    assert [r.request_id for r in pipe.requests][1:] == [cmd["trigger_id"], pipe.requests[2].request_id]
    assert pipe.requests[2].text == "restart web"  # the choice, run as a request
    assert [(p, a.user, yes) for p, a, _, yes in pipe.confirms] == [("pend-1", "U0ALICE", True)]


def dead_payload_rows(state: str, *specs: tuple[str, str, dict]) -> list[InboxRow]:
    """Rows of slash commands / clicks left by a replica that died: (kind, status, payload) each."""
    dead = Inbox(as_database(state), ttl=1.0)
    dead.heartbeat()
    made = []
    for kind, status, payload in specs:
        if kind == COMMAND:
            user, channel, text = payload["user_id"], payload["channel_id"], payload["text"]
        else:
            user, channel, text = payload["user"]["id"], payload["channel"]["id"], payload["actions"][0]["value"]
        row = InboxRow.new(dead.owner, user=user, channel=channel, text=text, event_id=payload["trigger_id"],
                           kind=kind, payload=payload)
        row.status = status
        dead.store(row, timeout=10)
        made.append(row)
    dead.close(release=False)  # kill -9: nothing released
    time.sleep(1.2)
    return made


def test_a_dead_replicas_queued_command_and_click_run_here_once_through_their_response_url(
        h, fake, pipe, state, gate):
    fake.fail("chat.postMessage", error="not_in_channel", times=20)  # gorae is not in that channel
    cmd = command("ps", response_url=fake.webhook("cmd"))
    msg = {"type": "message", "ts": "1700000100.000555", "text": "Remove web?", "blocks": []}
    click = block_action("gorae_confirm", "pend-2", message=msg, response_url=fake.webhook("click"))
    started_cmd = command("restart web", response_url=fake.webhook("started"))
    dead_payload_rows(state, (COMMAND, "queued", cmd), (ACTION, "queued", click), (COMMAND, "started", started_cmd))
    gate.set()
    assert h.frontend.inbox is not None
    h.frontend.inbox.watch(h.frontend.recover, every=0.2)
    [req] = pipe.wait(1)
    assert (req.request_id, req.text, req.actor.user) == (cmd["trigger_id"], "ps", "U0ALICE")
    wait_for(lambda: rows(state) == [], what="every taken-over row done")
    h.idle()
    assert len(pipe.requests) == 1  # the started command is not run again
    assert [(p, yes) for p, _, _, yes in pipe.confirms] == [("pend-2", True)]

    said = {name: " ".join(json.dumps(c.params, ensure_ascii=False) for c in fake.hook_calls(name))
            for name in ("cmd", "started")}
    assert "docker ps" in said.get("cmd", "")  # the command's answer, through its response_url
    assert "stopped while working on this request" in said.get("started", "")
    assert "Listed containers" not in said.get("started", "")
    updates = [c.params for c in fake.ok_calls("chat.update") if c.params.get("ts") == msg["ts"]]
    assert any("docker rm web" in json.dumps(u) for u in updates), updates  # the click's result, in place

