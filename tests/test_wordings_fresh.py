"""Fresh chat wordings (issue 8): tests/data/wordings_fresh.yaml and wordings_fresh2.yaml
through the real pipeline (`Gorae.explain`).

wordings_fresh2.yaml is a second held-out set, written after the parser was tuned on the first
one (by an engineer who had read neither that table nor the parser), in on-call chat voice.

Every row is read by `Gorae.explain` — the path of `gorae explain --json`, which users and the
scorer take (engine clauses, sequences, complaints, proposals) — over the fake engine holding the
corpus world (tests/fakes.py FakeGorae), and the plan's docker CLI is compared with the row's `expect`
(or one of its `alt` plans) the way tests/corpus_check.py compares them (`plan_key`:
flag order and short/long spelling do not matter, command order does).

Per row (`test_fresh_wording`):
  * a matching plan passes; for `expect: none`, any answer that runs nothing passes;
  * a refusal — the parser did not understand (`NotUnderstood`, with or without a
    partial-reading proposal: `understood` stays false) or plan could not resolve it
    (`Unresolved`: a prohibition, an unknown name, a question) — is an xfail at run time;
  * any other plan fails, and so does a proposal that offers a write other than the meant one.

`test_no_wrong_write` fails if any row of either table plans a write other than the one
expected (every row, `none` rows included). `test_read_rate` asserts, per table, that the share
of rows read right is at least 97 %.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass

import pytest
import yaml
from corpus_check import is_write, plan_key
from fakes import FakeGorae, FakeView

from bot.engine.plan import plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import NotUnderstood, Plan, Unresolved

HERE = os.path.dirname(__file__)
TABLE = os.path.join(HERE, "data", "wordings_fresh.yaml")
TABLE2 = os.path.join(HERE, "data", "wordings_fresh2.yaml")
TABLE3 = os.path.join(HERE, "data", "wordings_fresh3.yaml")
TABLE4 = os.path.join(HERE, "data", "wordings_fresh4.yaml")
TABLES: dict[str, list[dict]] = {
    os.path.basename(p).removesuffix(".yaml"): yaml.safe_load(open(p, encoding="utf-8"))
    for p in (TABLE, TABLE2, TABLE3, TABLE4)}
ROWS: list[dict] = TABLES["wordings_fresh"]
ROWS2: list[dict] = TABLES["wordings_fresh2"]
ROWS3: list[dict] = TABLES["wordings_fresh3"]
ROWS4: list[dict] = TABLES["wordings_fresh4"]
ALL_ROWS: list[dict] = ROWS + ROWS2 + ROWS3 + ROWS4
DEV = os.path.join(HERE, "corpus", "dev.yaml")

MIN_READ_RATE = 97.0
# The parser before issue 8's morpheme reading (main at 38f0c60) reads 56.1 % of this table:
# test_read_rate is an xfail (not strict) until the rate reaches the bar; then set this False.
BELOW_BAR = False
# The second table, held out from the parser's tuning: an xfail (not strict) while below the bar.
BELOW_BAR2 = False
# The third held-out table (written before reading the parser, session 3): an xfail (not strict)
# while below the bar.
BELOW_BAR3 = False
# The fourth held-out table (written blind, session 4): an xfail (not strict) while below the bar.
BELOW_BAR4 = False
MIN_ROWS = {"wordings_fresh": 650, "wordings_fresh2": 400, "wordings_fresh3": 400, "wordings_fresh4": 250}


@dataclass(frozen=True)
class Answer:
    """What gorae made of one row: a plan's CLI, or a refusal and why."""

    cli: tuple[str, ...]  # the planned docker CLI; () when nothing would run
    planned: bool  # parse and plan gave a Plan
    refusal: str | None  # why nothing was planned (message key), None for a Plan
    proposal: tuple[str, ...] = ()  # the CLI of a partial reading offered as a question

    @property
    def writes(self) -> bool:
        return bool(self.cli) and is_write(list(self.cli))


def _wanted(row: dict) -> set:
    return {plan_key(p) for p in [row["expect"]] + row.get("alt", [])}


_GORAE = FakeGorae()  # one bot over the fake corpus world, as `gorae explain --json` is one process


