"""`gorae policy` and `gorae audit`: the operator's commands over the policy and the audit log.

    gorae policy check FILE                          validate a policy file (errors with line numbers)
    gorae policy explain [--as U] [--channel C] TEXT what would be decided for TEXT, and why
    gorae audit [--user U --container C --verb V --outcome O --since 1d --until … --json]
    gorae audit export --since 7d --format jsonl|csv [--output FILE]
    gorae audit verify                               replay the hash chain, name the first bad row

bot/policy/ keeps only the check and the file format, bot/state/audit.py only the store;
where the files are is bot/config.py's (`policy_path`, `audit_path`). Registered by
bot/front/cli.py (PLUGINS "policy" and "audit").
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.config import audit_path, cli_lang, local_actor, policy_path
from bot.messages import text as render_text
from bot.model import Actor, Msg, Plan, Request
from bot.state.audit import OUTCOMES, AuditLog, export_rows, stored_msg, verify, write_export
from bot.state.backend import StateUnavailable

# --------------------------------------------------------------------------- `gorae policy`

def add_policy_arguments(subparsers: Any) -> argparse.ArgumentParser:
    """`gorae policy check FILE` and `gorae policy explain --as USER --channel CH TEXT`."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "policy", help="check a policy file or explain a decision")
    sub = parser.add_subparsers(dest="policy_command", required=True)
    check = sub.add_parser("check", help="validate a policy file (errors with line numbers)")
    check.add_argument("file")
    explain = sub.add_parser("explain", help="what would be decided for TEXT, and why")
    explain.add_argument("--as", dest="as_user", metavar="USER", help="a Slack user ID (default: the terminal user)")
    explain.add_argument("--group", action="append", default=[], metavar="GROUP",
                         help="a Slack user group ID (S…) USER is in")
    explain.add_argument("--channel", default=None, metavar="CH", help="channel ID or #name")
    explain.add_argument("--policy", dest="policy_file", default=None, metavar="FILE")
    explain.add_argument("--json", action="store_true")
    explain.add_argument("text", nargs="+")
    return parser


def policy_main(args: argparse.Namespace) -> int:
    lang = cli_lang()
    if args.policy_command == "check":
        return _policy_check(args.file, lang)
    return _policy_explain(args, lang)


def _policy_check(file: str, lang: str) -> int:
    from bot.policy.check import format_problems
    from bot.policy.policyfile import PolicyInvalid, load_policy

    try:
        policy = load_policy(file)
        from bot.engine.named import EnginesInvalid, load_engines
        from bot.policy.check import engine_problems
        from bot.policy.policyfile import Problem

        try:
            known = load_engines().names()
        except EnginesInvalid as e:
            raise PolicyInvalid(file, [Problem(0, p) for p in e.problems]) from e
        problems = engine_problems(policy, known)
        if problems:
            raise PolicyInvalid(file, problems)
    except PolicyInvalid as e:
        print(format_problems(e, lang), file=sys.stderr)
        print(render_text(Msg.of("policy.check.failed", file=file, count=len(e.problems)), lang), file=sys.stderr)
        return 1
    print(render_text(Msg.of("policy.check.ok", file=file, roles=len(policy.roles), bindings=len(policy.bindings),
                             confirms=len(policy.confirm), approves=len(policy.approve)), lang))
    return 0


def policy_request(text: str, user: str | None, channel: str | None, groups: Iterable[str] = ()) -> Request:
    """The Request `--as USER --channel CH` stands for (no --as: the terminal user)."""
    if user:
        return Request(text, Actor(user, tuple(groups)), channel or "terminal", source="cli")
    return Request(text, local_actor(tuple(groups)), channel or "terminal", source="cli")


def _policy_explain(args: argparse.Namespace, lang: str) -> int:
    from bot.pipeline import Gorae  # the parser and planner: only for explain
    from bot.policy.check import format_problems, load_authorizer, roles_here
    from bot.policy.policyfile import PolicyInvalid

    try:
        authorizer = load_authorizer(policy_path(args.policy_file))
    except PolicyInvalid as e:
        print(format_problems(e, lang), file=sys.stderr)
        return 1
    request = policy_request(" ".join(args.text), args.as_user, args.channel, args.group)
    ex = Gorae(authorizer=authorizer).explain(request.text, request)
    from bot.model import reply_lang

    lang = reply_lang(ex.lang)  # answer in the asker's language, as the bot would
    from bot.redact import redact_plan_cli

    cli = list(redact_plan_cli(ex.planned)) if isinstance(ex.planned, Plan) else []
    roles = [f"{r.name} ({why})" for r, why in roles_here(request.actor, request.channel, authorizer.policy)]
    d = ex.decision
    if args.json:
        print(json.dumps({
            "text": request.text, "user": request.actor.user, "channel": request.channel,
            "understood": ex.understood, "cli": cli, "roles": roles,
            "decision": d.kind if d else None, "rule": d.rule if d else None,
            "reason": render_text(d.reason, lang) if d and d.reason else None,
        }, ensure_ascii=False))
        return 0 if ex.understood else 2
    if not ex.understood or d is None:
        print(render_text(Msg.of("policy.explain.not_understood", text=request.text), lang))
        return 2
    none = render_text(Msg.of("policy.explain.none"), lang)
    rows = [("policy.explain.command", "\n".join(cli)),
            ("policy.explain.decision", render_text(Msg.of(f"decision.{d.kind}"), lang)),
            ("policy.explain.reason", render_text(d.reason, lang) if d.reason else "-"),
            ("policy.explain.rule", d.rule or "-"),
            ("policy.explain.roles", ", ".join(roles) or none)]
    for key, value in rows:
        print(f"{render_text(Msg.of(key), lang)}: {value}")
    return 0


