"""`gorae` — the command line.

    gorae explain [--json] [TEXT]     parse + plan, never changes anything
    gorae say [--json] [--yes] TEXT   the whole pipeline, once (exit 0 done, 1 failed/denied, 2 not understood)
    gorae shell                       interactive chat in the terminal
    gorae slack [--http PORT]         the Slack app
    gorae audit                       what was asked, by whom, what ran
    gorae policy check|explain        the permission policy
    gorae health                      is the running gorae slack connected (HEALTHCHECK)
    gorae watch [--json]              the engines' alerts, live

Sub-commands that live in their own modules register themselves through
`add_arguments(subparsers)` and run through `main(args)`; they are imported only
when named, so `gorae explain` starts without slack, rich or prompt_toolkit.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from bot.pipeline import Gorae

class Plugin(NamedTuple):
    """A sub-command in its own module: `add(subparsers)` registers it, `run(args)` runs it."""

    add: Callable[[Any], argparse.ArgumentParser]
    run: Callable[[argparse.Namespace], int]


def _shell() -> Plugin:
    from bot.front import shell

    return Plugin(shell.add_arguments, shell.main)


def _slack() -> Plugin:
    from bot.front.slack import app

    return Plugin(app.add_arguments, app.main)


def _audit() -> Plugin:
    from bot.front import commands

    return Plugin(commands.add_audit_arguments, commands.audit_main)


def _policy() -> Plugin:
    from bot.front import commands

    return Plugin(commands.add_policy_arguments, commands.policy_main)


def _health() -> Plugin:
    from bot.front import health

    return Plugin(health.add_arguments, health.main)


def _watch() -> Plugin:
    from bot.alerts import watch

    return Plugin(watch.add_arguments, watch.main)


# sub-command -> its module, imported only when named (raises ImportError when its extra is missing)
PLUGINS: dict[str, Callable[[], Plugin]] = {
    "shell": _shell, "slack": _slack, "audit": _audit, "policy": _policy, "health": _health, "watch": _watch,
}

# each sub-command's one line in `gorae --help`, shown without importing its module; the same words as
# the `help=` its module's add_arguments gives (tests/test_cli_help.py keeps the two equal)
SUMMARY: dict[str, str] = {
    "shell": "interactive chat in the terminal (history, Korean input, tables)",
    "slack": "run the Slack app (Socket Mode by default, or HTTP with --http PORT)",
    "audit": "what was asked, by whom, what ran, what came of it",
    "policy": "check a policy file or explain a decision",
    "health": "exit 0 when the running gorae slack is connected to Slack and to the engine (for HEALTHCHECK)",
    "watch": "print the engines' alerts live (died, OOM, unhealthy, restart loops)",
}


@dataclass(frozen=True)
class AskOptions:
    """`gorae explain` / `gorae say`'s options (`build_parser`), read once from the command line."""

    text: tuple[str, ...] = ()  # the request's words (explain: none -> lines from stdin)
    json: bool = False  # --json
    yes: bool = False  # say --yes: confirm destructive actions non-interactively
    as_user: str | None = None  # --as USER: a Slack user ID, for policy checks
    channel: str | None = None  # --channel NAME
    policy: str | None = None  # --policy FILE

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", tuple(self.text))  # argparse gives a list


def ask_options(args: argparse.Namespace | AskOptions) -> AskOptions:
    from bot.front.compose import read_options

    return args if isinstance(args, AskOptions) else read_options(AskOptions, args)


