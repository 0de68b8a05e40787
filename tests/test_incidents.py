"""bot/alerts/incidents.py: engine events -> incidents (died, restart loop, OOM, unhealthy, recovered), and their text and JSON forms."""
from __future__ import annotations

import pytest
from alerts_fakes import ev, feed, inc

from bot.alerts.incidents import Change, Details, EngineEvent, Thresholds, Tracker, to_json, to_text


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


def test_terminal_and_json_forms():
    ch = Change("open", inc(), ("k",), 0.0, 1000.0)
    d = Details(logs=("boom",), restart_count=0, oom_killed=False)
    line = to_json(ch, d)
    assert line["kind"] == "died" and line["exit_code"] == 3 and line["logs"] == ["boom"]
    assert line["headline"] == "web died with exit code 3"
    assert "web died with exit code 3" in to_text(ch, d) and "| boom" in to_text(ch, d)
