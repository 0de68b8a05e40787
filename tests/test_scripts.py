"""scripts/engine.sh and scripts/pg.sh start daemons that outlive them: none may keep a descriptor it
inherited. Run under `flock /tmp/gorae-e2e.lock` (as engine tests are), a daemon that kept the lock's
descriptor held the lock for as long as it ran, and every engineer's engine tests waited behind it.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = [ROOT / "scripts" / "engine.sh", ROOT / "scripts" / "pg.sh"]


def test_every_daemon_started_by_the_scripts_closes_what_it_inherited():
    launches = [(p.name, i, line) for p in SCRIPTS for i, line in enumerate(p.read_text().splitlines(), 1)
                if re.search(r"\bsetsid\b", line) and not line.lstrip().startswith("#")]
    assert len(launches) >= 6, launches  # registry, dockerd, the second, ssh and swarm engines, postgres
    assert [x for x in launches if "close_inherited_fds;" not in x[2]] == []


def test_a_daemon_started_under_flock_leaves_the_lock_free(tmp_path):
    """The scripts' own close_inherited_fds, as they use it: the daemon (a sleep here) is the PID started,
    its descriptors are only 0-2, and the lock is free while it runs."""
    helper = re.search(r"^close_inherited_fds\(\) \{.*?^\}", (ROOT / "scripts" / "engine.sh").read_text(),
                       re.S | re.M)
    assert helper is not None
    lock, pidfile = tmp_path / "test.lock", tmp_path / "daemon.pid"
    script = tmp_path / "start.sh"
    script.write_text("set -euo pipefail\n" + helper.group(0) + "\n"
                      "( close_inherited_fds; exec setsid sleep 60 </dev/null >/dev/null 2>&1 ) &\n"
                      f"echo $! > {pidfile}\n")
    subprocess.run(["flock", str(lock), "bash", str(script)], check=True, timeout=30)
    pid = int(pidfile.read_text())
    try:
        # the subshell closes its descriptors, then becomes the daemon (exec): wait for that (a loaded
        # machine may take a while), then the PID file names the daemon itself
        deadline = time.monotonic() + 30
        while not os.readlink(f"/proc/{pid}/exe").endswith("/sleep") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert os.readlink(f"/proc/{pid}/exe").endswith("/sleep")
        # just after its exec the program's loader and locale code open files of their own (ld.so.cache,
        # libc, locale archives: CI once saw a 3 there) and close them again: none of those is inherited,
        # so the inherited lock is looked for by what each descriptor points at, then the settled set
        assert [fd for fd in _fds(pid) if _points_at(pid, fd) == str(lock)] == []
        while _fds(pid) != [0, 1, 2] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _fds(pid) == [0, 1, 2], {fd: _points_at(pid, fd) for fd in _fds(pid)}
        free = subprocess.run(["flock", "-n", str(lock), "true"], timeout=30)
        assert free.returncode == 0, "the daemon holds the lock"
    finally:
        os.kill(pid, signal.SIGTERM)


def _fds(pid: int) -> list[int]:
    return sorted(int(fd) for fd in os.listdir(f"/proc/{pid}/fd"))


def _points_at(pid: int, fd: int) -> str:
    try:
        return os.readlink(f"/proc/{pid}/fd/{fd}")
    except FileNotFoundError:  # closed between the listing and the look
        return ""
