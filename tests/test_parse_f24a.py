"""(f24a) fresh24's wrong-write kinds and so/comment/passive readings: each row's input, wordings of the same kind,
and negatives (tests/test_parse_f24a.py; the e2e rows in tests/test_e2e_f24a.py)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

RUNS = [
    # a file listing asked in words: ls of the path, never the path run
    ("web 컨테이너 안에 /usr/share/nginx/html 파일 목록 좀", ["docker exec web ls /usr/share/nginx/html"]),
    ("web 안에 /etc 파일 목록 좀", ["docker exec web ls /etc"]),
    ("list the files in /etc inside web", ["docker exec web ls /etc"]),
    ("show me the files under /tmp on data", ["docker exec data ls /tmp"]),
    ("web에서 /app/run.sh 실행해줘", ["docker exec web /app/run.sh"]),
    # a shell comment in pasted CLI, as a shell reads it
    ("docker exec my-volume df -h  # 디스크 확인", ["docker exec my-volume df -h"]),
    ("$ docker ps -a   # shows stopped too", ["docker ps -a"]),
    ("# list all containers\ndocker ps -a", ["docker ps -a"]),
    ("docker logs -f web  # follow the output", ["docker logs -f web"]),
    ("# 캐시 재시작\ndocker restart cache", ["docker restart cache"]),
    ("$ sudo docker pause data\n# 답변에 이렇게 나와있네요", ["docker pause data"]),
    ('docker exec web sh -c "echo # hi"', ["docker exec web sh -c 'echo # hi'"]),
    ("# docker rm web", ["docker rm web"]),
    # docker commands on lines of their own: one after the other
    ("$ docker unpause data\n$ docker ps", ["docker unpause data", "docker ps"]),
    ("docker stop my-nginx\ndocker rm my-nginx", ["docker stop my-nginx", "docker rm my-nginx"]),
    ("# stop first\ndocker stop web\n# then remove\ndocker rm web", ["docker stop web", "docker rm web"]),
    # one unfenced command with a request pointing at it
    ("스택오버플로에서 찾은 건데 이거 돌려줘\n$ docker volume ls", ["docker volume ls"]),
    ("run this pls:\ndocker pause my-volume", ["docker pause my-volume"]),
    ("docker run -d \\\n  --name so5-24 \\\n  redis\n이거 돌려줘", ["docker run -d --name so5-24 redis"]),
    # passive needed or wished
    ("web이 재시작되어야 함", ["docker restart web"]),
    ("data가 삭제되기를 원합니다", ["docker rm data"]),

    ("db가 기동되어야 합니다, 지금요", ["docker start db"]),
    ("my-nginx should be paused right away", ["docker pause my-nginx"]),
    ("the stopped containers need to be cleaned up", ["docker container prune"]),
    ("unpause data right away", ["docker unpause data"]),
]

NOTHING = [
    # a write, then "I'm only asking"
    "web 삭제? 물어보는 거야",
    "web 재시작? 궁금해서 물어봄",
    "web 삭제? 질문임",
    "web 삭제? 묻는 거예요",
    "restart web? just curious",
    "remove web? just asking",
    # a path alone, nothing asked of it
    "in web, /etc",
    # a comment that warns keeps the text as typed
    "docker rm web  # do not run this",
    "# 실행하지 마세요\ndocker rm web",
    "docker rm web # DANGER",
    "docker rm web # won't work",
    # pasted with its output: a transcript
    "$ docker rm data\ndata",
    # passive past / asked
    "web 재시작됐어",
    "web 재시작되면 좋겠다",
    "web이 재시작되어야 할까?",
    "web is to be removed?",
    "web was restarted",
]


@pytest.mark.parametrize("text,cli", RUNS)
def test_f24a_runs(text, cli):
    assert list(answer(text).cli or []) == cli


@pytest.mark.parametrize("text", NOTHING)
def test_f24a_runs_nothing(text):
    assert not answer(text).cli


def test_f24a_request_with_reason_stands():
    assert list(answer("web 재시작해줘 잘 되는지 궁금해서").cli or []) == ["docker restart web"]
