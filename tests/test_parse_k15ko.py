"""The kinds of wordings_fresh14.yaml's Korean (Hangul) misses that k15ko fixed, each as a kind: the failing input of
the table and other wordings of the same kind (not in any table), read through `Gorae.explain` against the fake corpus
world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

STATE_ASKED = [
    # a state named by its verbal noun before 상태 is the state asked about (its details), never its verb done
    # (grammar/natural.lark v_inspect): "cache 일시정지 상태야?" is never `docker pause cache`
    ("cache 일시정지 상태야?", ["docker inspect cache"]),
    ("web 정지 상태인가요?", ["docker inspect web"]),
    ("db 종료 상태야?", ["docker inspect db"]),
    ("cache 일시 정지 상태야?", ["docker inspect cache"]),
    ("cache 일시중지 상태인지 확인해줘", ["docker inspect cache"]),
    ("cache 일시정지된 상태야?", ["docker inspect cache"]),  # the `paused` phrase then 상태 (parse_natural `inspect`)
    # the state asked, then a verb: the two steps as said; a state made is no request read
    ("web 정지 상태 확인하고 재시작", ["docker inspect web", "docker restart web"]),
    ("cache 일시정지 상태로 만들어", None),
    # the verb alone is still the verb
    ("web 일시정지해", ["docker pause web"]),
    # the memory limit asked (a property: its details; grammar/natural.lark attr), how much its use is asked (몇
    # alone after the use: `much`)
    ("cache 메모리 제한 얼마야", ["docker inspect cache"]),
    ("my-nginx 메모리 제한 얼마임", ["docker inspect my-nginx"]),
    ("web 메모리 한도 얼마야?", ["docker inspect web"]),
    ("redis 메모리 제한 512m로 실행", ["docker run -d --memory 512m redis"]),  # a size after it: a run's option
    ("cache 메모리 몇", ["docker stats --no-stream cache"]),
    ("web cpu 몇이야", ["docker stats --no-stream web"]),
    ("my-nginx 메모리 사용량 몇?", ["docker stats --no-stream my-nginx"]),
    ("web 몇 번 포트야", ["docker inspect web"]),
    ("cache 몇 지워", None),
]


@pytest.mark.parametrize("text, want", STATE_ASKED, ids=[t for t, _ in STATE_ASKED])
def test_state_asked(text, want):
    check(text, want)


THERE_ASKED = [
    # whether a volume, a network or a container is there, asked (parse_natural `_present_asked`, as an image's
    # `_image_present`): its details, a read — in both languages
    ("pgdata 볼륨 있어?", ["docker volume inspect pgdata"]),
    ("backend 네트워크 있나요?", ["docker network inspect backend"]),
    ("db 볼륨 있지?", ["docker volume inspect db"]),
    ("web 컨테이너 있어?", ["docker inspect web"]),
    ("is there a pgdata volume?", ["docker volume inspect pgdata"]),
    ("do we have the backend network?", ["docker network inspect backend"]),
    ("pgdata 볼륨 있으면 지워", None),
    # whether a container is on a network, the container said first as the subject (parse_natural `_attached_asked`)
    ("web이 backend에 붙어 있어?", ["docker network inspect backend"]),
    ("cache는 backend 네트워크에 붙어있나?", ["docker network inspect backend"]),
    ("my-nginx가 backend에 연결돼 있어?", ["docker network inspect backend"]),
    ("backend 네트워크에 web 붙어있나?", ["docker network inspect backend"]),
    ("web을 backend에 붙여", ["docker network connect backend web"]),
    # the containers that use a host port (parse_natural `_port_used_ko`): docker ps --filter publish
    ("8080 쓰는 컨테이너 있어?", ["docker ps --filter publish=8080"]),
    ("8080 포트 쓰는 컨테이너 보여줘", ["docker ps --filter publish=8080"]),
    ("5432번 포트 쓰는 컨테이너 뭐야", ["docker ps --filter publish=5432"]),
    ("80 쓰는 컨테이너 목록", ["docker ps --filter publish=80"]),
    ("8080 쓰는 컨테이너 지워", None),
    ("8080 쓰는 컨테이너 다 꺼", None),
]


@pytest.mark.parametrize("text, want", THERE_ASKED, ids=[t for t, _ in THERE_ASKED])
def test_there_asked(text, want):
    check(text, want)


PLACE_UNSAID = [
    # a container's name, a command line typed whole, then the Korean verb that runs it — the place said without its
    # 에서 (bot/language/parse.py `_place_unsaid`): the exec, every word typed
    ("web nginx -s reload 해", ["docker exec web nginx -s reload"]),
    ("cache redis-cli ping 돌려봐", ["docker exec cache redis-cli ping"]),
    ("my-nginx nginx -t 해줘", ["docker exec my-nginx nginx -t"]),
    ("cache redis-cli info memory 실행해", ["docker exec cache redis-cli info memory"]),
    ("data cat /etc/hostname 돌려", ["docker exec data cat /etc/hostname"]),
    ("data /bin/ls /tmp 돌려", ["docker exec data /bin/ls /tmp"]),
    # an image's name: the command in a new container of it (as "busybox에서 echo hi"), or asked which of its
    # containers is meant — never a new container beside the ones running it
    ("busybox echo hi 돌려", ["docker run busybox echo hi"]),
    ("nginx nginx -t 해", None),
    # a docker command typed after the name is never run inside it; a line of one word, or 하다 with no flag nor
    # path, or no such container, stays refused
    ("web kill -s HUP 해", None),
    ("web rm -rf /tmp/x 해", None),
    ("web cache data 해", None),
    ("nobody whoami 돌려", None),
    ("db ls -al 해", None),  # db is not running
    ("web nginx -s reload 하지 마", None),
    ("web nginx -s reload 했어", None),
    ("web nginx -s reload 해도 돼?", None),
    # execute said in Hangul (grammar/natural.lark v_exec)
    ("web 익스큐트 ls /", ["docker exec web ls /"]),
    ("cache 익스큐트 redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("data에 이그제큐트 df -h", ["docker exec data df -h"]),
    ("my-volume 엑스큐트 cat /etc/os-release", ["docker exec my-volume cat /etc/os-release"]),
]


@pytest.mark.parametrize("text, want", PLACE_UNSAID, ids=[t for t, _ in PLACE_UNSAID])
def test_place_unsaid(text, want):
    check(text, want)


INCIDENT_ORDERS = [
    # a read secured for the record is shown (grammar/natural.lark v_show 확보)
    ("[INC-231] 14:05 web 로그 마지막 50줄 확보", ["docker logs --tail 50 web"]),
    ("cache 로그 확보 부탁해요", ["docker logs cache"]),
    ("my-nginx 상세 정보 확보해 주세요", ["docker inspect my-nginx"]),
    ("용량 확보 차원에서 안 쓰는 볼륨 정리", ["docker volume prune"]),  # space secured: the context of a prune
    # the head of an order logged in Korean: 지시 after the role in capitals, the clock time it was given
    # (bot/language/normalize.py `_ORDER_HEAD_KO`) — the time is no schedule
    ("IC 지시 13:41 my-nginx 최근 30분 로그 공유", ["docker logs --since 30m my-nginx"]),
    ("지시: 14:10 web 재시작", ["docker restart web"]),
    ("TL 지시 - cache 재시작", ["docker restart cache"]),
    ("IC 지시 14:00 web 로그 50줄 확보", ["docker logs --tail 50 web"]),
    ("지시 14:00 web 재시작하지 마", None),
    ("web 지시 14:00", None),
]


@pytest.mark.parametrize("text, want", INCIDENT_ORDERS, ids=[t for t, _ in INCIDENT_ORDERS])
def test_incident_orders(text, want):
    check(text, want)


BETWEEN_FOREIGN = [
    # a short Korean verb Kiwi took for a proper noun after a foreign word ("web 지워 please": 지워/NNP) is read alone
    # (bot/language/morph.py `_verb_between_foreign`, as 해줘 between two foreign words)
    ("busybox image 지워 please", ["docker rmi busybox"]),
    ("web 지워 please", ["docker rm web"]),
    ("cache 꺼 please", ["docker stop cache"]),
    ("my-nginx 멈춰 pls", ["docker stop my-nginx"]),
    ("web 철수 please", None),  # a proper noun stays a word gorae does not read
]


@pytest.mark.parametrize("text, want", BETWEEN_FOREIGN, ids=[t for t, _ in BETWEEN_FOREIGN])
def test_between_foreign(text, want):
    check(text, want)


NAMED_AS = [
    # Korean, a new container's name said with (으)로 after the image (parse_natural `_named_as_ko`): made only —
    # either name may carry the 로, the image is said first
    ("nginx로 n30 생성만 하고 켜지는 마", ["docker create --name n30 nginx"]),
    ("create만 해줘 httpd h10으로", ["docker create --name h10 httpd"]),
    ("nginx로 n30 생성해", ["docker create --name n30 nginx"]),
    ("redis로 r40 만들어만 둬", ["docker create --name r40 redis"]),
    ("alpine a9로 생성해줘", ["docker create --name a9 alpine"]),
    # run: only with the kind word after the image
    ("httpd 컨테이너 edge3로 실행해주세요", ["docker run -d --name edge3 httpd"]),
    ("redis 컨테이너 r41로 띄워줘", ["docker run -d --name r41 redis"]),
    ("nginx 컨테이너 n50으로 8080포트로 실행", ["docker run -d --name n50 -p 8080:80 nginx"]),
    # said the other way round, or a name that is a container, or a network's name: asked, never a guess
    ("n30으로 nginx 생성", None),
    ("web로 w3 생성", None),
    ("web 컨테이너 w5로 실행", None),
    ("nginx 컨테이너 backend로 실행", None),
    ("nginx로 backend 생성", None),
    ("nginx를 backend 네트워크로 실행", ["docker run -d --network backend nginx"]),
    # a network's driver said with 로 is never an image
    ("overlay 말고 bridge로 app-net 생성", None),
    ("bridge로 app-net 생성", None),
]


@pytest.mark.parametrize("text, want", NAMED_AS, ids=[t for t, _ in NAMED_AS])
def test_named_as(text, want):
    check(text, want)


GRACE_GIVEN = [
    # the time given to stop gracefully, said as 여유/유예 (room, grace) given: the stop's -t (grammar/natural.lark
    # `since`, grammar/lexicon.txt within) — the verb of giving it (주다, 두다) is the phrase's, never "leave X alone"
    ("cache 30초 여유 주고 꺼", ["docker stop -t 30 cache"]),
    ("web 10초 유예 주고 종료해", ["docker stop -t 10 web"]),
    ("my-nginx 20초 여유 두고 멈춰", ["docker stop -t 20 my-nginx"]),
    ("my-nginx 20초 여유를 줘서 꺼", ["docker stop -t 20 my-nginx"]),
    ("cache 30초 여유 주고 재시작", ["docker restart -t 30 cache"]),
    ("cache 30초 여유 주고 꺼 ㄴㄴ", None),
    ("cache 30초 여유 주고 꺼지 마", None),
    ("cache 30초 여유 주고 지워", None),
]


@pytest.mark.parametrize("text, want", GRACE_GIVEN, ids=[t for t, _ in GRACE_GIVEN])
def test_grace_given(text, want):
    check(text, want)
