"""`gorae policy`: check a policy file, explain a decision (`gorae audit` is bot/state/audit.py's).

    gorae policy check FILE                          validate a policy file (errors with line numbers)
    gorae policy explain [--as U] [--channel C] TEXT what would be decided for TEXT, and why
    gorae audit [--user U] [--since 2h] [--json]     what was asked, by whom, what ran

bot/policy/ keeps only the check and the file format, bot/state/audit.py only the store;
where the files are is bot/config.py's (`policy_path`, `audit_path`). Registered by
bot/front/cli.py (PLUGINS "policy" and "audit").
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from bot.config import cli_lang, local_actor
from bot.messages import text as render_text
from bot.model import Actor, Msg, Plan, Request

# --------------------------------------------------------------------------- `gorae policy`

def add_policy_arguments(subparsers: Any) -> argparse.ArgumentParser:
    """`gorae policy check FILE` and `gorae policy explain --as USER --channel CH TEXT`."""
    parser = subparsers.add_parser("policy", help="check a policy file or explain a decision") \
        if hasattr(subparsers, "add_parser") else subparsers
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
        authorizer = load_authorizer(args.policy_file)
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
