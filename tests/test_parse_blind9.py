"""The kinds of phrasing that wordings_fresh9.yaml (the ninth table, written blind) found wrongly
read or missed, each fixed as a kind in grammar/ or bot/language/: the failing input of the table and
other wordings of the same kind (not in any table), read through `Gorae.explain` against the fake
corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run (a refusal, a
question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # the place of a command said twice — "X 안에" and then "들어가서"/"접속해서" — is the place's: the second
    # particle is never the first word of the command (it ran `docker exec web '들어가서' env`)
    ("web 안에 들어가서 env 쳐봐", ["docker exec web env"]),
    ("web 안에 들어가서 ls /etc 실행해", ["docker exec web ls /etc"]),
    ("data 안에 접속해서 hostname 쳐줘", ["docker exec data hostname"]),
    ("cache 안에서 들어가서 redis-cli ping 실행", ["docker exec cache redis-cli ping"]),
    # a Korean word inside a command unquoted: never dropped — (lead27) read as echo's own word (it was refused)
    ("web에서 echo 안녕 실행", ["docker exec web echo '안녕'"]),
    # English "with KEY=VALUE" between a command and its container is the command's environment (-e), never
    # its words (it ran `docker exec cache env with DEBUG=1`)
    ("run env with DEBUG=1 in cache", ["docker exec -e DEBUG=1 cache env"]),
    ("run ls with FOO=1 in data", ["docker exec -e FOO=1 data ls"]),
    ("run printenv with A=1 on data", ["docker exec -e A=1 data printenv"]),
    ("run env with DEBUG=1 and LEVEL=2 in cache", ["docker exec -e DEBUG=1 -e LEVEL=2 cache env"]),
    ("run env in cache with DEBUG=1", ["docker exec -e DEBUG=1 cache env"]),
    ("run echo hello with world in data", ["docker exec data echo hello with world"]),  # no role: the command's
    # a bare Korean noun of a verb ("로그", "상태", "재시작" with no ending) ends no clause: "로그 좀 web꺼" (꺼 = 거,
    # "web's") is not the logs and then a stop of web; a predicate said with its ending still does
    ("로그 좀 web꺼", None),
    ("로그 web 꺼줘", None),
    ("상태 web 꺼", None),
    ("web 재시작 cache 꺼", None),
    ("web 상세정보 보여줘 web stop 해줘", ["docker inspect web", "docker stop web"]),
    ("web 재시작해줘 cache 꺼줘", ["docker restart web", "docker stop cache"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


READ = [
    # the chat imperatives -셈/-삼 glued to any verb's stem (Kiwi took them for nouns; grammar/lexicon.txt
    # `chat_imperative`, bot/language/morph.py `_chat_imperatives`)
    ("web 끄셈", ["docker stop web"]),
    ("data 끄삼", ["docker stop data"]),
    ("db 켜 두셈", ["docker start db"]),
    ("data 죽이셈", ["docker kill data"]),
    ("db 지우셈", ["docker rm db"]),
    ("nginx 8080포트로 띄우셈", ["docker run -d -p 8080:80 nginx"]),
    ("cache 로그 보여주삼", ["docker logs cache"]),
    ("web 살리셈", ["docker start web"]),
    ("web 지우지 마셈", None),
    ("덧셈 해줘", None),  # no verb's stem before it: as typed
    # loanwords and chat nouns of known verbs (grammar/natural.lark): 딜리트 (rm), 리스트업 / 피에스 (a listing),
    # 탑 (top), 세부정보 / 구성 (details), 포스로 (force), 쓸데없는 (unused)
    ("db 딜리트", ["docker rm db"]),
    ("db 컨테이너 딜리트해줘", ["docker rm db"]),
    ("이미지 리스트업", ["docker images"]),
    ("볼륨 리스트업 해줘", ["docker volume ls"]),
    ("피에스", ["docker ps"]),
    ("data 탑 보여줘", ["docker top data"]),
    ("cache 탑", ["docker top cache"]),
    ("web 세부정보", ["docker inspect web"]),
    ("cache 세부 정보 보여줘", ["docker inspect cache"]),
    ("cache 구성 확인", ["docker inspect cache"]),
    ("my-nginx 구성 좀 보여줘", ["docker inspect my-nginx"]),
    ("my-nginx 포스로 삭제해줘", ["docker rm -f my-nginx"]),
    ("web 포스 삭제", ["docker rm -f web"]),
    ("쓸데없는 볼륨 다 비워줘", ["docker volume prune"]),
    ("쓸데없는 네트워크 정리", ["docker network prune"]),
    # adverbs of manner change nothing
    ("조용히 data 꺼줘", ["docker stop data"]),
    ("살짝 cache 재시작 해줘", ["docker restart cache"]),
    ("살짝 cache 재시작 해볼까", None),  # ~까: a question, not a request (README)
    # "그다음 (에)" said as its own word is the next step; the exclusion noun 제외 alone leaves the names before it
    ("web 꺼 그다음 지워", ["docker stop web", "docker rm web"]),
    ("cache 재시작 그 다음에 로그 보여줘", ["docker restart cache", "docker logs cache"]),
    ("web 제외 다 꺼", ["docker stop my-nginx cache my-volume data"]),
    ("cache 제외 전부 재시작", ["docker restart web my-nginx my-volume data"]),
    # -었다 with its 가 dropped before the next verb is "then" (grammar/morphemes.txt), as -었다가 is
    ("web 죽였다 살려", ["docker kill web", "docker start web"]),
    ("web 껐다 지워", ["docker stop web", "docker rm web"]),
    ("cache 멈췄다 다시 켜", ["docker stop cache", "docker start cache"]),
    ("web 껐다 켜줘", ["docker restart web"]),
    ("web 재시작했다", None),  # said at the end: done, told
    ("web 껐다 치고 로그 보여줘", None),  # supposed ("say it was stopped"): nothing runs
    # a keyword said with 라는 is the name of what is made ("logs라는 볼륨": the morpheme stream spaces the
    # particle off, so the glued-particle rule missed it)
    ("logs라는 볼륨 만들어줘", ["docker volume create logs"]),
    ("restart라는 볼륨 만들어", ["docker volume create restart"]),
    ("host라는 네트워크 만들어줘", ["docker network create host"]),
    ("logs라는 이름으로 nginx 띄워", ["docker run -d --name logs nginx"]),
    # an update said of one image only is its newest copy pulled; of a service, the service's update
    ("ubuntu:focal 이미지 업데이트 해줘", ["docker pull ubuntu:focal"]),
    ("redis 이미지를 업데이트해줘", ["docker pull redis"]),
    ("update the nginx image", ["docker pull nginx"]),
    ("update nginx", None),  # no kind said: an image to update a service to? asked
    ("web 이미지 nginx:1.25로 업데이트", None),
    # a few of the last lines, no number said: `--tail 10` (parse_natural FEW_LINES); "몇 줄이야" asks how many
    ("cache 최근 로그 몇 줄만", ["docker logs --tail 10 cache"]),
    ("web 로그 몇 줄만 보여줘", ["docker logs --tail 10 web"]),
    ("last few lines of web logs", ["docker logs --tail 10 web"]),
    ("show a few log lines of cache", ["docker logs --tail 10 cache"]),
    ("show the last few lines of web", ["docker logs --tail 10 web"]),
    ("web 로그 20줄 몇 줄만", None),  # two amounts
    ("web 몇 줄만 재시작", None),
    # `-q` typed to a listing is kept: the IDs only, as docker prints them (it was dropped: a table)
    ("docker ps -aq", ["docker ps -a -q"]),
    ("sudo docker ps -q", ["docker ps -q"]),
    ("docker container ls -qa", ["docker ps -a -q"]),
    ("docker images -q", ["docker images -q"]),
    ("docker image ls --quiet", ["docker images -q"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)
