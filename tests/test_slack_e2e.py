"""Slack end to end: signed HTTP requests -> the real bolt app -> the real pipeline and
policy -> the real Docker engine -> the fake Slack Web API. Checked by inspecting the engine."""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest
from slack_fake import FakeSlack, block_action, command, mention
from slack_harness import Harness

from bot.pipeline import Gorae
from bot.policy.check import load_authorizer
from bot.state.audit import AuditLog
from bot.state.pending import MemoryPending

pytestmark = pytest.mark.docker

POLICY = Path(__file__).parent / "data" / "slack-policy.yaml"  # U0ALICE: operator in #ops (C0OPS)


@pytest.fixture
def fake():
    f = FakeSlack().start()
    yield f
    f.stop()


@pytest.fixture
def gorae(docker_client, world, tmp_path):
    g = Gorae(authorizer=load_authorizer(str(POLICY)), audit=AuditLog(str(tmp_path / "audit.db")),
              pending=MemoryPending())
    g._client = docker_client
    return g


@pytest.fixture
def h(gorae, fake, tmp_path):
    # These tests count a thread's messages: a restart slower than `slow_after` (a loaded CI
    # machine) would add the "working on it" placeholder's "finished" mention (deliver._mention).
    # The placeholder and the mention have their own test below (slow_after=0).
    harness = Harness.start(gorae, fake=fake, dedup_path=tmp_path / "dedup.sqlite", slow_after=120.0)
    yield harness
    harness.stop()


def started_at(client, name: str) -> str:
    return client.api.inspect_container(name)["State"]["StartedAt"]


def restarts(client, name: str, since: float) -> int:
    events = client.events(since=int(since) - 1, until=int(time.time()) + 1, decode=True,
                           filters={"type": "container", "container": name, "event": "restart"})
    return sum(1 for e in events if e["timeNano"] >= since * 1e9)


def blob(message) -> str:
    return json.dumps(message.get("blocks"), ensure_ascii=False) + message.get("text", "")


def test_korean_restart_from_a_mention_restarts_web(h, fake, docker_client):
    before = started_at(docker_client, "web")
    since = time.time()
    env = mention("web 재시작", user="U0ALICE", channel="C0OPS")
    assert h.post_event(env) == 200
    h.idle(60)
    assert started_at(docker_client, "web") != before
    assert docker_client.containers.get("web").status == "running"
    assert restarts(docker_client, "web", since) == 1
    (reply,) = fake.thread("C0OPS", env["event"]["ts"])
    assert "docker restart web" in blob(reply)
    assert "재시작" in reply["text"]  # answered in Korean


def test_three_deliveries_restart_once(h, fake, docker_client):
    since = time.time()
    env = mention("web 재시작", user="U0ALICE", channel="C0OPS")
    for retry in (None, 1, 2):
        assert h.post_event(env, retry=retry) == 200
    h.idle(60)
    assert restarts(docker_client, "web", since) == 1
    assert len(fake.thread("C0OPS", env["event"]["ts"])) == 1


def test_unknown_slack_user_is_denied_and_nothing_changes(h, fake, docker_client):
    before = started_at(docker_client, "web")
    env = mention("web 재시작", user="U0MALLORY", channel="C0OPS")
    h.post_event(env)
    h.idle(60)
    assert started_at(docker_client, "web") == before
    assert fake.ok_calls("chat.postMessage") == []
    (eph,) = fake.ok_calls("chat.postEphemeral")
    assert eph.params["user"] == "U0MALLORY"


def test_rate_limited_slack_does_not_lose_the_outcome(h, fake, docker_client):
    before = started_at(docker_client, "web")
    fake.fail("chat.postMessage", status=429, retry_after=1)
    fake.fail("chat.update", status=500)
    env = mention("restart web", user="U0ALICE", channel="C0OPS")
    h.post_event(env)
    h.idle(60)
    assert started_at(docker_client, "web") != before
    final = fake.thread("C0OPS", env["event"]["ts"])
    assert any("docker restart web" in blob(m) for m in final)


def test_slash_command_logs_in_a_code_block(h, fake, docker_client):
    status, _ = h.post_form(command("logs web", user="U0ALICE", channel="C0OPS", response_url=fake.webhook()))
    assert status == 200
    h.idle(60)
    (post,) = fake.ok_calls("chat.postMessage")
    msg = fake.messages("C0OPS")[post.response["ts"]]
    assert "docker logs web" in blob(msg)
    assert "```" in blob(msg)


