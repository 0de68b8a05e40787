"""Where a cold `gorae explain "web 재시작"` spends its time, phase by phase (one process).

    .venv/bin/python bench/coldstart_phases.py      # prints one JSON object: phase -> seconds

Run as a fresh process by bench/run.py (item 2), with the project under test first on
PYTHONPATH (either layout of bot/: bench/project.py). The phases are what `gorae explain` does,
in its order, timed one after the other (the interpreter's own start is item 2's
`python -c pass` row).
"""
from __future__ import annotations

import importlib
import json
import sys
import time

from project import get, module_name, policy_authorizer  # bench/project.py (the script's folder)


def main() -> int:
    phases: dict[str, float] = {}
    clock = time.perf_counter
    t = clock()

    def mark(name: str) -> None:
        nonlocal t
        now = clock()
        phases[name] = now - t
        t = now

    cli = module_name("cli")
    importlib.import_module(cli)
    mark(f"import {cli} (argparse)")
    importlib.import_module("bot.pipeline")  # model, messages, parse, plan, lark

    mark("import bot.pipeline (lark, model, parse, plan)")
    authorizer = policy_authorizer()
    mark(f"policy (import {module_name('load_authorizer')}, yaml; load)")
    grammar = get("grammar")
    grammar.natural()
    grammar.cli()
    mark("load the two parsers (pickle)")
    get("parse")("web 재시작")
    mark("first parse (lexer regexes compiled)")
    client = get("docker_client")()
    mark("import docker SDK + client")
    ex = get("Gorae")(authorizer=authorizer, _client=client).explain("web 재시작")
    mark("explain: plan with its engine read")
    assert ex.understood, ex
    print(json.dumps(phases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
