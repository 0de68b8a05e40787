#!/usr/bin/env python3
"""Same plans before and after a change to the parser: `explain --json` of every table text.

    .venv/bin/python bench/explain_diff.py dump OUT.json [--project DIR] [--mutations N] [--forked]  # one checkout's answers
    .venv/bin/python bench/explain_diff.py diff BEFORE.json AFTER.json    # the differences

The texts: every `text` of tests/data/*.yaml and tests/corpus/dev.yaml, and every one-line string
literal of the parse, properties, wordings, propose, morph and sequence tests (~4,000). Each is
explained by `Gorae.explain` against the fake corpus world (tests/fakes.py: no engine) and kept
as its `explain --json` object plus the parsed Command's repr. `--project DIR`: the bot/ and
grammar/ of another checkout (e.g. an untouched main), with this checkout's texts. A speed change
must give 0 differences (issue 8, bench/RESULTS.md).

`--mutations N`: also N variants of every text (`mutations`, seeded: the same texts for every checkout) — a
word dropped, two neighbours swapped, a keyboard slip in one word (a jamo or letter dropped, doubled or swapped),
a reason clause before it or "tell me when done" after it, another text joined with 하고/then — the inputs
the typo reader and the context clauses (bot/language/typo.py, context_clause.py) exist for.

`--forked`: Kiwi is asked in the analyser child a `gorae` command forks (bot/language/ahead.py, set for its
load as a one-shot's child is), not loaded in this process: a change to the child gives 0 differences too.
"""
from __future__ import annotations

import argparse
import ast
import glob
import json
import os
import random
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TESTS = ("test_parse*.py", "test_properties*.py", "test_wordings*.py", "test_propose*.py", "test_morph.py",
         "test_sequence.py", "test_neg.py")


def texts(root: Path = ROOT) -> list[str]:
    import yaml

    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "text" and isinstance(v, str):
                    out.append(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for p in sorted(glob.glob(str(root / "tests" / "data" / "*.yaml"))) + [str(root / "tests" / "corpus" / "dev.yaml")]:
        walk(yaml.safe_load(Path(p).read_text(encoding="utf-8")))
    for pattern in TESTS:
        for p in sorted(glob.glob(str(root / "tests" / pattern))):
            for node in ast.walk(ast.parse(Path(p).read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and 2 < len(node.value) < 300 \
                        and "\n" not in node.value:
                    out.append(node.value)
    return list(dict.fromkeys(out))


_CLAUSES = ("배포해야 해서 ", "테스트 끝났으니 ", "급해서 그런데 ", "because prod is down ")
_TAILS = (" 알려줘", " 하고 알려주세요", " 좀 빨리", " pls")
_JOINS = (" 하고 ", " then ", "하고 ", " and ")


def _slip(word: str, rnd: random.Random) -> str:
    """`word` with one keyboard slip: in Hangul a jamo dropped, doubled or two swapped (recomposed as far as
    NFC does); in ASCII a letter dropped, doubled or two neighbours swapped."""
    spelt = unicodedata.normalize("NFD", word) if not word.isascii() else word
    if len(spelt) < 2:
        return word
    i = rnd.randrange(len(spelt) - 1)
    kind = rnd.randrange(3)
    if kind == 0:
        spelt = spelt[:i] + spelt[i + 1:]
    elif kind == 1:
        spelt = spelt[:i] + spelt[i] + spelt[i:]
    else:
        spelt = spelt[:i] + spelt[i + 1] + spelt[i] + spelt[i + 2:]
    return unicodedata.normalize("NFC", spelt)


def mutations(base: list[str], n: int, seed: int = 11) -> list[str]:
    """`n` variants of each text of `base` (see the module doc), in a fixed order for a fixed seed."""
    rnd = random.Random(seed)
    out: list[str] = []
    for t in base:
        words = t.split()
        for _ in range(n):
            kind = rnd.randrange(6)
            if kind == 0 and len(words) > 1:
                i = rnd.randrange(len(words))
                out.append(" ".join(words[:i] + words[i + 1:]))
            elif kind == 1 and len(words) > 1:
                i = rnd.randrange(len(words) - 1)
                out.append(" ".join(words[:i] + [words[i + 1], words[i]] + words[i + 2:]))
            elif kind == 2 and words:
                i = rnd.randrange(len(words))
                out.append(" ".join(words[:i] + [_slip(words[i], rnd)] + words[i + 1:]))
            elif kind == 3:
                out.append(rnd.choice(_CLAUSES) + t)
            elif kind == 4:
                out.append(t + rnd.choice(_TAILS))
            else:
                out.append(t + rnd.choice(_JOINS) + rnd.choice(base))
    return list(dict.fromkeys(out))


def dump(out: Path, project: Path, n_mutations: int = 0, forked: bool = False) -> int:
    sys.path[:0] = [str(project), str(project / "tests")]
    os.environ["DOCKER_HOST"] = "unix:///nonexistent.sock"  # the fake world only
    import bot

    assert Path(bot.__file__).resolve().is_relative_to(project), bot.__file__
    from fakes import FakeView  # type: ignore[import-not-found]  # tests/fakes.py

    from bot.front.cli import explain_json
    from bot.pipeline import Gorae

    if forked:
        from bot.language import ahead

        assert ahead.start("", session=True), "the analyser child was not forked"
    g = Gorae()
    view = FakeView()
    g.view = lambda engine=None: view  # type: ignore[method-assign]
    answers: dict[str, list[str]] = {}
    every = texts()
    if n_mutations:
        every = list(dict.fromkeys(every + mutations(every, n_mutations)))
    for t in every:
        try:
            ex = g.explain(t)
            answers[t] = [json.dumps(explain_json(ex), ensure_ascii=False, sort_keys=True), repr(ex.parsed)]
        except Exception as e:  # kept as an answer: it must be the same after
            answers[t] = [f"exception {type(e).__name__}: {e}"]
    out.write_text(json.dumps(answers, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(answers)} texts explained by {project}")
    return 0


def diff(before: Path, after: Path) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    changed = [t for t in a if a[t] != b.get(t)]
    for t in changed[:30]:
        print(f"{t!r}\n  - {a[t]}\n  + {b.get(t)}")
    print(f"{len(changed)} differences of {len(a)} texts")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--project", type=Path, default=ROOT)
    d.add_argument("--mutations", type=int, default=0, help="also N variants of every text (see the doc)")
    d.add_argument("--forked", action="store_true", help="Kiwi in the forked analyser child (see the doc)")
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        return dump(args.out, args.project.resolve(), args.mutations, args.forked)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
