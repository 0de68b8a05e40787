"""The wrong-write kinds that wordings_fresh16.yaml (the sixteenth table, written blind) found, each fixed as a kind:
the table's row and other wordings of the same kind (in no table), read through `Gorae.explain` against the fake
corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer, plan_key

RUN_BY_IMAGE = [
    # the containers asked by the image they run, said with from (bot/language/parse_natural.py `_runs_image`): listed,
    # never a run — "which containers run from redis" planned `docker run -d redis`
    ("which containers run from redis", ["docker ps --filter ancestor=redis"]),
    ("what containers are running from nginx?", ["docker ps --filter ancestor=nginx"]),
    ("which containers are running from httpd", ["docker ps --filter ancestor=httpd"]),
    ("what containers run from alpine", ["docker ps --filter ancestor=alpine"]),
    # without from, as before
    ("which containers run nginx", ["docker ps --filter ancestor=nginx"]),
    # with more said than a listing reads, the question is refused — never a run of the image
    # (`_containers_asked_by_run`: it planned `docker run -d -p 80:6379 redis`)
    ("which containers run from redis on port 80", None),
    ("what containers run nginx with the backend network", None),
    ("which containers run redis named r1", None),
    ("what containers run from nginx in detached mode", None),
    # a run said plainly is still a run
    ("run a redis container on 6390", ["docker run -d -p 6390:6379 redis"]),
    ("run nginx containers", ["docker run -d nginx"]),
]


@pytest.mark.parametrize("text, want", RUN_BY_IMAGE, ids=[t for t, _ in RUN_BY_IMAGE])
def test_containers_asked_by_the_image_they_run(text, want):
    check(text, want)


ABILITY = [
    # whether gorae can run something, asked of a bare run (bot/language/ability.py): the run is asked back, never run
    # on the question — "can you run kubectl?" planned `docker run -d kubectl`
    ("can you run kubectl?", "docker run -d kubectl"),
    ("could you run terraform", "docker run -d terraform"),
    ("can u run helm?", "docker run -d helm"),
    ("are you able to run ansible?", "docker run -d ansible"),
    ("do you run psql?", "docker run -d psql"),
    ("can gorae run busybox?", "docker run -d busybox"),
    # Korean: the ability ending -(으)ㄹ 수 있다 asked, no 주다 of a request
    ("kubectl 실행할 수 있어?", "docker run -d kubectl"),
    ("terraform 돌릴 수 있나요?", "docker run -d terraform"),
    ("nginx 띄울 수 있음?", "docker run -d nginx"),
]


@pytest.mark.parametrize("text, proposed", ABILITY, ids=[t for t, _ in ABILITY])
def test_ability_asked_of_a_bare_run_is_asked_back(text, proposed):
    ans = answer(text)
    assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
    assert list(ans.proposal) == [proposed], (text, ans.proposal)


STILL_REQUESTS = [
    # a run with more said, a request with 주다, and every other verb asked the same way stay requests (README)
    ("can you run nginx on 8080?", ["docker run -d -p 8080:80 nginx"]),
    ("can you run whoami in web", ["docker exec web whoami"]),
    ("nginx 실행해 줄 수 있어?", ["docker run -d nginx"]),
    ("can you restart web?", ["docker restart web"]),
    ("web 재시작 해줄 수 있어?", ["docker restart web"]),
    ("run busybox", ["docker run -d busybox"]),
]


@pytest.mark.parametrize("text, want", STILL_REQUESTS, ids=[t for t, _ in STILL_REQUESTS])
def test_requests_said_as_questions_stay_requests(text, want):
    check(text, want)


TAG_THEN_IT = [
    # after a tag, "it" is the name just given (bot/language/parse_natural.py `_sequence`) — "tag busybox as
    # 127.0.0.1:5000/busybox and push it" pushed busybox (Docker Hub's) instead
    ("tag busybox as 127.0.0.1:5000/busybox and push it",
     ["docker tag busybox 127.0.0.1:5000/busybox", "docker push 127.0.0.1:5000/busybox"]),
    ("tag alpine as localhost:5000/alp, then push it",
     ["docker tag alpine localhost:5000/alp", "docker push localhost:5000/alp"]),
    ("tag redis as 127.0.0.1:5000/redis:v2 and then push",
     ["docker tag redis 127.0.0.1:5000/redis:v2", "docker push 127.0.0.1:5000/redis:v2"]),
    ("tag httpd 127.0.0.1:5000/httpd:qa then push it",
     ["docker tag httpd 127.0.0.1:5000/httpd:qa", "docker push 127.0.0.1:5000/httpd:qa"]),
    # Korean: 올리다 alone after a tag with a registry's host is the upload (`_uploaded_after_tag`) — it planned
    # `docker run -d 127.0.0.1:5000/redis:qa`
    ("redis를 127.0.0.1:5000/redis:qa로 태그하고 올려 줘",
     ["docker tag redis 127.0.0.1:5000/redis:qa", "docker push 127.0.0.1:5000/redis:qa"]),
    ("busybox를 localhost:5000/bb로 태그하고 레지스트리에 올려줘",
     ["docker tag busybox localhost:5000/bb", "docker push localhost:5000/bb"]),
    ("alpine 이미지를 127.0.0.1:5000/alpine:t1로 태그 달고 올려",
     ["docker tag alpine 127.0.0.1:5000/alpine:t1", "docker push 127.0.0.1:5000/alpine:t1"]),
]


@pytest.mark.parametrize("text, want", TAG_THEN_IT, ids=[t for t, _ in TAG_THEN_IT])
def test_after_a_tag_it_is_the_name_given(text, want):
    check(text, want)


def test_a_name_said_after_a_tag_is_pushed_as_said():
    # the name said again is pushed as said, never swapped for the new one
    ans = answer("tag nginx as 127.0.0.1:5000/nginx and push nginx")
    assert plan_key(list(ans.cli)) == plan_key(["docker tag nginx 127.0.0.1:5000/nginx", "docker push nginx"])


READ = [
    # a word of assent said first is chat noise (grammar/morphemes.txt IC 응/네/예/넵/오케이): the request says what
    ("응 cache 재시작해 줘", ["docker restart cache"]),
    ("네 my-nginx 로그 보여주세요", ["docker logs my-nginx"]),
    ("예 data 중지 부탁드립니다", ["docker stop data"]),
    ("넵 cache 꺼 주세요", ["docker stop cache"]),
    ("오케이 web 로그 50줄", ["docker logs --tail 50 web"]),
    # … alone, or before a negation or a past, it runs nothing
    ("네", None),
    ("응 그렇게 해", None),
    ("네 web 지우지 마세요", None),
    ("응 web 재시작했어", None),
    # an English number word before a unit of lines or time is that number (grammar/lexicon.txt number_word_en)
    ("show the last fifteen lines of cache logs", ["docker logs --tail 15 cache"]),
    ("web logs, last three lines", ["docker logs --tail 3 web"]),
    ("my-nginx logs from the past ten minutes", ["docker logs --since 10m my-nginx"]),
    ("data logs from the last two hours", ["docker logs --since 2h data"]),
    ("restart web in five minutes", None),  # a schedule stays a schedule
    ("stop two containers", None),  # a number word before no unit stays a word
    # 여쭈다 / 여쭙다, the humble "ask", of a thing to see (grammar/morphemes.txt VV 여쭈 알리)
    ("cache 로그 여쭙니다", ["docker logs cache"]),
    ("my-nginx 상태 좀 여쭤봐도 될까요?", ["docker inspect my-nginx"]),
    ("볼륨 목록 여쭙고자 합니다", ["docker volume ls"]),
    ("web 삭제 여쭤봐도 될까요?", None),  # a write said with it is never done on the question
    # 궁금하다 (I wonder) of a thing to see: wanting to know it (grammar/morphemes.txt VA 궁금하 알리)
    ("my-nginx 상태가 궁금합니다", ["docker inspect my-nginx"]),
    ("data 로그 궁금해요", ["docker logs data"]),
    ("볼륨 목록이 궁금하네요", ["docker volume ls"]),
    ("cache 재시작 궁금해", None),  # a write said with it is never done
    ("web 지웠는지 궁금해요", None),
    # the dialect forms of the auxiliary 버리다 (grammar/lexicon.txt dialect_aux_ko): 버려, no meaning of its own
    ("my-nginx 멈춰부러", ["docker stop my-nginx"]),
    ("web 꺼뿌라", ["docker stop web"]),
    ("data 재시작해블라", ["docker restart data"]),
    ("cache 재시작해삐라", ["docker restart cache"]),
    ("web 지우지 마뿌라", None),
    ("일부러 web 껐어", None),
    # 좀 before an emoji is 좀, never 주 + -ㅁ told done (grammar/ko_words.txt)
    ("my-nginx 재시작 좀 🙏", ["docker restart my-nginx"]),
    ("data 로그 좀 👀", ["docker logs data"]),
    ("web 재시작 좀 ✅", None),  # an emoji of something done still tells
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_refusal_kinds_read(text, want):
    check(text, want)
