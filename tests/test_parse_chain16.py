"""The kinds of wordings_fresh15.yaml's `correction` and `chain` rows (chain16), each fixed as a kind: the table's row and other
wordings of the same kind, read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae
explain` reads them. `None`: nothing may run and no write is offered (a refusal, a question or a read proposal are
all fine); ("asked", [...]): nothing runs, that write (and only it) is proposed as a question.
A correction replaces what it corrects, and only that: the corrected-away action never runs, nor beside the new one.
A chain's every step is exactly what was said; "it" (or no name) is the step before's object only when that is clear.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer, plan_key

ASKED_THEN_TAKEN_BACK = [
    # a request on A, then "A 말고 B" / "A 대신 B" ending the sentence: the request on B — "web 지워도 될까요? 아 web 말고
    # cache" PROPOSED `docker rm web cache` (bot/language/parse_natural.py `_request_then_instead`)
    ("web 지워도 될까요? 아 web 말고 cache", ["docker rm cache"]),
    ("my-nginx 재시작해도 돼? 아 my-nginx 말고 data", ["docker restart data"]),
    ("cache 꺼도 될까? cache 말고 data", ["docker stop data"]),
]

READ = [
    ("cache 꺼줘, 아 잠깐 cache 말고 data", ["docker stop data"]),
    ("data 꺼줘, 아 잠깐 data 말고 my-volume", ["docker stop my-volume"]),
    ("web 재시작해줘 앗 잠깐만 web 말고 cache", ["docker restart cache"]),
    ("my-nginx 로그 보여줘, my-nginx 대신 data", ["docker logs data"]),
    ("web 멈춰줘 web 말고 cache", ["docker stop cache"]),
    # a request said again shorter after 아니/아니다 (its verb without 보여줘)
    ("my-nginx 로그 보여줘 아 아니다 web 로그", ["docker logs web"]),
    ("cache 로그 보여줘 아 아니다 data 로그", ["docker logs data"]),
    ("web 상태 보여줘 아니 my-nginx 상태", ["docker inspect my-nginx"]),
    ("data 로그 보여줘 아니 web 로그 보여줘", ["docker logs web"]),
    # the name said after a correction is of the kind said before it — "redis 이미지 지워 아 아니 busybox" planned
    # `docker rm busybox` (a container): an image
    ("redis 이미지 지워 아 아니 busybox", ["docker rmi busybox"]),
    ("nginx 이미지 지워 아 아니 httpd", ["docker rmi httpd"]),
    ("alpine 이미지 지워줘 아니 busybox", ["docker rmi busybox"]),
    ("db 볼륨 지워 아니 pgdata", ["docker volume rm pgdata"]),
    ("remove the nginx image, i mean httpd", ["docker rmi httpd"]),
    ("web 지워 아니 cache", ["docker rm cache"]),
    # the kind said after a correction: that one name, of that kind
    ("inspect pgdata, i mean the volume", ["docker volume inspect pgdata"]),
    ("remove db, i mean the volume", ["docker volume rm db"]),
    ("inspect nginx, sorry, i mean the image", ["docker image inspect nginx"]),
    ("db 지워 아니 볼륨", ["docker volume rm db"]),
    # a long dash between words is a pause, as a comma (bot/language/normalize.py `_DASH_BREAK`)
    ("stop web — sorry, I meant cache", ["docker stop cache"]),
    ("logs of web — no, of cache", ["docker logs cache"]),
    ("restart my-nginx – no, data", ["docker restart data"]),
    ("web 재시작 — 아니 cache", ["docker restart cache"]),
    # a port said with its word taken back by another
    ("nginx 9090포트 아니 9091포트로 띄워", ["docker run -d -p 9091:80 nginx"]),
    ("httpd 8080포트 아니 8085포트로 실행해줘", ["docker run -d -p 8085:80 httpd"]),
    ("redis 6380포트 아니 6381포트로 띄워줘", ["docker run -d -p 6381:6379 redis"]),
    # the name beside a place taken back, the place kept
    ("backend에 web 연결, 아니 cache 연결", ["docker network connect backend cache"]),
    ("backend 네트워크에 data 연결해줘 아니 my-volume 연결", ["docker network connect backend my-volume"]),
    ("backend에서 web 빼줘 아니 cache 빼줘", ["docker network disconnect backend cache"]),
    # … but names said together are the request said again, of the one after 아니
    ("web이랑 cache 재시작 아니 data 재시작", ["docker restart data"]),
]

NOTHING = [
    # which was meant? asked or refused, never both nor the one taken back
    ("web이랑 cache 지워 web 말고 data", None),
    ("web이랑 cache 지워도 될까요? web 말고 data", None),
    ("web 지워도 될까요? web 말고 다", None),
    ("web 지워도 돼? 아 web 말고 cache도", None),
    ("web 재시작해 web만 말고 cache도", None),
    ("web 꺼줘, 잠깐 web 말고 cache", None),  # a stop for a moment (a pause), or "wait"? never a pause guessed
    ("web 꺼줘 아 잠깐", None),
    ("앗 잠깐만 web 꺼", None),  # a wait said first takes nothing back: as before, not read
    ("nginx 9090포트 9091포트 띄워", None),
    ("web 로그 보여줘 아니 cache 재시작", None),
    # a word left out of a sequence's command to run may be the command's own: never proposed without it
    # ("busybox 받고 echo 안녕 실행해" proposed `docker run busybox echo`)
    ("busybox 받고 echo 안녕 실행해", None),
    ("alpine 받고 echo 하이 실행해줘", None),
]


READ += [
    # the kind listed taken back, in both languages; an English hesitation set off by commas (grammar/lexicon.txt
    # `hesitation_en`) and 정정 (a correction announced) take back as "sorry" and 아니 do
    ("show me the images, er, volumes", ["docker volume ls"]),
    ("list networks, uh, volumes", ["docker volume ls"]),
    ("list networks, i mean volumes", ["docker volume ls"]),
    ("이미지 목록 보여줘 아니 볼륨", ["docker volume ls"]),
    ("restart web, um, cache", ["docker restart cache"]),
    ("web 재시작, 정정합니다 my-nginx 재시작", ["docker restart my-nginx"]),
    ("cache 꺼줘 정정 data 꺼줘", ["docker stop data"]),
    ("run er", ["docker run -d er"]),  # said anywhere else, the word is a name as typed
    # the speaker cutting in with "wait" before "i mean(t)"
    ("pause web.. wait, I meant unpause", ["docker unpause web"]),
    ("stop web, wait, i mean cache", ["docker stop cache"]),
    ("restart web wait i meant cache", ["docker restart cache"]),
    ("stop web... wait, i meant kill it", ["docker kill web"]),
]

CALLED_OFF = [
    # a request called off in chat ("scratch that", "nvm": never mind) runs nothing — they were read as names (a
    # container named scratch would have been removed with web); another request after it, set off by commas, alone
    ("remove web, scratch that", None),
    ("restart web. scratch that", None),
    ("restart cache. nvm", None),
    ("stop web nvm", None),
    ("remove web, scratch that, restart cache", ["docker restart cache"]),
    ("stop cache, nvm, restart data", ["docker restart data"]),
    ("remove web, never mind, restart it", ["docker restart web"]),  # corr24: "it" is web, the one called off never runs (nothing before)
    ("remove web, never mind, don't restart cache", None),
    ("make me a volume named scratch", ["docker volume create scratch"]),  # said alone, a name as typed
    # an em dash glued between words is a pause as well
    ("remove web—actually stop it", ["docker stop web"]),
    ("stop web—sorry, I meant cache", ["docker stop cache"]),
]

CHAIN = [
    # after a connect said with its network alone, the next step's object is the container (it inspected backend)
    ("db 켜고 backend에 붙이고 상태 보여줘", ["docker start db", "docker network connect backend db", "docker inspect db"]),
    ("start db, connect it to backend, then show its status",
     ["docker start db", "docker network connect backend db", "docker inspect db"]),
    ("data 재시작하고 backend에 연결하고 로그 보여줘",
     ["docker restart data", "docker network connect backend data", "docker logs data"]),
    ("my-volume 켜고 backend에 붙이고 재시작해",
     ["docker start my-volume", "docker network connect backend my-volume", "docker restart my-volume"]),
    # a tag with one name after a pull tags the image pulled; a push with no name after a tag pushes the new reference
    ("nginx 받고 nginx:prod로 태그하고 푸시해줘", ["docker pull nginx", "docker tag nginx nginx:prod", "docker push nginx:prod"]),
    ("pull redis, tag it redis:v2 and push redis:v2",
     ["docker pull redis", "docker tag redis redis:v2", "docker push redis:v2"]),
    ("alpine 받아서 alpine:v1으로 태그하고 밀어줘", ["docker pull alpine", "docker tag alpine alpine:v1", "docker push alpine:v1"]),
    ("busybox 받고 127.0.0.1:5000/busybox로 태그하고 푸시",
     ["docker pull busybox", "docker tag busybox 127.0.0.1:5000/busybox", "docker push 127.0.0.1:5000/busybox"]),
    ("tag redis redis:v2 and push it", ["docker tag redis redis:v2", "docker push redis:v2"]),
    ("pull httpd, tag it httpd:test, then push it",
     ["docker pull httpd", "docker tag httpd httpd:test", "docker push httpd:test"]),
    ("nginx 받고 태그하고 푸시해", None),  # no new name: refused
    ("redis 받고 redis 태그해", None),
    # 보고 (see + and-then, one noun to Kiwi before a name) after the logs, before a name with its own verb
    ("web 로그 보고 web 재시작하고 로그 보여줘", ["docker logs web", "docker restart web", "docker logs web"]),
    ("1. web 로그 보고 2. web 재시작하고 3. 다시 로그 보여줘", ["docker logs web", "docker restart web", "docker logs web"]),
    ("cache 로그 보고 cache 재시작해", ["docker logs cache", "docker restart cache"]),
    ("web 살아 있는지 보고 cache 재시작", None),  # what is seen decides: a hypothetical
    ("web 상태 보고 cache 꺼줘", None),
    # two or more arrows parting steps are "and then"; one arrow stays punctuation
    ("web 일시정지 → cache 재시작 → web 재개", ["docker pause web", "docker restart cache", "docker unpause web"]),
    ("stop web -> restart cache -> show logs of web", ["docker stop web", "docker restart cache", "docker logs web"]),
    ("data 멈춰 → my-volume 재시작 → data 로그 보여줘", ["docker stop data", "docker restart my-volume", "docker logs data"]),
    ("web -> restart", ["docker restart web"]),
    ("web 중지 → 삭제", None),
    # Korean steps listed with commas and 그리고 before the last
    ("my-nginx 정지, 삭제, 그리고 nginx 이미지 삭제", ["docker stop my-nginx", "docker rm my-nginx", "docker rmi nginx"]),
    ("cache 재시작, 로그 확인, 그리고 data 재시작", ["docker restart cache", "docker logs cache", "docker restart data"]),
    ("web 정지, 삭제", None),  # two verbs without the 그리고: asked, as before
    ("web 정지, 아니 삭제, 그리고 cache 재시작", None),
    # English "and" between two names of one step in a sentence of several steps
    ("restart web and cache, then show the last 20 lines of cache's logs, then ps",
     ["docker restart web cache", "docker logs --tail 20 cache", "docker ps"]),
    ("pause web and data, then restart cache", ["docker pause web data", "docker restart cache"]),
    ("stop my-nginx and data, then list all containers", ["docker stop my-nginx data", "docker ps -a"]),
    ("remove web and cache, then restart data", ["docker rm web cache", "docker restart data"]),
]


@pytest.mark.parametrize("text, want", CALLED_OFF, ids=[t for t, _ in CALLED_OFF])
def test_called_off(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", CHAIN, ids=[t for t, _ in CHAIN])
def test_chain(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", ASKED_THEN_TAKEN_BACK, ids=[t for t, _ in ASKED_THEN_TAKEN_BACK])
def test_asked_then_taken_back_proposes_only_the_one_meant(text, want):
    ans = answer(text)
    assert not ans.cli, f"{text!r} is asked: nothing runs on the question, planned {list(ans.cli)}"
    assert plan_key(list(ans.proposal)) == plan_key(want), f"{text!r}: proposes {list(ans.proposal)}, want {want}"
    # said without the question, the same request runs
    plain = text.replace("지워도 될까요?", "지워").replace("재시작해도 돼?", "재시작해").replace("꺼도 될까?", "꺼")
    check(plain, want)


@pytest.mark.parametrize("text, want", READ + NOTHING, ids=[t for t, _ in READ + NOTHING])
def test_correction(text, want):
    check(text, want)
