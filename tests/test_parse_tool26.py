"""tool26: docker named as the tool a Korean request is done with — gorae's own, so it changes nothing: "도커로 web
재시작해줘", "도커에서 cache 로그 보여줘", "kubectl 말고 도커로 web 재시작해줘" (natural.lark `_docker_ko`), and the word
typed in ASCII, "docker로 web 재시작해줘" (bot/language/normalize.py `_docker_said_ko`) — which restarted a container
named docker beside web (Restart(targets=('docker', 'web')), refused only because no such container was there)."""
import pytest
from test_wordings_fresh import answer

from bot.language.normalize import normalize
from bot.language.parse import parse

READ = [
    ("도커로 web 재시작해줘", ["docker restart web"]),
    ("도커에서 cache 로그 보여줘", ["docker logs cache"]),
    ("도커 쪽에서 web 꺼줘", ["docker stop web"]),
    ("kubectl 말고 도커로 web 재시작해줘", ["docker restart web"]),
    ("도커로 nginx 띄워줘", ["docker run -d nginx"]),
    ("docker로 web 재시작해줘", ["docker restart web"]),
    ("docker에서 cache 로그 보여줘", ["docker logs cache"]),
    ("web docker로 재시작해줘", ["docker restart web"]),
    ("도커 컨테이너 목록", ["docker ps"]),
    ("web에서 docker ps 실행", ["docker exec web docker ps"]),  # a command run in web: typed as it is
    # the tool before a kind and a name of one
    ("도커 이미지 httpd 끌어와봐", ["docker pull httpd"]),
    ("도커 컨테이너 web 재시작해줘", ["docker restart web"]),
    ("도커 볼륨 pgdata 지워", ["docker volume rm pgdata"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["docker로 web 재시작해줘", "web docker로 재시작해줘", "도커로 web 재시작해줘"])
def test_docker_is_never_a_target(text):
    cmd = parse(normalize(text))
    assert getattr(cmd, "targets", None) == ("web",), cmd


NOT_A_WRITE = ["도커로", "도커에서 web 지우지 마", "도커로 web 재시작했어", "도커로 web 재시작해도 돼?", "도커 컨테이너 web 지우지 마"]


@pytest.mark.parametrize("text", NOT_A_WRITE)
def test_not_a_write(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
