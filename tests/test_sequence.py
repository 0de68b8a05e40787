"""A sequence of verbs ("web 중지하고 삭제해줘", "stop web then remove it"): one ordered plan,
every step through the policy, one confirmation, run in order stopping at the first failure.

The parser builds `Sequence(steps=...)`; these tests construct it directly (the parse stage
is replaced by a table), so that everything after the parser is proved on its own. Real
planner and policy, a fake engine view, a recording executor: nothing touches Docker here
(the engine tests are in test_e2e_propose.py).
"""
from __future__ import annotations

from typing import Any

import pytest
from fakes import FakeView

from bot import pipeline as pipeline_mod
from bot.engine import execute as execute_mod
from bot.engine.plan import plan as make_plan
from bot.model import (
    Actor,
    Inspect,
    Kill,
    Logs,
    Msg,
    Outcome,
    Plan,
    Remove,
    Request,
    Restart,
    Sequence,
    Stop,
    Unresolved,
    VerbClass,
)
from bot.pipeline import Gorae
from bot.policy.check import Authorizer
from bot.policy.policyfile import parse_policy
from bot.state.audit import AuditLog

POLICY = """\
roles:
  operator: {verbs: [read, operate], containers: ["*"]}
  oncall: {verbs: [read, operate, destroy], containers: ["*"]}
  lead: {verbs: [all]}
bindings:
  - {role: operator, users: [U0OP]}
  - {role: oncall, users: [U0BOB]}
  - {role: lead, users: [U0LEAD, U0LEAD2]}
approve:
  - {verbs: [destroy], containers: ["db*"], approvers: [lead]}
"""
OP, BOB, LEAD, LEAD2 = Actor("U0OP"), Actor("U0BOB"), Actor("U0LEAD"), Actor("U0LEAD2")
LOCAL = Actor("local:me", local=True)

STOP_RM_WEB = Sequence(steps=(Stop(targets=("web",)), Remove(targets=("web",))))
STOP_RM_WEB_KO = Sequence(steps=(Stop(targets=("web",), lang="ko"), Remove(targets=("web",), lang="ko")), lang="ko")


class Bot(Gorae):
    def view(self) -> Any:
        return FakeView()

    def client(self) -> Any:
        return object()


@pytest.fixture
def parsed(monkeypatch):
    """text -> what the parser would return (a Sequence built here, not by the parser)."""
    table: dict[str, Any] = {}
    real = pipeline_mod.parse
    monkeypatch.setattr(pipeline_mod, "parse", lambda text, **kw: table[text] if text in table else real(text, **kw))
    return table


class Ran(list):
    def __init__(self) -> None:
        super().__init__()
        self.fail: set[str] = set()


@pytest.fixture
def ran(monkeypatch):
    """Every plan handed to the executor, in order; `fail` names CLI lines that fail."""
    calls = Ran()
    fail = calls.fail

    def fake_execute(plan, client, progress=None):
        calls.append(plan)
        if plan.cli[0] in fail:
            return Outcome(False, Msg.of("err.failed_all", ok_count=0, failed_count=1, failed="x"))
        return Outcome(True, Msg.of("done." + plan.verb.replace("rm", "remove"), names="web"))

    monkeypatch.setattr(execute_mod, "execute", fake_execute)
    return calls


def make_bot(tmp_path, policy: str | None = POLICY) -> Bot:
    auth = Authorizer(parse_policy(policy)) if policy else None
    return Bot(authorizer=auth, audit=AuditLog(tmp_path / "audit.db"))


def ask(bot: Gorae, text: str, actor: Actor, channel: str = "C0OPS"):
    return bot.handle(Request(text, actor, channel, source="slack"))


# --------------------------------------------------------------------------- plan


def test_plan_is_the_steps_in_order():
    p = make_plan(STOP_RM_WEB, FakeView())
    assert isinstance(p, Plan)
    assert p.cli == ("docker stop web", "docker rm web")
    assert [c.op for c in p.calls] == ["container.stop", "container.remove"]
    assert [s.verb for s in p.steps] == ["stop", "rm"] and p.verb == "stop+rm"
    assert p.verb_class == VerbClass.DESTROY and p.destructive and p.writes
    assert [(t.kind, t.name) for t in p.targets] == [("container", "web")]  # once, not per step
    assert p.targets[0].id == FakeView().containers()[0].id


