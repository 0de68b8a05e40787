"""bot/language/ahead.py: a Korean one-shot command forks the analyser child first thing; the child's
readings are Kiwi's own (bot/language/morph.py, tests/test_morph.py), and without it Kiwi loads here."""
import json
import subprocess
import sys

import pytest

from bot.language import ahead
from bot.language.morph import reading


@pytest.mark.parametrize("text, korean", [
    ("web 재시작", True), ("ㅋㅋ", True),  # syllables, compatibility jamo
    ("restart web", False), ("docker restart web", False), ("", False), ("café → web", False),
])
def test_korean_is_hangul(text: str, korean: bool) -> None:
    assert ahead._korean(text) is korean


def test_nothing_is_forked_for_a_text_without_hangul() -> None:
    assert ahead.start("restart web") is False
    assert ahead.take() is None


def test_started_once_and_taken_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child already started is not started again, and morph takes it once (no fork here: the
    child stands as a value)."""
    monkeypatch.setattr(ahead, "_started", (4242, 7, 8))
    assert ahead.start("web 재시작") is False
    assert ahead.take() == (4242, 7, 8)
    assert ahead.take() is None


# a one-shot in Korean: Kiwi loads in a forked child (bot/language/ahead.py) while the parent loads
# the parsers (issue 8, cold start)
AHEAD_TEXTS = ["web 컨테이너 재시작해 주세요", "죽어있는 컨테이너들 다 지워주삼", "시작해줘 web 좀 ㅋㅋ 지금 바로",
               "web에서 curl -s http://localhost:8080/x?debug=1 실행", "푸시해줘 127.0.0.1:5000/team/app:1",
               "실행 중인 거 다 재시작", "web 지우지 마셈", "my-nginx 빼고 web만 꺼줘"]


def _ahead(code: str, first: str) -> subprocess.CompletedProcess[str]:
    prog = ("import json, os, signal, sys\n"
            "from bot.language import ahead, morph\n"
            f"started = ahead.start({first!r})\n" + code)
    return subprocess.run([sys.executable, "-c", prog, json.dumps(AHEAD_TEXTS)], capture_output=True, text=True,
                          timeout=120)


def test_a_forked_analyser_gives_the_same_readings():
    out = _ahead("print(json.dumps([started, [morph.reading(t).text for t in json.loads(sys.argv[1])],\n"
                 "                  'kiwipiepy' in sys.modules]))", AHEAD_TEXTS[0])
    started, texts, kiwi_here = json.loads(out.stdout.strip().splitlines()[-1])
    assert started is True, out.stderr
    assert texts == [reading(t).text for t in AHEAD_TEXTS]
    assert kiwi_here is False  # the analyses came from the child


def test_the_forked_analyser_gone_kiwi_loads_here_with_the_same_readings():
    out = _ahead("os.kill(morph.kiwi().pid, signal.SIGKILL); os.waitpid(morph.kiwi().pid, 0)\n"
                 "print(json.dumps([started, [morph.reading(t).text for t in json.loads(sys.argv[1])],\n"
                 "                  'kiwipiepy' in sys.modules]))", AHEAD_TEXTS[0])
    started, texts, kiwi_here = json.loads(out.stdout.strip().splitlines()[-1])
    assert started is True, out.stderr
    assert texts == [reading(t).text for t in AHEAD_TEXTS]
    assert kiwi_here is True


@pytest.mark.parametrize("text", [AHEAD_TEXTS[0], "restart the web container please"])
def test_the_parsers_load_while_the_forked_analyser_loads_and_only_then(text):
    """`gorae explain` in Korean reads what needs no Kiwi (bot.language.parse.warm) before it asks
    the child: the child is not taken, Kiwi is not loaded here; without a child, nothing is read."""
    out = _ahead("from bot.front.cli import read_while_kiwi_loads\n"
                 "from bot.language import grammar\n"
                 "read_while_kiwi_loads()\n"
                 "print(json.dumps([started, ahead.pending(), 'kiwipiepy' in sys.modules,\n"
                 "                  grammar.natural.cache_info().currsize, 'http.client' in sys.modules]))", text)
    started, pending, kiwi_here, parsers, client = json.loads(out.stdout.strip().splitlines()[-1])
    korean = text == AHEAD_TEXTS[0]
    assert (started, pending, parsers, client) == (korean, korean, int(korean), korean), out.stderr
    assert kiwi_here is False


@pytest.mark.parametrize("text", ["restart the web container please", "docker restart web"])
def test_no_analyser_is_forked_for_english_or_cli(text):
    out = _ahead("print(json.dumps([started, 'kiwipiepy' in sys.modules]))", text)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [False, False], out.stderr


def test_a_korean_one_shot_command_answers_as_in_process(capsys, monkeypatch):
    """`gorae explain --json` as the command (forks the analyser) == `main([...])` in this process."""
    from bot.front import cli

    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent.sock")
    for text in AHEAD_TEXTS:
        out = subprocess.run([sys.executable, "-c", "import sys; from bot.front.cli import main; sys.exit(main())",
                              "explain", "--json", text], capture_output=True, text=True, timeout=120,
                             env={"DOCKER_HOST": "unix:///nonexistent.sock", "PATH": "/usr/bin:/bin"})
        assert out.returncode == 0, out.stderr
        cli.main(["explain", "--json", text])
        assert json.loads(out.stdout) == json.loads(capsys.readouterr().out), text
