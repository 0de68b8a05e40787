"""`gorae shell`: chat with gorae in a terminal.

    $ gorae shell
    gorae> web 재시작
    ✔ web 컨테이너를 재시작했습니다.
    $ docker restart web

On a TTY: prompt_toolkit line editing, persistent history
($XDG_STATE_HOME/gorae/history), Korean input, rich tables, a y/n question before
destructive actions, Ctrl-C cancels the line, Ctrl-D leaves. Without a TTY it
reads one utterance per line and answers each (a confirmation reads the next
line as its y/n answer), so it can be driven by a pipe.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from bot.config import cli_lang, local_actor
from bot.front.terminal import NO_WORDS, YES_WORDS
from bot.messages import t
from bot.model import Actor, Msg, Reply, Request

EXIT_WORDS = {"exit", "quit", ":q", "bye", "나가기", "끝내기"}
EXPLAIN_PREFIXES = ("explain ", "? ", "설명 ")
PROMPT = "gorae> "


@dataclass(frozen=True)
class ShellOptions:
    """`gorae shell`'s options (`add_arguments`), read once from the command line (`main`)."""

    as_user: str | None = None  # --as USER: a Slack user ID, for policy checks; None: the local user
    channel: str | None = None  # --channel NAME; None: "terminal"
    policy: str | None = None  # --policy FILE; None: as bot/config.py finds it
    no_color: bool = False  # --no-color


def add_arguments(subparsers: Any) -> argparse.ArgumentParser:
    """Register `gorae shell` on the CLI's subparsers."""
    p = subparsers.add_parser("shell", help="interactive chat in the terminal (history, Korean input, tables)")
    p.add_argument("--as", dest="as_user", metavar="USER", default=None,
                   help="act as this Slack user ID, for policy checks (default: the local user)")
    p.add_argument("--channel", default=None, help="channel name for policy and audit (default: terminal)")
    p.add_argument("--policy", default=None, help="policy file (default: $GORAE_POLICY or config)")
    p.add_argument("--no-color", action="store_true", help="plain text output, even on a TTY")
    p.set_defaults(func=main)
    return p


def history_path() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "gorae" / "history"


def _make_bot(opts: ShellOptions) -> Any:
    """The same bot as `gorae say` (policy, audit): bot.front.compose."""
    from bot.front.compose import make_gorae_or_exit

    return make_gorae_or_exit(opts.policy)


class Shell:
    """One session: a bot, who is asking, where to read lines and where to write answers."""

    def __init__(self, bot: Any, actor: Actor, *, channel: str = "terminal",
                 out: TextIO | None = None, color: bool = False) -> None:
        self.bot, self.actor, self.channel = bot, actor, channel
        self.out = out or sys.stdout
        self.color = color
        self.engine_ok = False
        self._progress_open = False
        self._streamed: list[str] = []  # the lines that stay printed while the current request ran
        self.last_exit = 0
        self.warming: threading.Thread | None = None  # `start_warm`: the first line waits for it, once
        self._warm_started = False

    # ------------------------------------------------------------- output
    def write(self, text: str) -> None:
        self._end_progress()
        self.out.write(text + "\n")
        self.out.flush()

    def progress(self, line: str) -> None:
        """Progress lines (pulls) as they come; on a TTY they overwrite each other. A line that ends
        with a newline is output that stays (a followed log's lines, `docker logs -f`): printed as is."""
        if line.endswith("\n"):
            self._end_progress()
            self.out.write(line)
            self._streamed.append(line)
        elif self.color:
            self.out.write("\r\x1b[K" + line)
            self._progress_open = True
        else:
            self.out.write(line + "\n")
        self.out.flush()

    def _end_progress(self) -> None:
        if self._progress_open:
            self.out.write("\n")
            self._progress_open = False

    def show(self, reply: Reply) -> None:
        from dataclasses import replace

        from bot.front import terminal

        streamed, self._streamed = "".join(self._streamed), []
        if reply.code and streamed and streamed.endswith(reply.code):
            reply = replace(reply, code=None)  # a followed log: its lines are on the screen already

        self.write(terminal.render(reply, color=self.color) + "\n")
        self.last_exit = reply.exit_code

    # ------------------------------------------------------------- engine
    def check_engine(self) -> bool:
        from bot.engine.view import EngineUnavailable

        lang = cli_lang()
        try:
            client = self.bot.client()
            version = client.version().get("Version", "?")
        except EngineUnavailable as e:
            if e.tls:  # the engine is there: its TLS files are what to fix, not its being started
                from bot.messages import text

                self._warn(text(e.message(), lang))
            else:
                self._warn(t("shell.no_engine", lang, where=str(e) or _docker_host()))
            return False
        except Exception:  # reachable socket, broken engine: same advice
            self._warn(t("shell.no_engine", lang, where=_docker_host()))
            return False
        if self.color:
            self.write(t("shell.engine", lang, version=version, where=_docker_host()))
        self.engine_ok = True
        return True

    def start_warm(self) -> None:
        """Start `warm()` (once; later calls do nothing)."""
        if not self._warm_started:
            self._warm_started = True
            self.warming = warm()

    def _warn(self, text: str) -> None:
        if self.color:
            self.write(text)
        else:
            sys.stderr.write(text + "\n")

    # ------------------------------------------------------------- one line
    def handle_line(self, line: str, ask: Callable[[str], str | None]) -> bool:
        """Answer one line; False when the user wants to leave. `ask(prompt)` reads a y/n."""
        text = line.strip()
        if not text:
            return True
        if text.lower() in EXIT_WORDS:
            return False
        if self.warming is not None:  # what is left of the load, not a second load beside it
            self.warming.join()
            self.warming = None
        try:
            for prefix in EXPLAIN_PREFIXES:
                if text.lower().startswith(prefix):
                    self.show(self.explain(text[len(prefix):]))
                    return True
            reply = self.bot.handle(self._request(text), progress=self.progress)
            self.show(reply)
            if reply.status == "confirm" and reply.pending:
                answer = (ask(t("shell.confirm", reply.lang)) or "").strip()
                yes = answer.lower() in YES_WORDS
                self.show(self.bot.confirm(reply.pending, self.actor, self.channel, yes=yes,
                                           progress=self.progress))
                if not yes and answer.lower() not in NO_WORDS and not self.color:
                    # piped input: a line that is neither yes nor no is the next request, not lost
                    return self.handle_line(answer, ask)
        except KeyboardInterrupt:
            self.write(t("shell.interrupted", cli_lang()))
        except Exception as e:  # never a traceback in the user's face
            from bot import render

            self.show(render.simple("failed", Msg.of("err.unexpected", detail=f"{type(e).__name__}: {e}"),
                                    cli_lang()))
        return True

    def explain(self, text: str) -> Reply:
        """Parse + plan only: what would run, nothing runs."""
        from bot import render
        from bot.messages import text as msg_text
        from bot.model import Plan, reply_lang

        ex = self.bot.explain(text)
        lang = reply_lang(ex.lang)
        if not isinstance(ex.planned, Plan):
            return render.not_planned(ex.parsed, ex.planned, lang, ex.proposed)
        plan = ex.planned
        headline = msg_text(plan.summary, lang) if plan.summary is not None else t("shell.explain", lang)
        notes = render.plan_notes(plan, lang)[1 if plan.summary is not None else 0:] + [t("render.nothing_ran", lang)]
        return Reply(lang=lang, status="info", headline=headline, cli=plan.cli, notes=tuple(notes))

    def _request(self, text: str) -> Request:
        return Request(text=text, actor=self.actor, channel=self.channel, source="shell")


