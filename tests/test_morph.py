"""bot/language/morph.py: Korean by morphemes, ASCII entities untouched (issue 8 item 1)."""
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
