"""Fresh wordings about Swarm services (issue 12, the swarmbreak pass): tests/data/wordings_swarm.yaml
through `Gorae.explain` (the path of `gorae explain --json`), against the fake world of tests/fakes.py with the
services api, web, worker and front (web is a plain container too).

As tests/test_wordings_fresh.py: a row read as its `expect` (or an `alt`) passes; a refusal is an
xfail (a miss counted by `test_read_rate`); any other plan fails. `test_no_wrong_write` fails if
any row plans a write other than the one meant (a container verb read as a service verb or the
other way round, a replica count misread, an exclusion or a negation ignored, a word dropped).

Plans are compared by `swarm_key`: docker service/node commands by subcommand, flags (short and
long spelling alike, order ignored, `--publish k=v,…` parts sorted) and positionals; every other
docker command by tests/corpus_check.py `plan_key`.
"""
from __future__ import annotations

import functools
import os
import shlex

import pytest
import yaml
from corpus_check import is_write, plan_key
from fakes import CONTAINERS, FakeGorae, FakeView

from bot.model import NotUnderstood, Plan, Unresolved

HERE = os.path.dirname(__file__)
ROWS: list[dict] = yaml.safe_load(open(os.path.join(HERE, "data", "wordings_swarm.yaml"), encoding="utf-8"))
SERVICES = ("api", "web", "worker", "front")
MIN_READ_RATE = 97.0
MIN_ROWS = 120

# docker service/node flags that take a value (docker/cli cli/command/service/opts.go), long names
_VALUED = {"--name", "--replicas", "--publish", "--env", "--network", "--mount", "--constraint", "--label",
           "--user", "--workdir", "--cap-add", "--image", "--availability", "--tail", "--since", "--secret",
           "--mode", "--env-file", "--config", "--env-add", "--replicas-max-per-node"}
_SHORT = {"-p": "--publish", "-e": "--env", "-u": "--user", "-w": "--workdir", "-l": "--label",
          "-t": "--timestamps", "-f": "--follow", "-n": "--tail", "-d": "--detach", "-q": "--quiet"}
_SWARM_READS = {("service", "ls"), ("service", "ps"), ("service", "inspect"), ("service", "logs"), ("node", "ls")}


def _swarm_key(words: list[str]) -> tuple:
    group, sub, rest = words[0], words[1] if len(words) > 1 else "", words[2:]
    flags: list[tuple[str, str]] = []
    pos: list[str] = []
    while rest:
        w = rest.pop(0)
        if pos and group == "service" and sub == "create":  # the image and its command: as typed
            pos.append(w)
            continue
        if not w.startswith("-") or w == "-":
            pos.append(w)
            continue
        name, eq, val = w.partition("=")
        name = _SHORT.get(name, name)
        if name in _VALUED and not eq:
            val = rest.pop(0) if rest else ""
        if name == "--publish" and "=" in val:
            val = ",".join(sorted(val.split(",")))
        if name == "--detach":
            continue  # gorae always waits for convergence; -d changes nothing on the engine
        flags.append((name, val))
    return (group, sub, tuple(sorted(flags)), tuple(pos))


def swarm_key(cmds: list[str]) -> tuple:
    out = []
    for c in cmds:
        words = shlex.split(c)[1:]
        if words and words[0] in ("service", "node"):
            out.append(("swarm",) + _swarm_key(words))
        else:
            out.append(("docker",) + plan_key([c]))
    return tuple(out)


def writes(cmds: tuple[str, ...]) -> bool:
    for c in cmds:
        words = shlex.split(c)[1:]
        if words and words[0] in ("service", "node"):
            if tuple(words[:2]) not in _SWARM_READS:
                return True
        elif is_write([c]):
            return True
    return False


def view() -> FakeView:
    return FakeView(containers=CONTAINERS, volumes=("db", "pgdata", "web-data"), services=SERVICES)


_GORAE = None


