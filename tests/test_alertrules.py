"""bot/policy/alertrules.py: the policy file's alerts: section (routes, mute windows), errors with line numbers."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from bot.policy.alertrules import AlertRules, Route, parse_mute
from bot.policy.policyfile import PolicyInvalid, parse_policy

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


def test_a_named_time_zone_is_known_without_the_systems_tz_database():
    """The deploy image (a debootstrap minbase) has no /usr/share/zoneinfo: `timezone: Asia/Seoul`, as
    docs/alerts.md writes it, was refused there. zoneinfo falls back to the `tzdata` package (a dependency)."""
    import subprocess
    import sys

    code = "from bot.policy.alertrules import _zone; print(_zone('Asia/Seoul', strict=True))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONTZPATH": "/nonexistent"})  # no system tz database
    assert out.returncode == 0 and out.stdout.strip() == "Asia/Seoul", out
