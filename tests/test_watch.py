"""bot/alerts/watch.py: the event stream's watcher and its store (undelivered alerts after a restart, out-of-order events, threads)."""
from __future__ import annotations

import threading
import time
from typing import Any

from alerts_fakes import ev, raw, sink_for

from bot.alerts.incidents import Change, Tracker
from bot.alerts.watch import Watcher, WatchStore
from bot.policy.alertrules import AlertRules, Route


class FakeEngine:
    """`client.api.events(since=...)` over a list of raw events; the stream ends when they are read."""

    def __init__(self, raws: list[dict[str, Any]]) -> None:
        self.raws = raws
        self.api = self
        self.sinces: list[str] = []

    def events(self, since: str, decode: bool, filters: dict[str, Any]) -> Any:
        self.sinces.append(since)
        secs, _, frac = since.partition(".")
        ns = int(secs) * 10**9 + int((frac or "0").ljust(9, "0"))
        return iter([r for r in self.raws if r["timeNano"] >= ns])

    def ping(self) -> bool:
        return True


class ListSink:
    def __init__(self, store: WatchStore, deliver: bool = True) -> None:
        self.store, self.ok, self.got = store, deliver, []

    def deliver(self, changes: list[Change], done: Any) -> None:
        for c in changes:
            self.got.append(c)
            if self.ok:
                self.store.delivered(c.events, c.incident)
                done(c.events)


def run_watcher(engine: FakeEngine, store: WatchStore, sink: ListSink, fresh: float) -> Watcher:
    w = Watcher(engine, Tracker(), store, sink, lookback=60, fresh_since=fresh, retry=0.05, tick=0.05)
    before = len(engine.sinces)
    w.start()
    deadline = time.time() + 5
    while len(engine.sinces) < before + 2 and time.time() < deadline:  # read once, then reconnected
        time.sleep(0.02)
    w.stop()
    return w


def test_an_undelivered_alert_is_posted_after_a_restart_and_only_once(tmp_path):
    base = 1_800_000_000
    engine = FakeEngine([raw("kill", "quiet", (base + 1) * 10**9), raw("die", "quiet", (base + 1) * 10**9 + 5, "143"),
                         raw("die", "crash", (base + 2) * 10**9, "5")])
    store = WatchStore(tmp_path / "a.sqlite")
    down = ListSink(store, deliver=False)  # Slack refused everything
    run_watcher(engine, store, down, base)
    assert [c.incident.name for c in down.got] == ["crash"]
    engine.raws.append(raw("die", "later", (base + 3) * 10**9, "6"))  # while gorae was down
    up = ListSink(store)
    run_watcher(engine, store, up, base)
    assert [c.incident.name for c in up.got] == ["crash", "later"]  # the replayed kill still hides "quiet"
    again = ListSink(store)
    run_watcher(engine, store, again, base)
    assert again.got == []


def test_watcher_thread_safety_smoke():
    # two threads feeding changes into one sink never lose an acknowledgement
    sink, client, store, acked = sink_for(AlertRules((Route("C1"),), storm_count=1000))
    lock = threading.Lock()

    def ack(keys: tuple[str, ...]) -> None:
        with lock:
            acked.append(keys)

    sink.start()
    tr1, tr2 = Tracker(engine="a"), Tracker(engine="b")
    th = [threading.Thread(target=lambda tr=tr: sink.deliver(
        [c for i in range(5) for c in tr.feed(ev("die", name=f"x{i}", code=1))], ack)) for tr in (tr1, tr2)]
    for x in th:
        x.start()
    for x in th:
        x.join()
    deadline = time.time() + 15
    while len(acked) < 10 and time.time() < deadline:
        time.sleep(0.05)
    sink.stop()
    assert len(acked) == 10


def test_events_published_out_of_timestamp_order_are_all_alerted(tmp_path):
    base = 1_800_000_000
    engine = FakeEngine([raw("die", f"c{i}", (base + 2) * 10**9 - i * 1000, "1") for i in range(20)])
    store = WatchStore(tmp_path / "b.sqlite")
    got = ListSink(store)
    run_watcher(engine, store, got, base)
    assert sorted(c.incident.name for c in got.got) == sorted(f"c{i}" for i in range(20))
