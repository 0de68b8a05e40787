"""eng17: two engine names for one daemon (the README's `staging: unix:///var/run/docker.sock` beside the
docker CLI's `default`, the same socket) are one target for a fan-out and for "which engine?", and the
policy decides for every name of that daemon (the strictest decision stands).

Through the pipeline over fake views, one view per daemon (tests/test_choose.py's way); the real engine
named twice: tests/test_e2e_eng17.py.
"""
from __future__ import annotations

import os

import pytest
from fakes import FakeView

from bot.engine.named import Engines, EngineSpec, TLSFiles, daemon_key
from bot.language.engine_clause import EVERY
from bot.messages import text
from bot.model import Actor, Plan, Request, Unresolved
from bot.pipeline import Gorae
from bot.policy.check import authorize, can_approve
from bot.policy.policyfile import parse_policy

LOCAL_SOCK = "unix:///var/run/docker.sock"
WEB = [("web", "nginx", "running"), ("cache", "redis", "running")]


class DaemonsGorae(Gorae):
    """One fake view per daemon (by address): two names of one socket see the same containers."""

    def view(self, engine=None):
        spec = self.known_engines().get(engine or self.known_engines().default)
        assert spec is not None
        return FakeView(containers=WEB)


def gorae(extra: dict[str, str] | None = None, default: str = "default") -> DaemonsGorae:
    hosts = {"default": LOCAL_SOCK, "staging": LOCAL_SOCK, **(extra or {})}
    specs = {n: EngineSpec(n, h, source="env" if n == "default" else "config") for n, h in hosts.items()}
    return DaemonsGorae(engines=Engines(specs, default))


ME = Actor("local:me", local=True)


def explain(g, sentence, actor=ME, channel="terminal", source="terminal"):
    return g.explain(sentence, Request(sentence, actor, channel, source=source))


# ----------------------------------------------------------------------------- one daemon, two names


def test_the_address_is_normalized(tmp_path):
    sock = tmp_path / "docker.sock"
    sock.touch()
    link = tmp_path / "link.sock"
    os.symlink(sock, link)

    def key(host, tls=None):
        return daemon_key(EngineSpec("x", host, tls))

    assert key(f"unix://{link}") == key(f"unix://{sock}")
    assert key("tcp://LocalHost:2375") == key("tcp://127.0.0.1") == key("http://127.0.0.1:2375")
    assert key("tcp://10.0.0.5", TLSFiles()) == key("tcp://10.0.0.5:2376") == key("https://10.0.0.5")
    assert key("ssh://deploy@host-1") == key("ssh://deploy@HOST-1:22")
    # kept apart when in doubt: another port, another user, another socket
    assert key("tcp://10.0.0.5:2375") != key("tcp://10.0.0.5:2376")
    assert key("ssh://deploy@host-1") != key("ssh://root@host-1")
    assert key(f"unix://{sock}") != key("unix:///var/run/docker-b.sock")


def test_distinct_keeps_the_default_and_aliases_name_the_others():
    e = gorae({"prod-1": "ssh://deploy@10.0.0.5"}).known_engines()
    assert e.names() == ("default", "prod-1", "staging")
    assert e.distinct() == ("default", "prod-1")
    assert e.aliases("staging") == ("default",) and e.aliases("default") == ("staging",)
    assert e.aliases("prod-1") == ()


@pytest.mark.parametrize("sentence", [
    "restart web on every host",  # the newcomer's
    "restart web on all engines",
    "모든 서버에서 web 재시작",
    "전체 호스트에서 web 재시작해줘",
])
def test_every_host_restarts_the_daemon_once(sentence):
    ex = explain(gorae(), sentence)
    p = ex.planned
    assert isinstance(p, Plan) and p.engine == EVERY, p
    assert [s.engine for s in p.steps] == ["default"]
    assert p.cli == ("docker --context default restart web",)
    assert p.steps[0].aliases == ("staging",)


def test_every_host_still_reaches_every_other_daemon():
    ex = explain(gorae({"prod-1": "ssh://deploy@10.0.0.5"}), "restart web on every host")
    assert [s.engine for s in ex.planned.steps] == ["default", "prod-1"]


@pytest.mark.parametrize("sentence", ["web 재시작", "restart web", "web 좀 재시작해 주세요", "docker restart web"])
def test_no_question_between_two_names_of_one_daemon(sentence):
    ex = explain(gorae(), sentence)
    p = ex.planned
    assert isinstance(p, Plan), p
    assert p.cli == ("docker --context default restart web",) and p.aliases == ("staging",)


def test_two_daemons_are_still_asked_about_once_each():
    ex = explain(gorae({"prod-1": "ssh://deploy@10.0.0.5"}), "web 재시작")
    p = ex.planned
    assert isinstance(p, Unresolved) and p.reason.key == "engines.ambiguous"
    assert dict(p.reason.params)["engines"] == "default, prod-1"
    assert len(p.choices) == 2 and not any("staging" in c for c in p.choices)


@pytest.mark.parametrize("sentence", [
    "web 재시작하지 마", "don't restart web on every host", "web 재시작했어?", "모든 서버에서 web 재시작했어?",
])
def test_what_runs_nothing_still_runs_nothing(sentence):
    ex = explain(gorae(), sentence)
    assert not (isinstance(ex.planned, Plan) and ex.planned.writes), ex.planned


def test_the_name_said_stays_the_one_shown():
    ex = explain(gorae(), "restart web on staging")
    assert ex.planned.cli == ("docker --context staging restart web",)
    assert ex.planned.engine == "staging" and ex.planned.aliases == ("default",)


# ----------------------------------------------------------------------------- the policy: every name


POLICY = """
version: 1
channels: {ops: C0OPS}
groups: {leads: [U0LEAD]}
roles:
  stager: {verbs: [read, operate], engines: ["staging"]}
  everywhere: {verbs: [read, operate]}
  lead: {verbs: [read]}
bindings:
  - {role: stager, users: [U0STAGE]}
  - {role: everywhere, users: [U0ALL]}
  - {role: lead, users: [U0LEAD], engines: ["staging"]}
  - {role: lead, users: [U0BOTH]}
approve:
  - {verbs: [operate], engines: ["default"], approvers: [lead]}
"""


def _decide(user, sentence):
    g = gorae()
    ex = explain(g, sentence, Actor(user), "C0OPS", "slack")
    assert isinstance(ex.planned, Plan), ex.planned
    req = Request(sentence, Actor(user), "C0OPS", source="slack")
    return ex.planned, authorize(ex.planned, req, parse_policy(POLICY)), req


@pytest.mark.parametrize("sentence", ["restart web on staging", "staging에서 web 재시작", "docker --context staging restart web"])
def test_a_role_on_one_name_does_not_reach_the_daemons_other_name(sentence):
    # stricter of the two: `stager` reaches `staging` only, and staging is the same daemon as `default`
    _, d, _ = _decide("U0STAGE", sentence)
    assert d.kind == "deny", d
    assert "default" in text(d.reason, "en")


def test_a_rule_on_the_other_name_applies_to_the_name_said():
    p, d, req = _decide("U0ALL", "restart web on staging")
    assert d.kind == "approve", d  # approve[0] is scoped to `default`: the same daemon
    policy = parse_policy(POLICY)
    assert can_approve(p, req, Actor("U0BOTH"), "C0OPS", policy).kind == "allow"
    assert can_approve(p, req, Actor("U0LEAD"), "C0OPS", policy).kind == "deny"  # reaches `staging` only


def test_every_host_is_decided_for_every_name():
    _, d, _ = _decide("U0STAGE", "restart web on every host")
    assert d.kind == "deny", d
