"""bot/front/health.py: the status file gorae slack writes and `gorae health` reads."""
from __future__ import annotations

import subprocess
import sys
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
