"""The kinds of wordings_fresh13.yaml (and fresh14's logs-window) that fix13 fixed, each as a kind: the table's failing
input and other wordings of the same kind (not in any table), read through `Gorae.explain` against the fake corpus world
(tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A command line typed for a new container after its image said with (으)로 (grammar/lexicon.txt `image_run_particles`,
# bot/language/parse.py `_image_run_command`, `_image_run_whole`): the text after the image is the command's text, a word
# of gorae's in it ("done", "stop") included — never a verb, never dropped (issue 8 item 5)
IMAGE_RUN_KO = [
    ("1) alpine 이미지 받고 2) alpine으로 echo done 실행", ["docker pull alpine", "docker run alpine echo done"]),
    ("alpine으로 echo done 실행", ["docker run alpine echo done"]),
    ("busybox로 echo done 돌려", ["docker run busybox echo done"]),
    ("alpine 이미지로 echo done 실행해줘", ["docker run alpine echo done"]),
    ("ubuntu:22.04로 echo all done 실행", ["docker run ubuntu:22.04 echo all done"]),
    # a word the grammar reads as chat noise ("now") is the command's too: it was dropped (`echo stop` ran)
    ("busybox 이미지로 echo stop now 실행해줘", ["docker run busybox echo stop now"]),
    ("busybox로 echo stop 실행", ["docker run busybox echo stop"]),
    # one word there may be the new container's name: asked, never a command guessed
    ("nginx로 edge8 띄우자", None),
    # options and a port are the run's, never the command's
    ("alpine으로 sleep 600 백그라운드로 실행", ["docker run -d alpine sleep 600"]),
    ("nginx로 8080 포트 실행", ["docker run -d -p 8080:80 nginx"]),
]


@pytest.mark.parametrize("text, want", IMAGE_RUN_KO, ids=[t for t, _ in IMAGE_RUN_KO])
def test_image_run_command_ko(text, want):
    check(text, want)


# English: "run IMAGE with CMD" (grammar/lexicon.txt `image_run_verbs_en`, `image_run_with_en`, `known_programs`;
# bot/language/parse.py `_run_with_command`): the words after "with" are the command's when they start with a program
IMAGE_RUN_EN = [
    ("run alpine with echo done", ["docker run alpine echo done"]),
    ("run busybox with uname -a", ["docker run busybox uname -a"]),
    ("run alpine with echo stop now", ["docker run alpine echo stop now"]),
    ("run alpine:3.19 with cat /etc/alpine-release", ["docker run alpine:3.19 cat /etc/alpine-release"]),
    ("run alpine with date", ["docker run alpine date"]),
    # options said with "with" stay options
    ("run nginx with port 8080", ["docker run -d -p 8080:80 nginx"]),
    ("run nginx with name w3", ["docker run -d --name w3 nginx"]),
    # words that are no program: never run as one
    ("run nginx with default settings", None),
    ("run busybox with myscript -v", None),
    ("run redis with data volume pgdata at /data", None),
    # a courtesy last: the request's or the command's? never guessed
    ("run alpine with echo done please", None),
]


@pytest.mark.parametrize("text, want", IMAGE_RUN_EN, ids=[t for t, _ in IMAGE_RUN_EN])
def test_image_run_command_en(text, want):
    check(text, want)


# A volume and a path said as the place of a mount, the volume right before its path with 에 (bot/language/parse_natural.py
# `_place_of_mount_next`): as "v9:/data" typed — the image is the other name (it was parse.mount_pairs)
MOUNT_PLACE = [
    ("1) v9 볼륨 만들고 2) alpine을 v9 /data에 마운트해서 실행", ["docker volume create v9", "docker run -d -v v9:/data alpine"]),
    ("alpine을 v9 /data에 마운트해서 실행", ["docker run -d -v v9:/data alpine"]),
    ("nginx를 pgdata /var/lib/data에 마운트해서 띄워", ["docker run -d -v pgdata:/var/lib/data nginx"]),
    ("busybox를 uploads /srv에 마운트해서 실행해줘", ["docker run -d -v uploads:/srv busybox"]),
    ("v9 /data에 마운트해서 alpine 실행", ["docker run -d -v v9:/data alpine"]),
]


@pytest.mark.parametrize("text, want", MOUNT_PLACE, ids=[t for t, _ in MOUNT_PLACE])
def test_mount_place(text, want):
    check(text, want)


# A Korean ban ended (마, 마라, 말자: grammar/lexicon.txt `ban_ended`), then a request in its own clause
# (bot/language/parse_natural.py `_ban_then_request_ko`): the ban holds, the other request runs — on the ban's names
# when it names none; the banned verb said again, or a second ban, runs nothing
BAN_THEN_REQUEST = [
    ("cache 재시작 하지 마 just 로그만 보여줘", ["docker logs cache"]),
    ("cache 재시작하지 마. 로그만 보여줘", ["docker logs cache"]),
    ("web 지우지 마라 그냥 로그 보여줘", ["docker logs web"]),
    ("data 멈추지 말자 상태만 보여줘", ["docker inspect data"]),
    ("web 지우지 마세요 로그만 보여주세요", ["docker logs web"]),
    ("web 지우지 마 cache 재시작해", ["docker restart cache"]),
    # the banned verb said again after the ban: never run
    ("cache 재시작하지 마 web 재시작해", None),
    ("cache 재시작하지 마 다시 재시작해", None),
    ("cache 재시작 하지 마 로그도 보지 마", None),
    ("web 지우지 마", None),
    # a verb said as a bare noun after the ban may be its object ("don't release the pause"): never a request guessed
    ("cache 풀지 마 일시정지 ㅋㅋ", None),
    ("web 지우지 마 cache 재시작", None),
]


@pytest.mark.parametrize("text, want", BAN_THEN_REQUEST, ids=[t for t, _ in BAN_THEN_REQUEST])
def test_ban_then_request(text, want):
    check(text, want)


# The chat nominal -ㅁ closing a step of a numbered list beside a step said as a request (grammar/lexicon.txt
# `step_nominal`, bot/language/parse.py `_nominal_step`): a to-do item, an order; a step number in brackets "(1)" is no
# engine clause (bot/language/engine_clause.py `read`). Alone, or every step so, -ㅁ is told (break4): nothing runs
NOMINAL_STEPS = [
    ("(1) my-volume 멈춤 (2) my-volume 삭제", ["docker stop my-volume", "docker rm my-volume"]),
    ("(1) data 끔 (2) data 로그 보여줘", ["docker stop data", "docker logs data"]),
    ("1) cache 멈춤 2) cache 로그 보여줘", ["docker stop cache", "docker logs cache"]),
    ("1. data 끔 2. data 삭제", ["docker stop data", "docker rm data"]),
    ("(1) cache 정지 (2) cache 삭제", ["docker stop cache", "docker rm cache"]),
    ("my-volume 멈춤", None),
    ("1) web 지움 2) cache 재시작함", None),
    ("1) web 지웠음 2) cache 재시작", None),
    ("1) web 안 지움 2) cache 재시작", None),
]


@pytest.mark.parametrize("text, want", NOMINAL_STEPS, ids=[t for t, _ in NOMINAL_STEPS])
def test_nominal_steps(text, want):
    check(text, want)


# (fresh14 logs-window) "anything" asks which container is on a host port, as "what's" does (grammar/lexicon.txt
# `on_port_wh`, bot/language/parse_natural.py `_on_port_asked`); with no port word it stays unread ("what's on 8080")
ON_PORT = [
    ("anything on port 8080?", ["docker ps --filter publish=8080"]),
    ("anything listening on 8080?", ["docker ps --filter publish=8080"]),
    ("anything bound to port 5432", ["docker ps --filter publish=5432"]),
    ("anything on 8080?", None),
]


@pytest.mark.parametrize("text, want", ON_PORT, ids=[t for t, _ in ON_PORT])
def test_on_port_asked(text, want):
    check(text, want)