def _actor_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="as_user", metavar="USER", help="act as this Slack user ID (for policy checks)")
    p.add_argument("--channel", default=None, help="act in this channel")
    p.add_argument("--policy", default=None, help="policy file (default: $GORAE_POLICY or config)")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="gorae", description="gorae (고래): chat-ops for Docker in Korean and English")
    ap.add_argument("--version", action="version", version="gorae 0.1.0")
    sub = ap.add_subparsers(dest="cmd", metavar="COMMAND")

    ex = sub.add_parser("explain", help="show what a request means, run nothing")
    ex.add_argument("--json", action="store_true", help="one JSON object per utterance")
    ex.add_argument("text", nargs="*", help="the request (reads lines from stdin when absent)")
    _actor_args(ex)

    say = sub.add_parser("say", help="do what the request says, once")
    say.add_argument("--json", action="store_true")
    say.add_argument("--yes", "-y", action="store_true", help="confirm destructive actions non-interactively")
    say.add_argument("text", nargs="+")
    _actor_args(say)

    for name, load in PLUGINS.items():
        if only is not None and name != only:
            sub.add_parser(name, help=SUMMARY[name], add_help=False)
            continue
        try:
            plugin = load()
        except ImportError as e:  # a front end whose extra is not installed
            p = sub.add_parser(name, help=f"unavailable: {e}")
            p.set_defaults(unavailable=str(e))
            continue
        plugin.add(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in argv if not a.startswith("-")), None)
    only = first if first in PLUGINS else "__none__"
    if program and first in ("explain", "say"):  # a one-shot in Korean: Kiwi loads on the other core
        from bot.language import ahead

        ahead.start(" ".join(argv))
    elif program and first == "shell":  # the shell's prompt shows while Kiwi loads on the other core
        from bot.language import ahead

        ahead.start("", session=True)
    from bot.config import SettingsInvalid, cli_lang, format_problems, load_settings

    try:
        load_settings(slack=first == "slack")
    except SettingsInvalid as e:  # one clear line per wrong setting, never a traceback
        print(format_problems(e.problems, cli_lang()), file=sys.stderr)
        return 1
    from bot.engine.named import EnginesInvalid, load_engines

    try:  # the engines (docker contexts, the config's `engines:`): checked at start as settings are
        load_engines()
    except (EnginesInvalid, SettingsInvalid) as e:
        print(format_problems(e.problems, cli_lang()), file=sys.stderr)
        return 1
    args = build_parser(only=only).parse_args(argv)
    if args.cmd is None:
        build_parser(only="__none__").print_help()
        return 2
    unavailable: str | None = vars(args).get("unavailable")  # set only on a front end that failed to import
    if unavailable:
        print(f"gorae {args.cmd}: {unavailable}", file=sys.stderr)
        return 1
    if args.cmd == "explain":
        code = closed_pipe_safe(explain_main, ask_options(args))
        if program:  # the `gorae` command itself, not a call from Python (tests, bench probes)
            end_now(code)
        return code
    if args.cmd == "say":
        return say_main(ask_options(args))
    return int(PLUGINS[args.cmd]().run(args))