def test_ps_is_an_aligned_table(h, fake, docker_client):
    env = mention("ps", user="U0ALICE", channel="C0OPS")
    h.post_event(env)
    h.idle(60)
    (reply,) = fake.thread("C0OPS", env["event"]["ts"])
    text = blob(reply)
    assert "docker ps" in text and "```" in text and "NAMES" in text
    if "web" not in text:  # a busy engine: the whole table is attached as a file
        fake.wait_for("files.completeUploadExternal")
        assert any(b"web" in raw for raw in fake.uploads.values())


def test_two_containers_need_a_confirmation_click(h, fake, docker_client):
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    env = mention("restart web and cache", user="U0ALICE", channel="C0OPS")
    h.post_event(env)
    h.idle(60)
    assert {n: started_at(docker_client, n) for n in before} == before  # nothing yet
    (q,) = fake.thread("C0OPS", env["event"]["ts"])
    actions = [b for b in q["blocks"] if b["type"] == "actions"][0]
    confirm = actions["elements"][0]
    assert confirm["action_id"] == "gorae_confirm"
    msg = {"type": "message", "ts": q["ts"], "text": q["text"], "blocks": q["blocks"],
           "thread_ts": env["event"]["ts"]}
    # someone else's click counts for nothing
    h.post_action(block_action("gorae_confirm", confirm["value"], user="U0MALLORY", message=msg,
                               block_id=actions["block_id"]))
    h.idle(60)
    assert {n: started_at(docker_client, n) for n in before} == before
    # the asker's click runs it, and the question shows who confirmed and what came of it
    h.post_action(block_action("gorae_confirm", confirm["value"], user="U0ALICE", message=msg,
                               block_id=actions["block_id"]))
    h.idle(60)
    after = {n: started_at(docker_client, n) for n in before}
    assert all(after[n] != before[n] for n in before)
    final = fake.messages("C0OPS")[q["ts"]]
    assert "Confirmed by <@U0ALICE>" in blob(final) and "docker restart web cache" in blob(final)
    assert not [b for b in final["blocks"] if b["type"] == "actions"]


def test_a_pull_says_working_then_shows_progress_and_the_result(gorae, fake, tmp_path, docker_client):
    from docker.errors import ImageNotFound

    try:
        docker_client.images.remove("hello-pull:latest", force=True)
    except ImageNotFound:
        pass
    h = Harness.start(gorae, fake=fake, dedup_path=tmp_path / "d.sqlite", slow_after=0.0)
    try:
        env = mention("hello-pull 이미지 받아줘", user="U0ALICE", channel="C0OPS")
        h.post_event(env)
        h.idle(120)
    finally:
        h.stop()
        try:
            docker_client.images.remove("hello-pull:latest", force=True)
        except ImageNotFound:
            pass
    post, done = fake.ok_calls("chat.postMessage")
    assert "처리 중" in post.params["text"]  # the placeholder, in the asker's language
    assert done.params["text"].startswith("<@U0ALICE>")  # then a mention: the edit notified nobody
    assert done.params["thread_ts"] == env["event"]["ts"]
    updates = fake.ok_calls("chat.update")
    assert len(updates) >= 2
    progress = [u.params["blocks"][-1]["text"]["text"] for u in updates[:-1] if len(u.params["blocks"]) > 1]
    assert any("hello-pull" in line for line in progress)  # layers and bytes, as the executor says them
    final = fake.messages("C0OPS")[post.response["ts"]]
    assert "docker pull hello-pull" in blob(final)


def test_a_dm_outside_the_granted_channel_is_refused_in_the_dm(h, fake, docker_client):
    from slack_fake import im

    before = started_at(docker_client, "web")
    env = im("restart web", user="U0ALICE", channel="D0ALICE")  # U0ALICE operates only in #ops
    h.post_event(env)
    h.idle(60)
    assert started_at(docker_client, "web") == before
    assert fake.ok_calls("chat.postEphemeral") == []  # a DM is private already
    (reply,) = fake.thread("D0ALICE", env["event"]["ts"])
    assert ":no_entry:" in blob(reply) and "docker restart web" in blob(reply)


class Counting:
    """The real pipeline, counting executions per request id."""

    def __init__(self, gorae):
        import threading
        from collections import Counter

        self.gorae = gorae
        self.runs: Counter[str] = Counter()
        self._lock = threading.Lock()

    def handle(self, request, *, progress=None):
        with self._lock:
            self.runs[request.request_id] += 1
        return self.gorae.handle(request, progress=progress)

    def confirm(self, *a, **k):
        return self.gorae.confirm(*a, **k)


