"""On-call alerts end to end: the real engine's events -> the watcher -> the fake Slack Web API,
and the alert's buttons -> the real bolt app -> the pipeline and policy -> the real engine.

Every container here is named al-*, labelled gorae.test=alerts and removed afterwards;
the fixture world (web, cache, db, ...) is never touched. Run under the e2e lock:
    flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_alerts_e2e.py
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from slack_fake import FakeSlack, block_action
from slack_harness import Harness

from bot.front.slack.alerts import start as start_alerts
from bot.pipeline import Gorae
from bot.policy.check import load_authorizer
from bot.state.audit import AuditLog
from bot.state.pending import MemoryPending

pytestmark = pytest.mark.docker

POLICY = Path(__file__).parent / "data" / "alerts-policy.yaml"
LABELS = {"gorae.test": "alerts"}
FOREVER = 'trap "exit 0" TERM; while :; do sleep 0.2; done'


@pytest.fixture
def fake():
    f = FakeSlack().start()
    yield f
    f.stop()


@pytest.fixture
def gorae(docker_client, tmp_path):
    g = Gorae(authorizer=load_authorizer(str(POLICY)), audit=AuditLog(str(tmp_path / "audit.db")),
              pending=MemoryPending())
    g._client = docker_client
    return g


@pytest.fixture
def h(gorae, fake, tmp_path):
    harness = Harness.start(gorae, fake=fake, dedup_path=tmp_path / "dedup.sqlite")
    yield harness
    harness.stop()


class Services:
    """Start/stop the alert service the way `gorae slack` does (a fresh docker client each)."""

    def __init__(self, h: Harness, gorae: Gorae, tmp_path: Path) -> None:
        self.h, self.gorae, self.path = h, gorae, str(tmp_path / "alerts.sqlite")
        self.running: list[Any] = []

    def start(self, base_url: str | None = None) -> Any:
        import docker

        client = docker.DockerClient(base_url=base_url, timeout=60) if base_url else docker.from_env(timeout=60)
        svc = start_alerts(self.h.app, self.h.frontend, self.h.frontend.client, self.gorae,
                           docker=client, store_path=self.path)
        assert svc is not None
        assert svc.watcher.connected.wait(60), "the watcher did not connect to the engine"
        self.running.append((svc, client))
        return svc

    def stop(self, svc: Any) -> None:
        for i, (s, client) in enumerate(self.running):
            if s is svc:
                s.stop()
                client.close()
                del self.running[i]
                return


@pytest.fixture
def alerts(h, gorae, tmp_path):
    s = Services(h, gorae, tmp_path)
    s.start()
    yield s
    for svc, _ in list(s.running):
        s.stop(svc)


@pytest.fixture
def run(docker_client, cleanup):
    def _run(name: str, cmd: str, **kw: Any) -> Any:
        try:
            docker_client.api.remove_container(name, force=True)
        except Exception:
            pass
        c = docker_client.containers.run("busybox", ["sh", "-c", cmd], name=name, detach=True, labels=LABELS, **kw)
        cleanup.container(c.id)
        return c
    return _run


def blob(m: dict) -> str:
    return json.dumps(m.get("blocks"), ensure_ascii=False) + m.get("text", "")


def top_level(fake: FakeSlack, name: str) -> list[dict]:
    """The alert messages (not thread replies) about container `name`, as they stand now."""
    return [m for m in fake.messages("C0OPS").values() if not m.get("thread_ts") and f"*{name}*" in blob(m)]


def shown_count(m: dict) -> int:
    """The count of an alert message's counter line ("N times · last at ..."), 0 when it has none."""
    found = re.search(r"(\d+) times · last at", blob(m))
    return int(found.group(1)) if found else 0


def wait_until(cond: Any, timeout: float = 30.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        got = cond()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or cond}")
        time.sleep(0.1)


def alert_of(fake: FakeSlack, name: str, timeout: float = 30.0) -> dict:
    (m,) = wait_until(lambda: top_level(fake, name), timeout, f"an alert about {name}")
    return m


def button(m: dict, action: str) -> tuple[str, str]:
    actions = [b for b in m["blocks"] if b["type"] == "actions"][0]
    (el,) = [e for e in actions["elements"] if e["action_id"] == f"gorae_alert_{action}"]
    return el["value"], actions["block_id"]