@functools.cache
def answer(text: str) -> Answer:
    """What `gorae explain --json` answers for `text` (bot.pipeline.Gorae.explain: engine clauses,
    sequences, complaints, proposals), over the fake corpus world (tests/fakes.py FakeGorae): the
    path users and the scorer (tests/corpus_check.py) take, without an engine. Never raises for a refusal."""
    ex = _GORAE.explain(text)
    proposal = tuple(ex.proposed.cli) if isinstance(ex.proposed, Plan) else ()
    if isinstance(ex.planned, Plan):
        return Answer(tuple(ex.planned.cli), True, None, proposal)
    if isinstance(ex.planned, Unresolved):
        return Answer((), False, f"unresolved: {ex.planned.reason.key} ({type(ex.planned.command).__name__})",
                      proposal)
    if isinstance(ex.parsed, NotUnderstood):
        return Answer((), False, "not understood: " + ex.parsed.reason.key, proposal)
    return Answer((), False, f"not planned: {type(ex.parsed).__name__}", proposal)


@functools.cache
def answer_parse_plan(text: str) -> Answer:
    """normalize -> parse -> plan against the fake corpus world: the path these tests took before
    session 7 (no engine clause, no sequence handling of the pipeline); kept to compare the two
    (tests/compare_paths.py). Never raises for a refusal."""
    view = FakeView()
    cmd = parse(normalize(text))
    if isinstance(cmd, NotUnderstood):
        proposal: tuple[str, ...] = ()
        if cmd.proposal is not None:
            prop = plan(cmd.proposal, view)
            if isinstance(prop, Plan):
                proposal = tuple(prop.cli)
        return Answer((), False, "not understood: " + cmd.reason.key, proposal)
    res = plan(cmd, view)
    if isinstance(res, Unresolved):
        return Answer((), False, f"unresolved: {res.reason.key} ({type(res.command).__name__})")
    assert isinstance(res, Plan), res
    return Answer(tuple(res.cli), True, None)


def read_right(row: dict, ans: Answer) -> bool:
    """The row is read as meant: the expected plan, or nothing at all for `none`."""
    if row["expect"] == "none":
        return not ans.cli
    return bool(ans.cli) and plan_key(list(ans.cli)) in _wanted(row)


def wrong_write(row: dict, ans: Answer) -> bool:
    """A write other than the one meant (issue 8: the worst failure)."""
    return ans.writes and not read_right(row, ans)


def _id(row: dict) -> str:
    return f"{row.get('kind', '-')}:{row['text']}"


@pytest.mark.parametrize("row", ALL_ROWS, ids=[_id(r) for r in ROWS] + ["fresh2:" + _id(r) for r in ROWS2]
                         + ["fresh3:" + _id(r) for r in ROWS3] + ["fresh4:" + _id(r) for r in ROWS4])
def test_fresh_wording(row):
    check_row(row, ("negation", "schedule"))


def check_row(row: dict, never_offered: tuple[str, ...]) -> None:
    """One table row: "none" runs nothing (and a row of a kind in `never_offered` — a prohibition,
    a schedule, something told — is never offered back as "run it now?"); otherwise the reading is
    the one expected, a write proposed is the one expected, and a refusal is an xfail."""
    ans = answer(row["text"])
    if row["expect"] == "none":
        assert not ans.cli, f"{row['text']!r} must run nothing, planned {list(ans.cli)}"
        if row.get("kind") in never_offered and ans.proposal:
            assert not is_write(list(ans.proposal)), (row["text"], ans.proposal)
        return
    if ans.planned:
        assert read_right(row, ans), f"{row['text']!r}: planned {list(ans.cli)}, want {row['expect']}"
        return
    if ans.proposal and is_write(list(ans.proposal)):
        assert plan_key(list(ans.proposal)) in _wanted(row), (
            f"{row['text']!r}: proposes {list(ans.proposal)}, want {row['expect']}")
    pytest.xfail(f"refused ({ans.refusal}); want {row['expect']}")


def test_no_wrong_write():
    wrong = [(r["text"], list(answer(r["text"]).cli), r["expect"]) for r in ALL_ROWS
             if wrong_write(r, answer(r["text"]))]
    assert not wrong, "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}: planned {got}, want {want}" for t, got, want in wrong)


def read_rate(rows: list[dict] = ROWS) -> tuple[float, dict[str, list[str]]]:
    """(percent of `rows` read right, the misses grouped by kind)."""
    misses: dict[str, list[str]] = {}
    ok = 0
    for r in rows:
        if read_right(r, answer(r["text"])):
            ok += 1
        else:
            misses.setdefault(r.get("kind", "-"), []).append(r["text"])
    return 100.0 * ok / len(rows), misses


