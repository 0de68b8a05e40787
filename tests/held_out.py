"""The shape shared by the table test files (held-out tests/test_wordings_fresh6.py, 7, 8 …; adversarial
test_wordings_break.py, break2).

A held-out table (tests/data/wordings_freshN.yaml) is a list of rows `{text, expect, alt?, kind}`
written before reading the parser. Each is checked exactly as tests/test_wordings_fresh.py checks
the first ones, through its helpers: the row's text through `Gorae.explain` (as `gorae explain
--json`) over the fake corpus world (tests/fakes.py FakeGorae), the plan's docker CLI compared with
`expect` or one of the `alt` plans by `plan_key`.

`HeldOutTable` holds one table and gives the checks each of those files runs under its own test names:
a row (a refusal is an xfail, any other plan fails), no wrong write over every row, the read rate
against the table's floor, the table's shape (size, disjoint from the earlier tables and the
development corpus, 50–70 % Korean) and every verb covered; `report` prints the rate, the misses
by kind and the wrong writes (`python tests/test_wordings_freshN.py [-v]`).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence

import pytest
import yaml
from test_wordings_fresh import MIN_READ_RATE, answer, check_row, read_rate, wrong_write
from test_wordings_fresh5 import check_every_verb_is_covered, check_table_shape

HERE = os.path.dirname(__file__)
# Kinds of rows whose meaning is "run nothing": a refusal there is a pass, never offered as a question.
NEVER_OFFERED = ("negation", "schedule", "past", "reported", "hypothetical", "joke", "sarcasm")


class HeldOutTable:
    """One held-out table: `name` (e.g. "fresh8"), its rows from tests/data/wordings_<name>.yaml,
    the least number of rows `min_rows`, the read rate reached `floor` (percent, a floor that only
    goes up) and the earlier tables' rows it must not repeat."""

    def __init__(self, name: str, *, min_rows: int, floor: float, earlier: Sequence[dict] = (),
                 never_offered: tuple[str, ...] = NEVER_OFFERED) -> None:
        self.name = name
        self.path = os.path.join(HERE, "data", f"wordings_{name}.yaml")
        with open(self.path, encoding="utf-8") as f:
            self.rows: list[dict] = yaml.safe_load(f)
        self.min_rows = min_rows
        self.floor = floor
        self.earlier = list(earlier)
        self.never_offered = never_offered

    def each_row(self, test: Callable[[dict], None]) -> Callable[[dict], None]:
        """Decorator: the test runs once per row, with an id `name:kind:text`."""
        ids = [f"{self.name}:{r.get('kind', '-')}:{r['text']}" for r in self.rows]
        return pytest.mark.parametrize("row", self.rows, ids=ids)(test)

    def check_wording(self, row: dict) -> None:
        check_row(row, self.never_offered)

    def wrong_writes(self) -> list[tuple[str, list[str], object]]:
        """(text, planned CLI, expected) of every row that plans a write other than the one meant."""
        return [(r["text"], list(answer(r["text"]).cli), r["expect"]) for r in self.rows
                if wrong_write(r, answer(r["text"]))]

    def check_no_wrong_write(self) -> None:
        wrong = self.wrong_writes()
        assert not wrong, "writes other than the one meant:\n" + "\n".join(
            f"  {t!r}: planned {got}, want {want}" for t, got, want in wrong)

    def check_read_rate(self) -> None:
        rate, misses = read_rate(self.rows)
        detail = "\n".join(f"  {k}: {len(v)}  e.g. {v[0]!r}" for k, v in
                           sorted(misses.items(), key=lambda kv: -len(kv[1])))
        assert rate >= self.floor, (
            f"wordings_{self.name}: read {rate:.1f}% of {len(self.rows)} rows; misses by kind:\n{detail}")

    def check_shape(self) -> None:
        check_table_shape(self.rows, self.min_rows, self.earlier)

    def check_break_shape(self, korean: tuple[float, float]) -> None:
        """The shape of a break run's table (adversarial rows, any share of `none`): at least `min_rows`, none
        repeated, every row with a kind and an expect (none, or a list of docker commands), and the share of rows
        with Hangul within `korean` (low, high): both languages."""
        texts = [r["text"] for r in self.rows]
        assert len(texts) >= self.min_rows
        assert len(set(texts)) == len(texts), "duplicate rows"
        for r in self.rows:
            assert r.get("kind"), r
            assert r["expect"] == "none" or (isinstance(r["expect"], list) and r["expect"]), r
        share = sum(any("\uac00" <= ch <= "\ud7a3" for ch in t) for t in texts) / len(texts)
        assert korean[0] <= share <= korean[1]  # both languages

    def check_shape_one_language(self, min_rows: int, language_ok: Callable[[str], bool], what: str) -> None:
        """The shape of a table written in one language (the shared check asks for 50–70 % Korean): at least
        MIN_ROWS, none repeated, none held word for word by another table of tests/data or the development corpus,
        every row with a kind and well-formed docker commands, every text LANGUAGE_OK (else WHAT is the message),
        10–20 % rows that run nothing."""
        from test_wordings_fresh import plan_key

        texts = [r["text"] for r in self.rows]
        assert len(texts) >= min_rows
        assert len(set(texts)) == len(texts), "duplicate rows"
        data = os.path.join(HERE, "data")
        held: set[str] = set()
        for path in [os.path.join(data, f) for f in os.listdir(data)
                     if f.startswith("wordings_") and f.endswith(".yaml") and f != f"wordings_{self.name}.yaml"] \
                + [os.path.join(HERE, "corpus", "dev.yaml")]:
            with open(path, encoding="utf-8") as f:
                held |= {r["text"] for r in yaml.safe_load(f) or [] if isinstance(r, dict) and "text" in r}
        assert not held & set(texts), sorted(held & set(texts))
        for r in self.rows:
            assert r.get("kind"), r
            assert r["expect"] == "none" or (isinstance(r["expect"], list) and r["expect"]), r
            if r["expect"] != "none":
                for p in [r["expect"]] + r.get("alt", []):
                    assert all(c.startswith("docker ") for c in p), r
                    plan_key(p)
        assert all(language_ok(t) for t in texts), what
        nothing = sum(r["expect"] == "none" for r in self.rows)
        assert 0.10 <= nothing / len(texts) <= 0.20, nothing / len(texts)

    def check_verbs(self) -> None:
        check_every_verb_is_covered(self.rows)

    def report(self, verbose: bool = False) -> None:
        """Print the rate, the misses by kind (every miss with `verbose`) and the wrong writes."""
        rate, misses = read_rate(self.rows)
        print(f"wordings_{self.name}: read {rate:.1f}% of {len(self.rows)} rows (bar {MIN_READ_RATE}%)")
        for kind, texts in sorted(misses.items(), key=lambda kv: -len(kv[1])):
            print(f"  {kind:14s} {len(texts):3d}  e.g. {texts[0]!r}")
            if verbose:
                for t in texts:
                    a = answer(t)
                    print(f"      {t!r}: {list(a.cli) or a.refusal}"
                          + (f" proposal {list(a.proposal)}" if a.proposal else ""))
        wrong = self.wrong_writes()
        print(f"  wrong writes: {len(wrong)}")
        for t, got, want in wrong:
            print(f"    {t!r}: planned {got}, want {want}")
