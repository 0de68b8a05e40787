"""(f22c) The kinds of wordings_fresh21.yaml's and wordings_fresh22.yaml's misses that f22c fixed, each as a kind: the
table's input, other wordings of the same kind (not in any table) and near wordings that must not plan the write, read
through `Gorae.explain` against the fake corpus world (tests/fakes.py). `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # lead34: courtesy-if decided — the request runs: "if possible" / 가능하면 with no state or event in it, before or
    # after the request (natural.lark `_filler`)
    ("restart cache if possible, thanks", ["docker restart cache"]),
    ("가능하면 web 재시작 부탁드려요", ["docker restart web"]),
    ("if possible, restart web", ["docker restart web"]),
    ("if at all possible, pause data", ["docker pause data"]),
    ("가능하면 cache 로그 보여줘", ["docker logs cache"]),
    ("web 재시작 가능하면 해줘", ["docker restart web"]),
    # … never hiding a negation, a condition on a state or an event, or a time
    ("if possible, don't restart web", None),
    ("가능하면 web 재시작하지 마", None),
    ("if possible, restart web if it is down", None),
    ("if web is down, restart it", None),
    ("가능하면 배포 끝나고 web 재시작", None),
    ("가능하면 배포 끝나면 web 재시작해줘", None),
    ("가능하면 web 죽으면 재시작해줘", None),
    ("if possible, restart web later", None),
    ("가능하면 나중에 web 재시작해줘", None),
    ("web 꺼도 가능하면 꺼주세요", None),
    # an image's history with the name after "for" (`for` is filler: the name took the noun's kind)
    ("image history for alpine", ["docker history alpine"]),
    ("history for alpine", ["docker history alpine"]),
    ("show me the image history for redis", ["docker history redis"]),
    ("history alpine", ["docker history alpine"]),
    ("history for web", None),  # a container's: refused by the plan
    ("delete history for alpine", None),
    # a memory joined to another use with 랑/와/하고 is both uses, never a size named cpu (natural.lark `_mem_particle`)
    ("web 메모리랑 cpu 지금 바로", ["docker stats --no-stream web"]),
    ("cache 메모리랑 cpu 사용량", ["docker stats --no-stream cache"]),
    ("web 메모리하고 cpu 보여줘", ["docker stats --no-stream web"]),
    ("nginx 메모리를 1g까지로 제한하고 실행", ["docker run -d --memory 1g nginx"]),
    ("web 메모리랑 256m", None),
    # the logs since a trouble begun, said before them ("from then", "그때부터": natural.lark `since_then`)
    ("my app on my-nginx started throwing errors 10 min ago, logs from then please", ["docker logs --since 10m my-nginx"]),
    ("cache began timing out 5 minutes ago, logs from then", ["docker logs --since 5m cache"]),
    ("web crashed 10 min ago, logs since then", ["docker logs --since 10m web"]),
    ("web 10분 전부터 에러 났어, 그때부터 로그 보여줘", ["docker logs --since 10m web"]),
    ("web logs since then", None),  # no time said: since when?
    ("web 그때부터 로그", None),
    ("web started crashing, restart it", ["docker restart web"]),
    ("started web", None),
    # a deed done to the name told as the reason before a bare request (context_clause.py `_done_reason`)
    ("우리 서비스 web 재배포했으니 재시작 한번 해줘", ["docker restart web"]),
    ("cache 패치했으니까 재시작해줘", ["docker restart cache"]),
    ("web 재배포됐으니 재시작해줘", ["docker restart web"]),
    ("재배포했으니 web 재시작해줘", ["docker restart web"]),
    ("web 재배포했으니 cache 재시작", None),  # another name after it: which one?
    ("web 재배포했으니 재시작하지 마", None),
    ("web 재배포했으니 재시작할까?", None),
    ("web 백업해서 지워", None),  # backed up first: a step of its own
    ("web 재배포할 거니까 재시작해줘", None),
    ("web 껐으니 지워줘", None),
]

FRESH22 = [
    # words-num: a size with its Korean unit said with 로 and no memory word is the memory limit
    ("redis 512메가로 띄워줘", ["docker run -d --memory 512m redis"]),
    ("nginx 1기가로 실행", ["docker run -d --memory 1g nginx"]),
    ("alpine 256메가바이트로 띄워", ["docker run -d --memory 256m alpine"]),
    ("nginx 2기가로 8080포트에 띄워", ["docker run -d -p 8080:80 --memory 2g nginx"]),
    ("cache 512메가로 재시작", None),
    ("web 512메가로 로그 보여줘", None),
    # … in English words: a gig, megs
    ("run nginx with one gig of memory, named mem22", ["docker run -d --memory 1g --name mem22 nginx"]),
    ("run redis with 512 megs of memory", ["docker run -d --memory 512m redis"]),
    ("run alpine with a memory limit of two gigs", ["docker run -d --memory 2g alpine"]),
    # … half an hour, an hour and a half, 한 시간 반, 반시간
    ("web logs, the last half hour", ["docker logs --since 30m web"]),
    ("web logs for the last half an hour", ["docker logs --since 30m web"]),
    ("cache logs from the past hour and a half", ["docker logs --since 90m cache"]),
    ("web 로그 최근 한 시간 반", ["docker logs --since 90m web"]),
    ("web 로그 최근 반시간", ["docker logs --since 30m web"]),
    ("cache 로그 최근 2시간 반만", ["docker logs --since 150m cache"]),
    ("반 시간 후에 web 재시작", None),
    # … the last N containers said in a word
    ("show the last two containers created", ["docker ps -n 2"]),
    ("show the last three containers", ["docker ps -n 3"]),
    ("list the latest five containers", ["docker ps -n 5"]),
    ("run two nginx containers", None),
    ("restart the last two containers", None),
    ("remove the last two containers created", None),
    # … the counts words already read (kept)
    ("web 로그 스무 줄", ["docker logs --tail 20 web"]),
    ("web 로그 이천오백 줄", ["docker logs --tail 2500 web"]),
    ("a dozen lines of cache logs", ["docker logs --tail 12 cache"]),
    ("web logs, the last forty-five minutes", ["docker logs --since 45m web"]),
    ("web logs from the last ninety seconds", ["docker logs --since 90s web"]),
    # audit / teach: a work event said first as a label or after "for the": context, never a name
    ("audit: which containers exist, including stopped ones?", ["docker ps -a"]),
    ("audit: list the images", ["docker images"]),
    ("for the demo: show the network list", ["docker network ls"]),
    ("for the demo, show the volumes", ["docker volume ls"]),
    ("demo: show the network list", ["docker network ls"]),
    ("for the audit: list all containers", ["docker ps -a"]),
    ("QA: run nginx with env MODE=qa on port 8091", ["docker run -d -p 8091:80 -e MODE=qa nginx"]),
    ("web: restart", ["docker restart web"]),
    ("restarts for web and cache", ["docker restart web cache"]),
    # … the kind's list said after a show word ("show the network list"); a name after create stays a name
    ("show the network list", ["docker network ls"]),
    ("show the volume list", ["docker volume ls"]),
    ("create volume list", ["docker volume create list"]),
    ("remove the network list", None),
    # … all of one container's details said
    ("보안 점검 중입니다. web 컨테이너 설정 전체 보여주세요", ["docker inspect web"]),
    ("web 설정 전부 보여줘", ["docker inspect web"]),
    ("show all the details of web", ["docker inspect web"]),
    ("web 빼고 전부 상세", None),
    # … a list put up on the screen
    ("교육 중이에요, 볼륨 목록 한 번 띄워 주세요", ["docker volume ls"]),
    ("컨테이너 목록 띄워줘", ["docker ps"]),
    ("네트워크 목록 좀 띄워줘", ["docker network ls"]),
    ("nginx 한 번 띄워줘", ["docker run -d nginx"]),
    ("볼륨 목록 좀", ["docker volume ls"]),
    ("목록 한번 더", ["docker ps"]),
    ("호스트에 있는 이미지 전부 나열", ["docker images -a"]),
    ("볼륨 나열해 주세요", ["docker volume ls"]),
    # codemix: the kind called so with the English noun, then the English verb; list up; image로
    ("net22라는 network create 해줘", ["docker network create net22"]),
    ("vol22라는 volume create 해줘", ["docker volume create vol22"]),
    ("create network logs", ["docker network create logs"]),
    ("images 전부 list up 해줘", ["docker images -a"]),  # 전부 of images: -a, as "이미지 전부 보여줘" (the table takes both)
    ("volumes list up 해줘", ["docker volume ls"]),
    ("web up 해줘", ["docker start web"]),
    ("alpine image로 ls / 돌려봐", ["docker run alpine ls /"]),
    ("busybox image로 echo hi there 실행", ["docker run busybox echo hi there"]),
    ("alpine 이미지로 ls 돌려봐", ["docker run alpine ls"]),  # it ran `docker run -d alpine`, the ls lost
    ("alpine image로 ps 돌려", ["docker run alpine ps"]),
    ("nginx:1.25 이미지로 edge8 띄우자", ["docker run -d --name edge8 nginx:1.25"]),
    # autocorrect: a phone's own words
    ("unpause data, ducking autocorrect", ["docker unpause data"]),
    ("kill cache. Sent from my iPhone", ["docker kill cache"]),
    ("stop cache, damn autocorrect", ["docker stop cache"]),
    ("don't kill cache. Sent from my iPhone", None),
    # nospace: two Hangul names glued, then both
    ("웹캐시둘다재시작", ["docker restart web cache"]),
    ("웹캐시 둘다 재시작", ["docker restart web cache"]),
    ("웹 캐시 재시작", None),  # the web's cache? never two names guessed
    ("웹캐시 재시작", None),
    ("웹캐시둘다지워", None),
    # jamo: one consonant letter glued to the end of a read
    ("cache 메모리 확인ㄴ", ["docker stats --no-stream cache"]),
    ("web 로그 보여줘ㄴ", ["docker logs web"]),
    ("web 재시작ㄴ", None),  # before a write it may be "no": never run
    ("web 로그 보여줘 ㄴ", None),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_fresh21_kinds(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", FRESH22, ids=[t for t, _ in FRESH22])
def test_fresh22_kinds(text, want):
    check(text, want)
