"""README.md read by a newcomer, on the real engine (branch newuser).

tests/test_readme.py runs the README's tour against a fake engine holding the fixture world. A newcomer runs
it against a real one: every sentence of "What you can say" and of its prose, through the whole `gorae explain
--json` process (the one a user types), on the real engine's fixture world — read-only (`explain` never
changes anything, whatever the sentence says). Each answer must be the one the README gives: the docker
command(s), a question with the words not read (`"proposal"` and `"unread"`, `"understood": false`, as "A
question instead of a guess" says), nothing for a refusal, gorae's help for "help restart".

Left out, and why: the Swarm rows (the first engine is no swarm manager: tests/test_e2e_swarm.py runs them
on the swarm engine) and the rows said in words that name every running container (another test's
containers on a shared engine are running ones too).

Also the shell's `explain TEXT` (README "The command line"): the plan is shown, nothing runs, no question.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import fixtures_engine
import pytest
from corpus_check import plan_key
from fakes import FakeView
from test_readme import SENTENCES, TOUR, Row, Said, commands

from bot.engine.named import Engines, EngineSpec
from bot.front.shell import Shell
from bot.model import Actor
from bot.pipeline import Gorae

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ROWS = [r for r in TOUR if "`docker service " not in r.runs and "every running container" not in r.runs]


def _explain_all(texts: list[str], host: str) -> dict[str, dict]:
    gorae = [os.path.join(ROOT, ".venv", "bin", "gorae")]
    if not os.path.exists(gorae[0]):
        gorae = [sys.executable, "-m", "bot"]
    out = subprocess.run(gorae + ["explain", "--json"], input="".join(t + "\n" for t in texts), capture_output=True,
                         text=True, timeout=600, cwd=ROOT, env={**os.environ, "DOCKER_HOST": host})
    lines = out.stdout.splitlines()
    assert len(lines) == len(texts), out.stderr[-3000:]
    return {t: json.loads(line) for t, line in zip(texts, lines)}


@pytest.fixture(scope="module")
def answers(request: pytest.FixtureRequest) -> dict[str, dict]:
    engine = request.getfixturevalue("engine")
    client = request.getfixturevalue("docker_client")
    fixtures_engine.ensure_world(client, ordered=True)
    texts = list(dict.fromkeys([r.said for r in ROWS] + [s.said for s in SENTENCES]))
    return _explain_all(texts, engine.host)


def _runs_nothing(got: dict) -> bool:
    return not got["cli"] and not got.get("proposal")


@pytest.mark.docker
@pytest.mark.parametrize("row", ROWS, ids=str)
def test_the_tour_on_the_real_engine(row: Row, answers: dict[str, dict]) -> None:
    got = answers[row.said]
    if row.cell.startswith("asked back"):  # a proposal: `"understood": false`, nothing planned, the command asked
        assert not got["understood"] and not got["cli"], got
        assert plan_key(tuple(got["proposal"]["cli"])) == plan_key(commands(row.runs)), got
    elif row.runs.startswith(("nothing", "refused")):
        assert _runs_nothing(got), got
    elif row.runs.startswith("gorae's help"):
        assert got["understood"] and not got["cli"], got
    elif row.runs.startswith("a readable summary"):
        assert got["cli"] == ["docker inspect web"], got
    else:
        assert got["understood"], got
        assert plan_key(tuple(got["cli"])) == plan_key(commands(row.runs)), got


@pytest.mark.docker
@pytest.mark.parametrize("s", SENTENCES, ids=str)
def test_the_prose_on_the_real_engine(s: Said, answers: dict[str, dict]) -> None:
    got = answers[s.said]
    if s.cli:
        assert got["understood"] and plan_key(tuple(got["cli"])) == plan_key(s.cli), got
    elif s.proposal:
        # README: `"understood": false` with `"proposal": {"cli": [...], "summary": ...}` and `"unread": [...]`
        assert not got["understood"] and not got["cli"], got
        assert got["proposal"]["cli"] == list(s.proposal) and got["proposal"]["summary"], got
        assert tuple(got.get("unread") or ()) == s.unread, got
    elif s.suggests:
        assert _runs_nothing(got) and s.suggests in (got["error"] + " ".join(got["suggestions"])), got
    else:  # a prohibition, a refusal, "which one?"
        assert _runs_nothing(got), got


def test_the_rows_are_read() -> None:
    assert len(ROWS) >= 200 and len(SENTENCES) >= 100


# --------------------------------------------------------------------------- the shell's explain


class FakeGorae(Gorae):
    def view(self, engine=None):
        return FakeView()


@pytest.mark.parametrize("line", ["explain web 삭제", "? remove web", "설명 web 삭제"])
def test_the_shell_explains_without_running(line: str) -> None:
    bot = FakeGorae(engines=Engines({"default": EngineSpec("default", "unix:///tmp/newuser.sock")}, "default"))
    out = io.StringIO()
    shell = Shell(bot, Actor("local:newuser", local=True), out=out, color=False)
    asked: list[str] = []
    assert shell.handle_line(line, lambda prompt: asked.append(prompt) or "y")
    assert "docker rm web" in out.getvalue() and not asked, out.getvalue()
