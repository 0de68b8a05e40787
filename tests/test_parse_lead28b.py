"""lead28b: reads asked that were refused —
- what one container is, does or runs (bot/language/asked_of_one.py): "what does the my-nginx box do", "which version of
  nginx does web use", "web 버전 뭐야?", "my-volume은 뭐 하는 컨테이너예요?" — its details;
- every/each said with the kind after a preposition ("details of every container": read as a container named every);
- the server said with "the" ("what images do we have on the server") and a listing summed up ("summarize")."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("what does the my-nginx box do", ["docker inspect my-nginx"]),
    ("what does my-nginx do", ["docker inspect my-nginx"]),
    ("what is cache for", ["docker inspect cache"]),
    ("what's cache for?", ["docker inspect cache"]),
    ("could someone tell me what cache is for", ["docker inspect cache"]),
    ("Can you tell me which version of nginx web uses?", ["docker inspect web"]),
    ("which version of nginx does web use", ["docker inspect web"]),
    ("what nginx version is web on", ["docker inspect web"]),
    ("my-volume은 뭐 하는 컨테이너예요?", ["docker inspect my-volume"]),
    ("web은 뭐 하는 컨테이너야?", ["docker inspect web"]),
    ("cache 뭐하는 애야?", ["docker inspect cache"]),
    ("cache는 뭐에 쓰는 거야?", ["docker inspect cache"]),
    ("web 버전 뭐야?", ["docker inspect web"]),
    ("cache 용도 알려줘", ["docker inspect cache"]),
    ("배포된 버전 뭔지 알 수 있을까요? web이요", ["docker inspect web"]),
    # every / each with the kind
    ("give me an overview of every container", ["docker ps -a"]),
    ("details of every container", ["docker ps -a"]),
    ("status of each container", ["docker ps -a"]),
    ("I'd like an overview of every container we have, including stopped ones", ["docker ps -a"]),
    ("stats of every container", ["docker stats --no-stream"]),
    # the server, a summary
    ("what images do we have on the server", ["docker images"]),
    ("list containers on the machine", ["docker ps"]),
    ("Can you summarize what images we currently have on the server?", ["docker images"]),
    ("summarize the containers", ["docker ps"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "web 버전 지워줘",  # a write said of a version: never read as a look
    "what does restart do",  # a verb asked about: no container
    "remove every container",  # every container removed: refused as before (parse.rm_all)
])
def test_never_a_write(text):
    a = answer(text)
    assert not a.cli, a


def test_still_read_as_before():
    assert list(answer("put data on the backend network").cli) == ["docker network connect backend data"]
    assert list(answer("stop every container").cli) == ["docker stop $(docker ps -q)"]
