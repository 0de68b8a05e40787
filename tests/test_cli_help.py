"""`gorae --help` and `gorae say`'s confirmation path and exit codes (README "The command line").

`gorae --help` names every sub-command with one line, without importing the sub-command's module
(cli.SUMMARY); the line is the one the module itself registers. `gorae say` is driven with a fake
Gorae (no engine): a destructive request without --yes prints the question and exits 1 when its
input is not a terminal; --yes confirms it; a proposal (a guess) is never confirmed by --yes: exit 2.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field

import pytest

from bot.front import cli
from bot.model import Actor, Reply, Request


def _helps(parser: argparse.ArgumentParser) -> dict[str, str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {a.dest: a.help or "" for a in sub._choices_actions}


def test_help_gives_every_subcommand_a_description(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    out = capsys.readouterr().out
    assert "(see gorae" not in out
    for name in cli.PLUGINS:
        assert name in out
    helps = _helps(cli.build_parser(only="__none__"))
    assert set(cli.PLUGINS) <= set(helps) and all(helps[n] == cli.SUMMARY[n] for n in cli.PLUGINS)


@pytest.mark.parametrize("name", sorted(cli.PLUGINS))
def test_the_one_line_is_the_modules_own(name: str) -> None:
    """The line shown before the module is imported is the help its add_arguments registers."""
    assert _helps(cli.build_parser(only=name))[name] == cli.SUMMARY[name]


@dataclass
class FakeGorae:
    """What `say_main` needs of bot.pipeline.Gorae: handle and confirm."""

    reply: Reply
    confirms: list[bool] = field(default_factory=list)

    def handle(self, request: Request, *, progress=None) -> Reply:
        return self.reply

    def confirm(self, pending: str, actor: Actor, channel: str, *, yes: bool, progress=None) -> Reply:
        self.confirms.append(yes)
        return Reply("en", "done", "Removed web.") if yes else Reply("en", "info", "Cancelled.")


ASK = Reply("en", "confirm", "This cannot be undone, so it needs a yes first.", cli=("docker rm web",),
            pending="p1", exit_code=1)
GUESS = Reply("en", "confirm", "Did you mean this?", cli=("docker rm web",), pending="p2", exit_code=1,
              proposal=True)


def _say(monkeypatch: pytest.MonkeyPatch, reply: Reply, *argv: str) -> tuple[int, FakeGorae, str]:
    gorae = FakeGorae(reply)
    monkeypatch.setattr(cli, "make_gorae", lambda opts, audit=True: gorae)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code = cli.main(["say", *argv, "remove", "web"])
    return code, gorae, ""


def test_say_destructive_without_yes_prints_the_question_and_exits_1(monkeypatch, capsys) -> None:
    code, gorae, _ = _say(monkeypatch, ASK)
    out = capsys.readouterr().out
    assert code == 1 and gorae.confirms == [] and "needs a yes first" in out and "$ docker rm web" in out


def test_say_destructive_json_without_yes_exits_1(monkeypatch, capsys) -> None:
    code, gorae, _ = _say(monkeypatch, ASK, "--json")
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and gorae.confirms == [] and data["status"] == "confirm"


def test_say_yes_confirms_and_exits_with_the_outcome(monkeypatch, capsys) -> None:
    code, gorae, _ = _say(monkeypatch, ASK, "--yes")
    assert code == 0 and gorae.confirms == [True] and "Removed web." in capsys.readouterr().out


def test_say_yes_never_accepts_a_guess(monkeypatch, capsys) -> None:
    code, gorae, _ = _say(monkeypatch, GUESS, "--yes")
    assert code == 2 and gorae.confirms == []


def test_say_a_guess_left_unanswered_exits_2(monkeypatch, capsys) -> None:
    code, gorae, _ = _say(monkeypatch, GUESS)
    assert code == 2 and gorae.confirms == []
