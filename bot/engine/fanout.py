"""Run a plan on every engine side by side, and say what came of it as one answer.

    `ps on all hosts`  -> one table, ENGINE first, each engine's rows under its name
    `restart web on every host` -> one line per engine ("[prod-1] restarted web")

Each engine runs in a thread of its own (bot/engine/named.py side_by_side) with its own client;
one that does not answer fails alone, within its bound, and the others' results stand.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.engine.named import side_by_side
from bot.engine.view import EngineUnavailable
from bot.messages.policy import expand
from bot.model import Msg, Outcome, Plan, Table

ClientOf = Callable[[str | None], Any]
Progress = Callable[[str], None]
ENGINE_COLUMN = "ENGINE"


def run_one(step: Plan, client_of: ClientOf, progress: Progress | None = None) -> Outcome:
    """One engine's step (never raises: an unreachable engine is an Outcome that says so)."""
    from bot.engine import execute as execute_mod
    from bot.pipeline import run_steps

    try:
        client = client_of(step.engine)
    except EngineUnavailable as e:
        return Outcome(False, e.message())
    try:
        if step.steps:
            return run_steps(step, client, progress=progress)
        return execute_mod.execute(step, client, progress=progress)
    except EngineUnavailable as e:
        return Outcome(False, e.message())


def run_fanout(plan: Plan, client_of: ClientOf, *, progress: Progress | None = None) -> Outcome:
    """Every step of `plan` (one per engine) at once; one Outcome for all."""
    by_engine = {s.engine or "?": s for s in plan.steps}
    outs = side_by_side(by_engine, lambda n: run_one(by_engine[n], client_of, progress))
    return combine(outs)


def combine(outs: dict[str, Outcome]) -> Outcome:
    """Per-engine outcomes as one: tables merged under an ENGINE column, the rest per engine."""
    count = len(outs)
    failed = [n for n, o in outs.items() if not o.ok or o.exit_code not in (None, 0)]
    tables = {n: o.table for n, o in outs.items() if o.table is not None}
    table = None
    if tables:
        columns = next(iter(tables.values())).columns
        if all(t.columns == columns for t in tables.values()):
            rows = tuple((n, *row) for n, t in tables.items() for row in t.rows)
            table = Table((ENGINE_COLUMN, *columns), rows)
    details: list[Msg] = []
    for n, o in outs.items():
        if o.message is not None and (table is None or n not in tables or not o.ok):
            details.append(expand("engines.on", engine=n, text=o.message))
        details += [expand("engines.on", engine=n, text=d) for d in o.details]
    text = "\n".join(f"[{n}]\n{o.text}" for n, o in outs.items() if o.text) or None
    fields = tuple((f"{n} {k}", v) for n, o in outs.items() for k, v in o.fields)
    if failed:
        head = Msg.of("engines.fanout_failed", count=count, failed=len(failed), engines=", ".join(failed))
    else:
        head = Msg.of("engines.fanout_done", count=count)
    return Outcome(not failed, head, table, fields, text, None, tuple(details))