def test_a_step_that_cannot_be_planned_makes_nothing_of_the_sequence():
    p = make_plan(Sequence(steps=(Stop(targets=("web",)), Remove(targets=("nosuch",)))), FakeView())
    assert isinstance(p, Unresolved) and p.reason.key == "plan.no_such_container"
    assert isinstance(p.command, Sequence)


def test_a_read_only_sequence_writes_nothing():
    p = make_plan(Sequence(steps=(Inspect("web"), Logs("web", tail=5))), FakeView())
    assert isinstance(p, Plan) and not p.writes and p.verb_class == VerbClass.READ
    assert p.cli == ("docker inspect web", "docker logs --tail 5 web")


# --------------------------------------------------------------------------- confirm and run


def test_one_confirmation_then_both_steps_in_order(tmp_path, parsed, ran):
    parsed["stop web then remove it"] = STOP_RM_WEB
    bot = make_bot(tmp_path)
    q = ask(bot, "stop web then remove it", BOB)
    assert q.status == "confirm" and q.pending and ran == []
    assert q.cli == ("docker stop web", "docker rm web")
    assert q.headline == "These 2 steps run in order, confirmed together. Go ahead?"
    assert q.notes[1:3] == ("1. Stop web (SIGTERM, then SIGKILL after the timeout).", "2. Remove web.")
    assert "Removing web cannot be undone. Go ahead?" in q.notes  # the step's own reason
    done = bot.confirm(q.pending, BOB, "C0OPS")
    assert [p.cli for p in ran] == [("docker stop web",), ("docker rm web",)]
    assert done.status == "done" and done.headline == "Ran all 2 steps, in order."
    assert done.cli == ("docker stop web", "docker rm web")
    assert "Stopped web." in done.notes and "Removed web." in done.notes
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "info" and len(ran) == 2  # once
    (row,) = bot.audit.query()
    assert row["cli"] == ["docker stop web", "docker rm web"] and row["outcome"] == "ok"
    assert row["verb"] == "stop+rm" and row["confirmed_by"] == "U0BOB"


def test_korean_sequence_is_asked_and_answered_in_korean(tmp_path, parsed, ran):
    parsed["web 중지하고 삭제해줘"] = STOP_RM_WEB_KO
    bot = make_bot(tmp_path)
    q = ask(bot, "web 중지하고 삭제해줘", BOB)
    assert q.lang == "ko" and q.status == "confirm" and q.cli == ("docker stop web", "docker rm web")
    assert "2단계를 순서대로 실행합니다." in q.notes
    done = bot.confirm(q.pending, BOB, "C0OPS")
    assert done.headline == "2단계를 순서대로 모두 실행했습니다."


def test_a_sequence_of_harmless_writes_is_still_confirmed_once(tmp_path, parsed, ran):
    parsed["restart web then cache"] = Sequence(steps=(Restart(targets=("web",)), Restart(targets=("cache",))))
    bot = make_bot(tmp_path)
    q = ask(bot, "restart web then cache", OP)
    assert q.status == "confirm" and q.headline == "These 2 steps run in order, confirmed together. Go ahead?"
    assert ran == []
    assert bot.confirm(q.pending, OP, "C0OPS").status == "done" and len(ran) == 2


def test_a_read_only_sequence_runs_without_a_question(tmp_path, parsed, ran):
    parsed["inspect web and its logs"] = Sequence(steps=(Inspect("web"), Logs("web")))
    r = ask(make_bot(tmp_path), "inspect web and its logs", OP)
    assert r.status == "done" and len(ran) == 2


def test_any_denied_step_denies_the_whole_naming_the_step(tmp_path, parsed, ran):
    parsed["stop web then remove it"] = STOP_RM_WEB
    bot = make_bot(tmp_path)
    r = ask(bot, "stop web then remove it", OP)  # operator may stop, not remove
    assert r.status == "denied" and ran == [] and r.pending is None
    assert "Step 2 of 2 (`docker rm web`) is not allowed, so no step was run." in r.notes
    assert r.cli == ("docker stop web", "docker rm web")
    (row,) = bot.audit.query()
    assert row["outcome"] == "denied" and row["cli"] == ["docker stop web", "docker rm web"]


