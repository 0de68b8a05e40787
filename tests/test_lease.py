"""bot.state.lease: one holder at a time, on SQLite and on the test PostgreSQL; the Keeper gives
the job up when the lease cannot be renewed (the database away) and takes it again after."""
from __future__ import annotations

import threading
import time

import pytest

from bot.state.backend import SqliteDatabase, StateUnavailable, connect
from bot.state.lease import Keeper, Leases


@pytest.fixture(params=["sqlite", "postgresql"])
def leases(request, tmp_path):
    if request.param == "sqlite":
        db = SqliteDatabase(tmp_path / "state.db")
    else:
        db = connect(request.getfixturevalue("pg_database"))
    yield Leases(db)
    db.close()


def test_one_holder_until_it_expires_or_drops(leases):
    assert leases.take("watch:local", "a:1", 30)
    assert not leases.take("watch:local", "b:2", 30)  # held by a
    assert leases.take("watch:local", "a:1", 30)  # a renews
    assert leases.holder("watch:local") == "a:1"
    assert leases.take("watch:other", "b:2", 30)  # another engine: another lease
    leases.drop("watch:local", "b:2")  # not b's to drop
    assert leases.holder("watch:local") == "a:1"
    leases.drop("watch:local", "a:1")
    assert leases.holder("watch:local") is None
    assert leases.take("watch:local", "b:2", 0.2)
    time.sleep(0.5)  # b died without renewing
    assert leases.holder("watch:local") is None
    assert leases.take("watch:local", "a:1", 30)


def test_two_processes_racing_for_a_free_lease_one_wins(leases):
    wins: list[str] = []
    go = threading.Barrier(8)

    def race(who: str) -> None:
        go.wait()
        if leases.take("watch:race", who, 30):
            wins.append(who)

    threads = [threading.Thread(target=race, args=(f"r:{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1 and leases.holder("watch:race") == wins[0]


class Flaky:
    """A LeaseStore whose database can be switched off."""

    def __init__(self, inner: Leases) -> None:
        self.inner = inner
        self.down = False

    def take(self, name: str, holder: str, ttl: float) -> bool:
        if self.down:
            raise StateUnavailable("test", "connection refused")
        return self.inner.take(name, holder, ttl)

    def drop(self, name: str, holder: str) -> None:
        self.inner.drop(name, holder)

    def holder(self, name: str) -> str | None:
        return self.inner.holder(name)


def test_the_keeper_gives_the_job_up_when_the_database_is_away_and_takes_it_back(leases):
    store = Flaky(leases)
    events: list[str] = []
    gained, lost = threading.Event(), threading.Event()
    keeper = Keeper(store, "watch:k", holder="a:1", ttl=1.0,
                    on_gain=lambda: (events.append("gain"), gained.set()),
                    on_loss=lambda: (events.append("loss"), lost.set())).start()
    other = Keeper(leases, "watch:k", holder="b:2", ttl=1.0, on_gain=lambda: events.append("b-gain"),
                   on_loss=lambda: events.append("b-loss"))
    try:
        assert gained.wait(5)
        other.start()
        time.sleep(1.0)
        assert "b-gain" not in events  # a holds it: b waits
        gained.clear()
        store.down = True
        assert lost.wait(5)  # a cannot renew: it stops the job at once
        deadline = time.monotonic() + 5
        while "b-gain" not in events and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "b-gain" in events  # b takes over once a's lease ran out
        store.down = False
        other.stop()  # b leaves: drops the lease, a takes it again
        assert gained.wait(5)
        assert events.count("gain") == 2 and events.count("loss") == 1
    finally:
        other.stop()
        keeper.stop()
    assert leases.holder("watch:k") is None  # a clean stop drops the lease


def test_the_lease_ttl_is_checked_at_start(monkeypatch):
    from bot import config
    from bot.state.lease import default_ttl

    with pytest.raises(config.SettingsInvalid) as e:
        config.load_settings({"GORAE_LEASE_TTL": "0.2"})
    assert [p.key for p in e.value.problems] == ["config.bad_seconds"]
    assert config.load_settings({"GORAE_LEASE_TTL": "3"})
    monkeypatch.setenv("GORAE_LEASE_TTL", "3")
    assert default_ttl() == 3.0
    monkeypatch.delenv("GORAE_LEASE_TTL")
    assert default_ttl() == 6.0


def test_two_replicas_with_the_same_host_name_and_pid_are_two_holders():
    """Two containers on the host network: the host's name, gorae as PID 1 in both (compose.ha.yaml
    started for real, tests/test_deploy_ha.py) — still two holders, and the pid stays last."""
    import subprocess
    import sys

    code = ("import os, socket; os.getpid = lambda: 1; socket.gethostname = lambda: 'vm'\n"
            "from bot.state.lease import me; print(me())")
    a, b = (subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
            for _ in range(2))
    assert a != b and a.startswith("vm:") and a.endswith(":1") and b.endswith(":1")
