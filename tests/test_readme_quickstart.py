"""README.md's Quickstart, command line and Configuration, checked as a newcomer reads them (branch new17).

tests/test_readme.py and tests/test_readme_newuser.py run the tour's sentences; this file checks the promises
around them that a newcomer acts on before typing one: the Quickstart is two commands (`./dev run`, `./dev test`),
`./dev help` says what `./dev` does and runs nothing, every `./dev X` and `make X` the README names is a target
of the Makefile, `./dev run` looks for an engine before starting one and ends in `gorae shell`, and every setting
gorae reads from the environment (bot/config.py) is named in the README.
"""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from bot import config

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
MAKEFILE = open(os.path.join(ROOT, "Makefile"), encoding="utf-8").read()
TARGETS = set(re.findall(r"^([a-z][\w-]*):", MAKEFILE, re.M))


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end > 0 else None]


def test_the_quickstart_is_two_commands() -> None:
    block = [line.split("#")[0].strip() for line in _section("Quickstart").splitlines() if line.startswith("    ")]
    assert [c for c in block if c] == ["./dev run", "./dev test"]


@pytest.mark.parametrize("ask", ["help", "-h", "--help"])
def test_dev_help_says_what_it_does_and_runs_nothing(ask: str, tmp_path) -> None:
    # a `make` and an `apt-get` first on PATH that leave a mark: help hands over to neither
    for tool in ("make", "apt-get", "sudo"):
        (tmp_path / tool).write_text(f"#!/bin/sh\ntouch {tmp_path}/ran-{tool}\nexit 99\n")
        (tmp_path / tool).chmod(0o755)
    out = subprocess.run([os.path.join(ROOT, "dev"), ask], capture_output=True, text=True, timeout=30,
                         env={"PATH": f"{tmp_path}:/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert "./dev run" in out.stdout and "./dev test" in out.stdout and "gorae shell" in out.stdout
    assert not list(tmp_path.glob("ran-*")), "./dev help ran something"


def test_every_dev_and_make_target_named_exists() -> None:
    named = set(re.findall(r"(?:\./dev |`make |^ {4}make )([a-z][\w-]*)", README, re.M)) - {"help"}
    assert named >= {"run", "test", "world", "engine"}
    assert named <= TARGETS, sorted(named - TARGETS)


def test_dev_run_starts_an_engine_only_when_none_answers_then_opens_the_shell() -> None:
    # run from `make test` (CI), make says "Entering directory" around a sub-make's steps: not asked for here
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    out = subprocess.run(["make", "--no-print-directory", "-n", "-W", ".venv/.installed", "run"], cwd=ROOT,
                         capture_output=True, text=True, timeout=30, env=env)
    steps = out.stdout
    assert "if ! docker info" in steps and "scripts/engine.sh install start images world" in steps
    assert steps.rstrip().endswith(".venv/bin/gorae shell")


# read from the environment by bot/config.py but not settings of gorae's: the system's own
NOT_SETTINGS = {"HOME", "LANG", "LC_ALL", "LC_MESSAGES", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "NO_COLOR"}


def test_every_setting_is_in_the_readme() -> None:
    source = open(config.__file__, encoding="utf-8").read()
    read = set(re.findall(r"""env\.get\(["']([A-Z][A-Z0-9_]+)["']""", source)) | set(config.NUMBERS)
    assert {"GORAE_AUDIT", "GORAE_STATE_DIR", "GORAE_POLICY"} <= read
    missing = sorted(n for n in read - NOT_SETTINGS if not re.search(rf"`{n}`|\b{n}\b", README))
    assert not missing, f"settings gorae reads that README.md does not name: {missing}"


def test_say_into_a_closed_pipe_ends_quietly_with_the_outcomes_code(tmp_path) -> None:
    """`gorae say "help restart" | head -1` (a newcomer trying the tour): no traceback when head has gone."""
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "import sys; from bot.front.cli import main; sys.exit(main())",
                             "say", "help restart"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "GORAE_STATE_DIR": str(tmp_path), "DOCKER_HOST": "unix:///nowhere.sock"})
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader went away before a line was written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err, err
