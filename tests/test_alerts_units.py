"""On-call alerts without an engine: the tracker's rules, the alerts: policy section, rendering,
the Slack sink's grouping and rate limits, and the watcher's resume (fakes for the engine and Slack)."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
import time
from typing import Any

import pytest

from bot.alerts.incidents import Change, Details, EngineEvent, Incident, Thresholds, Tracker, to_json, to_text
from bot.alerts.watch import Watcher, WatchStore
from bot.front.slack.alerts import Bucket, SlackAlertSink, click_text, render_alert
from bot.policy.alertrules import AlertRules, Route, parse_mute
from bot.policy.policyfile import PolicyInvalid, parse_policy

_n = itertools.count(1)


def ev(action: str, name: str = "web", at: float = 1000.0, code: int | None = None) -> EngineEvent:
    return EngineEvent(int(at * 1e9) + next(_n), action, f"id-{name}", name, "nginx", code)


def feed(tr: Tracker, *events: EngineEvent) -> list[Change]:
    out: list[Change] = []
    for e in events:
        out += tr.feed(e)
    return out


# --------------------------------------------------------------------------- the tracker


def test_nonzero_exit_opens_one_died_incident():
    (ch,) = feed(Tracker(), ev("start"), ev("die", code=3, at=1001))
    assert (ch.what, ch.incident.kind, ch.incident.exit_code) == ("open", "died", 3)


def test_a_stop_or_kill_before_the_die_is_no_alert():
    tr = Tracker()
    assert feed(tr, ev("kill", at=1000), ev("die", code=143, at=1000.2), ev("stop", at=1000.3)) == []
    assert feed(tr, ev("kill", name="db", at=1000), ev("die", name="db", code=137, at=1000.1)) == []


def test_exit_zero_is_no_alert():
    assert feed(Tracker(), ev("die", code=0)) == []


def test_restart_loop_escalates_the_same_incident_and_counts():
    tr = Tracker(Thresholds(loop_count=3, loop_within=60))
    out = feed(tr, *(ev("die", code=1, at=1000 + i) for i in range(5)))
    assert [c.what for c in out] == ["open", "repeat", "escalate", "repeat", "repeat"]
    assert out[-1].incident.kind == "restart_loop" and out[-1].incident.count == 5
    assert len({c.incident.key for c in out}) == 1


def test_restart_loop_counts_exit_zero_too():
    tr = Tracker(Thresholds(loop_count=3, loop_within=60))
    out = feed(tr, *(ev("die", code=0, at=1000 + i) for i in range(3)))
    assert [(c.what, c.incident.kind) for c in out] == [("open", "restart_loop")]


def test_oom_then_die_is_one_oom_incident_with_the_exit_code():
    out = feed(Tracker(), ev("oom", at=1000), ev("die", code=137, at=1000.05))
    assert [c.what for c in out] == ["open", "update"]
    assert out[-1].incident.kind == "oom" and out[-1].incident.exit_code == 137


def test_unhealthy_then_healthy_recovers():
    out = feed(Tracker(), ev("health_status: unhealthy", at=1000), ev("health_status: healthy", at=1240))
    assert [c.what for c in out] == ["open", "recover"]
    assert out[-1].incident.how == "healthy" and out[-1].incident.recovered == pytest.approx(1240, abs=0.01)


def test_running_again_long_enough_is_a_recovery_and_removal_closes():
    tr = Tracker(Thresholds(recover_after=30))
    feed(tr, ev("die", code=1, at=1000), ev("start", at=1001))
    assert tr.tick(1010) == []
    (rec,) = tr.tick(1032)
    assert rec.what == "recover" and rec.incident.how == "running"
    feed(tr, ev("die", name="db", code=1, at=1100))
    (gone,) = feed(tr, ev("destroy", name="db", at=1101))
    assert gone.incident.how == "removed" and tr.incidents == {}


def test_replay_rebuilds_state_but_says_nothing():
    tr = Tracker()
    assert tr.feed(ev("die", code=1), replay=True) == []
    assert tr.incidents == {}
    tr.feed(ev("kill", at=2000), replay=True)
    assert tr.feed(ev("die", code=137, at=2000.1)) == []  # the replayed kill still counts


def test_engine_down_and_back():
    tr = Tracker()
    (down,) = tr.engine_down(1000, "connection refused")
    assert tr.engine_down(1001, "again") == []
    (up,) = tr.engine_up(1060)
    assert (down.incident.kind, up.what, up.incident.how) == ("engine", "recover", "engine")


def test_state_stays_small_over_many_containers():
    tr = Tracker(Thresholds(loop_within=60, recover_after=5))
    for i in range(2000):
        n = f"c{i}"
        feed(tr, ev("start", n, at=1000 + i), ev("kill", n, at=1000.1 + i), ev("die", n, 1000.2 + i, 137),
             ev("destroy", n, at=1000.3 + i))
    tr.tick(5000)
    assert tr.state_size() == 0


def test_event_from_docker():
    raw = {"Type": "container", "Action": "die", "timeNano": 1796085079944473643,
           "Actor": {"ID": "abc", "Attributes": {"name": "web", "image": "nginx", "exitCode": "3"}}}
    e = EngineEvent.from_docker(raw)
    assert e is not None and (e.name, e.exit_code, e.image) == ("web", 3, "nginx")
    assert EngineEvent.from_docker({"Type": "network", "Action": "connect"}) is None
    assert EngineEvent.from_docker({**raw, "Action": "exec_die"}) is None


# --------------------------------------------------------------------------- the alerts: section


GOOD = """\
version: 1
channels: {ops: C0OPS}
roles: {operator: {verbs: [read, operate]}}
bindings: [{role: operator, users: [U1]}]
alerts:
  restart_loop: {count: 4, within: 10m}
  storm: {count: 6, within: 20s}
  recover_after: 1m
  timezone: UTC
  routes:
    - containers: ["db*"]
      kinds: [oom, died]
      channel: "#ops"
      lang: ko
      mention: ["@oncall", S0LEADS, "@here"]
      mute: ["22:00-07:00", "sat,sun 00:00-24:00"]
    - channel: C0ALL