def started_at(client: Any, name: str) -> str:
    return client.api.inspect_container(name)["State"]["StartedAt"]


def restarts(client: Any, name: str, since: float) -> int:
    events = client.events(since=int(since) - 1, until=int(time.time()) + 1, decode=True,
                           filters={"type": "container", "container": name, "event": "restart"})
    return sum(1 for e in events if e["timeNano"] >= since * 1e9)


# --------------------------------------------------------------------------- what is alerted


def test_exit_3_is_one_alert_with_its_code_and_last_line_and_a_person_stop_is_none(alerts, fake, run, docker_client):
    run("al-exit3", "echo starting; echo DB_PASSWORD=hunter2; echo the last line before dying; exit 3")
    quiet = run("al-stopped", FOREVER)
    m = alert_of(fake, "al-exit3")
    text = blob(m)
    assert "exit code 3" in text and "the last line before dying" in text
    assert "hunter2" not in text and "DB_PASSWORD=***" in text  # logs are redacted like every reply
    assert "docker logs --tail 100 al-exit3" in text and "busybox" in text
    assert "<!subteam^" in m["text"] or "@oncall" in m["text"]  # the route's mention
    quiet.stop(timeout=5)  # a person stops it: kill -> die -> stop
    run("al-marker", "exit 4")  # events come in order: once this is alerted, the stop was read
    alert_of(fake, "al-marker")
    assert top_level(fake, "al-stopped") == []
    assert len(top_level(fake, "al-exit3")) == 1


def test_oom_kill_past_a_memory_limit_is_an_oom_alert(alerts, fake, run, docker_client):
    run("al-oom", "tail /dev/zero", mem_limit="16m", memswap_limit="16m")  # tail keeps the whole line in memory
    m = alert_of(fake, "al-oom")
    assert docker_client.api.inspect_container("al-oom")["State"]["OOMKilled"] is True
    text = blob(m)
    assert "out of memory" in text
    final = wait_until(lambda: "137" in blob(top_level(fake, "al-oom")[0]) and top_level(fake, "al-oom")[0], 10,
                       "the exit code on the OOM alert")
    assert "OOMKilled" in blob(final)
    assert top_level(fake, "al-oom") and all("died with" not in blob(x) for x in top_level(fake, "al-oom"))


def test_failing_healthcheck_is_an_unhealthy_alert_with_its_output(alerts, fake, run):
    run("al-sick", FOREVER, healthcheck={"test": ["CMD-SHELL", "echo check failed: db down; exit 1"],
                                         "interval": 300_000_000, "retries": 1})
    m = alert_of(fake, "al-sick")
    assert "unhealthy" in blob(m) and "check failed: db down" in blob(m)


def test_restart_always_loop_is_one_alert_whose_count_rises_then_recovers(alerts, fake, run, tmp_path):
    flag = tmp_path / "flag"
    flag.mkdir()
    run("al-loop", f"if [ -e /t/ok ]; then {FOREVER}; fi; echo failing again; exit 1",
        restart_policy={"Name": "always"}, volumes={str(flag): {"bind": "/t", "mode": "ro"}})
    # Updates of one message are merged (at most one a second), so the count shown may go 3 -> 5:
    # wait for a count of at least 4, never for the text "4 times" exactly (CI once timed out so).
    wait_until(lambda: [m for m in top_level(fake, "al-loop") if "restart loop" in blob(m)
                        and shown_count(m) >= 4], 40, "a restart-loop alert counting at least 4 exits")
    (flag / "ok").write_text("fixed")
    final = wait_until(lambda: [m for m in top_level(fake, "al-loop") if "Recovered after" in blob(m)], 40,
                       "the recovery")[0]
    assert len(top_level(fake, "al-loop")) == 1  # one message, updated; repeats went to its thread
    assert not [b for b in final["blocks"] if b["type"] == "actions"]
    replies = fake.thread("C0OPS", final["ts"])
    assert replies and all("Happened again" in r["text"] for r in replies)


# --------------------------------------------------------------------------- nothing lost, nothing twice


