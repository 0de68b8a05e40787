"""bot/state/dedup.py: Slack deliveries seen once, across restarts and processes."""
from __future__ import annotations

import threading
import time

from bot.state.dedup import Dedup


def test_a_key_is_new_once(tmp_path):
    d = Dedup(tmp_path / "d.sqlite")
    assert d.first("event:E1", "msg:m1", "ts:C1:1.0")
    assert not d.first("event:E1")
    assert not d.first("event:E2", "msg:m1")  # the same message under another event id
    assert not d.first("ts:C1:1.0")
    assert d.first("event:E3")
    assert d.first()  # no keys: nothing to compare, it runs


def test_keys_survive_a_restart(tmp_path):
    path = tmp_path / "state" / "d.sqlite"
    d = Dedup(path)
    d.first("event:E1")
    d.close()
    again = Dedup(path)
    assert not again.first("event:E1")
    assert again.first("event:E2")


def test_keys_expire(tmp_path):
    d = Dedup(tmp_path / "d.sqlite", ttl=0.2)
    assert d.first("event:E1")
    assert not d.first("event:E1")
    time.sleep(0.3)
    assert d.first("event:E1")
    assert not d.first("event:E1")


def test_concurrent_first_is_true_exactly_once(tmp_path):
    d = Dedup(tmp_path / "d.sqlite")
    results: list[bool] = []
    gate = threading.Barrier(20)

    def go():
        gate.wait()
        results.append(d.first("event:race", "msg:race"))

    threads = [threading.Thread(target=go) for _ in range(20)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert results.count(True) == 1


def test_recent_is_a_memory_check_that_forgets_the_oldest():
    d = Dedup(":memory:", memory=3)
    assert d.recent("event:E1", "msg:m1")
    assert not d.recent("msg:m1")
    assert d.recent("event:E2") and d.recent("event:E3") and d.recent("event:E4")
    assert d.recent("msg:m1")  # forgotten in memory (it keeps the newest 3) ...
    assert d.first("msg:m1") and not d.first("msg:m1")  # ... the disk store still decides


def test_two_processes_share_the_store(tmp_path):
    path = tmp_path / "d.sqlite"
    a, b = Dedup(path), Dedup(path)
    assert a.first("event:E1")
    assert not b.first("event:E1")


def test_default_path_follows_the_state_dir(monkeypatch, tmp_path):
    from bot.state.dedup import default_path

    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path))
    assert default_path() == str(tmp_path / "slack-dedup.sqlite")
