"""bot/front/health.py: the status file gorae slack writes and `gorae health` reads."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

from bot.front import health


def test_fresh_and_connected_is_healthy(tmp_path):
    path = str(tmp_path / "health.json")
    health.write_status(path, slack=True, engine=True)
    ok, why = health.read_status(path)
    assert ok and why.key == "config.health_ok"


def test_lost_slack_or_engine_or_stale_or_missing_is_unhealthy(tmp_path):
    path = str(tmp_path / "health.json")
    assert health.read_status(path)[1].key == "config.health_none"
    health.write_status(path, slack=False, engine=True)
    assert health.read_status(path)[0] is False
    health.write_status(path, slack=True, engine=True, now=time.time() - health.STALE - 5)
    ok, why = health.read_status(path)
    assert not ok and why.key == "config.health_stale"


def test_reporter_writes_probes_and_a_failing_probe_is_false(tmp_path):
    path = str(tmp_path / "health.json")

    def broken() -> bool:
        raise OSError("engine gone")

    r = health.Reporter(path, slack=lambda: True, engine=broken, interval=0.05).start()
    deadline = time.time() + 5
    while time.time() < deadline and health.read_status(path)[1].key == "config.health_none":
        time.sleep(0.02)
    r.stop()
    ok, why = health.read_status(path)
    assert not ok and dict(why.params)["engine"] == "down"


def test_gorae_health_exit_codes(tmp_path):
    cmd = [sys.executable, "-m", "bot", "health", "--state-dir", str(tmp_path)]
    assert subprocess.run(cmd, capture_output=True, timeout=60).returncode == 1
    health.write_status(str(tmp_path / "health.json"), slack=True, engine=True)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and p.stdout.startswith("healthy")


def test_starting_until_ready_then_healthy_and_an_old_file_without_the_field_is_ready(tmp_path):
    """health.json's "ready": `gorae health` says "starting" (exit 1) while the worker processes
    still load the parsers and Kiwi, even when Slack and the engine are up (issue 8)."""
    path = str(tmp_path / "health.json")
    health.write_status(path, slack=True, engine=True, ready=False)
    ok, why = health.read_status(path)
    assert not ok and why.key == "config.health_starting"
    health.write_status(path, slack=True, engine=True, ready=True)
    ok, why = health.read_status(path)
    assert ok and why.key == "config.health_ok"
    with open(path, "w", encoding="utf-8") as f:  # written by a gorae from before the field
        json.dump({"pid": 1, "time": time.time(), "slack": True, "engine": True}, f)
    assert health.read_status(path)[0] is True
    cmd = [sys.executable, "-m", "bot", "health", "--state-dir", str(tmp_path)]
    health.write_status(path, slack=True, engine=True, ready=False)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env={**os.environ, "GORAE_LANG": "en"})
    assert p.returncode == 1 and p.stderr.startswith("starting"), p.stderr


def test_reporter_poke_writes_at_once_when_start_up_is_over(tmp_path):
    """`poke()` writes now, not after the interval (an hour here): the moment gorae is ready."""

    path = str(tmp_path / "health.json")
    up = threading.Event()
    r = health.Reporter(path, slack=lambda: True, engine=lambda: True, interval=3600, ready=up.is_set).start()
    try:
        deadline = time.time() + 10
        while time.time() < deadline and health.read_status(path)[1].key == "config.health_none":
            time.sleep(0.02)
        assert health.read_status(path)[1].key == "config.health_starting"
        up.set()
        r.poke()
        while time.time() < deadline and not health.read_status(path)[0]:
            time.sleep(0.02)
        assert health.read_status(path)[1].key == "config.health_ok"
    finally:
        r.stop()