"""


def test_alerts_section_parses():
    rules = parse_policy(GOOD).alerts
    assert rules is not None
    assert (rules.loop_count, rules.loop_within, rules.storm_count, rules.storm_within, rules.recover_after) == \
        (4, 600.0, 6, 20.0, 60.0)
    r = rules.route("db-1", "oom")
    assert r is not None and r.lang == "ko" and rules.channel_id(r) == "C0OPS"
    assert rules.route("db-1", "unhealthy").channel == "C0ALL"  # kinds: the first route does not take it
    assert rules.route("web", "died").channel == "C0ALL"


def test_a_policy_without_alerts_has_none():
    assert parse_policy("roles: {v: {verbs: [read]}}\nbindings: [{role: v, users: [U1]}]").alerts is None


def test_alerts_errors_carry_line_numbers():
    bad = GOOD.replace("kinds: [oom, died]", "kinds: [oom, dide]").replace("lang: ko", "lang: jp") \
        .replace('"22:00-07:00"', '"22:00-31:00"').replace("    - channel: C0ALL", "    - lang: en")
    with pytest.raises(PolicyInvalid) as e:
        parse_policy(bad)
    lines = {p.line: p.msg.key for p in e.value.problems}
    assert lines == {12: "alerts.err.kind", 14: "alerts.err.lang", 16: "alerts.err.mute", 17: "alerts.err.channel"}


def test_mute_windows():
    night = parse_mute("22:00-07:00")
    weekend = parse_mute("sat,sun 00:00-24:00")
    assert night and weekend and parse_mute("mon-fri 12:00-13:00") and parse_mute("25:00-01:00") is None
    tue_23 = dt.datetime(2026, 12, 1, 23, 0)  # a Tuesday
    assert night.covers(tue_23) and night.covers(tue_23 + dt.timedelta(hours=3))
    assert not night.covers(tue_23 - dt.timedelta(hours=2)) and not weekend.covers(tue_23)
    assert weekend.covers(dt.datetime(2026, 12, 5, 10, 0))
    rules = AlertRules((Route("C1", mute=(night,)),))
    assert rules.muted(rules.routes[0], dt.datetime(2026, 12, 1, 23, 30, tzinfo=dt.timezone.utc).timestamp())
    start = dt.datetime(2026, 12, 1, 23, 30, tzinfo=dt.timezone.utc).timestamp()
    assert dt.datetime.fromtimestamp(rules.tomorrow(start), dt.timezone.utc).isoformat() == "2026-12-02T09:00:00+00:00"


# --------------------------------------------------------------------------- rendering


def inc(name: str = "web", kind: str = "died", **kw: Any) -> Incident:
    return Incident(f"local/{name}/{kind}", "local", name, kind, 1000.0, 1000.0, "id", "nginx", exit_code=3, **kw)


def test_alert_message_has_fields_logs_commands_and_buttons_in_the_route_language():
    d = Details(image="nginx:latest", exit_code=3, oom_killed=False, restart_count=2, logs=("a <b>", "last"))
    for lang, word in (("en", "died with exit code 3"), ("ko", "종료 코드 3")):
        r = render_alert(inc(), d, lang, rules=AlertRules(), mention="<!subteam^S1>")
        text = json.dumps(r.blocks, ensure_ascii=False)
        assert word in text and "docker logs --tail 100 web" in text and "a &lt;b&gt;" in text
        assert r.text.startswith("<!subteam^S1>")
        (actions,) = [b for b in r.blocks if b["type"] == "actions"]
        assert [e["action_id"] for e in actions["elements"]] == [
            "gorae_alert_restart", "gorae_alert_logs", "gorae_alert_inspect", "gorae_alert_silence_1h",
            "gorae_alert_silence_tomorrow", "gorae_alert_ack"]
    done = render_alert(inc(recovered=1240.0, how="running"), d, "en", rules=AlertRules())
    assert "Recovered after 4 min" in json.dumps(done.blocks) and not [b for b in done.blocks if b["type"] == "actions"]


def test_terminal_and_json_forms():
    ch = Change("open", inc(), ("k",), 0.0, 1000.0)
    d = Details(logs=("boom",), restart_count=0, oom_killed=False)
    line = to_json(ch, d)
    assert line["kind"] == "died" and line["exit_code"] == 3 and line["logs"] == ["boom"]
    assert line["headline"] == "web died with exit code 3"
    assert "web died with exit code 3" in to_text(ch, d) and "| boom" in to_text(ch, d)


def test_click_text_uses_the_phrase_only_when_it_plans_exactly():
    class Ex:
        def __init__(self, cli: tuple[str, ...]) -> None:
            from bot.model import Plan, Restart, VerbClass

            self.planned = Plan(Restart(targets=("web",)), (), cli, "restart", VerbClass.OPERATE)

    assert click_text("restart", "web", "ko", lambda text: Ex(("docker restart web",))) == "web 재시작"
    assert click_text("restart", "all", "en", lambda text: Ex(("docker restart a b",))) == "docker restart all"


def test_click_phrases_plan_exactly_with_the_real_parser():
    from bot.engine.view import ContainerInfo
    from bot.pipeline import Gorae

    class View:
        available = True

        def container(self, name: str) -> None:
            return None

        def containers(self) -> list[ContainerInfo]:
            return [ContainerInfo(id="abc", name="al-web", image="nginx", status="exited")]

        def image(self, ref: str) -> None:
            return None

        def images(self) -> list[Any]:
            return []

        def networks(self) -> list[str]:
            return []

        def volumes(self) -> list[str]:
            return []

    g = Gorae()
    g.view = View  # type: ignore[method-assign]
    for action in ("restart", "logs", "inspect"):
        for lang in ("ko", "en"):
            text = click_text(action, "al-web", lang, g.explain)
            assert not text.startswith("docker "), (action, lang, text)


# --------------------------------------------------------------------------- the Slack sink


class FakeClient:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._ts = itertools.count(1)

    def chat_postMessage(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(("post", kw))
        return {"ok": True, "ts": f"1.{next(self._ts)}", "channel": kw["channel"]}

    def chat_update(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(("update", kw))
        return {"ok": True}

    def usergroups_list(self, **kw: Any) -> dict[str, Any]:
        return {"ok": True, "usergroups": [{"id": "S0ONCALL", "handle": "oncall"}]}


class NoDocker:
    class api:
        @staticmethod
        def inspect_container(ref: str) -> dict[str, Any]:
            return {"State": {"Status": "exited", "ExitCode": 1}, "Config": {"Image": "busybox"}, "RestartCount": 0}

        @staticmethod
        def logs(ref: str, **kw: Any) -> bytes:
            return b"bye\n"


def sink_for(rules: AlertRules) -> tuple[SlackAlertSink, FakeClient, WatchStore, list[tuple[str, ...]]]:
    client, store, acked = FakeClient(), WatchStore(":memory:"), []
    return SlackAlertSink(client, rules, store, NoDocker(), batch=0), client, store, acked


RULES = AlertRules((Route("C1", mention=("@oncall",)),), storm_count=5, storm_within=10)


def test_one_message_per_incident_repeats_update_and_reply_in_thread():
    sink, client, store, acked = sink_for(RULES)
    tr = Tracker()
    for i, c in enumerate(feed(tr, *(ev("die", code=1, at=1000 + i) for i in range(3)))):
        sink._accept(c, acked.append, 1000.0 + i)
        sink._flush(1000.0 + i * 2)
    posts = [k for m, k in client.calls if m == "post"]
    assert len([p for p in posts if "thread_ts" not in p]) == 1
    assert posts[0]["text"].startswith("<!subteam^S0ONCALL>")
    assert [p for p in posts if p.get("thread_ts") == "1.1"]
    assert any(m == "update" for m, _ in client.calls)
    assert len(acked) == 3 and all(store.seen(k) for keys in acked for k in keys)


def test_fifty_at_once_is_a_storm_summary_within_the_rate_limit():
    sink, client, store, acked = sink_for(RULES)
    tr = Tracker()
    now = 1000.0
    for i in range(50):
        for c in tr.feed(ev("die", name=f"c{i:02d}", code=1, at=now)):
            sink._accept(c, acked.append, now)
    for step in range(20):
        sink._flush(now + step * 0.5)
    posts = [k for m, k in client.calls if m == "post"]
    tops = [p for p in posts if "thread_ts" not in p]
    assert len(tops) == 1 and "50 containers are failing at once" in tops[0]["text"]
    listed = "\n".join(p["text"] for p in posts if p.get("thread_ts"))
    assert all(f"c{i:02d}" in listed for i in range(50))
    assert len(acked) == 50


def test_bucket_allows_a_burst_then_one_a_second():
    b = Bucket(rate=1.0, burst=3.0, tokens=3.0)
    assert [b.take(100.0) for _ in range(4)] == [True, True, True, False]
    assert b.take(100.5) is False and b.take(101.01) is True


def test_muted_route_and_silenced_container_post_nothing_but_acknowledge():
    night = parse_mute("00:00-24:00")
    assert night is not None
    sink, client, store, acked = sink_for(AlertRules((Route("C1", containers=("db*",), mute=(night,)),
                                                      Route("C2"))))
    (c,) = Tracker().feed(ev("die", name="db", code=1))
    sink._accept(c, acked.append, 1000.0)
    store.silence("web", "exit", time.time() + 3600, "U1")
    (w,) = Tracker().feed(ev("die", name="web", code=1))
    sink._accept(w, acked.append, time.time())
    sink._flush(time.time())
    assert client.calls == [] and len(acked) == 2


# --------------------------------------------------------------------------- the watcher's resume


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


def raw(action: str, name: str, t_ns: int, code: str | None = None) -> dict[str, Any]:
    attrs = {"name": name, "image": "busybox"}
    if code is not None:
        attrs["exitCode"] = code
    return {"Type": "container", "Action": action, "timeNano": t_ns, "Actor": {"ID": f"id{name}", "Attributes": attrs}}


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


def test_channel_buckets_are_shared_by_the_sinks_of_several_engines() -> None:
    """Slack limits posts per channel, not per engine: two engines' sinks draw on one bucket."""
    from bot.front.slack.alerts import ChannelBuckets

    shared = ChannelBuckets(rate=1.0, burst=3.0)
    a, b = shared.get("C0OPS"), shared.get("C0OPS")
    assert a is b and shared.get("C0OTHER") is not a
    taken = [bk.take(100.0) for bk in (a, b, a, b, a)]
    assert taken == [True, True, True, False, False]  # a burst of 3 across both sinks, then wait
    assert a.wait(100.0) == 1.0 and b.take(101.0) and not a.take(100.5)  # an earlier clock never refills