def end_now(code: int) -> None:
    """End the process without the interpreter's teardown (`os._exit`), stdout and stderr flushed.

    For a one-shot `gorae explain`, which writes nothing (no audit log, no state file): with the
    Korean analyser loaded, the teardown is 0.1–0.2 s of freeing ~250 MB that the kernel takes
    back anyway (bench/RESULTS.md, issue 8)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        pass
    os._exit(code)


# --------------------------------------------------------------------------- gorae


def make_gorae(opts: AskOptions, *, audit: bool = True) -> Gorae:
    """The Gorae of `gorae say` / `gorae explain` (bot.front.compose, --policy FILE when given);
    a policy file with errors stops gorae here, with the errors and their lines."""
    from bot.front.compose import make_gorae_or_exit

    return make_gorae_or_exit(opts.policy, audit=audit)


def request_for(opts: AskOptions, text: str, source: str = "cli") -> Any:
    from bot.config import local_actor
    from bot.model import Actor, Request

    user = opts.as_user
    if user:
        actor = Actor(user=user)
        channel = opts.channel or "cli"
    else:
        actor = local_actor()
        channel = opts.channel or "terminal"
    return Request(text=text, actor=actor, channel=channel, source=source)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- explain


def explain_json(ex: Any) -> dict[str, Any]:
    from bot import messages
    from bot.model import Msg, NotUnderstood, Plan, Prohibition, Unresolved, reply_lang

    lang = reply_lang(ex.lang)
    out: dict[str, Any] = {"text": ex.text, "understood": ex.understood, "lang": ex.lang, "cli": [],
                 "summary": "", "error": None, "suggestions": []}
    if isinstance(ex.planned, Plan):
        # the exact command, as the corpus contract asks: explain runs nothing and
        # answers only the local user; chat replies and the audit log are redacted
        out["cli"] = list(ex.planned.cli)
        out["summary"] = messages.text(ex.planned.summary, lang) if ex.planned.summary else ""
        out["verb"] = ex.planned.verb
        out["writes"] = ex.planned.writes
        out["destructive"] = ex.planned.destructive
        if ex.planned.notes:
            out["notes"] = [messages.text(n, lang) for n in ex.planned.notes]
        if ex.planned.steps:  # a sequence: each step, in order
            out["steps"] = [_plan_json(step, lang) for step in ex.planned.steps]
    elif isinstance(ex.planned, Unresolved):
        out["error"] = messages.text(ex.planned.reason, lang)
        out["suggestions"] = list(ex.planned.suggestions or ex.planned.choices)
        if isinstance(ex.parsed, Prohibition):
            out["prohibition"] = True
    elif isinstance(ex.parsed, NotUnderstood):
        out["error"] = messages.text(ex.parsed.reason, lang)
        if ex.parsed.column is not None:
            out["column"] = ex.parsed.column
        out["suggestions"] = list(ex.parsed.suggestions)
        if ex.parsed.unread or isinstance(ex.proposed, Plan):
            out["unread"] = list(ex.parsed.unread)
        if isinstance(ex.proposed, Plan):  # a partial reading: understood stays false
            out["proposal"] = _plan_json(ex.proposed, lang)
    if ex.decision is not None:
        out["decision"] = {"kind": ex.decision.kind, "rule": ex.decision.rule,
                           "reason": messages.text(ex.decision.reason, lang) if ex.decision.reason else None}
    if ex.unchecked is not None:  # planned without an engine: names not checked
        out["unchecked"] = messages.text(Msg.of("explain.unchecked", reason=messages.text(ex.unchecked, lang)), lang)
    return out


def _plan_json(plan: Any, lang: str) -> dict[str, Any]:
    """A plan's docker command(s) and summary (explain's proposal and sequence steps)."""
    from bot import messages

    return {"cli": list(plan.cli), "summary": messages.text(plan.summary, lang) if plan.summary else "",
            "verb": plan.verb, "writes": plan.writes, "destructive": plan.destructive}


def explain_main(options: AskOptions | argparse.Namespace) -> int:
    from bot import messages
    from bot.model import NotUnderstood, Plan, reply_lang
    from bot.redact import redact_known, redact_plan_cli
    from bot.render import ASKED_BACK

    args = ask_options(options)
    if args.as_user or args.channel or args.policy:
        gorae = make_gorae(args, audit=False)
    else:  # nobody to decide for: the policy is not read (a cheaper start-up)
        from bot.pipeline import Gorae

        gorae = Gorae()
    texts = [" ".join(args.text)] if args.text else None
    stream = texts if texts is not None else stdin_lines()
    read_while_kiwi_loads()
    for text in stream:
        req = request_for(args, text) if (args.as_user or args.channel) else None
        try:
            ex = gorae.explain(text, req)
        except Exception as e:  # never a traceback for one bad line
            print(json.dumps({"text": text, "understood": False, "lang": "en", "cli": [], "summary": "",
                              "error": f"internal error: {type(e).__name__}", "suggestions": []},
                             ensure_ascii=False))
            continue
        if args.json:
            print(json.dumps(explain_json(ex), ensure_ascii=False), flush=True)
        else:
            data = explain_json(ex)
            lang = reply_lang(ex.lang)
            if isinstance(ex.planned, Plan):  # data["understood"]
                print(data["summary"])
                for c in redact_plan_cli(ex.planned):  # a terminal may be shared: mask secrets
                    print("  $ " + c)
                for n in data.get("notes", []):
                    print("  " + n)
            else:
                print(redact_known(data["error"] or "", text) or messages.t("parse.empty", lang))
                if "proposal" in data:
                    unread = ", ".join(f"`{w}`" for w in data.get("unread", ())) or "…"
                    cli_said = " && ".join(data["proposal"]["cli"])
                    asked = ASKED_BACK.get(ex.parsed.reason.key) if isinstance(ex.parsed, NotUnderstood) else None
                    if not data.get("unread") and asked:  # "can i stop web": the command asked about (or told)
                        said = ex.parsed.reason.kw() if isinstance(ex.parsed, NotUnderstood) else {}
                        print("  " + messages.t(asked[1], lang, cli=cli_said, **said))
                    else:
                        print("  " + messages.t("proposal.closest", lang, cli=cli_said, unread=unread))
                if data["suggestions"]:
                    print(messages.t("parse.suggest", lang) + " " + " · ".join(data["suggestions"]))
            if data.get("unchecked"):
                print("  " + data["unchecked"])
    return 0


def stdin_lines() -> Any:
    """Lines of stdin as text, without their newline; bytes that are not UTF-8 become U+FFFD
    (one bad line never stops the stream, and every answer stays valid JSON)."""
    buffer = getattr(sys.stdin, "buffer", None)  # a replaced sys.stdin (StringIO) has no bytes underneath
    if buffer is None:  # a text stream without bytes underneath (tests, embedding)
        yield from (line.rstrip("\r\n") for line in sys.stdin)
        return
    for raw in buffer:
        yield raw.decode("utf-8", "replace").rstrip("\r\n")


def closed_pipe_safe(fn: Callable[[AskOptions], int], args: AskOptions) -> int:
    """fn(args), ending quietly when stdout's reader goes away (`gorae explain < f | head -1`)."""
    try:
        code = fn(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _stdout_to_devnull()
        return 0


def _stdout_to_devnull() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)  # the flush at exit must not fail again
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def print_out(text: str) -> None:
    """Print `text` on stdout now; when stdout's reader has gone away (`gorae say … | head -3`), the rest of the
    output goes nowhere and gorae carries on: what ran has run, and the exit code stays the outcome's."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        _stdout_to_devnull()


# --------------------------------------------------------------------------- say


def read_while_kiwi_loads() -> None:
    """When Kiwi is loading in the forked child (`ahead.start`, a Korean one-shot), load the
    parsers, the readers and the engine client's modules here meanwhile (bot.language.parse.warm),
    not after the first analysis; nothing otherwise (English, docker CLI, a library caller, the
    shell). No engine call, no Kiwi."""
    from bot.language import ahead

    if ahead.pending():
        import importlib

        from bot.language.parse import warm, warm_korean

        warm()
        warm_korean()
        for module in ("http.client", "socket"):  # what the engine's direct client (bot.engine.view
            importlib.import_module(module)  # RawAPI) imports when it first plans: ~25 ms


def say_main(options: AskOptions | argparse.Namespace) -> int:
    from bot import render
    from bot.front import terminal

    args = ask_options(options)
    gorae = make_gorae(args)
    req = request_for(args, " ".join(args.text))
    read_while_kiwi_loads()
    color = sys.stdout.isatty() and not args.json

    def progress(line: str) -> None:
        if not args.json:
            print(line, file=sys.stderr, flush=True)

    reply = gorae.handle(req, progress=progress)
    if reply.proposal and args.yes:
        # a blind yes is not a yes to a guess: show the question, run nothing, exit 2
        from bot import messages

        reply = dataclasses.replace(reply, notes=reply.notes + (messages.t("proposal.no_blind_yes", reply.lang),))
        if args.json:
            print_out(json.dumps(render.to_json(reply), ensure_ascii=False))
        else:
            print_out(terminal.render(reply, color=color))
        return 2
    if reply.status == "confirm" and reply.pending:
        pending = reply.pending
        if args.yes:
            reply = gorae.confirm(pending, req.actor, req.channel, yes=True, progress=progress)
        elif sys.stdin.isatty() and not args.json:
            print_out(terminal.render(reply, color=color))
            answer = input("(y/n) ")
            reply = gorae.confirm(pending, req.actor, req.channel,
                                  yes=terminal.is_yes(answer), progress=progress)
    if args.json:
        print_out(json.dumps(render.to_json(reply), ensure_ascii=False))
    else:
        print_out(terminal.render(reply, color=color))
    if reply.status == "confirm":
        return 2 if reply.proposal else 1
    return reply.exit_code
