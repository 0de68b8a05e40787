"""The whole flow, top to bottom: one request in, one reply out.

    normalize -> parse -> plan -> authorize -> execute -> render

Front ends (shell, cli, slack) build a `Request`, call `Gorae.handle` and deliver
the `Reply`. When the decision is "confirm", the reply carries a pending id and
the front end calls `Gorae.confirm(pending_id, actor, channel)` once the same
person says yes. Only the executor and the engine view do I/O.
"""
from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot import render
from bot.engine import DockerView, EngineUnavailable, EngineView, NullView, docker_client, raw_client
from bot.model import (
    ALLOW,
    Actor,
    Command,
    Decision,
    Help,
    Lang,
    Msg,
    NotUnderstood,
    Outcome,
    Plan,
    Reply,
    Request,
    Unresolved,
    reply_lang,
)
from bot.normalize import normalize
from bot.parse import detect_lang, parse
from bot.pending import MemoryPending, Pending
from bot.pending import changed as plan_changed
from bot.plan import plan as make_plan

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Explanation:
    """parse + plan (+ decision), nothing run: what `gorae explain` prints."""

    text: str
    lang: Lang
    parsed: Command | NotUnderstood
    planned: Plan | Unresolved | None
    decision: Decision | None = None

    @property
    def understood(self) -> bool:
        return isinstance(self.planned, Plan)