def test_an_approve_rule_on_one_step_needs_the_second_person_for_the_whole(tmp_path, parsed, ran):
    parsed["stop db then remove it"] = Sequence(steps=(Stop(targets=("db",)), Remove(targets=("db",))))
    bot = make_bot(tmp_path)
    q = ask(bot, "stop db then remove it", LEAD)
    assert q.status == "confirm" and q.approval and ran == []
    assert bot.confirm(q.pending, LEAD, "C0OPS").status == "denied" and ran == []  # not one's own
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "denied" and ran == []  # not an approver
    done = bot.confirm(q.pending, LEAD2, "C0OPS")
    assert done.status == "done" and [p.verb for p in ran] == ["stop", "rm"]


def test_the_first_failure_stops_the_sequence_and_says_what_ran(tmp_path, parsed, ran):
    parsed["stop web then remove it"] = STOP_RM_WEB
    ran.fail.add("docker stop web")
    bot = make_bot(tmp_path, policy=None)  # the terminal user, no policy file
    q = ask(bot, "stop web then remove it", LOCAL, "terminal")
    r = bot.confirm(q.pending, LOCAL, "terminal")
    assert [p.verb for p in ran] == ["stop"]  # the rm never reached the executor
    assert r.status == "failed" and r.exit_code == 1
    assert r.headline == "Step 1 of 2 (`docker stop web`) failed; gorae stopped there."
    assert "Steps not run: 2 (`docker rm web`)" in r.notes
    assert not any(n.startswith("Steps that ran") for n in r.notes)
    assert bot.audit.query()[0]["outcome"] == "failed"


def test_a_failing_second_step_says_the_first_ran(tmp_path, parsed, ran):
    parsed["stop web then remove it"] = STOP_RM_WEB
    ran.fail.add("docker rm web")
    bot = make_bot(tmp_path, policy=None)
    q = ask(bot, "stop web then remove it", LOCAL, "terminal")
    r = bot.confirm(q.pending, LOCAL, "terminal")
    assert [p.verb for p in ran] == ["stop", "rm"] and r.status == "failed"
    assert "Steps that ran: 1 (`docker stop web`)" in r.notes
    assert not any(n.startswith("Steps not run") for n in r.notes)


def test_a_step_denied_at_the_yes_runs_nothing(tmp_path, parsed, ran):
    parsed["stop web then remove it"] = STOP_RM_WEB
    bot = make_bot(tmp_path)
    q = ask(bot, "stop web then remove it", BOB)
    bot.authorizer = Authorizer(parse_policy(POLICY.replace("[read, operate, destroy]", "[read, operate]")))
    r = bot.confirm(q.pending, BOB, "C0OPS")
    assert r.status == "denied" and ran == []
    assert any("Step 2 of 2" in n for n in r.notes)


def test_rate_limit_counts_every_step(tmp_path, parsed, ran):
    parsed["kill web then remove it"] = Sequence(steps=(Kill(targets=("web",)), Remove(targets=("web",))))
    bot = make_bot(tmp_path, POLICY + "rate_limit: {writes_per_minute: 3}\n")
    q = ask(bot, "kill web then remove it", BOB)
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "done"  # two slots used
    q = ask(bot, "kill web then remove it", BOB)
    r = bot.confirm(q.pending, BOB, "C0OPS")
    assert r.status == "denied" and len(ran) == 2


def test_explain_json_shows_both_steps(tmp_path, parsed):
    from bot.front.cli import explain_json

    parsed["stop web then remove it"] = STOP_RM_WEB
    data = explain_json(make_bot(tmp_path).explain("stop web then remove it"))
    assert data["understood"] is True and data["cli"] == ["docker stop web", "docker rm web"]
    assert [s["cli"] for s in data["steps"]] == [["docker stop web"], ["docker rm web"]]
    assert data["destructive"] is True
