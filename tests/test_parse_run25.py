"""run25: docker run said in words — the options of a run said without a verb of running (the image named), one-shot
runs (a clean-up said last, a new image as the place, removed by itself when done), run options in Korean words (a
restart policy said as a condition, a memory size with its Korean unit), read through `Gorae.explain` against the fake
corpus world (tests/fakes.py). `None`: nothing may run and no write is offered. The wordings are new (not the tables').
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# 1. A new container said without a verb of running: the image with a run's option (English: the image first, then a
# word joining it to the option — with, on, capped …) — bot/language/verbless_run.py.
VERBLESS = [
    ("httpd with restart always", ["docker run -d --restart always httpd"]),
    ("busybox with memory 64m", ["docker run -d --memory 64m busybox"]),
    ("redis capped at 256m of memory", ["docker run -d --memory 256m redis"]),
    ("nginx with TZ=UTC", ["docker run -d -e TZ=UTC nginx"]),
    ("httpd on host port 8097", ["docker run -d -p 8097:80 httpd"]),
    ("a fresh redis on 6391", ["docker run -d -p 6391:6379 redis"]),
    ("9091 포트로 nginx 하나", ["docker run -d -p 9091:80 nginx"]),
    ("httpd 컨테이너 하나 8099로", ["docker run -d -p 8099:80 httpd"]),
    ("alpine 컨테이너 하나 box7이라는 이름으로 backend 네트워크에", ["docker run -d --name box7 --network backend alpine"]),
    ("nginx 하나 구공구공 포트로", ["docker run -d -p 9090:80 nginx"]),
    ("httpd 하나 팔공팔일 포트로", ["docker run -d -p 8081:80 httpd"]),
]

# … and what must not become a run: a container's name with options (never its start, an update or a pull), a
# question, a negation, a predicate of its own, the past, an image said after other words.
VERBLESS_NOT = [
    ("web with restart always", None),
    ("memcached with restart on-failure", None),  # no such image here: never pulled on a sentence without a verb
    ("confirm when done", None),
    ("IC here. confirm when done", None),
    ("ack once done", None),
    ("httpd was on 8097", None),
    ("nginx used to be on 8090", None),
    ("busybox with memory 64m before", None),
    ("redis 6380이었어", None),
    ("cache with memory 64m", None),
    ("my-nginx on host port 8098", None),
    ("data 컨테이너 하나 6399로", None),
    ("db 하나 더", None),
    ("is web on port 80?", ["docker port web"]),
    ("is redis with restart always", None),
    ("not redis with restart always", None),
    ("no nginx with TZ=UTC", None),
    ("redis 하나 있어", None),
    ("redis 하나 좋아", None),
    ("redis 하나 없어?", None),
    ("nginx 하나 8080 포트로 띄웠어", None),
    ("어제 redis 컨테이너 하나 6394로 띄웠어", None),
    ("redis 하나 띄우지 마", None),
    ("I ran redis with restart always yesterday", None),
    ("redis", None),
    ("httpd 하나", None),
    ("nginx 80포트로", None),  # Korean: no word of one more — the verb is missing (tests/test_wordings.py)
    ("nginx를 구공구공 포트로", None),  # no option: a sentence with its verb dropped (tests/test_properties_fresh.py)
    ("httpd port 8088", None),  # English with no word joining the image to its option
    ("httpd as h2 port 8089", None),
    ("redis 하나?", None),
    ("web 메모리 200메가 써", None),
]

# 2. One-shot runs: a clean-up said last is --rm (bot/language/run_clause.py `clause_cleanup`), a new image said as
# the place ("in a fresh alpine"), removed by itself when done (알아서).
ONE_SHOT = [
    ("run busybox and print the hostname, then clean up", ["docker run --rm busybox hostname"]),
    ("run alpine, show uptime, and clean up after", ["docker run --rm alpine uptime"]),
    ("run ubuntu:focal and print the date and clean it up afterwards", ["docker run --rm ubuntu:focal date"]),
    ("run busybox, print whoami, then clean up after yourself", ["docker run --rm busybox whoami"]),
    ("run ls /etc in a fresh busybox", ["docker run busybox ls /etc"]),
    ("run env in a new alpine container", ["docker run alpine env"]),
    ("run date in a fresh ubuntu:focal", ["docker run ubuntu:focal date"]),
    ("끝나면 알아서 지워지게 busybox에서 uname -a 실행", ["docker run --rm busybox uname -a"]),
    ("끝나면 알아서 삭제되게 alpine에서 date 실행", ["docker run --rm alpine date"]),
]

ONE_SHOT_NOT = [
    ("run web and print the date, then clean up", None),  # web is a container: never a new one of it
    ("run ls in a fresh web", None),
    ("run ls in a new web container", None),
    ("don't run alpine and print the date, then clean up", None),
    ("I ran alpine and printed the date, then cleaned up", None),
    ("stop web, then clean up", None),
    ("끝나면 알아서 지워지게 web에서 ls 실행", None),
    ("끝나면 알아서 지워지게 busybox에서 uname -a 실행하지 마", None),
    ("run ls in web", ["docker exec web ls"]),  # an existing container, said without a new word: still exec
]

# 3. Run options in Korean words: alive again when it dies (--restart always), restarted on a failure (on-failure),
# a memory size with its Korean unit (메가 m, 기가 g) in a sentence that says 메모리/램.
KO_OPTIONS = [
    ("httpd 죽으면 다시 살아나게 띄워", ["docker run -d --restart always httpd"]),
    ("nginx 죽으면 살아나도록 실행해줘", ["docker run -d --restart always nginx"]),
    ("memcached 실패 시 재시작 정책으로 띄워", ["docker run -d --restart on-failure memcached"]),
    ("alpine 실패하면 재시작되게 띄워줘", ["docker run -d --restart on-failure alpine"]),
    ("busybox 실패 시 재시작하도록 실행", ["docker run -d --restart on-failure busybox"]),
    ("메모리 256메가로 nginx 띄워", ["docker run -d --memory 256m nginx"]),
    ("램 1기가로 redis 실행해줘", ["docker run -d --memory 1g redis"]),
    ("httpd 메모리 128 메가로 제한해서 띄워", ["docker run -d --memory 128m httpd"]),
    ("메모리 2기가바이트로 alpine 띄워", ["docker run -d --memory 2g alpine"]),
    # an image said as what a run uses (이미지를 사용하여 = 이미지로: normalize._image_used_ko)
    ("httpd 이미지를 사용하여 컨테이너를 실행해 주십시오.", ["docker run -d httpd"]),
    ("alpine 이미지를 이용해서 새 컨테이너 하나 띄워줘", ["docker run -d alpine"]),
    ("redis 이미지를 사용해서 6393포트로 컨테이너 하나 기동 바랍니다.", ["docker run -d -p 6393:6379 redis"]),
    # a name given as a name tag, kept with its (으)로
    ("nginx를 gw2로 이름 달아서 실행", ["docker run -d --name gw2 nginx"]),
    ("httpd를 h7로 이름 붙이고 띄워", ["docker run -d --name h7 httpd"]),
    ("alpine을 box3으로 이름 붙여서 띄워줘", ["docker run -d --name box3 alpine"]),
]

# English: near-misses of a run said with a variable
EN_OPTIONS = [
    ("run web with MODE=prod", None),  # web is a container
    ("don't run redis with TZ=UTC", None),
    ("run env with DEBUG=1 in cache", ["docker exec -e DEBUG=1 cache env"]),
]

KO_OPTIONS_NOT = [
    ("web 죽으면 다시 살아나게 띄워", None),  # web is a container
    ("cache 실패 시 재시작 정책으로 실행", None),
    ("redis 실패 시 재시작 정책으로 실행했어", None),
    ("nginx 죽으면 다시 살아나게 실행하지 마", None),
    ("메모리 512메가로 redis 띄웠어?", None),
    ("web 메모리 몇 메가 써?", ["docker stats --no-stream web"]),  # a use asked: no number before its unit
    ("httpd 이미지를 사용하여 컨테이너를 실행하지 마세요", None),
    ("redis 이미지를 사용하는 컨테이너 지워", None),
    ("my-volume 볼륨을 사용해서 alpine 띄워", ["docker run -d --volumes-from my-volume alpine"]),  # another noun: stays
    ("redis를 r9로 이름으로 띄워", None),  # 로 twice: which is the name? asked
    ("redis를 r9로 이름 붙여서 띄우지 마", None),
    ("web을 w2로 이름 붙여서 띄워", None),
]


@pytest.mark.parametrize("text,want", VERBLESS + VERBLESS_NOT)
def test_verbless_run(text, want):
    check(text, want)


@pytest.mark.parametrize("text,want", ONE_SHOT + ONE_SHOT_NOT)
def test_one_shot_run(text, want):
    check(text, want)


@pytest.mark.parametrize("text,want", KO_OPTIONS + KO_OPTIONS_NOT)
def test_korean_run_options(text, want):
    check(text, want)


@pytest.mark.parametrize("text,want", EN_OPTIONS)
def test_english_run_options(text, want):
    check(text, want)
