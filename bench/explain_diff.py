#!/usr/bin/env python3
"""Same plans before and after a change to the parser: `explain --json` of every table text.

    .venv/bin/python bench/explain_diff.py dump OUT.json [--project DIR]   # one checkout's answers
    .venv/bin/python bench/explain_diff.py diff BEFORE.json AFTER.json    # the differences

The texts: every `text` of tests/data/*.yaml and tests/corpus/dev.yaml, and every one-line string
literal of the parse, properties, wordings, propose, morph and sequence tests (~4,000). Each is
explained by `Gorae.explain` against the fake corpus world (tests/fakes.py: no engine) and kept
as its `explain --json` object plus the parsed Command's repr. `--project DIR`: the bot/ and
grammar/ of another checkout (e.g. an untouched main), with this checkout's texts. A speed change
must give 0 differences (issue 8, bench/RESULTS.md).
"""
from __future__ import annotations

import argparse
import ast
import glob
import json
import os
import sys
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


def dump(out: Path, project: Path) -> int:
    sys.path[:0] = [str(project), str(project / "tests")]
    os.environ["DOCKER_HOST"] = "unix:///nonexistent.sock"  # the fake world only
    import bot

    assert Path(bot.__file__).resolve().is_relative_to(project), bot.__file__
    from fakes import FakeView  # type: ignore[import-not-found]  # tests/fakes.py

    from bot.front.cli import explain_json
    from bot.pipeline import Gorae

    g = Gorae()
    view = FakeView()
    g.view = lambda engine=None: view  # type: ignore[method-assign]
    answers: dict[str, list[str]] = {}
    for t in texts():
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
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        return dump(args.out, args.project.resolve())
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
