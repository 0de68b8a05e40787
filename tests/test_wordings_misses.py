"""Known misses of issue 8 (session 6) and fresh wordings of their kinds: tests/data/wordings_misses.yaml.

Written before the fixes by the `misses` engineer: a space typed inside a Korean word ("재시 작해줘"),
an exclusion or "don't touch X" clause before the action ("not web, restart cache"), a question about
a property ("what image is web running?" = docker inspect), an exec said as "hop into X and run …",
logs with a time window ("fetch cache logs since 10m"), and a complaint ("web 뻗었어", "is web dead?")
answered with the status and the recent logs (docker inspect, then docker logs --tail 20: two reads).

Checked as the earlier tables are (tests/test_wordings_fresh.py's `check_row`): every row through
`Gorae.explain` (as `gorae explain --json`) over the fake corpus world (tests/fakes.py). A matching plan
passes; `expect: none` runs nothing; a refusal is an xfail; any other plan fails.
`test_misses_no_wrong_write` fails if any row plans a write other than the one meant.
"""
from __future__ import annotations

import os

import pytest
import yaml
from corpus_check import plan_key
from test_wordings_fresh import ALL_ROWS, DEV, answer, check_row, read_rate, wrong_write
from test_wordings_fresh5 import ROWS5

TABLE = os.path.join(os.path.dirname(__file__), "data", "wordings_misses.yaml")
ROWS: list[dict] = yaml.safe_load(open(TABLE, encoding="utf-8"))


@pytest.mark.parametrize("row", ROWS, ids=[f"misses:{r['kind']}:{r['text']}" for r in ROWS])
def test_misses_wording(row):
    check_row(row, ("exclusion_none",))


def test_misses_no_wrong_write():
    wrong = [(r["text"], list(answer(r["text"]).cli), r["expect"]) for r in ROWS
             if wrong_write(r, answer(r["text"]))]
    assert not wrong, "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}: planned {got}, want {want}" for t, got, want in wrong)


# Below the 97 % bar today; the test holds the rate reached, a floor that only goes up (92.9 %, five refusals, no wrong write): "get into X and run …" and "on X, run …"
# (an exec said with the container first in English), "what env vars does db have" (an exec of env in a
# container that is not running), "when did cache start?", "my-volume 마운트 뭐 돼 있어?" and "run whoami
# as root in data" (refused: `root` is read as a name, and a run's name on a container is never run).
# Session 6 (en6): the English ones read (exec said with the container first, `as root` = -u, a question of
# env vars or of when: docker inspect) — 98.5 %, one Korean refusal left ("my-volume 마운트 뭐 돼 있어?"),
# read since ko6 (grammar `what_set`): 100 %.
FLOOR = 100.0


def test_misses_read_rate():
    rate, misses = read_rate(ROWS)
    detail = "\n".join(f"  {k}: {len(v)}  e.g. {v[0]!r}" for k, v in misses.items())
    assert rate >= FLOOR, f"wordings_misses: read {rate:.1f}% of {len(ROWS)} rows\n{detail}"


def test_misses_table_shape():
    texts = [r["text"] for r in ROWS]
    assert len(texts) >= 60
    assert len(set(texts)) == len(texts), "duplicate rows"
    assert not set(texts) & {r["text"] for r in ALL_ROWS + ROWS5}, "rows held by an earlier table"
    assert not set(texts) & {c["text"] for c in yaml.safe_load(open(DEV, encoding="utf-8"))}
    for r in ROWS:
        assert r.get("kind"), r
        if r["expect"] != "none":
            for p in [r["expect"]] + r.get("alt", []):
                assert all(c.startswith("docker ") for c in p), r
                plan_key(p)


@pytest.mark.parametrize("said, cli", [
    ("exec ps aux on data", ["docker exec data ps aux"]),
    ("data에서 whoami 실행", ["docker exec data whoami"]),
    ("run ls /var/log in web", ["docker exec web ls /var/log"]),
    ("hop into cache and run redis-cli ping", ["docker exec cache redis-cli ping"]),
])
def test_a_container_named_like_an_engine_clause_is_where_the_command_runs(said, cli):
    """Through the pipeline (its engine clause: "… on data", "data에서 …" may name an engine): a command
    run in a container of the engine is an exec there, never a refusal of an unknown engine `data`."""
    from test_propose import Bot

    from bot.model import Plan

    ex = Bot().explain(said)
    assert isinstance(ex.planned, Plan) and list(ex.planned.cli) == cli, (ex.parsed, ex.planned)


def test_a_write_on_a_clause_naming_a_container_is_not_widened_to_it():
    """"restart cache on data" (data: a container, no engine data): never `docker restart cache data`."""
    from test_propose import Bot

    from bot.model import Plan

    ex = Bot().explain("restart cache on data")
    assert not isinstance(ex.planned, Plan), ex.planned
