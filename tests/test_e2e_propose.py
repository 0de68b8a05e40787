"""Sequences and proposals on the real engine, checked by inspecting the engine afterwards.

The parser's two new answers (a `Sequence`, a `NotUnderstood` with a `proposal`) are
constructed here and handed to the real pipeline (the parse stage is replaced by a
table); planning, policy, pending store, executor and audit are the real ones, against
the shared dockerd. Containers are scratch ones made (and removed) by each test.
Front ends: the pipeline itself, `gorae shell` on a real terminal (tmux), and Slack
through the fake Web API with the real bolt app.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from bot import pipeline as pipeline_mod
from bot.model import Actor, Kill, Msg, NotUnderstood, Remove, Request, Sequence, Stop
from bot.pipeline import Gorae
from bot.policy.check import load_authorizer
from bot.state.audit import AuditLog
from bot.state.pending import MemoryPending

pytestmark = pytest.mark.docker

ROOT = Path(__file__).resolve().parent.parent
IDLE = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]
ME = Actor("local:me", local=True)
SLACK_POLICY = Path(__file__).parent / "data" / "slack-policy.yaml"  # U0ALICE operates in #ops


def scratch(docker_client: Any, cleanup: Any, *, running: bool = True) -> str:
    name = "gp-" + uuid.uuid4().hex[:8]
    cid = docker_client.api.create_container("alpine", IDLE, name=name)["Id"]
    cleanup.container(cid)
    if running:
        docker_client.api.start(cid)
    return name


def state(docker_client: Any, name: str) -> dict | None:
    """The container's State, or None when the engine has no such container."""
    from docker.errors import NotFound

    try:
        return docker_client.api.inspect_container(name)["State"]
    except NotFound:
        return None


def partial(text: str, proposal: Any, *unread: str) -> NotUnderstood:
    return NotUnderstood(text, "en", Msg.of("parse.unknown_word", word=unread[0]), proposal=proposal,
                         unread=tuple(unread))


@pytest.fixture
def parsed(monkeypatch):
    table: dict[str, Any] = {}
    real = pipeline_mod.parse
    monkeypatch.setattr(pipeline_mod, "parse", lambda t, **kw: table[t] if t in table else real(t, **kw))
    return table


@pytest.fixture
def gorae(docker_client, world, tmp_path):
    g = Gorae(authorizer=load_authorizer(None), audit=AuditLog(str(tmp_path / "audit.db")),
              pending=MemoryPending())
    g._client = docker_client
    return g


def ask(g: Gorae, text: str, actor: Actor = ME, channel: str = "terminal"):
    return g.handle(Request(text, actor, channel, source="shell"))


# --------------------------------------------------------------------------- sequences


def test_stop_then_remove_runs_both_in_order(gorae, parsed, docker_client, cleanup):
    name = scratch(docker_client, cleanup)
    parsed[f"stop {name} then remove it"] = Sequence(steps=(Stop(targets=(name,)), Remove(targets=(name,))))
    q = ask(gorae, f"stop {name} then remove it")
    assert q.status == "confirm" and q.cli == (f"docker stop {name}", f"docker rm {name}")
    assert state(docker_client, name)["Running"]  # nothing before the yes
    done = gorae.confirm(q.pending, ME, "terminal")
    assert done.status == "done", done
    assert state(docker_client, name) is None  # stopped, then removed: gone
    (row,) = gorae.audit.query()
    assert row["outcome"] == "ok" and row["cli"] == [f"docker stop {name}", f"docker rm {name}"]


def test_a_failing_first_step_leaves_the_second_unrun(gorae, parsed, docker_client, cleanup):
    name = scratch(docker_client, cleanup, running=False)  # created, not running: kill fails
    parsed[f"kill {name} then remove it"] = Sequence(steps=(Kill(targets=(name,)), Remove(targets=(name,))))
    q = ask(gorae, f"kill {name} then remove it")
    r = gorae.confirm(q.pending, ME, "terminal")
    assert r.status == "failed" and r.headline.startswith(f"Step 1 of 2 (`docker kill {name}`) failed")
    assert f"Steps not run: 2 (`docker rm {name}`)" in r.notes
    st = state(docker_client, name)
    assert st is not None and st["Status"] == "created"  # the rm never ran
    assert gorae.audit.query()[0]["outcome"] == "failed"


# --------------------------------------------------------------------------- proposals


def test_an_accepted_proposal_stops_the_container(gorae, parsed, docker_client, cleanup):
    name = scratch(docker_client, cleanup)
    parsed[f"stop {name} xyz"] = partial(f"stop {name} xyz", Stop(targets=(name,)), "xyz")
    q = ask(gorae, f"stop {name} xyz")
    assert q.proposal and q.headline == f"`docker stop {name}` — I did not read `xyz`. Run it?"
    assert state(docker_client, name)["Running"]
    done = gorae.confirm(q.pending, ME, "terminal")
    assert done.status == "done" and not state(docker_client, name)["Running"]


def test_refused_foreign_or_late_answers_change_nothing(gorae, parsed, docker_client, cleanup):
    name = scratch(docker_client, cleanup)
    started = state(docker_client, name)["StartedAt"]
    text = f"stop {name} xyz"
    parsed[text] = partial(text, Stop(targets=(name,)), "xyz")
    q = ask(gorae, text)
    assert gorae.confirm(q.pending, Actor("local:mallory", local=True), "terminal").status == "denied"
    assert gorae.confirm(q.pending, ME, "C0ELSEWHERE").status == "denied"
    assert gorae.confirm(q.pending, ME, "terminal", yes=False).status == "info"  # refused
    now = [time.time()]
    gorae.clock = lambda: now[0]
    late = ask(gorae, text)
    now[0] += 3600
    assert gorae.confirm(late.pending, ME, "terminal").headline.startswith("The confirmation timed out")
    st = state(docker_client, name)
    assert st["Running"] and st["StartedAt"] == started
    assert [r["outcome"] for r in gorae.audit.query()] == ["expired", "cancelled"]


