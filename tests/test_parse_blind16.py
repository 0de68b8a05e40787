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