@pytest.mark.parametrize("table", [
    pytest.param("wordings_fresh", marks=pytest.mark.xfail(
        BELOW_BAR, strict=False, reason="the parser reads less than 97 % of the fresh table (issue 8)")),
    pytest.param("wordings_fresh2", marks=pytest.mark.xfail(
        BELOW_BAR2, strict=False, reason="the parser reads less than 97 % of the second held-out table")),
    pytest.param("wordings_fresh3", marks=pytest.mark.xfail(
        BELOW_BAR3, strict=False, reason="the parser reads less than 97 % of the third held-out table")),
    pytest.param("wordings_fresh4", marks=pytest.mark.xfail(
        BELOW_BAR4, strict=False, reason="the parser reads less than 97 % of the fourth held-out table")),
])
def test_read_rate(table):
    rows = TABLES[table]
    rate, misses = read_rate(rows)
    detail = "\n".join(f"  {k}: {len(v)}  e.g. {v[0]!r}" for k, v in
                       sorted(misses.items(), key=lambda kv: -len(kv[1])))
    assert rate >= MIN_READ_RATE, f"{table}: read {rate:.1f}% of {len(rows)} rows; misses by kind:\n{detail}"


# --------------------------------------------------------------------------- same name (issue 8 item 5)

SAME_NAME = [  # a running container named like an image: the command is for the container
    ("redis에서 redis-cli ping 실행", "docker exec redis redis-cli ping"),
    ("redis 안에서 redis-cli info 돌려줘", "docker exec redis redis-cli info"),
    ("run redis-cli ping in redis", "docker exec redis redis-cli ping"),
    ("execute env in redis", "docker exec redis env"),
]


@pytest.mark.parametrize("text, cli", SAME_NAME)
def test_a_running_container_named_like_an_image_gets_the_exec(text, cli):
    """Never a silent new container of the image: the exec, or a question (a refusal here)."""
    from fakes import CONTAINERS

    view = FakeView(containers=CONTAINERS + [("redis", "redis", "running")])
    cmd = parse(normalize(text))
    if isinstance(cmd, NotUnderstood):
        pytest.xfail(f"refused ({cmd.reason.key})")
    res = plan(cmd, view)
    if isinstance(res, Unresolved):
        pytest.xfail(f"asks or refuses ({res.reason.key})")
    assert plan_key(list(res.cli)) == plan_key([cli]), (text, res.cli)


# --------------------------------------------------------------------------- the table itself

HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")


def test_tables_are_disjoint():
    texts = [r["text"] for r in ALL_ROWS]
    assert len(set(texts)) == len(texts), "a row in both tables (or twice in one)"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_table_shape(table):
    rows = TABLES[table]
    assert len(rows) >= MIN_ROWS[table]
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate rows"
    dev = {c["text"] for c in yaml.safe_load(open(DEV, encoding="utf-8"))}
    assert not dev & set(texts), "rows copied from the development corpus"
    for r in rows:
        assert r.get("kind"), r
        assert r["expect"] == "none" or (isinstance(r["expect"], list) and r["expect"]), r
        if r["expect"] != "none":
            for p in [r["expect"]] + r.get("alt", []):
                assert all(c.startswith("docker ") for c in p), r
                plan_key(p)  # every expectation is a well-formed docker command
    korean = sum(bool(HANGUL.search(t)) for t in texts)
    assert 0.5 <= korean / len(texts) <= 0.7, korean / len(texts)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_verb_is_covered(table):
    subs = {plan_key([c])[0][1] for r in TABLES[table] if r["expect"] != "none" for c in r["expect"]}
    for verb in ("run", "create", "start", "stop", "kill", "pause", "unpause", "restart", "rm",
                 "container prune", "ps", "inspect", "logs", "exec", "pull", "push", "images",
                 "rmi", "volume create", "volume ls", "volume inspect", "volume rm",
                 "network create", "network ls", "network inspect", "network rm",
                 "network connect", "network disconnect"):
        assert verb in subs, verb


if __name__ == "__main__":  # python tests/test_wordings_fresh.py [-v]: per table, rate, misses by kind, wrong writes
    import sys

    verbose = "-v" in sys.argv
    for name, rows in TABLES.items():
        rate, misses = read_rate(rows)
        print(f"{name}: read {rate:.1f}% of {len(rows)} rows (bar {MIN_READ_RATE}%)")
        for kind, texts in sorted(misses.items(), key=lambda kv: -len(kv[1])):
            print(f"  {kind:12s} {len(texts):3d}  e.g. {texts[0]!r}")
            if verbose:
                for t in texts:
                    a = answer(t)
                    print(f"      {t!r}: {list(a.cli) or a.refusal}")
        wrong = [r for r in rows if wrong_write(r, answer(r["text"]))]
        print(f"  wrong writes: {len(wrong)}")
        for r in wrong:
            print(f"    {r['text']!r}: planned {list(answer(r['text']).cli)}, want {r['expect']}")