# --------------------------------------------------------------------------- gorae shell on a terminal


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def _screen_until(session: str, needle: str, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session)
        if needle in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never appeared; screen:\n{screen}")


DRIVER = """
import json, os, sys
sys.path.insert(0, {root!r})
from bot import pipeline
from bot.model import Msg, NotUnderstood, Stop
table = json.loads(os.environ["GP_TABLE"])
real = pipeline.parse
def parse(text):
    if text in table:
        name, word = table[text]
        return NotUnderstood(text, "en", Msg.of("parse.unknown_word", word=word),
                             proposal=Stop(targets=(name,)), unread=(word,))
    return real(text)
pipeline.parse = parse
from bot.front import shell
raise SystemExit(shell.main())
"""


@pytest.mark.skipif(shutil.which("tmux") is None and os.environ.get("CI") != "true", reason="tmux not installed")
def test_shell_on_a_terminal_asks_y_n(docker_client, world, cleanup, tmp_path):
    yes_name, no_name = scratch(docker_client, cleanup), scratch(docker_client, cleanup)
    table = {f"stop {yes_name} xyz": [yes_name, "xyz"], f"stop {no_name} qq": [no_name, "qq"]}
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER.format(root=str(ROOT)))
    session = "gp-" + uuid.uuid4().hex[:8]
    env = {"GP_TABLE": json.dumps(table), "XDG_STATE_HOME": str(tmp_path), "GORAE_AUDIT": str(tmp_path / "a.db"),
           "NO_COLOR": "1", "GORAE_LANG": "en", "LANG": "C.UTF-8"}
    cmd = " ".join(f"{k}={subprocess.list2cmdline([v])}" for k, v in env.items())
    _tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50",
          f"env {cmd} {sys.executable} {driver}; sleep 30")
    try:
        _screen_until(session, "gorae>")
        _tmux("send-keys", "-t", session, "-l", f"stop {no_name} qq")
        _tmux("send-keys", "-t", session, "Enter")
        _screen_until(session, "I did not read `qq`. Run it?")
        _screen_until(session, "[y/N]")
        _tmux("send-keys", "-t", session, "-l", "n")
        _tmux("send-keys", "-t", session, "Enter")
        _screen_until(session, "Cancelled; nothing was run.")
        _tmux("send-keys", "-t", session, "-l", f"stop {yes_name} xyz")
        _tmux("send-keys", "-t", session, "Enter")
        _screen_until(session, "I did not read `xyz`. Run it?")
        _tmux("send-keys", "-t", session, "-l", "y")
        _tmux("send-keys", "-t", session, "Enter")
        _screen_until(session, f"Stopped {yes_name}.")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    assert not state(docker_client, yes_name)["Running"]
    assert state(docker_client, no_name)["Running"]


# --------------------------------------------------------------------------- Slack (fake Web API)


def test_slack_question_with_buttons_only_the_asker_runs_it(parsed, docker_client, world, cleanup, tmp_path):
    from slack_fake import FakeSlack, block_action, mention
    from slack_harness import Harness

    name = scratch(docker_client, cleanup)
    text = f"stop {name} pls-xq"
    parsed[text] = partial(text, Stop(targets=(name,)), "pls-xq")
    g = Gorae(authorizer=load_authorizer(str(SLACK_POLICY)), audit=AuditLog(str(tmp_path / "audit.db")),
              pending=MemoryPending())
    g._client = docker_client
    fake = FakeSlack().start()
    h = Harness.start(g, fake=fake, dedup_path=tmp_path / "dedup.sqlite")
    try:
        env = mention(text, user="U0ALICE", channel="C0OPS")
        h.post_event(env)
        h.idle(60)
        (q,) = fake.thread("C0OPS", env["event"]["ts"])
        blob = json.dumps(q["blocks"], ensure_ascii=False)
        assert f"`docker stop {name}` — I did not read `pls-xq`. Run it?" in blob
        actions = [b for b in q["blocks"] if b["type"] == "actions"][0]
        ok, cancel = actions["elements"]
        assert (ok["action_id"], cancel["action_id"]) == ("gorae_confirm", "gorae_cancel")
        assert state(docker_client, name)["Running"]
        msg = {"type": "message", "ts": q["ts"], "text": q["text"], "blocks": q["blocks"],
               "thread_ts": env["event"]["ts"]}
        h.post_action(block_action("gorae_confirm", ok["value"], user="U0MALLORY", message=msg,
                                   block_id=actions["block_id"]))
        h.idle(60)
        assert state(docker_client, name)["Running"]  # someone else's yes is no yes
        h.post_action(block_action("gorae_confirm", ok["value"], user="U0ALICE", message=msg,
                                   block_id=actions["block_id"]))
        h.idle(60)
        assert not state(docker_client, name)["Running"]
        final = json.dumps(fake.messages("C0OPS")[q["ts"]], ensure_ascii=False)
        assert "Confirmed by <@U0ALICE>" in final and f"Stopped {name}." in final
    finally:
        h.stop()
        fake.stop()
    (row,) = g.audit.query()
    assert (row["outcome"], row["confirmed_by"], row["user"]) == ("ok", "U0ALICE", "U0ALICE")
    assert row["rule"].startswith("proposal, then ") and "pls-xq" in row["reason"]
