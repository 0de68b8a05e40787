"""`gorae shell` start-up (issue 8): Kiwi loads in a child forked at the command's start
(bot.language.ahead, `session`), so the prompt is not held behind Kiwi's load (which holds the
GIL, ~1 s); a background thread waits for it and loads the parsers. Times: bench/startup.py."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from bot.front import shell

ROOT = Path(__file__).resolve().parent.parent


def test_a_session_forks_the_analyser_child_even_before_any_korean_text():
    code = (
        "from bot.language import ahead\n"
        "assert ahead.start('docker ps') is False  # a one-shot without Hangul never loads Kiwi\n"
        "assert ahead.start('', session=True) is True\n"
        "assert ahead.start('', session=True) is False  # not twice\n"
        "from bot.language import morph\n"
        "k = morph.kiwi()\n"
        "print(type(k).__name__, k.pid != __import__('os').getpid())\n"
        "print(' '.join(m.form + '/' + m.tag for m in k.tokenize('web 지워줘')))\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert p.returncode == 0, p.stderr
    first, second = p.stdout.splitlines()
    assert first == "_Forked True"
    assert "지우/VV" in second


def test_warm_loads_kiwi_and_the_parsers_on_a_thread():
    from bot.language import grammar, morph

    th = shell.warm()
    assert isinstance(th, threading.Thread) and th.daemon
    th.join(120)
    assert not th.is_alive()
    assert morph._kiwi is not None  # loaded (here: in this process; under `gorae shell`: the child)
    assert grammar.natural.cache_info().currsize == 1 and grammar.cli.cache_info().currsize == 1


def test_gorae_shell_reads_korean_from_its_first_line_with_the_forked_analyser(tmp_path):
    """The real command through a pipe: the first lines, Korean, are read by Kiwi in the child
    (no engine needed: `?` explains, nothing runs; the engine's absence is only a warning)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", GORAE_LANG="en", XDG_STATE_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path), DOCKER_HOST=f"unix://{tmp_path}/no-engine.sock")
    env.pop("GORAE_POLICY", None)
    p = subprocess.run([sys.executable, "-m", "bot", "shell"], input="? 실행 중인 컨테이너 보여줘\n? web 재시작해줘\n",
                       capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr
    assert "$ docker ps" in p.stdout and "$ docker restart web" in p.stdout, p.stdout