@dataclass
class Gorae:
    """One bot: an engine, a policy (authorize), an audit log, pending confirmations."""

    authorizer: Callable[[Plan, Request], Decision] | None = None
    audit: Any = None  # bot.audit.AuditLog when issue 3 lands; None = no audit
    confirm_ttl: float = 300.0  # a policy's confirm_ttl (authorizer.confirm_ttl) wins
    _client: Any = None
    pending: Any = field(default_factory=MemoryPending)  # bot.pending.PendingStore (Slack: SqlitePending)
    clock: Callable[[], float] = time.time

    # ----------------------------------------------------------------- engine
    def client(self) -> Any:
        if self._client is None:
            self._client = docker_client()
        return self._client

    def view(self) -> EngineView:
        """The engine, read-only, for planning. Without an SDK client yet (`gorae explain`),
        a small direct client answers: planning alone never pays for importing the SDK."""
        if self._client is None:
            raw = raw_client()
            if raw is not None:
                return DockerView(raw)
        try:
            return DockerView(self.client())
        except EngineUnavailable:
            return NullView()

    # ----------------------------------------------------------------- stages
    def explain(self, text: str, request: Request | None = None) -> Explanation:
        clean = normalize(text)
        lang = detect_lang(clean)
        parsed = parse(clean)
        if isinstance(parsed, NotUnderstood):
            return Explanation(clean, parsed.lang, parsed, None)
        planned = make_plan(parsed, self.view())
        decision = None
        if request is not None and isinstance(planned, Plan):
            decision = self.authorize(planned, request)
        return Explanation(clean, parsed.lang or lang, parsed, planned, decision)

    def authorize(self, plan: Plan, request: Request) -> Decision:
        if self.authorizer is None:
            return default_decision(plan)
        try:
            return self.authorizer(plan, request)
        except Exception:  # fail closed
            return Decision("deny", Msg.of("policy.error"), rule="error")

    def handle(self, request: Request, *, progress: Progress | None = None) -> Reply:
        started = time.monotonic()
        ex = self.explain(request.text, request)
        lang = reply_lang(ex.lang)
        if isinstance(ex.parsed, Help):  # only what this asker may do, here
            allowed = getattr(self.authorizer, "allowed_classes", None)
            classes = None if allowed is None else [c.value for c in allowed(request)]
            return render.help_reply(lang, classes)
        if not isinstance(ex.planned, Plan):
            self._audit_note(request, ex)
            return render.not_planned(ex.parsed, ex.planned, lang)
        plan, decision = ex.planned, ex.decision or ALLOW
        if decision.kind in ("confirm", "approve"):
            pend = self._park(request, plan, decision)
            return render.ask_confirm(plan, decision, lang, pend.id)
        if decision.allowed:
            decision = self._take_slot(plan, request, decision)
        if not decision.allowed:
            self._audit(request, plan, decision, None, started)
            return render.denied(plan, decision, lang)
        return self._run(request, plan, decision, lang, started, progress)

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Progress | None = None, accepted: Callable[[], None] | None = None) -> Reply:
        """The same person, in the same place, within the time limit, says yes (or no).

        When the decision was "approve", the yes must come from someone else holding an
        approver role, in the same channel (the asker may still withdraw with a no). A refused
        answer consumes nothing; a pending runs at most once. The plan is made again at the
        yes: if its targets changed (other IDs, more or fewer matches), gorae asks again.
        `accepted()` is called once the answer counts and the plan is about to run (a front
        end shows nothing of the click before that: a refused click leaves the question as it was).
        """
        pend = self.pending.get(pending_id)
        if pend is None:
            return render.simple("info", Msg.of("confirm.unknown"), "en")
        lang = reply_lang(pend.plan.command.lang)
        refusal = self._refuse_answer(pend, actor, channel, yes)
        if refusal is not None:
            return render.simple("denied", refusal, lang)
        pend = self.pending.take(pending_id)
        if pend is None:  # another answer got there first
            return render.simple("info", Msg.of("confirm.unknown"), lang)
        if pend.expired(self.clock()):
            self._audit_end(pend.audit_row, "expired")
            return render.simple("info", Msg.of("confirm.expired"), lang)
        if not yes:
            self._audit_end(pend.audit_row, "cancelled")
            return render.simple("info", Msg.of("confirm.cancelled"), lang)
        started = time.monotonic()
        fresh = self._replan(pend.plan)
        moved = plan_changed(pend.plan, fresh)
        if moved is not None or not isinstance(fresh, Plan):
            self._audit_end(pend.audit_row, "changed")
            if not isinstance(fresh, Plan):
                return render.simple("failed", Msg.of("confirm.gone"), lang)
            return self._ask_again(pend.request, fresh, lang, Msg.of("confirm.changed", what=moved))
        decision = self._admit(pend)
        if decision.kind in ("confirm", "approve"):  # the policy now wants a second person
            self._audit_end(pend.audit_row, "changed")
            return self._ask_again(pend.request, fresh, lang, decision.reason)
        if not decision.allowed:
            self._audit_end(pend.audit_row, "denied", decision.reason)
            return render.denied(pend.plan, decision, lang)
        if accepted is not None:  # the answer counts and the plan runs now (Slack shows "working")
            accepted()
        return self._run(pend.request, pend.plan, decision, lang, started, progress,
                         row=pend.audit_row, by=actor.user)

    # ----------------------------------------------------------------- confirmation (issue 3)
    def _refuse_answer(self, pend: Pending, actor: Actor, channel: str, yes: bool) -> Msg | None:
        """Why this answer does not count (nothing is consumed), or None when it does."""
        if channel != pend.request.channel:
            return Msg.of("confirm.foreign")
        asker = actor.user == pend.request.actor.user
        if pend.decision.kind != "approve" or (asker and not yes):
            return None if asker else Msg.of("confirm.foreign")
        check = getattr(self.authorizer, "can_approve", None)
        if check is None:
            return Msg.of("policy.approve.no_policy")
        try:
            verdict = check(pend.plan, pend.request, actor, channel)
        except Exception:  # fail closed
            return Msg.of("policy.error")
        return None if verdict.allowed else (verdict.reason or Msg.of("policy.denied"))

    def _take_slot(self, plan: Plan, request: Request, decision: Decision) -> Decision:
        """An allowed write takes its rate-limit slot when it runs (explain never does)."""
        take = getattr(self.authorizer, "take", None)
        if take is None:
            return decision
        try:
            return take(plan, request) or decision
        except Exception:  # fail closed
            return Decision("deny", Msg.of("policy.error"), rule="error")

    def _admit(self, pend: Pending) -> Decision:
        """Decide again at the yes (the policy or the rate limit may say no now)."""
        try:
            admit = getattr(self.authorizer, "admit", None)
            if admit is not None:
                return admit(pend.plan, pend.request, pend.decision)
            decision = self.authorize(pend.plan, pend.request)
        except Exception:  # fail closed
            return Decision("deny", Msg.of("policy.error"), rule="error")
        if decision.kind == "deny" or (decision.kind == "approve" and pend.decision.kind != "approve"):
            return decision
        return Decision("allow", decision.reason, decision.rule)

    def _replan(self, plan: Plan) -> Plan | Unresolved | None:
        try:
            return make_plan(plan.command, self.view())
        except Exception:  # a plan that cannot be made again is a changed world
            return None

    def _ask_again(self, request: Request, plan: Plan, lang: str, why: Msg | None) -> Reply:
        decision = self.authorize(plan, request)
        if decision.kind == "deny":
            self._audit(request, plan, decision, None, time.monotonic())
            return render.denied(plan, decision, lang)
        kind = "approve" if decision.kind == "approve" else "confirm"
        pend = self._park(request, plan, Decision(kind, decision.reason, decision.rule or "changed"))
        return render.ask_confirm(plan, Decision(kind, why or decision.reason, decision.rule), lang, pend.id)

    def _audit_note(self, request: Request, ex: Explanation) -> None:
        if self.audit is None:
            return
        if isinstance(ex.parsed, NotUnderstood):
            self.audit.record(request, "not_understood", message=ex.parsed.reason)
        elif isinstance(ex.planned, Unresolved):
            self.audit.record(request, "unresolved", message=ex.planned.reason)
        else:
            self.audit.record(request, "not_run")

    def _audit_end(self, row: Any, status: str, message: Msg | None = None) -> None:
        if self.audit is not None and row is not None:
            self.audit.finish(row, status, None, message=message)

    # ----------------------------------------------------------------- helpers
    def _park(self, request: Request, plan: Plan, decision: Decision) -> Pending:
        now = self.clock()
        ttl = getattr(self.authorizer, "confirm_ttl", None) or self.confirm_ttl
        row = self.audit.start(request, plan, decision) if self.audit is not None else None
        pend = Pending(secrets.token_hex(8), request, plan, decision, now, now + ttl, row)
        self.pending.put(pend)
        return pend

    def _run(self, request: Request, plan: Plan, decision: Decision, lang: str,
             started: float, progress: Progress | None, *, row: Any = None, by: str | None = None) -> Reply:
        from bot.execute import execute  # imports the docker SDK

        if row is None:
            row = self._audit(request, plan, decision, None, started)
        elif self.audit is not None:
            self.audit.begin(row, by=by, decision=decision)  # the pending row now runs
        try:
            client = self.client()
        except EngineUnavailable as e:
            key = "engine.denied" if e.denied else "engine.unreachable"
            outcome = Outcome(False, Msg.of(key, where=str(e)))
        else:
            outcome = execute(plan, client, progress=progress)
        self._audit(request, plan, decision, outcome, started, row=row)
        return render.outcome(plan, outcome, lang)

    def _audit(self, request: Request, plan: Plan, decision: Decision,
               outcome: Outcome | None, started: float, row: Any = None) -> Any:
        if self.audit is None:
            return None
        if outcome is None and row is None:
            return self.audit.start(request, plan, decision)
        if row is not None:
            self.audit.finish(row, outcome, time.monotonic() - started)
        return row


def default_decision(plan: Plan) -> Decision:
    """Without a policy (the local user): everything allowed, destructive things confirmed."""
    if plan.destructive:
        return Decision("confirm", Msg.of("confirm.destructive"), rule="default")
    return ALLOW
