"""Policy over several engines: roles, bindings and confirm/approve rules limited by engine patterns.

"destroy on staging for everyone in #ops, on prod only for the on-call group with approval".
Each row: who, where, on which engine, what -> the decision, the rule, and the engine in the reason.
"""
from __future__ import annotations

import pytest
from fakes import FakeView

from bot.engine.choose import stamp
from bot.engine.plan import plan as make_plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Actor, Plan, Request
from bot.policy.check import authorize, can_approve, engine_problems
from bot.policy.policyfile import PolicyInvalid, parse_policy

POLICY = """
version: 1
channels: {ops: C0OPS}
groups: {oncall: [U0ONCALL]}
roles:
  dev: {verbs: [read, operate, deploy, destroy], engines: ["staging-*"]}
  viewer: {verbs: [read]}
  responder: {verbs: [read, operate, deploy, destroy]}
  lead: {verbs: [read]}
bindings:
  - {role: dev, channels: ["#ops"]}
  - {role: viewer, channels: ["#ops"]}
  - {role: responder, groups: [oncall], engines: ["prod-*"]}
  - {role: lead, users: [U0LEAD]}
approve:
  - {verbs: [destroy], engines: ["prod-*"], approvers: [lead]}
confirm:
  - {verbs: [operate], engines: ["prod-*", "!prod-canary"]}
"""
ANYONE = Actor("U0ANY")
ONCALL = Actor("U0ONCALL")
LEAD = Actor("U0LEAD")


def planned(sentence: str, engine: str | None) -> Plan:
    p = make_plan(parse(normalize(sentence)), FakeView())
    assert isinstance(p, Plan), p
    if engine is None:
        return p
    s = stamp(p, engine, True)
    assert isinstance(s, Plan)
    return s


ROWS = [
    # who, channel, engine, sentence, decision, rule (start), engine named in the reason
    (ANYONE, "C0OPS", "staging-1", "rm -f web", "confirm", "builtin.destructive", True),
    (ANYONE, "C0OPS", "staging-1", "restart web", "allow", "bindings[0]", False),
    (ANYONE, "C0OPS", "prod-1", "rm -f web", "deny", "roles.dev", True),
    (ANYONE, "C0OPS", "prod-1", "restart web", "deny", "roles.dev", True),
    (ANYONE, "C0OPS", "prod-1", "ps", "allow", "bindings[1]", False),  # viewer: every engine
    (ANYONE, "C0OTHER", "staging-1", "restart web", "deny", "no_binding", True),
    (ONCALL, "C0OPS", "prod-1", "rm -f web", "approve", "approve[0]", True),
    (ONCALL, "C0OPS", "prod-1", "restart web", "confirm", "confirm[0]", True),
    (ONCALL, "C0OPS", "prod-canary", "restart web", "allow", "bindings[2]", False),
    (ONCALL, "D0DM", "prod-1", "restart web", "confirm", "confirm[0]", True),  # the group binding: anywhere
    (ONCALL, "D0DM", "staging-1", "restart web", "deny", "roles.responder", True),
    (ONCALL, "C0OPS", "staging-1", "rm -f web", "confirm", "builtin.destructive", True),
    (ANYONE, "C0OPS", None, "restart web", "deny", "roles.dev", False),  # the only engine is `default`
]


@pytest.mark.parametrize("who, channel, engine, sentence, kind, rule, named", ROWS,
                         ids=[f"{r[0].user}-{r[1]}-{r[2]}-{r[3]}" for r in ROWS])
def test_engine_patterns(who, channel, engine, sentence, kind, rule, named):
    policy = parse_policy(POLICY)
    p = planned(sentence, engine)
    d = authorize(p, Request(sentence, who, channel, source="slack"), policy)
    assert d.kind == kind, (d, text(d.reason, "en") if d.reason else None)
    assert (d.rule or "").startswith(rule), d.rule
    if named:
        assert d.reason is not None
        for lang in ("ko", "en"):
            assert engine in text(d.reason, lang), text(d.reason, lang)


def test_a_role_limited_to_other_engines_says_which():
    d = authorize(planned("restart web", "prod-1"), Request("restart web", ANYONE, "C0OPS", source="slack"),
                  parse_policy(POLICY))
    assert d.reason is not None
    en = text(d.reason, "en")
    assert "dev" in en and "staging-*" in en and "prod-1" in en
    assert "staging-*" in text(d.reason, "ko")


def test_approval_on_prod_needs_the_lead():
    policy = parse_policy(POLICY)
    p = planned("rm -f web", "prod-1")
    req = Request("rm -f web", ONCALL, "C0OPS", source="slack")
    assert can_approve(p, req, LEAD, "C0OPS", policy).kind == "allow"
    assert can_approve(p, req, ANYONE, "C0OPS", policy).kind == "deny"
    assert can_approve(p, req, ONCALL, "C0OPS", policy).kind == "deny"  # not oneself


def test_every_engine_is_decided_engine_by_engine():
    from bot.engine.choose import fan_out
    from bot.engine.named import Engines, EngineSpec

    engines = Engines({n: EngineSpec(n, f"unix:///{n}") for n in ("staging-1", "prod-1")}, "staging-1")
    p = fan_out(parse(normalize("restart web")), engines, lambda _n: FakeView())
    assert isinstance(p, Plan) and [s.engine for s in p.steps] == ["staging-1", "prod-1"]
    policy = parse_policy(POLICY)
    assert authorize(p, Request("x", ANYONE, "C0OPS", source="slack"), policy).kind == "deny"
    assert authorize(p, Request("x", ONCALL, "C0OPS", source="slack"), policy).kind == "confirm"


def test_engine_patterns_are_checked():
    with pytest.raises(PolicyInvalid) as err:
        parse_policy("roles: {r: {verbs: [read], engines: ['prod 1', 'ok-*']}}\n")
    assert [p.msg.key for p in err.value.problems] == ["policy.err.pattern"]
    with pytest.raises(PolicyInvalid) as err:
        parse_policy("roles: {r: {verbs: [read], enignes: [x]}}\n")
    assert "engines" in text(err.value.problems[0].msg, "en")  # did you mean


def test_policy_check_flags_patterns_that_match_no_engine():
    policy = parse_policy(POLICY)
    problems = engine_problems(policy, ("default", "staging-1"))
    assert {dict(p.msg.params)["pattern"] for p in problems} == {"prod-*"}
    assert all(p.line > 0 for p in problems)
    assert engine_problems(policy, ("staging-1", "prod-1")) == []


def test_gorae_policy_check_cli(tmp_path, monkeypatch, capsys):
    from bot.front.commands import _policy_check as _check

    f = tmp_path / "p.yaml"
    f.write_text(POLICY)
    cfg = tmp_path / "config.yaml"
    cfg.write_text("engines:\n  staging-1: unix:///tmp/s1.sock\n  prod-1: unix:///tmp/p1.sock\n")
    monkeypatch.setenv("GORAE_CONFIG", str(cfg))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path / "docker"))
    assert _check(str(f), "en") == 0
    cfg.write_text("engines:\n  staging-1: unix:///tmp/s1.sock\n")
    assert _check(str(f), "en") == 1
    assert "prod-*" in capsys.readouterr().err