def test_a_burst_of_200_mentions_is_acked_and_answered_once_each(gorae, fake, tmp_path, docker_client):
    """200 concurrent `ps` mentions through the real pipeline and engine: every one acked,
    executed exactly once (the audit log agrees) and answered in its thread."""
    import sqlite3
    import threading

    counting = Counting(gorae)
    h = Harness.start(counting, fake=fake, dedup_path=tmp_path / "burst.sqlite", workers=4)
    envs = [mention("ps", user="U0ALICE", channel="C0OPS") for _ in range(200)]
    statuses: list[int] = []
    lock = threading.Lock()

    def go(env):
        status = h.post_event(env)
        with lock:
            statuses.append(status)

    try:
        threads = [threading.Thread(target=go, args=(e,)) for e in envs]
        [t.start() for t in threads]
        [t.join() for t in threads]
        h.idle(300)
    finally:
        h.stop()
    assert statuses == [200] * 200
    assert sorted(counting.runs) == sorted(e["event_id"] for e in envs)
    assert set(counting.runs.values()) == {1}
    with sqlite3.connect(str(tmp_path / "audit.db")) as db:  # what ran, as the audit log says it
        rows = db.execute("SELECT request_id, outcome FROM requests").fetchall()
    assert Counter(r[0] for r in rows) == Counter(e["event_id"] for e in envs)
    assert {r[1] for r in rows} == {"ok"}
    messages = fake.messages("C0OPS")
    for env in envs:
        answers = [m for m in messages.values()
                   if m.get("thread_ts") == env["event"]["ts"] and "docker ps" in blob(m)]
        assert len(answers) == 1


# ----------------------------------------------------------------- the pipeline in worker processes
# What `gorae slack` runs: the acking process only acks, dedups and delivers; parse, plan,
# policy, audit and Docker run in child processes (bot/front/slack/procs.py) that share the pending
# questions, the rate limit and the audit log by file.


@pytest.fixture
def process_env(world, tmp_path, monkeypatch):
    monkeypatch.setenv("GORAE_AUDIT", str(tmp_path / "audit.db"))
    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path / "state"))
    return tmp_path


def processes(tmp_path, n: int, per_process: int = 2):
    from functools import partial

    from bot.front.slack.procs import ProcessPipeline, make_gorae

    p = ProcessPipeline(partial(make_gorae, str(POLICY), str(tmp_path / "dedup.sqlite")), processes=n,
                        per_process=per_process)
    p.wait_ready()
    return p


def test_in_worker_processes_a_korean_restart_restarts_web_once(process_env, fake, docker_client):
    procs = processes(process_env, 2)
    h = Harness.start(procs, fake=fake, dedup_path=process_env / "dedup.sqlite", workers=2)
    try:
        before = started_at(docker_client, "web")
        since = time.time()
        env = mention("web 재시작", user="U0ALICE", channel="C0OPS")
        for retry in (None, 1):
            assert h.post_event(env, retry=retry) == 200
        h.idle(60)
    finally:
        h.stop()
        procs.close()
    assert started_at(docker_client, "web") != before
    assert restarts(docker_client, "web", since) == 1
    answers = [m for m in fake.thread("C0OPS", env["event"]["ts"]) if "docker restart web" in blob(m)]
    assert len(answers) == 1 and "재시작" in answers[0]["text"]


def test_in_worker_processes_a_question_asked_in_one_process_is_confirmed_in_another(process_env, fake,
                                                                                      docker_client):
    """The pending question lives in SQLite: the click is answered by a process that never saw it."""
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    env = mention("restart web and cache", user="U0ALICE", channel="C0OPS")
    first = processes(process_env, 1)
    h = Harness.start(first, fake=fake, dedup_path=process_env / "dedup.sqlite", workers=1, slow_after=120.0)
    try:
        h.post_event(env)
        h.idle(60)
    finally:
        h.stop()
        first.close()
    (q,) = fake.thread("C0OPS", env["event"]["ts"])
    actions = [b for b in q["blocks"] if b["type"] == "actions"][0]
    confirm = actions["elements"][0]
    msg = {"type": "message", "ts": q["ts"], "text": q["text"], "blocks": q["blocks"],
           "thread_ts": env["event"]["ts"]}
    second = processes(process_env, 2, per_process=1)
    h = Harness.start(second, fake=fake, dedup_path=process_env / "dedup.sqlite", workers=2, slow_after=120.0)
    try:
        h.post_action(block_action("gorae_confirm", confirm["value"], user="U0MALLORY", message=msg,
                                   block_id=actions["block_id"]))
        h.idle(60)
        assert {n: started_at(docker_client, n) for n in before} == before  # a stranger's click: nothing
        h.post_action(block_action("gorae_confirm", confirm["value"], user="U0ALICE", message=msg,
                                   block_id=actions["block_id"]))
        h.idle(60)
    finally:
        h.stop()
        second.close()
    after = {n: started_at(docker_client, n) for n in before}
    assert all(after[n] != before[n] for n in before)
    final = fake.messages("C0OPS")[q["ts"]]
    assert "Confirmed by <@U0ALICE>" in blob(final) and "docker restart web cache" in blob(final)