def test_restart_of_gorae_between_event_and_alert_alerts_once(h, gorae, fake, run, tmp_path):
    s = Services(h, gorae, tmp_path)
    first = s.start()
    fake.fail("chat.postMessage", times=10_000, error="fatal_error")  # Slack refuses: nothing is delivered
    run("al-crash", "echo crashed; exit 5")
    wait_until(lambda: fake.of("chat.postMessage"), 60, "an attempt to post")
    s.stop(first)  # gorae goes down with the alert undelivered
    fake.failures.clear()
    run("al-while-down", "exit 6")  # happens while gorae is down
    time.sleep(0.5)
    second = s.start()
    alert_of(fake, "al-crash")
    alert_of(fake, "al-while-down")
    s.stop(second)
    s.start()  # and once more: nothing is posted twice
    run("al-after", "exit 7")
    alert_of(fake, "al-after")
    assert len(top_level(fake, "al-crash")) == 1 and len(top_level(fake, "al-while-down")) == 1
    for svc, _ in list(s.running):
        s.stop(svc)


# --------------------------------------------------------------------------- the buttons


def click(h: Harness, m: dict, action: str, user: str) -> None:
    value, block_id = button(m, action)
    msg = {"type": "message", "ts": m["ts"], "text": m["text"], "blocks": m["blocks"]}
    status, _ = h.post_action(block_action(f"gorae_alert_{action}", value, user=user, message=msg,
                                           block_id=block_id))
    assert status == 200
    h.idle(60)


def test_restart_button_by_an_operator_restarts_once_and_audit_names_the_clicker(h, alerts, gorae, fake, run,
                                                                                docker_client):
    run("al-btn", "echo about to fail; exit 2")
    m = alert_of(fake, "al-btn")
    before = started_at(docker_client, "al-btn")
    since = time.time()
    click(h, m, "restart", "U0ALICE")
    assert started_at(docker_client, "al-btn") != before
    assert restarts(docker_client, "al-btn", since) == 1
    reply = wait_until(lambda: [x for x in fake.thread("C0OPS", m["ts"]) if "docker restart al-btn" in blob(x)],
                       20, "the restart's answer in the alert's thread")
    assert reply
    rows = gorae.audit.query(user="U0ALICE", verb="restart")
    assert rows and rows[0]["user"] == "U0ALICE" and "al-btn" in json.dumps(rows[0])
    assert rows[0]["outcome"] in ("ok", "done")


def test_restart_button_by_a_viewer_is_refused_privately_and_nothing_changes(h, alerts, fake, run, docker_client):
    run("al-view", "exit 2")
    m = alert_of(fake, "al-view")
    before = started_at(docker_client, "al-view")
    since = time.time()
    posts_before = len(fake.ok_calls("chat.postMessage"))
    click(h, m, "restart", "U0VIEWER")
    assert started_at(docker_client, "al-view") == before
    assert restarts(docker_client, "al-view", since) == 0
    (eph,) = [c for c in fake.ok_calls("chat.postEphemeral") if c.params.get("user") == "U0VIEWER"]
    assert "docker restart al-view" in json.dumps(eph.params.get("blocks"))
    assert len(fake.ok_calls("chat.postMessage")) == posts_before  # nothing said in the channel


def test_restart_button_on_a_confirm_container_asks_first(h, alerts, fake, run, docker_client):
    run("al-confirm-db", "exit 9")
    m = alert_of(fake, "al-confirm-db")
    before = started_at(docker_client, "al-confirm-db")
    since = time.time()
    click(h, m, "restart", "U0ALICE")
    assert started_at(docker_client, "al-confirm-db") == before  # nothing yet: a question
    q = wait_until(lambda: [x for x in fake.thread("C0OPS", m["ts"])
                            if any(b["type"] == "actions" for b in x.get("blocks") or [])], 20, "the question")[0]
    actions = [b for b in q["blocks"] if b["type"] == "actions"][0]
    confirm = actions["elements"][0]
    assert confirm["action_id"] == "gorae_confirm"
    msg = {"type": "message", "ts": q["ts"], "text": q["text"], "blocks": q["blocks"], "thread_ts": m["ts"]}
    h.post_action(block_action("gorae_confirm", confirm["value"], user="U0ALICE", message=msg,
                               block_id=actions["block_id"]))
    h.idle(60)
    assert started_at(docker_client, "al-confirm-db") != before
    assert restarts(docker_client, "al-confirm-db", since) == 1


