"""Outcomes, refusals and questions -> a neutral `Reply` in the asker's language.

    reply = outcome(plan, execute(plan, client), "ko")
    print(to_terminal(reply, color=sys.stdout.isatty()))

The builders pick sentences from `bot.messages` and pass every piece of text
through `redact_text` (the one hook for secret redaction). The docker command a
plan means (`plan.cli`) is always part of the reply. `to_terminal` and `to_json`
adapt a Reply for the shell and the CLI; Slack has its own adapter.
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
            from bot.redact import redact as _r  # provided by the policy module, when present
        except ImportError:
            _r = None
        _redactor = _r or (lambda s: s)
    return _redactor(value) if value else value


def _r_all(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(redact_text(s) for s in items)


def _reply(lang: str, status: str, headline: str, **kw: Any) -> Reply:
    table: Table | None = kw.pop("table", None)
    if table is not None:
        table = Table(table.columns, tuple(_r_all(row) for row in table.rows))
    fields = tuple((k, redact_text(v)) for k, v in kw.pop("fields", ()))
    code = kw.pop("code", None)
    return Reply(
        lang="ko" if lang == "ko" else "en",
        status=status,  # type: ignore[arg-type]
        headline=redact_text(headline),
        cli=_r_all(kw.pop("cli", ())),
        table=table,
        fields=fields,
        code=redact_text(code) if code else code,
        notes=_r_all(kw.pop("notes", ())),
        exit_code=EXIT_CODES.get(status, 1),
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


def not_planned(parsed: Command | NotUnderstood, planned: Unresolved | None, lang: str) -> Reply:
    """Nothing ran: not understood (where, and what is close), unresolved names, a prohibition."""
    from bot import model

    if isinstance(parsed, NotUnderstood):
        code = None
        if parsed.column is not None and parsed.text:
            code = parsed.text + "\n" + caret_line(parsed.text, parsed.column)
        notes = (text(Msg.of("render.nothing_ran"), lang),)
        if parsed.suggestions:
            notes += (text(Msg.of("parse.suggest"), lang),)
        from bot.redact import redact_known  # the reason may quote the request's words one by one

        return _reply(lang, "not_understood", redact_known(text(parsed.reason, lang), parsed.text) or "", code=code,
                      notes=notes, choices=tuple(parsed.suggestions))
    if isinstance(parsed, model.Prohibition):
        reason = planned.reason if isinstance(planned, Unresolved) else Msg.of("parse.prohibition")
        return _reply(lang, "info", text(reason, lang))
    if isinstance(parsed, model.Help):
        return _reply(lang, "info", text(Msg.of("help.text"), lang))
    if isinstance(planned, Unresolved):
        notes: list[str] = []
        if planned.choices:
            notes.append(text(Msg.of("render.which", choices=", ".join(planned.choices)), lang))
        elif planned.suggestions:
            notes.append(text(Msg.of("render.did_you_mean", choices=", ".join(planned.suggestions)), lang))
        notes.append(text(Msg.of("render.nothing_ran"), lang))
        choices = tuple(planned.choices or planned.suggestions)
        return _reply(lang, "question" if choices else "failed", text(planned.reason, lang),
                      notes=notes, choices=choices)
    return _reply(lang, "not_understood", text(Msg.of("render.not_understood"), lang))


def ask_confirm(plan: Plan, decision: Decision, lang: str, pending_id: str) -> Reply:
    """Ask before running: the docker command, and why a yes is needed."""
    notes = [text(plan.summary, lang)] if plan.summary else []
    notes += [text(m, lang) for m in plan.notes]
    return _reply(lang, "confirm", _t(decision.reason, lang, "confirm.destructive"),
                  cli=plan.cli, notes=notes, pending=pending_id, approval=decision.kind == "approve")


def denied(plan: Plan, decision: Decision, lang: str) -> Reply:
    return _reply(lang, "denied", _t(decision.reason, lang, "policy.denied"), cli=plan.cli,
                  notes=(text(Msg.of("render.nothing_ran"), lang),))


HELP_ORDER = ("read", "operate", "exec", "deploy", "destroy", "network", "volume", "admin")


def help_reply(lang: str, allowed: Iterable[str] | None = None) -> Reply:
    """What gorae can do — only what this asker may do here (None: everything)."""
    classes = [c for c in HELP_ORDER if allowed is None or c in set(allowed)]
    notes = tuple(text(Msg.of(f"help.class.{c}"), lang) for c in classes if f"help.class.{c}" in CATALOG)
    if not classes:
        return _reply(lang, "info", text(Msg.of("help.nothing"), lang))
    return _reply(lang, "info", text(Msg.of("help.text"), lang), notes=notes)


def simple(status: str, msg: Msg, lang: str) -> Reply:
    return _reply(lang, status, text(msg, lang))


# ---------------------------------------------------------------------------- adapters


def to_json(reply: Reply) -> dict[str, Any]:
    """A Reply as plain JSON-able data (tables as {"columns", "rows"})."""
    import json

    data = dataclasses.asdict(reply)
    if reply.table is not None:
        data["table"] = {"columns": reply.table.columns, "rows": reply.table.rows}
    return json.loads(json.dumps(data, ensure_ascii=False))  # tuples -> lists


def to_terminal(reply: Reply, *, color: bool, width: int | None = None) -> str:
    """Terminal text: rich (colour, aligned tables) on a TTY, plain docker-like text otherwise."""
    from bot import terminal

    return terminal.render(reply, color=color, width=width)
