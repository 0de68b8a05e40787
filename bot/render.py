"""Outcomes, refusals and questions -> a neutral `Reply` in the asker's language.

    reply = outcome(plan, execute(plan, client), "ko")
    print(bot.front.terminal.render(reply, color=sys.stdout.isatty()))

The builders pick sentences from `bot.messages` and pass every piece of text
through `redact_text` (the one hook for secret redaction). The docker command a
plan means (`plan.cli`) is always part of the reply. `to_json` adapts a Reply for the
CLI; the terminal (bot/front/terminal.py) and Slack (bot/front/slack/blocks.py) have their own adapters.
"""
from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from typing import Any

from bot.messages import CATALOG, text
from bot.model import (
    Command,
    Decision,
    Msg,
    NotUnderstood,
    Outcome,
    Plan,
    Reply,
    Table,
    Unresolved,
)

EXIT_CODES = {"done": 0, "info": 0, "failed": 1, "denied": 1, "confirm": 1, "question": 1, "not_understood": 2}

# ---------------------------------------------------------------------------- redaction hook

_redactor: Any = None


def redact_text(value: str) -> str:
    """The single place secrets are masked: delegates to `bot.redact.redact` when it exists."""
    global _redactor
    if _redactor is None:
        try:
            from bot.redact import redact  # provided by the policy module, when present
        except ImportError:
            _redactor = lambda s: s  # noqa: E731
        else:
            _redactor = redact
    return _redactor(value) if value else value


def _r_all(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(redact_text(s) for s in items)


def _reply(lang: str, status: str, headline: str, **kw: Any) -> Reply:
    table: Table | None = kw.pop("table", None)
    if table is not None:
        table = Table(table.columns, tuple(_r_all(row) for row in table.rows))
    fields = tuple((k, redact_text(v)) for k, v in kw.pop("fields", ()))
    code = kw.pop("code", None)
    exit_code = kw.pop("exit_override", None)
    return Reply(
        lang="ko" if lang == "ko" else "en",
        status=status,  # type: ignore[arg-type]
        headline=redact_text(headline),
        cli=_r_all(kw.pop("cli", ())),
        table=table,
        fields=fields,
        code=redact_text(code) if code else code,
        notes=_r_all(kw.pop("notes", ())),
        exit_code=EXIT_CODES.get(status, 1) if exit_code is None else exit_code,
        **kw,
    )


def _t(msg: Msg | None, lang: str, default: str = "render.nothing_ran") -> str:
    return text(msg if msg is not None else Msg.of(default), lang)


def label(key: str, lang: str) -> str:
    """A field label: `field.*` keys are translated, anything else is shown as is."""
    return text(Msg.of(key), lang) if key in CATALOG else key


# ---------------------------------------------------------------------------- builders


def outcome(plan: Plan, result: Outcome, lang: str) -> Reply:
    """What came of running `plan`: headline, then table / fields / output, then details."""
    status = "done" if result.ok else "failed"
    if result.ok and result.exit_code not in (None, 0):
        status = "failed"  # the command ran and reported failure: say so with exit code 1
    notes = [text(m, lang) for m in result.details] + [text(m, lang) for m in plan.notes]
    return _reply(
        lang, status, _t(result.message, lang, "render.nothing_ran"),
        cli=plan.cli, table=result.table,
        fields=tuple((label(k, lang), v) for k, v in result.fields),
        code=result.text or None, notes=notes,
    )


def caret_line(source: str, column: int) -> str:
    """Spaces up to `column` (display width: Hangul counts 2) and a caret."""
    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in source[:column])
    return " " * width + "^"


def not_planned(parsed: Command | NotUnderstood, planned: Unresolved | None, lang: str,
                proposed: Plan | Unresolved | None = None) -> Reply:
    """Nothing ran: not understood (where, and what is close), unresolved names, a prohibition.

    `proposed`: a partial reading's closest reading, planned (shown by explain, not asked).
    """
    from bot import model

    if isinstance(parsed, NotUnderstood):
        code = None
        if parsed.column is not None and parsed.text:
            code = parsed.text + "\n" + caret_line(parsed.text, parsed.column)
        notes: tuple[str, ...] = ()
        if isinstance(proposed, Plan):
            notes += (text(_closest(proposed, parsed), lang),)
        notes += (text(Msg.of("render.nothing_ran"), lang),)
        if parsed.suggestions:
            notes += (text(Msg.of("parse.suggest"), lang),)
        from bot.redact import redact_known  # the reason may quote the request's words one by one

        return _reply(lang, "not_understood", redact_known(text(parsed.reason, lang), parsed.text) or "", code=code,
                      notes=notes, choices=tuple(parsed.suggestions))
    if isinstance(parsed, model.Prohibition):
        reason = planned.reason if isinstance(planned, Unresolved) else Msg.of("parse.prohibition")
        return _reply(lang, "info", text(reason, lang))
    if isinstance(parsed, model.Help):
        return help_reply(lang, topic=parsed.topic)
    if isinstance(planned, Unresolved):
        hints: list[str] = []
        if planned.choices:
            hints.append(text(Msg.of("render.which", choices=", ".join(planned.choices)), lang))
        elif planned.suggestions:
            hints.append(text(Msg.of("render.did_you_mean", choices=", ".join(planned.suggestions)), lang))
        hints.append(text(Msg.of("render.nothing_ran"), lang))
        choices = tuple(planned.choices or planned.suggestions)
        return _reply(lang, "question" if choices else "failed", text(planned.reason, lang),
                      notes=hints, choices=choices)
    return _reply(lang, "not_understood", text(Msg.of("render.not_understood"), lang))


