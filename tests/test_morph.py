"""bot/language/morph.py: Korean by morphemes, ASCII entities untouched (issue 8 item 1)."""
import json
import subprocess
import sys

import pytest

from bot.language import morph
from bot.language.morph import reading, words


@pytest.mark.parametrize("text", [
    "web 지워", "web 지우는데", "web 지울 건데", "web 지워 놔", "web 지워 주실래요", "web 지워주삼",
    "web 지워 주시면 감사하겠습니다", "web 지워줘요", "web 지워봐",
])
def test_any_ending_or_politeness_is_the_lemma(text):
    assert words(text).split()[:2] == ["web", "지우"]
    assert not {"주", "두", "놓", "보", "드리", "시"} & set(words(text).split())


@pytest.mark.parametrize("text, entity", [
    ("db2 지워줘", "db2"),
    ("nginx:1.25 이미지 받아줘", "nginx:1.25"),
    ("127.0.0.1:5000/team/app@sha256:abc 받아", "127.0.0.1:5000/team/app@sha256:abc"),
    ("/opt/html 디렉토리를 마운트", "/opt/html"),
    ("MYSQL_ROOT_PASSWORD=s3cr3t 넣어서", "MYSQL_ROOT_PASSWORD=s3cr3t"),
    ("web에서 ls -la /etc 실행", "ls -la /etc"),
    ("web에서 curl -s http://localhost:8080/x?debug=1 실행", "curl -s http://localhost:8080/x?debug=1"),
    ('alpine에서 "안녕 세상" 출력', '"안녕 세상"'),
    ("My-Web 재시작", "My-Web"),
])
def test_ascii_entities_and_quotes_stay_as_typed(text, entity):
    assert entity in reading(text).text


def test_where_each_word_was_said():
    rd = reading("web을 재시작해줘")
    assert rd.text.split() == ["web", "을", "재시작"]
    col = rd.text.index("재시작")
    assert rd.source[rd.original_column(col):].startswith("재시작해줘")
    assert rd.original_column(len(rd.text)) == len(rd.source)


@pytest.mark.parametrize("text, stream", [
    ("실행 중인 컨테이너", "실행 중 ~ㄴ 컨테이너"),
    ("살아있는 컨테이너", "살 있 ~는 컨테이너"),
    ("정지된 컨테이너", "정지 되 ~ㄴ 컨테이너"),
    ("web 중지하고 삭제해줘", "web 중지 ~고 삭제"),
    ("web 재시작하지 마", "web 재시작 ~지 말"),
    ("web 좀 빨리 재시작 ㅋㅋ 🙏", "web 좀 빨리 재시작"),
    ("web 절대 재시작 ㄴㄴ", "web 절대 재시작 ㄴㄴ"),
])
def test_meaningful_endings_stay_noise_goes(text, stream):
    assert words(text) == stream


def test_deterministic():
    first = words("죽어있는 컨테이너들 다 지워주삼")
    morph.reading.cache_clear()
    assert words("죽어있는 컨테이너들 다 지워주삼") == first


def test_no_hangul_no_kiwi():
    rd = reading("restart web")
    assert rd.text == "restart web" and rd.origin == tuple(range(len("restart web")))


@pytest.mark.parametrize("argv", [
    ["explain", "restart web"],
    ["explain", "docker restart web"],
])
def test_a_one_shot_in_english_or_cli_never_loads_kiwi(argv):
    """`gorae explain` of English or docker CLI text must not import kiwipiepy (start-up time)."""
    code = ("import sys, contextlib, io\n"
            "from bot.front import cli\n"
            f"with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    try: cli.main({argv!r})\n"
            "    except SystemExit: pass\n"
            "print('kiwipiepy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"DOCKER_HOST": "unix:///nonexistent.sock", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr


def test_korean_loads_kiwi_on_demand():
    code = "import sys\nfrom bot.language.parse import parse\nparse('web 재시작')\nprint('kiwipiepy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "True", out.stderr


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
