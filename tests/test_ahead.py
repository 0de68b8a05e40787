"""bot/language/ahead.py: a Korean one-shot command forks the analyser child first thing; the child's
readings are Kiwi's own (bot/language/morph.py, tests/test_morph.py), and without it Kiwi loads here."""
import json
import os
import subprocess
import sys

import pytest

from bot.language import ahead
from bot.language.morph import kiwi, reading


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


# the child set for its one load of Kiwi (`ahead._for_one_load`, bench/RESULTS.md issue 8 session 13): Kiwi's
# allocators keep the memory they free, tqdm (imported by kiwipiepy, never used by gorae) loads only when read
def test_a_module_on_first_use_is_imported_only_when_a_name_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    later = ahead._OnFirstUse("colorsys")
    monkeypatch.setitem(sys.modules, "colorsys", later)
    import colorsys

    assert colorsys is later  # imported: nothing of it loaded yet
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)  # read: the real module's function
    assert sys.modules["colorsys"] is not later and sys.modules["colorsys"].rgb_to_hsv is colorsys.rgb_to_hsv


def test_kiwi_loaded_as_the_child_loads_it_reads_the_same_without_tqdm() -> None:
    """`_for_one_load` then Kiwi with gorae's words (morph._load), in a fresh process: the same morphemes as
    here, tqdm never imported, the allocator's setting made (a value already set is kept)."""
    prog = ("import json, os, sys\nfrom bot.language import ahead, morph\n"
            "ahead._for_one_load()\nk = morph._load()\n"
            "got = [[[t.form, t.tag, t.start] for t in k.tokenize(x)] for x in json.loads(sys.argv[1])]\n"
            "print(json.dumps([got, 'tqdm.std' in sys.modules, 'kiwipiepy' in sys.modules,\n"
            "                  os.environ.get('MIMALLOC_PURGE_DELAY')]))")
    for env_value, expected in ((None, "-1"), ("5", "5")):
        env = {k: v for k, v in os.environ.items() if k != "MIMALLOC_PURGE_DELAY"}
        if env_value is not None:
            env["MIMALLOC_PURGE_DELAY"] = env_value
        out = subprocess.run([sys.executable, "-c", prog, json.dumps(AHEAD_TEXTS)], capture_output=True,
                             text=True, timeout=180, env=env)
        assert out.returncode == 0, out.stderr
        got, tqdm_loaded, kiwi_loaded, purge = json.loads(out.stdout.strip().splitlines()[-1])
        assert got == [[[t.form, t.tag, t.start] for t in kiwi().tokenize(x)] for x in AHEAD_TEXTS]
        assert (tqdm_loaded, kiwi_loaded, purge) == (False, True, expected)


def test_the_child_ends_at_eof_and_sets_nothing_in_the_command() -> None:
    """The parent closes its end: the child ends (exit 0, Kiwi not torn down). The command's own process
    keeps its environment and allocator (the settings are the child's)."""
    out = _ahead("pid, ask, answers = ahead.take()\n"
                 "os.close(ask)\n"
                 "_, status = os.waitpid(pid, 0)\n"
                 "print(json.dumps([started, os.waitstatus_to_exitcode(status), os.read(answers, 16).decode(),\n"
                 "                  'MIMALLOC_PURGE_DELAY' in os.environ, 'ctypes' in sys.modules,\n"
                 "                  type(sys.modules.get('tqdm')).__name__]))", AHEAD_TEXTS[0])
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [True, 0, "", False, False, "NoneType"], out.stderr