def plan_notes(plan: Plan, lang: str) -> list[str]:
    """What a plan will do, for a question: its summary (a sequence: then each step,
    numbered, in order) and its notes."""
    notes = [text(plan.summary, lang)] if plan.summary else []
    notes += [f"{n}. {text(step.summary, lang)}" for n, step in enumerate(plan.steps, 1) if step.summary]
    notes += [text(m, lang) for m in plan.notes]
    return notes


def ask_confirm(plan: Plan, decision: Decision, lang: str, pending_id: str) -> Reply:
    """Ask before running: the docker command(s), and why a yes is needed.

    A sequence is asked as one ("these 2 steps run in order…"), the step's own reason
    as a note; an approval keeps the policy's reason (who may approve) as its headline.
    """
    headline = _t(decision.reason, lang, "confirm.destructive")
    notes = plan_notes(plan, lang)
    if plan.steps and decision.kind == "confirm":
        whole = Msg.of("sequence.confirm", count=len(plan.steps))
        if decision.reason is not None and decision.reason != whole:
            notes.append(headline)
        headline = text(whole, lang)
    return _reply(lang, "confirm", headline, cli=plan.cli, notes=notes, pending=pending_id,
                  approval=decision.kind == "approve")


def denied(plan: Plan, decision: Decision, lang: str) -> Reply:
    """Refused by the policy; for a sequence, which step was refused (and that none ran)."""
    notes = []
    if plan.steps and decision.step is not None and 0 < decision.step <= len(plan.steps):
        step = plan.steps[decision.step - 1]
        notes.append(text(Msg.of("sequence.denied", n=decision.step, count=len(plan.steps),
                                 cli=" && ".join(step.cli)), lang))
    notes.append(text(Msg.of("render.nothing_ran"), lang))
    return _reply(lang, "denied", _t(decision.reason, lang, "policy.denied"), cli=plan.cli, notes=notes)


# ---------------------------------------------------------------------------- a partial reading


def unread_words(nu: NotUnderstood) -> str:
    """The words not read, each in backticks: "`xyz`, `abc`"."""
    return ", ".join(f"`{w}`" for w in nu.unread)


# A whole reading asked back, not a partial one: a write asked about ("can i stop web"), told as the task
# ("금일 작업은 db 기동입니다"), or a pipe typed in a container's command run through its shell ("web에서 ps aux |
# grep nginx 해줘": sh -c), or an image's removal a container's was said of ("alpine 지워줘") — {reason key: (the question, the line explain shows)}
ASKED_BACK: dict[str, tuple[str, str]] = {
    "parse.asked": ("proposal.asked", "proposal.asked_closest"),
    "parse.stated": ("proposal.stated", "proposal.stated_closest"),
    "parse.piped": ("proposal.piped", "proposal.piped_closest"),
    "parse.loan_name": ("proposal.loan_name", "proposal.loan_name_closest"),
    "parse.keyboard": ("proposal.keyboard", "proposal.keyboard_closest"),
    "parse.image_meant": ("proposal.image_meant", "proposal.image_meant_closest"),
    "parse.addressed_other": ("proposal.addressed_other", "proposal.addressed_other_closest"),
}


def proposal_question(plan: Plan, nu: NotUnderstood) -> Msg:
    """"`docker stop cache` — I did not read `xyz`. Run it?" (language-neutral, for the
    reply and the audit log); a write asked about ("can i stop web"): "`docker stop web` — you
    asked whether you may. Run it now?"."""
    if not nu.unread and nu.reason.key in ASKED_BACK:
        return Msg.of(ASKED_BACK[nu.reason.key][0], cli=" && ".join(plan.cli), **dict(nu.reason.params))
    return Msg.of("proposal.question", cli=" && ".join(plan.cli), unread=unread_words(nu) or "…")