def test_logs_inspect_silence_and_on_it_buttons(h, alerts, gorae, fake, run):
    run("al-quiet", "echo a line for the logs button; exit 3")
    m = alert_of(fake, "al-quiet")
    click(h, m, "logs", "U0VIEWER")  # reading is what a viewer may do
    wait_until(lambda: [x for x in fake.thread("C0OPS", m["ts"]) if "docker logs --tail 100 al-quiet" in blob(x)
                        and "a line for the logs button" in blob(x)], 20, "the logs in the alert's thread")
    click(h, m, "inspect", "U0VIEWER")
    wait_until(lambda: [x for x in fake.thread("C0OPS", m["ts"]) if "docker inspect al-quiet" in blob(x)], 20,
               "the inspect summary in the thread")
    click(h, m, "ack", "U0ALICE")
    wait_until(lambda: "is on it" in blob(top_level(fake, "al-quiet")[0]), 60, "I'm on it shown")
    click(h, m, "silence_1h", "U0VIEWER")  # a viewer may not silence
    assert "silenced" not in blob(top_level(fake, "al-quiet")[0])
    click(h, m, "silence_1h", "U0ALICE")
    wait_until(lambda: "silenced this alert" in blob(top_level(fake, "al-quiet")[0]), 60, "silence shown")
    assert [r for r in gorae.audit.query(user="U0ALICE") if r["outcome"] == "silenced"]


# --------------------------------------------------------------------------- storms


def test_fifty_containers_dying_at_once_are_grouped_within_rate_limits(alerts, fake, run, tmp_path):
    flag = tmp_path / "go"
    flag.mkdir()
    names = [f"al-storm-{i:02d}" for i in range(50)]
    for n in names:
        run(n, "while [ ! -e /t/go ]; do sleep 0.2; done; exit 1", volumes={str(flag): {"bind": "/t", "mode": "ro"}})
    posts_before = len(fake.ok_calls("chat.postMessage"))
    (flag / "go").write_text("now")

    def listed() -> set[str]:
        text = " ".join(blob(m) for m in fake.messages("C0OPS").values())
        return {n for n in names if n in text}

    try:
        wait_until(lambda: listed() == set(names), 60, "all 50 containers in the alerts")
    except AssertionError:
        raise AssertionError(f"missing {sorted(set(names) - listed())}; posted: "
                             f"{[(c.params.get('thread_ts'), c.params.get('text', '')[:80]) for c in fake.of('chat.postMessage')[posts_before:]]}"
                             f"; states: {sorted({c.status for c in alerts.running[0][1].containers.list(all=True, filters={'name': 'al-storm-'})})}") from None
    calls = [c for c in fake.ok_calls("chat.postMessage")[posts_before:] if c.params.get("channel") == "C0OPS"]
    tops = [c for c in calls if not c.params.get("thread_ts")]
    assert len(tops) <= 4, [c.params.get("text") for c in tops]  # a few alerts, then one summary
    assert any("containers are failing at once" in c.params.get("text", "") for c in tops)
    assert len(calls) <= 20  # the list goes out in chunks as the deaths come in, one post a second at most
    at = sorted(c.at for c in calls)  # Slack: about one message a second per channel (bursts of 3)
    assert all(at[i + 4] - at[i] >= 1.0 for i in range(len(at) - 4)), at


# --------------------------------------------------------------------------- the engine goes away


