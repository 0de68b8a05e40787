"""Where a cold `gorae explain "web 재시작"` spends its time, phase by phase (one process).

    .venv/bin/python bench/coldstart_phases.py      # prints one JSON object: phase -> seconds

Run as a fresh process by bench/run.py (item 2). The phases are what `gorae explain` does,
in its order, timed one after the other (the interpreter's own start is item 2's
`python -c pass` row).
"""
from __future__ import annotations

import importlib
import json
import sys
import time


def main() -> int:
    phases: dict[str, float] = {}
    clock = time.perf_counter
    t = clock()

    def mark(name: str) -> None:
        nonlocal t
        now = clock()
        phases[name] = now - t
        t = now

    importlib.import_module("bot.front.cli")
    mark("import bot.front.cli (argparse)")
    importlib.import_module("bot.pipeline")  # model, messages, parse, plan, lark

    mark("import bot.pipeline (lark, model, parse, plan)")
    from bot.config import policy_path
    from bot.policy.check import load_authorizer

    authorizer = load_authorizer(policy_path())
    mark("policy (import bot.policy.check, yaml; load)")
    from bot.language import grammar

    grammar.natural()
    grammar.cli()
    mark("load the two parsers (pickle)")
    from bot.language.parse import parse

    parse("web 재시작")
    mark("first parse (lexer regexes compiled)")
    from bot.engine.view import docker_client

    client = docker_client()
    mark("import docker SDK + client")
    from bot.pipeline import Gorae

    ex = Gorae(authorizer=authorizer, _client=client).explain("web 재시작")
    mark("explain: plan with its engine read")
    assert ex.understood, ex
    print(json.dumps(phases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