def _closest(plan: Plan, nu: NotUnderstood) -> Msg:
    """The line explain shows for a proposal: the closest reading and what was not read, or
    the command asked about."""
    if not nu.unread and nu.reason.key in ASKED_BACK:
        return Msg.of(ASKED_BACK[nu.reason.key][1], cli=" && ".join(plan.cli), **dict(nu.reason.params))
    return Msg.of("proposal.closest", cli=" && ".join(plan.cli), unread=unread_words(nu) or "…")


def ask_proposal(plan: Plan, question: Msg, decision: Decision, lang: str, pending_id: str) -> Reply:
    """The closest reading as a yes/no question for the asker (status confirm, `proposal`).

    `decision` is what the policy says of the reading now; it decides again after the
    yes. Exit code 2 (not understood) for `gorae say`: a guess is never run by --yes.
    """
    notes = plan_notes(plan, lang)
    if decision.kind in ("confirm", "approve") and decision.reason is not None:
        notes.append(text(decision.reason, lang))
    notes.append(text(Msg.of("proposal.only_on_yes"), lang))
    return _reply(lang, "confirm", text(question, lang), cli=plan.cli, notes=notes, pending=pending_id,
                  proposal=True, exit_override=2)


def proposal_refused(nu: NotUnderstood, plan: Plan, decision: Decision, lang: str) -> Reply:
    """Not understood, and the closest reading is one the policy refuses: nothing is asked."""
    notes = [text(Msg.of("proposal.not_allowed", cli=" && ".join(plan.cli)), lang)]
    if decision.reason is not None:
        notes.append(text(decision.reason, lang))
    notes.append(text(Msg.of("render.nothing_ran"), lang))
    return _reply(lang, "not_understood", text(nu.reason, lang), notes=notes)


HELP_ORDER = ("read", "operate", "exec", "deploy", "destroy", "network", "volume", "admin")


# the permission class of a verb whose help is asked ("help restart"): its help says when the asker may not
HELP_TOPIC_CLASS = {"run": "deploy", "create": "deploy", "pull": "deploy", "push": "deploy", "tag": "deploy",
                    "start": "operate", "stop": "operate", "pause": "operate", "unpause": "operate", "rename": "operate",
                    "restart": "operate", "kill": "destroy", "rm": "destroy", "prune": "destroy",
                    "logs": "read", "inspect": "read", "list": "read", "exec": "exec",
                    "connect": "network", "disconnect": "network"}


def help_reply(lang: str, allowed: Iterable[str] | None = None, topic: str | None = None) -> Reply:
    """What gorae can do — only what this asker may do here (None: everything); with a topic (a verb:
    "help restart", "재시작 어떻게 해?"), how to say that one and what it runs."""
    if topic and f"help.social.{topic}" in CATALOG:  # "hi", "thanks": a hello, a you're-welcome
        return _reply(lang, "info", text(Msg.of(f"help.social.{topic}"), lang))
    if topic and f"help.topic.{topic}" in CATALOG:
        cls = HELP_TOPIC_CLASS.get(topic, "read")
        denied = [] if allowed is None or cls in set(allowed) else [text(Msg.of("help.topic.not_allowed", verb_class=cls), lang)]
        return _reply(lang, "info", text(Msg.of(f"help.topic.{topic}"), lang),
                      notes=(*denied, text(Msg.of("help.more"), lang)))
    classes = [c for c in HELP_ORDER if allowed is None or c in set(allowed)]
    notes = tuple(text(Msg.of(f"help.class.{c}"), lang) for c in classes if f"help.class.{c}" in CATALOG)
    if not classes:
        return _reply(lang, "info", text(Msg.of("help.nothing"), lang))
    return _reply(lang, "info", text(Msg.of("help.text"), lang), notes=notes)


def simple(status: str, msg: Msg, lang: str) -> Reply:
    """One sentence; `Reply.key` says which (front ends decide by the key, never by the text)."""
    return _reply(lang, status, text(msg, lang), key=msg.key)


# ---------------------------------------------------------------------------- adapters


def to_json(reply: Reply) -> dict[str, Any]:
    """A Reply as plain JSON-able data (tables as {"columns", "rows"})."""
    import json

    data = dataclasses.asdict(reply)
    data.pop("key", None)  # for front ends' decisions, not part of the shown answer
    if reply.table is not None:
        data["table"] = {"columns": reply.table.columns, "rows": reply.table.rows}
    return json.loads(json.dumps(data, ensure_ascii=False))  # tuples -> lists
