"""The Korean misses of wordings_fresh9.yaml (the ninth held-out table), each fixed as a kind in grammar/ or
bot/language/: the table's sentence and other wordings of the same kind (written before the fix, in no table),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# a logs window said with a Korean numeral (한 줄, 백줄, 두시간, 한시간치, 삼십분): the number as typed in digits
# (grammar/lexicon.txt `num_*`, bot/language/morph.py `_numerals`); 꺼 (것) after 마지막/최근 is "the ones"
LOGS_WINDOWS = [
    ("web 로그 마지막 백줄", ["docker logs --tail 100 web"]),
    ("data 로그 마지막 한 줄", ["docker logs --tail 1 data"]),
    ("data 최근 두시간 로그 보여줘", ["docker logs --since 2h data"]),
    ("data 한시간치 로그", ["docker logs --since 1h data"]),
    ("web 로그 마지막 꺼 50개", ["docker logs --tail 50 web"]),
    ("cache 로그 마지막 스무 줄 보여줘", ["docker logs --tail 20 cache"]),
    ("my-nginx 로그 최근 삼십분", ["docker logs --since 30m my-nginx"]),
    ("web 로그 마지막 이백줄만", ["docker logs --tail 200 web"]),
    ("cache 최근 세시간치 로그 줘", ["docker logs --since 3h cache"]),
    ("web 로그 최근 꺼 30줄", ["docker logs --tail 30 web"]),
    ("data 로그 마지막 열다섯 줄", ["docker logs --tail 15 data"]),
    ("web 한번 재시작해줘", ["docker restart web"]),  # 한 번: once, no number
    ("web cache 두 개 다 재시작", ["docker restart web cache"]),  # a count, never a number
]


@pytest.mark.parametrize("text, want", LOGS_WINDOWS, ids=[t for t, _ in LOGS_WINDOWS])
def test_logs_windows(text, want):
    check(text, want)


# a slip of the keyboard (bot/language/typo.py): the request ending 줘 one key off after a verb's -어 form
# (보여줴, 보여죠, 해줴), and the noun of a listing (목록) one jamo off; the reply says which word was read as which
TYPOS = [
    ("data 로그 보여줴", ["docker logs data"]),
    ("web 로그 보여죠", ["docker logs web"]),
    ("컨테이너 목륵", ["docker ps"]),
    ("cache 재시작해줴", ["docker restart cache"]),
    ("my-nginx 로그 보여쥬", ["docker logs my-nginx"]),
    ("이미지 몽록 보여줘", ["docker images"]),
    ("볼륨 묵록", ["docker volume ls"]),
    ("web 지워죠", ["docker rm web"]),
    ("web 재시작했죠", None),  # told done, asked to agree: never a request
]


@pytest.mark.parametrize("text, want", TYPOS, ids=[t for t, _ in TYPOS])
def test_typos(text, want):
    check(text, want)


# a property of a container asked in Korean (grammar/natural.lark `attr`, `what_set`, `when_asked`, `where_mounted`):
# the read that answers it — its details (docker inspect), its use of the machine (docker stats), a volume's place
PROPERTIES = [
    ("web 컨테이너 이미지 버전 뭐지", ["docker inspect web"]),
    ("web cpu 몇 퍼 써", ["docker stats --no-stream web"]),
    ("cache 헬스", ["docker inspect cache"]),
    ("pgdata 어디 마운트돼 있어", ["docker volume inspect pgdata"]),
    ("my-volume 명령어 뭐로 떠있어", ["docker inspect my-volume"]),
    ("컨테이너 뭐 떠있어?", ["docker ps"]),  # what is up: a listing, no property
    ("db 환경변수 뭐 들어가 있어", ["docker inspect db"]),
    ("web 몇시에 떴어", ["docker inspect web"]),
    ("data 이미지 태그 뭐야", ["docker inspect data"]),
    ("cache 몇 시에 올라왔어?", ["docker inspect cache"]),
    ("my-nginx 환경 변수 뭐 들어가 있지", ["docker inspect my-nginx"]),
    ("web 무슨 명령어로 떠 있어", ["docker inspect web"]),
    ("data 커맨드 뭐로 돼있어", ["docker inspect data"]),
    ("db 볼륨 어디에 마운트됐어", ["docker volume inspect db"]),
    ("cache 메모리 몇 퍼 써?", ["docker stats --no-stream cache"]),
    ("db 헬스 어때", ["docker inspect db"]),
    ("nginx 1.25 버전 받아줘", ["docker pull nginx:1.25"]),  # a version with its number is still a tag to pull
    ("web 명령어 실행", None),  # a command said as one, none named: asked
]


@pytest.mark.parametrize("text, want", PROPERTIES, ids=[t for t, _ in PROPERTIES])
def test_properties(text, want):
    check(text, want)


# a complaint said of one container (grammar/natural.lark `complaint`): its status, then its last 20 lines — never
# a write, never a negated request (안 붙어요, 접속 안됨 are no "don't connect"); an apology or the hour said with a
# copula (새벽인데, 새벽이라 미안, 죄송한데) changes nothing, the hour said with 에 stays a schedule (refused)
COMPLAINTS = [
    ("cache 안 붙어요", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx 접속 안됨 ㅠ", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    # (lead28) restarted over and over, a complaint as fresh9, fresh15 and fresh19 read it (it was told, running nothing)
    ("web이 계속 재시작돼", ["docker inspect web", "docker logs --tail 20 web"]),
    ("새벽인데 my-nginx 또 뻗었네", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("my-nginx 502 남", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web 에러 뿜는 중", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web 접속이 안 돼", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache 계속 죽어", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 500 에러 남", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx 오류 뱉는 중", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("db 안 붙어", ["docker inspect db", "docker logs --tail 20 db"]),
    ("새벽이라 미안 cache 좀 꺼줘", ["docker stop cache"]),
    ("밤인데 미안 web 재시작 좀", ["docker restart web"]),
    ("죄송한데 data 로그 보여주세요", ["docker logs data"]),
    ("새벽에 web 재시작해줘", None),  # a time said with 에: never now
    ("cache 연결 안 돼", None),  # 연결 (connect) with 안 돼: a prohibition, never a write
    ("web 붙지 마", None),
]


@pytest.mark.parametrize("text, want", COMPLAINTS, ids=[t for t, _ in COMPLAINTS])
def test_complaints(text, want):
    check(text, want)


# the logs followed, said with the loanword (grammar/natural.lark `follow`)
FOLLOW = [
    ("web 로그 팔로우", ["docker logs -f web"]),
    ("cache 로그 팔로우 해줘", ["docker logs -f cache"]),
    ("my-nginx 로그 팔로잉", ["docker logs -f my-nginx"]),
]


@pytest.mark.parametrize("text, want", FOLLOW, ids=[t for t, _ in FOLLOW])
def test_follow(text, want):
    check(text, want)


# a Korean run (grammar/natural.lark `v_run`, `random_port`): made and then started is one run (-d), never a create
# and a start; a random host port said with 나 ("포트로나": whichever) is -p with the image's port
RUNS = [
    ("redis 컨테이너 하나 만들어서 켜줘", ["docker run -d redis"]),
    ("nginx를 호스트 아무 포트로나 띄워", ["docker run -d -p 80 nginx"]),
    ("nginx로 컨테이너 만들어서 실행해", ["docker run -d nginx"]),
    ("httpd 만들어서 시작해", ["docker run -d httpd"]),
    ("httpd 랜덤 포트로나 올려줘", ["docker run -d -p 80 httpd"]),
    ("redis 컨테이너 만들어서 꺼", None),  # made and then stopped: no run guessed
    ("redis 컨테이너 만들기만 해", ["docker create redis"]),
]


@pytest.mark.parametrize("text, want", RUNS, ids=[t for t, _ in RUNS])
def test_runs(text, want):
    check(text, want)


# the engine named in Hangul (도커) before a docker word typed in ASCII changes nothing (grammar/morphemes.txt);
# alone with a verb it names no container
DOCKER_KO = [
    ("도커 ps 보여줘", ["docker ps"]),
    ("도커 images 보여줘", ["docker images"]),
    ("도커 볼륨이 뭐야?", None),  # what one is, asked (wordings_fresh8.yaml): no listing
    ("도커 재시작해줘", None),
    ("도커 꺼줘", None),
]


@pytest.mark.parametrize("text, want", DOCKER_KO, ids=[t for t, _ in DOCKER_KO])
def test_docker_ko(text, want):
    check(text, want)