def test_in_worker_processes_a_burst_of_200_is_acked_and_executed_once_each(process_env, fake,
                                                                           docker_client):
    import sqlite3
    import threading

    procs = processes(process_env, 2)
    counting = Counting(procs)
    h = Harness.start(counting, fake=fake, dedup_path=process_env / "dedup.sqlite", workers=4)
    envs = [mention("ps", user="U0ALICE", channel="C0OPS") for _ in range(200)]
    statuses: list[int] = []
    lock = threading.Lock()

    def go(env, retry=None):
        status = h.post_event(env, retry=retry)
        with lock:
            statuses.append(status)

    try:
        threads = [threading.Thread(target=go, args=(e,)) for e in envs]
        threads += [threading.Thread(target=go, args=(e, 1)) for e in envs[:20]]  # redeliveries
        [t.start() for t in threads]
        [t.join() for t in threads]
        h.idle(300)
    finally:
        h.stop()
        procs.close()
    assert statuses == [200] * 220
    assert sorted(counting.runs) == sorted(e["event_id"] for e in envs)
    assert set(counting.runs.values()) == {1}
    with sqlite3.connect(str(process_env / "audit.db")) as db:
        rows = db.execute("SELECT request_id, outcome FROM requests").fetchall()
    assert Counter(r[0] for r in rows) == Counter(e["event_id"] for e in envs)
    assert {r[1] for r in rows} == {"ok"}
    messages = fake.messages("C0OPS")
    for env in envs:
        answers = [m for m in messages.values()
                   if m.get("thread_ts") == env["event"]["ts"] and "docker ps" in blob(m)]
        assert len(answers) == 1


def test_gorae_slack_http_runs_the_pipeline_in_worker_processes(process_env, fake, docker_client):
    """The whole `gorae slack --http` process: a mention restarts web once (a redelivery too),
    the answer comes from a worker process (the acking process has child processes that did
    the work), and SIGTERM stops it with exit code 0 and no child left behind."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import urllib.request

    from slack_fake import sign
    from slack_harness import SECRET

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.url, "GORAE_SLACK_WORKERS": "2"}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "slack", "--http", str(port), "--host", "127.0.0.1",
                             "--policy", str(POLICY), "--state", str(process_env / "state" / "dedup.sqlite")],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "gorae slack did not start"
                time.sleep(0.2)
        children = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        assert children, "no worker process"
        # /healthz said ok only once every worker had loaded Kiwi: a mention now waits for no start-up
        workers = [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
        assert len(workers) == 1, children  # GORAE_SLACK_WORKERS=2: one process of two threads
        assert all("_kiwipiepy" in Path(f"/proc/{c}/maps").read_text() for c in workers)
        before = started_at(docker_client, "web")
        since = time.time()
        ev = mention("web 재시작", user="U0ALICE", channel="C0OPS")
        body = json.dumps(ev)
        for retry in (None, 1):
            headers = {"Content-Type": "application/json", **sign(SECRET, body)}
            if retry:
                headers.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
            req = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                                         headers=headers, method="POST")
            with urllib.request.urlopen(req, timeout=10) as resp:
                assert resp.status == 200
        deadline = time.monotonic() + 90
        while not [m for m in fake.thread("C0OPS", ev["event"]["ts"]) if "docker restart web" in blob(m)]:
            assert time.monotonic() < deadline, "no answer"
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert started_at(docker_client, "web") != before
    assert restarts(docker_client, "web", since) == 1
    for child in children:
        assert not Path(f"/proc/{child}").exists() or "zombie" in Path(f"/proc/{child}/status").read_text()
