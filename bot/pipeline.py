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
from dataclasses import dataclass, field
from typing import Any, Callable

from bot import render
from bot.engine import DockerView, EngineUnavailable, EngineView, NullView, docker_client
from bot.model import (
    ALLOW,
    Actor,
    Command,
    Decision,
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
class Pending:
    """A plan waiting for a yes: frozen at the question, tied to who and where."""

    id: str
    request: Request
    plan: Plan
    decision: Decision
    created: float
    expires: float


@dataclass
class Gorae:
    """One bot: an engine, a policy (authorize), an audit log, pending confirmations."""

    authorizer: Callable[[Plan, Request], Decision] | None = None
    audit: Any = None  # bot.audit.AuditLog when issue 3 lands; None = no audit
    confirm_ttl: float = 300.0
    _client: Any = None
    _pending: dict[str, Pending] = field(default_factory=dict)

    # ----------------------------------------------------------------- engine
    def client(self) -> Any:
        if self._client is None:
            self._client = docker_client()
        return self._client

    def view(self) -> EngineView:
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
        if not isinstance(ex.planned, Plan):
            return render.not_planned(ex.parsed, ex.planned, lang)
        plan, decision = ex.planned, ex.decision or ALLOW
        if decision.kind in ("confirm", "approve"):
            pend = self._park(request, plan, decision)
            return render.ask_confirm(plan, decision, lang, pend.id)
        if not decision.allowed:
            self._audit(request, plan, decision, None, started)
            return render.denied(plan, decision, lang)
        return self._run(request, plan, decision, lang, started, progress)

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Progress | None = None) -> Reply:
        """The same person, in the same place, within the time limit, says yes (or no)."""
        pend = self._pending.get(pending_id)
        lang = "en"
        if pend is None:
            return render.simple("info", Msg.of("confirm.unknown"), lang)
        lang = reply_lang(pend.plan.command.lang)
        if pend.request.actor.user != actor.user or pend.request.channel != channel:
            return render.simple("denied", Msg.of("confirm.foreign"), lang)
        del self._pending[pending_id]
        if time.time() > pend.expires:
            return render.simple("info", Msg.of("confirm.expired"), lang)
        if not yes:
            return render.simple("info", Msg.of("confirm.cancelled"), lang)
        return self._run(pend.request, pend.plan, pend.decision, lang, time.monotonic(), progress)

    # ----------------------------------------------------------------- helpers
    def _park(self, request: Request, plan: Plan, decision: Decision) -> Pending:
        now = time.time()
        pend = Pending(secrets.token_hex(6), request, plan, decision, now, now + self.confirm_ttl)
        self._pending[pend.id] = pend
        return pend

    def _run(self, request: Request, plan: Plan, decision: Decision, lang: str,
             started: float, progress: Progress | None) -> Reply:
        from bot.execute import execute  # imports the docker SDK

        row = self._audit(request, plan, decision, None, started)
        try:
            client = self.client()
        except EngineUnavailable as e:
            outcome = Outcome(False, Msg.of("engine.unreachable", where=str(e)))
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