def _docker_host() -> str:
    from bot.config import docker_host

    return docker_host()


def warm() -> threading.Thread:
    """Load what the first line would otherwise wait for, on a daemon thread (returned): the
    natural and docker-CLI parsers (bot.language.parse.warm), then Kiwi (bot.language.morph).

    Started once the prompt is on the screen (`run_tty`), or before the first line read from a
    pipe (`main`). Under `gorae
    shell` Kiwi loads in the child forked at the command's start (bot.language.ahead, `session`):
    the parsers load here meanwhile, then this thread only waits for the child, so the prompt is
    not held back (Kiwi's own load holds the GIL for ~1 s: in this process it would stop the
    prompt for as long). `Shell.handle_line` waits for this thread before the first line (the
    rest of the load, never a second load beside it). Measured: bench/startup.py."""

    def load() -> None:
        from bot.language import morph, parse

        try:
            parse.warm()
            morph.preload()
        except Exception:  # the first line loads it again and says what is wrong
            pass

    th = threading.Thread(target=load, name="gorae-shell-warm", daemon=True)
    th.start()
    return th


# ----------------------------------------------------------------- the two loops


def run_tty(shell: Shell) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        history: Any = FileHistory(str(path))
    except OSError:
        history = InMemoryHistory()
    session: PromptSession[str] = PromptSession(history=history, auto_suggest=AutoSuggestFromHistory())
    answers: PromptSession[str] = PromptSession()  # y/n answers stay out of the history

    def ask(prompt: str) -> str | None:
        try:
            return answers.prompt(prompt)
        except (KeyboardInterrupt, EOFError):
            return None

    shell.write(t("shell.welcome", cli_lang()))
    # the load starts once the prompt is drawn: its first moments do not compete with the drawing
    session.app.after_render += lambda _app: shell.start_warm()
    while True:
        try:
            line = session.prompt(PROMPT)
        except KeyboardInterrupt:  # Ctrl-C: drop this line, keep the shell
            continue
        except EOFError:  # Ctrl-D: leave
            break
        if not shell.handle_line(line, ask):
            break
    shell.write(t("shell.bye", cli_lang()))
    return 0


def run_lines(shell: Shell, lines: Iterator[str]) -> int:
    """No TTY: every line is an utterance; after a confirmation question, the next line is the answer."""
    def ask(prompt: str) -> str | None:
        answer = next(lines, None)
        shell.write(prompt + (answer.strip() if answer is not None else ""))
        return answer

    for line in lines:
        if not shell.handle_line(line, ask):
            break
    return shell.last_exit


def main(args: argparse.Namespace | ShellOptions | None = None, *, bot: Any = None,
         stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point for `gorae shell` (bot/front/cli.py dispatches here with its namespace)."""
    from bot.front.compose import read_options

    opts = args if isinstance(args, ShellOptions) else read_options(ShellOptions, args)
    actor = Actor(user=opts.as_user) if opts.as_user else local_actor()
    channel = opts.channel or "terminal"
    stdin = stdin or io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()
    color = interactive and not opts.no_color and not os.environ.get("NO_COLOR")
    shell = Shell(bot or _make_bot(opts), actor, channel=channel, out=stdout, color=color)
    shell.check_engine()
    try:
        if interactive:
            return run_tty(shell)  # the load starts once the prompt shows (while the first line is typed)
        shell.start_warm()
        return run_lines(shell, iter(stdin))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # `python -m bot.front.shell`, the same as `gorae shell`
    raise SystemExit(main())
