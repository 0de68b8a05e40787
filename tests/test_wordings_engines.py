"""Engine-name phrasing, fresh wordings (tests/data/wordings_engines.yaml): a write on the wrong
engine, or a wrong write, is the worst failure (issue 12 follow-up).

Every row runs through the real normalize -> parse -> plan of `Gorae.explain` over four fake
engines (one FakeView each): dev (the default: web, worker), prod-1 (web, db, payments),
staging-1 (web, cache), staging-2 (web, cache exited). The CLI planned — or proposed back as a
question for a partial reading — must be the row's `expect` exactly (it names the engine:
`docker --context NAME …`); for `expect: none` nothing that writes may be planned or proposed
(a refusal, a question with choices, or a read). `test_no_wrong_engine_write` lists every row
that plans a write other than the one meant: it must be empty. A row that wants a write and
gets a refusal is an xfail (safe; to be read next).
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import pytest
import yaml
from corpus_check import is_write
from fakes import FakeView

from bot.engine.named import Engines, EngineSpec
from bot.model import Actor, Plan, Request
from bot.pipeline import Gorae

TABLE = os.path.join(os.path.dirname(__file__), "data", "wordings_engines.yaml")
ROWS: list[dict] = yaml.safe_load(open(TABLE, encoding="utf-8"))
VIEWS = {
    "dev": [("web", "nginx", "running"), ("worker", "alpine", "running")],
    "prod-1": [("web", "nginx", "running"), ("db", "mysql:5.7", "running"), ("payments", "nginx", "running")],
    "staging-1": [("web", "nginx", "running"), ("cache", "redis", "running")],
    "staging-2": [("web", "nginx", "running"), ("cache", "redis", "exited")],
}
ME = Actor("local:me", local=True)


class FourEngines(Gorae):
    def view(self, engine=None):
        return FakeView(containers=VIEWS[engine or self.known_engines().default])


def gorae() -> Gorae:
    specs = {n: EngineSpec(n, f"unix:///tmp/{n}.sock", source="config") for n in VIEWS}
    return FourEngines(engines=Engines(specs, "dev"))


def _without_context(cli: str) -> str:
    parts = cli.split()
    if parts[:2] == ["docker", "--context"] and len(parts) > 3:
        return " ".join(["docker"] + parts[3:])
    return cli


def writes(cli: tuple[str, ...]) -> bool:
    return bool(cli) and is_write([_without_context(c) for c in cli])


@dataclass(frozen=True)
class Answer:
    cli: tuple[str, ...]  # planned, or proposed as a question; () when nothing would run
    how: str  # "plan", "proposal", or why nothing ("unresolved: KEY", "not understood")


@functools.cache
def answer(text: str) -> Answer:
    ex = gorae().explain(text, Request(text, ME, "terminal"))
    if isinstance(ex.planned, Plan):
        return Answer(tuple(ex.planned.cli), "plan")
    if isinstance(ex.proposed, Plan):
        return Answer(tuple(ex.proposed.cli), "proposal")
    reason = getattr(ex.planned, "reason", None) or getattr(ex.parsed, "reason", None)
    return Answer((), f"nothing: {getattr(reason, 'key', reason)}")


def meant(row: dict) -> set[tuple[str, ...]]:
    return {tuple(p) for p in [row["expect"], *row.get("alt", [])]}


def wrong(row: dict, ans: Answer) -> bool:
    if row["expect"] == "none":
        return writes(ans.cli)
    return bool(ans.cli) and ans.cli not in meant(row) and writes(ans.cli)


def test_the_table_is_big_enough():
    assert len(ROWS) >= 100
    assert len({r["text"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r["text"] for r in ROWS])
def test_engine_wording(row):
    ans = answer(row["text"])
    if row["expect"] == "none":
        assert not writes(ans.cli), f"{row['text']!r} must write nothing; {ans.how} {list(ans.cli)}"
        return
    if not ans.cli:  # refused or asked: safe, not yet read (the xfails are the rows to read next)
        pytest.xfail(f"{ans.how}; want {row['expect']}")
    want_how = "proposal" if row.get("proposal") else "plan"  # asked whether it may: proposed, yes/no
    assert ans.how == want_how and ans.cli in meant(row), (
        f"{row['text']!r}: {ans.how} {list(ans.cli)}, want {row['expect']}")


def test_no_wrong_engine_write():
    bad = [(r["text"], answer(r["text"])) for r in ROWS if wrong(r, answer(r["text"]))]
    assert not bad, "writes other than the one meant:\n" + "\n".join(f"  {t!r}: {a.how} {list(a.cli)}" for t, a in bad)