@functools.cache
def answer(text: str) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
    """(planned CLI or (), why nothing was planned, the CLI of a proposal offered as a question), as
    `gorae explain --json` answers (bot.pipeline.Gorae.explain) over the fake swarm world (FakeGorae)."""
    global _GORAE
    if _GORAE is None:
        _GORAE = FakeGorae(view())
    ex = _GORAE.explain(text)
    proposal = tuple(ex.proposed.cli) if isinstance(ex.proposed, Plan) else ()
    if isinstance(ex.planned, Plan):
        return tuple(ex.planned.cli), None, proposal
    if isinstance(ex.planned, Unresolved):
        return (), f"unresolved: {ex.planned.reason.key} ({type(ex.planned.command).__name__})", proposal
    if isinstance(ex.parsed, NotUnderstood):
        return (), "not understood: " + ex.parsed.reason.key, proposal
    return (), f"not planned: {type(ex.parsed).__name__}", proposal


def _wanted(row: dict) -> set:
    return {swarm_key(p) for p in [row["expect"]] + row.get("alt", [])}


def read_right(row: dict) -> bool:
    cli, _, proposal = answer(row["text"])
    if row.get("proposal"):  # asked whether it may be done: the meant plan proposed (yes/no), nothing run
        return not cli and bool(proposal) and swarm_key(list(proposal)) in _wanted(row)
    if row["expect"] == "none":
        return not cli
    return bool(cli) and swarm_key(list(cli)) in _wanted(row)


def wrong_write(row: dict) -> bool:
    cli, _, proposal = answer(row["text"])
    if cli and writes(cli) and not read_right(row):
        return True
    # a question offering a write is a write the asker may click: it must be the meant one
    return bool(proposal) and writes(proposal) and (row["expect"] == "none" or swarm_key(list(proposal))
                                                    not in _wanted(row))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['text']}" for r in ROWS])
def test_swarm_wording(row: dict) -> None:
    cli, why, _ = answer(row["text"])
    assert not wrong_write(row), f"{row['text']!r}: planned {list(cli) or answer(row['text'])[2]}, want {row['expect']}"
    if row["expect"] == "none":
        assert not cli
        return
    if cli or row.get("proposal"):
        assert read_right(row), f"{row['text']!r}: planned {list(cli)}, want {row['expect']}"
        return
    pytest.xfail(f"refused ({why}); want {row['expect']}")


def test_no_wrong_write() -> None:
    wrong = [(r["text"], answer(r["text"]), r["expect"]) for r in ROWS if wrong_write(r)]
    assert not wrong, "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}: planned {a[0] or a[2]}, want {want}" for t, a, want in wrong)


def test_read_rate() -> None:
    misses = [(r["kind"], r["text"], answer(r["text"])[1]) for r in ROWS if not read_right(r)]
    rate = 100.0 * (len(ROWS) - len(misses)) / len(ROWS)
    assert rate >= MIN_READ_RATE, f"read {rate:.1f}% of {len(ROWS)} rows; misses:\n" + "\n".join(
        f"  {k}: {t!r} ({why})" for k, t, why in misses)


def test_table_shape() -> None:
    assert len(ROWS) >= MIN_ROWS
    texts = [r["text"] for r in ROWS]
    assert len(set(texts)) == len(texts), "duplicate rows"
    for r in ROWS:
        assert r.get("kind") and (r["expect"] == "none" or r["expect"]), r
        if r["expect"] != "none":
            assert all(c.startswith("docker ") for c in r["expect"]), r
            swarm_key(r["expect"])


if __name__ == "__main__":  # python tests/test_wordings_swarm.py: the misses and wrong writes
    for r in ROWS:
        if not read_right(r) or wrong_write(r):
            cli, why, prop = answer(r["text"])
            tag = "WRONG" if wrong_write(r) else "miss "
            print(f"{tag} [{r['kind']}] {r['text']!r}: {list(cli) or why} {list(prop) if prop else ''}"
                  f" want {r['expect']}")