class SocketProxy:
    """A unix socket that forwards to the engine's: cutting it is the engine going away (for gorae)."""

    def __init__(self, path: str, target: str = "/var/run/docker.sock") -> None:
        self.path, self.target = path, target
        self.conns: list[socket.socket] = []
        self.server: socket.socket | None = None

    def start(self) -> SocketProxy:
        if os.path.exists(self.path):
            os.unlink(self.path)
        self.server = socket.socket(socket.AF_UNIX)
        self.server.bind(self.path)
        self.server.listen(16)
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()
        return self

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                a, _ = server.accept()
            except OSError:
                return
            b = socket.socket(socket.AF_UNIX)
            b.connect(self.target)
            self.conns += [a, b]
            for x, y in ((a, b), (b, a)):
                threading.Thread(target=self._pump, args=(x, y), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut(self) -> None:
        assert self.server is not None
        self.server.close()
        os.unlink(self.path)
        for c in self.conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
                c.close()
            except OSError:
                pass
        self.conns = []


def test_engine_unreachable_then_back_and_what_happened_meanwhile_is_alerted(h, gorae, fake, run, tmp_path):
    where = "/tmp/gorae-alerts-proxy-%d.sock" % os.getpid()
    proxy = SocketProxy(where).start()
    s = Services(h, gorae, tmp_path)
    svc = s.start(base_url=f"unix://{where}")
    try:
        proxy.cut()
        engine = wait_until(lambda: [m for m in fake.messages("C0OPS").values() if "unreachable" in blob(m)], 30,
                            "the engine-unreachable alert")[0]
        run("al-dark", "exit 8")  # dies while gorae cannot see the engine
        proxy.start()
        wait_until(lambda: "Recovered after" in blob(fake.messages("C0OPS")[engine["ts"]]), 60, "engine recovery")
        alert_of(fake, "al-dark")
    finally:
        s.stop(svc)
        proxy.cut() if proxy.server and os.path.exists(where) else None


# --------------------------------------------------------------------------- gorae watch


def test_gorae_watch_json_prints_one_object_per_alert(docker_client, run, tmp_path):
    env = dict(os.environ, GORAE_STATE_DIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "bot", "watch", "--json", "--since", "2m"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:  # --since: what died before the watcher connected is printed too
        run("al-term", "echo one last word; exit 3")
        assert proc.stdout is not None
        for _ in range(200):  # other containers' alerts of the last minutes may come first
            got = json.loads(proc.stdout.readline())
            if got["container"] == "al-term":
                break
        assert got["container"] == "al-term" and got["kind"] == "died" and got["exit_code"] == 3
        assert got["logs"][-1] == "one last word" and "docker logs --tail 100 al-term" in got["cli"]
    finally:
        proc.terminate()
        proc.wait(10)


# --------------------------------------------------------------------------- the buttons in worker processes


def test_buttons_run_in_the_worker_processes_as_gorae_slack_runs_them(gorae, fake, run, docker_client, tmp_path,
                                                                      monkeypatch):
    """`gorae slack`: the acking process keeps a Gorae for the alerts (routes, audit) while every
    request, clicks included, runs in the worker processes (bot/front/slack/procs.py)."""
    from functools import partial

    from bot.front.slack.procs import ProcessPipeline, make_gorae

    monkeypatch.setenv("GORAE_AUDIT", str(tmp_path / "audit.db"))  # the children's audit: the Gorae's own
    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path / "state"))
    procs = ProcessPipeline(partial(make_gorae, str(POLICY), str(tmp_path / "dedup.sqlite")), processes=1,
                            per_process=2)
    procs.wait_ready()

    def no_work(*a: Any, **k: Any) -> Any:
        raise AssertionError("an alert click ran pipeline work in the acking process")

    gorae.handle = no_work  # type: ignore[method-assign]
    gorae.explain = no_work  # type: ignore[method-assign]
    h = Harness.start(procs, fake=fake, dedup_path=tmp_path / "dedup.sqlite")
    import docker

    client = docker.from_env(timeout=60)
    svc = start_alerts(h.app, h.frontend, h.frontend.client, gorae, docker=client,
                       store_path=str(tmp_path / "alerts.sqlite"), work=procs)
    try:
        assert svc is not None and svc.watcher.connected.wait(15)
        run("al-proc", "echo about to fail; exit 2")
        m = alert_of(fake, "al-proc")
        before = started_at(docker_client, "al-proc")
        since = time.time()
        click(h, m, "restart", "U0VIEWER")  # a viewer: refused by the policy in the child, nothing runs
        assert restarts(docker_client, "al-proc", since) == 0
        click(h, m, "restart", "U0ALICE")
        assert started_at(docker_client, "al-proc") != before
        assert restarts(docker_client, "al-proc", since) == 1
        wait_until(lambda: [x for x in fake.thread("C0OPS", m["ts"]) if "docker restart al-proc" in blob(x)
                            and "U0VIEWER" not in json.dumps(x)], 20, "the restart's answer in the alert's thread")
        click(h, m, "silence_1h", "U0ALICE")
        wait_until(lambda: "silenced this alert" in blob(top_level(fake, "al-proc")[0]), 60, "silence shown")
    finally:
        if svc is not None:
            svc.stop()
        client.close()
        h.stop()
        procs.close()