# --------------------------------------------------------------------------- `gorae audit`

_AGO = re.compile(r"(\d+)\s*([smhdw])")


def parse_time(value: str, *, now: float | None = None) -> float:
    """"10m", "2h", "3d", "1w" ago, or an ISO date/time (local time). Raises ValueError."""
    now = time.time() if now is None else now
    m = _AGO.fullmatch(value.strip())
    if m:
        unit = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[m[2]]
        return now - int(m[1]) * unit
    return datetime.fromisoformat(value.strip()).timestamp()


def add_audit_arguments(subparsers: Any) -> argparse.ArgumentParser:
    """`gorae audit [list|export|verify] [--audit FILE|URL] [filters] [--json] [--format F] [--output FILE]`."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "audit", help="what was asked, by whom, what ran, what came of it")
    parser.add_argument("action", nargs="?", choices=("list", "export", "verify"), default="list",
                        help="list (default), export (--format jsonl|csv), verify (the hash chain)")
    parser.add_argument("--audit", dest="audit_file", metavar="FILE|URL",
                        help="audit database: a SQLite file or a state URL (default: $GORAE_AUDIT, else $GORAE_STATE)")
    parser.add_argument("--user", help="user ID or glob")
    parser.add_argument("--container", help="container name (glob) or ID prefix")
    parser.add_argument("--verb", help="docker verb (restart) or verb class (destroy)")
    parser.add_argument("--outcome", choices=OUTCOMES, help="none = started, no outcome")
    parser.add_argument("--since", help="10m, 2h, 3d or a date/time")
    parser.add_argument("--until", help="10m, 2h, 3d or a date/time")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="JSON instead of a table")
    parser.add_argument("--format", dest="fmt", choices=("jsonl", "csv"), default="jsonl", help="export format")
    parser.add_argument("--output", "-o", metavar="FILE", help="export to FILE (default: standard output)")
    return parser


def audit_main(args: argparse.Namespace) -> int:
    """Run `gorae audit`: 0 done, 1 no database / unreachable / the chain broken, 2 a bad time."""
    lang = cli_lang()
    path = audit_path(args.audit_file)
    if "://" not in path and path != ":memory:" and not Path(path).exists():
        print(render_text(Msg.of("audit.no_db", path=path), lang), file=sys.stderr)
        return 1
    bounds = {}
    for name, raw in (("since", args.since), ("until", args.until)):
        if raw:
            try:
                bounds[name] = parse_time(raw)
            except ValueError:
                print(render_text(Msg.of("audit.bad_time", value=raw), lang), file=sys.stderr)
                return 2
    try:
        log = AuditLog(path)
        action = args.action or "list"
        if action == "export":
            return _export_main(log, args, bounds)
        if action == "verify":
            return _verify_main(log, lang)
        rows = log.query(user=args.user, container=args.container, verb=args.verb, outcome=args.outcome,
                         limit=args.limit, **bounds)
    except StateUnavailable as e:
        print(render_text(Msg.of("state.unreachable", where=e.label, why=e.why), lang), file=sys.stderr)
        return 1
    if args.json:
        for r in rows:
            for col in ("reason", "message"):
                msg = stored_msg(r[col])
                r[col] = render_text(msg, lang) if msg else None
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(render_text(Msg.of("audit.empty"), lang))
        return 0
    print_table(rows, lang)
    return 0


def _export_main(log: AuditLog, args: argparse.Namespace, bounds: dict[str, float]) -> int:
    rows = export_rows(log, **bounds)
    output = args.output
    if output:
        fd = os.open(output, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)  # who did what: not world-readable
        with open(fd, "w", encoding="utf-8", newline="") as out:
            write_export(rows, args.fmt, out)
    else:
        write_export(rows, args.fmt, sys.stdout)
    return 0


def _verify_main(log: AuditLog, lang: str) -> int:
    v = verify(log)
    for rid in v.open_rows:
        print(render_text(Msg.of("audit.verify.open", row=rid), lang))
    if v.bad is not None:
        print(render_text(v.bad[1], lang))
        return 1
    print(render_text(Msg.of("audit.verify.ok", rows=v.rows, entries=v.entries, head=v.head[:16] or "-",
                      older=v.before_chain), lang))
    return 0


def print_table(rows: Iterable[dict[str, Any]], lang: str, *, file: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    cols = ("id", "time", "user", "channel", "text", "cli", "decision", "outcome", "seconds")
    table = Table(*(render_text(Msg.of(f"audit.col.{c}"), lang) for c in cols), show_lines=False)
    for r in rows:
        stamp = datetime.fromtimestamp(r["started"]).strftime("%Y-%m-%d %H:%M:%S")
        outcome = r["outcome"] or render_text(Msg.of("audit.outcome.none"), lang)
        msg = stored_msg(r["message"]) or stored_msg(r["reason"])
        if msg is not None and r["outcome"] not in ("ok", None):
            outcome = f"{outcome}: {render_text(msg, lang)}"
        decision = r["decision"] or ""
        if r.get("confirmed_by"):
            decision += f" ({r['confirmed_by']})"
        secs = "" if r["seconds"] is None else f"{r['seconds']:.2f}"
        table.add_row(str(r["id"]), stamp, r["user"], r["channel"] or "", r["text"] or "",
                      "\n".join(r["cli"]), decision, outcome, secs)
    console = Console(file=file or sys.stdout)
    if not console.is_terminal:  # piped or captured: do not wrap at 80 columns
        console = Console(file=file or sys.stdout, width=200)
    console.print(table)
