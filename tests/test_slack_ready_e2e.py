"""`gorae slack` in Socket Mode, the whole process on the real engine (issue 8): the websocket
opens only once its worker process has loaded Kiwi (read from /proc at the moment the fake
Socket Mode endpoint sees the connection), the log says "ready in N ms", `gorae health` says
healthy, and a Korean mention sent at once restarts web (engine inspected)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from slack_fake import FakeSlack, FakeSocketMode, mention

pytestmark = pytest.mark.docker

POLICY = Path(__file__).parent / "data" / "slack-policy.yaml"  # U0ALICE: operator in #ops (C0OPS)


def started_at(client, name: str) -> str:
    return client.api.inspect_container(name)["State"]["StartedAt"]


def blob(message) -> str:
    return json.dumps(message.get("blocks"), ensure_ascii=False) + message.get("text", "")


def test_socket_mode_connects_once_warm_and_answers_the_first_korean_mention(world, docker_client, tmp_path):
    sm = FakeSocketMode().start()
    fake = FakeSlack().start()
    fake.ws_url = sm.url
    state = tmp_path / "state"
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_APP_TOKEN": "xapp-1-A0GORAE-test",
           "SLACK_API_URL": fake.url, "GORAE_SLACK_WORKERS": "2", "GORAE_STATE_DIR": str(state),
           "GORAE_AUDIT": str(tmp_path / "audit.db"), "GORAE_LOG_LEVEL": "INFO", "GORAE_LANG": "en"}
    env.pop("SLACK_SIGNING_SECRET", None)
    log = tmp_path / "slack.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "slack", "--policy", str(POLICY),
                                 "--state", str(state / "dedup.sqlite")], env=env, stdout=out, stderr=out)
    try:
        sm.wait_connected(timeout=120)
        # at the connection the worker process has Kiwi loaded (procs.warm said ready before it)
        children = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        workers = [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
        assert len(workers) == 1, children
        assert "_kiwipiepy" in Path(f"/proc/{workers[0]}/maps").read_text()
        before = started_at(docker_client, "web")
        ev = mention("web 재시작해줘", user="U0ALICE", channel="C0OPS")
        eid = sm.send("events_api", ev)
        sm.wait_ack(eid)
        deadline = time.monotonic() + 90
        while not [m for m in fake.thread("C0OPS", ev["event"]["ts"]) if "docker restart web" in blob(m)]:
            assert time.monotonic() < deadline, f"no answer: {fake.messages('C0OPS')}"
            time.sleep(0.1)
        while started_at(docker_client, "web") == before:
            assert time.monotonic() < deadline, "web was not restarted"
            time.sleep(0.1)
        assert docker_client.api.inspect_container("web")["State"]["Running"] is True
        health = subprocess.run([sys.executable, "-m", "bot", "health", "--state-dir", str(state)],
                                env=env, capture_output=True, text=True, timeout=60)
        assert health.returncode == 0 and health.stdout.startswith("healthy"), health.stdout + health.stderr
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        fake.stop()
        sm.stop()
    text = log.read_text(errors="replace")
    assert "gorae slack: ready in " in text and "(Socket Mode; workers warm)" in text, text[-2000:]
