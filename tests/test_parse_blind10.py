"""The kinds of phrasing that wordings_fresh10.yaml (the tenth table, written blind) found wrongly
read or missed, each fixed as a kind in grammar/ or bot/language/: the failing input of the table and
other wordings of the same kind (not in any table), read through `Gorae.explain` against the fake
corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run (a refusal, a
question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # brevity said with a phrasal stop ("take X down", "shut down X") is a pause, as with stop itself (it planned
    # `docker stop cache`)
    ("take cache down for a sec", ["docker pause cache"]),
    ("take web down for a moment", ["docker pause web"]),
    ("shut down data for a minute", ["docker pause data"]),
    ("bring my-nginx down briefly", ["docker pause my-nginx"]),
    ("take cache down", ["docker stop cache"]),  # no brevity: the stop
    # after a pull, the one plain name said with (으)로 before a launch is the new container's, never an image
    # (it planned `docker run -d r7`)
    ("redis 받아서 r7으로 띄워줘", ["docker pull redis", "docker run -d --name r7 redis"]),
    ("nginx 받고 edge4로 띄워", ["docker pull nginx", "docker run -d --name edge4 nginx"]),
    ("httpd 받아서 h3로 9000포트에 띄워", ["docker pull httpd", "docker run -d --name h3 -p 9000:80 httpd"]),
    ("redis 받아서 redis:7로 띄워", ["docker pull redis", "docker run -d redis:7"]),  # a tag: an image said
    # an English directory phrase after a command ("from /var/log", "from the /tmp dir") is where it runs (-w),
    # never words handed to the program (it ran `docker exec web ls from /var/log`)
    ("in web, run ls from /var/log", ["docker exec -w /var/log web ls"]),
    ("on data run ls -la from /tmp", ["docker exec -w /tmp data ls -la"]),
    ("in data run ls from the /tmp dir", ["docker exec -w /tmp data ls"]),
    ("run ls in /etc folder on web", ["docker exec -w /etc web ls"]),
    ("run ls in /etc and more on web", None),  # words after the directory: whose? asked
    # what is printed, described ("prints the date", "prints its hostname"), is not the text printed: asked, never
    # `echo the date`
    # (en15) … unless what is described is what a program is named after and prints (grammar/lexicon.txt
    # clause_printing): that program, as the table wordings_en13 expects ("that prints the date" = `date`)
    ("run a throwaway ubuntu:focal that prints the date", ["docker run --rm ubuntu:focal date"]),
    ("run alpine that prints its hostname", ["docker run alpine hostname"]),
    ("run a one-off busybox that prints the current time", None),
    ("run a one-off alpine that prints hi there", ["docker run --rm alpine echo hi there"]),
    # a verb in the past with a time gone by (아까, 방금, 어제) is told, a read too (it showed web's logs); and 아까 is
    # its own word, never 아 + 까 (pull: "web 아까 재시작했어요" was refused as pull + restart)
    ("web 로그 아까 다 확인했어요", None),
    ("cache 로그 방금 봤어", None),
    ("어제 data 상태 확인했습니다", None),
    ("아까 web 재시작", None),
    ("web 아까 재시작했어요", None),
    # one write said over and over is a rant, not a request ("그래 web 지워라 지워 다 지워버려라 ㅋㅋ" proposed `docker rm
    # web` on a sarcastic sentence); said twice it is insistence, still the request
    ("그래 web 지워라 지워 다 지워버려라 ㅋㅋ", None),
    ("cache 꺼 꺼 다 꺼버려", None),
    ("web 지워 지워", ["docker rm web"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


READ = [
    # what runs inside one container, asked with a question word: its processes (docker top), not its state
    ("what's running inside cache", ["docker top cache"]),
    ("what is running in data", ["docker top data"]),
    ("cache 안에 뭐 돌고 있어", ["docker top cache"]),
    ("web 안에서 뭐 돌아가?", ["docker top web"]),
    ("my-volume에서 뭐 떠있어?", ["docker top my-volume"]),
    ("is cache running", ["docker inspect cache"]),  # a state asked: its details
    # "ps" said of one container with in/inside: its processes
    ("ps inside my-nginx", ["docker top my-nginx"]),
    ("ps in data", ["docker top data"]),
    # loanwords and chat words by lemma: 리부팅/리붓 (reboot), 인스펙션, 런, 부활 (start), 퍼즈/포즈 풀어·해제 (unpause),
    # 깔려 있는 이미지 (installed: the images), chat adverbs 쫙/살살/빠르게
    ("web 리붓 ㄱㄱ", ["docker restart web"]),
    ("data 리부팅 해줘", ["docker restart data"]),
    ("cache 리부팅 부탁드려요", ["docker restart cache"]),
    ("my-nginx 인스펙션", ["docker inspect my-nginx"]),
    ("redis 런", ["docker run -d redis"]),
    ("db 부활시켜", ["docker start db"]),
    ("db 부활시켜 주세요", ["docker start db"]),
    ("web 퍼즈 풀어", ["docker unpause web"]),
    ("cache 포즈 해제해줘", ["docker unpause cache"]),
    ("깔려있는 이미지 뭐있냐", ["docker images"]),
    ("깔려 있는 이미지 보여줘", ["docker images"]),
    ("컨테이너 리스트 쫙 뽑아줘", ["docker ps"]),
    ("cache 좀 살살 재시작", ["docker restart cache"]),
    ("data 빠르게 꺼줘", ["docker stop data"]),
    ("scrap db", ["docker rm db"]),
    # an HTTP error code it answers with is a complaint (its status and its last lines)
    ("my-nginx returns 500", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web is returning 503s", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web returns 200", None),
    # a runbook's numbered step pasted before a docker command
    ("1) docker stop cache", ["docker stop cache"]),
    ("2. docker logs --tail 5 web", ["docker logs --tail 5 web"]),
    ("step 2: docker start db", ["docker start db"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)
