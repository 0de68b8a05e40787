"""The Korean misses of formal 합쇼체 requests, code-switching and a Hangul name said beside its ASCII name
(wordings_fresh11.yaml, the eleventh held-out table; /work/ko_misses.txt), each fixed as a kind in grammar/ or
bot/language/: the table's sentence and other wordings of the same kind (written before the fix, in no table),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# a formal report-style request (합쇼체: -하여 주십시오, -주시기 바랍니다, 확인 바랍니다, 부탁드립니다): the
# request's verb said as a Sino-Korean verbal noun (보고 = report/list, 제출 = show, 수행 = run, 점검 = inspect,
# 수신 = pull, 해제 of a pause = unpause), the adverbs and the requester around it (즉시, 금일, 각각, 일괄,
# "운영팀장입니다.", "대표님 요청으로") changing nothing
FORMAL = [
    ("현재 실행 중인 컨테이너 목록을 보고하여 주십시오", ["docker ps"]),
    ("서버에 있는 이미지 목록을 확인 바랍니다", ["docker images"]),
    ("redis 이미지를 내려받아 주시기 바랍니다", ["docker pull redis"]),
    ("cache 컨테이너의 일시 정지를 해제하여 주십시오", ["docker unpause cache"]),
    ("backend 네트워크의 상세 내역을 확인하여 주십시오", ["docker network inspect backend"]),
    ("중지된 컨테이너를 일괄 정리하여 주십시오", ["docker container prune"]),
    ("금일 작업은 web 재시작입니다. 진행하여 주시기 바랍니다", ["docker restart web"]),
    ("my-volume 컨테이너 상태 점검 부탁드립니다", ["docker inspect my-volume"]),
    ("현재 보유한 볼륨을 보고하여 주십시오", ["docker volume ls"]),
    ("운영팀장입니다. web 컨테이너를 즉시 재시작하여 주시기 바랍니다", ["docker restart web"]),
    ("web 컨테이너 로그 중 최근 30분 분량을 제출하여 주십시오", ["docker logs --since 30m web"]),
    ("httpd 이미지를 수신하여 주시기 바랍니다", ["docker pull httpd"]),
    ("web 컨테이너 내부에서 df -h 명령을 수행하여 주십시오", ["docker exec web df -h"]),
    ("종료된 컨테이너를 포함한 전체 목록을 보고하여 주시기 바랍니다", ["docker ps -a"]),
    ("web과 my-nginx 컨테이너를 각각 재시작하여 주시기 바랍니다", ["docker restart web my-nginx"]),
    ("대표님 요청으로 web 재시작 부탁드립니다", ["docker restart web"]),
    ("선생님 web 재시작해주세용", ["docker restart web"]),
    # other wordings of the kind
    ("실행 중인 컨테이너 목록을 보고하여 주시기 바랍니다", ["docker ps"]),
    ("이미지 목록을 보고 바랍니다", ["docker images"]),
    ("cache 컨테이너 로그를 제출하여 주십시오", ["docker logs cache"]),
    ("data 컨테이너 내부에서 uptime 명령을 수행하여 주시기 바랍니다", ["docker exec data uptime"]),
    ("web 컨테이너 상태를 점검하여 주십시오", ["docker inspect web"]),
    ("nginx 이미지를 수신 바랍니다", ["docker pull nginx"]),
    ("web 컨테이너의 일시 정지를 해제 바랍니다", ["docker unpause web"]),
    ("팀장입니다. cache 컨테이너를 재시작하여 주십시오", ["docker restart cache"]),
    ("금일 작업은 cache 재시작입니다. 진행 바랍니다", ["docker restart cache"]),
    ("과장님 요청으로 db 컨테이너를 기동하여 주십시오", ["docker start db"]),
    ("web 컨테이너를 즉시 정지하여 주십시오", ["docker stop web"]),
    ("cache와 data 컨테이너를 각각 중지하여 주시기 바랍니다", ["docker stop cache data"]),
    ("현재 보유한 이미지 목록을 보고하여 주십시오", ["docker images"]),
    ("정지된 컨테이너를 포함한 전체 목록을 보고 바랍니다", ["docker ps -a"]),
    # the containers' X (컨테이너의, said of no name): its X of every container
    ("모든 컨테이너의 자원 사용 현황을 보고하여 주십시오", ["docker stats --no-stream"]),
    ("실행 중인 컨테이너의 목록을 제출하여 주시기 바랍니다", ["docker ps"]),
    ("db 컨테이너의 볼륨 지워", None),  # said of a name, 의 still asks which volume: never docker rm db
    # a report told, or a prohibition: never a request
    ("점검 결과 cache 컨테이너 이상 없음을 보고드립니다", None),
    ("금일 배포는 취소되었습니다. 별도 조치하지 마십시오", None),
    ("web 컨테이너를 재시작하였음을 보고드립니다", None),
    ("db 컨테이너를 삭제하지 마시기 바랍니다", None),
]


@pytest.mark.parametrize("text, want", FORMAL, ids=[t for t, _ in FORMAL])
def test_formal(text, want):
    check(text, want)


# code-switching: an English word of docker's inside a Korean sentence (running, exited, container, top, tail,
# shell, one-off) reads as its Korean kin does
MIXED = [
    ("지금 running인 container 뭐야", ["docker ps"]),
    ("exited 된 container들 다 지워", ["docker container prune"]),
    ("docker ps 쳐줘", ["docker ps"]),
    ("web top 봐줘", ["docker top web"]),
    ("web 컨테이너 로그 tail 50 줄", ["docker logs --tail 50 web"]),
    ("data shell 들어가서 ls /tmp", ["docker exec data ls /tmp"]),
    ("alpine 으로 one-off container echo test 돌려", ["docker run --rm alpine echo test"]),
    # other wordings of the kind
    ("지금 running 중인 container 보여줘", ["docker ps"]),
    ("exited 된 container 다 삭제해", ["docker container prune"]),
    ("docker images 쳐봐", ["docker images"]),
    ("cache top 보여줘", ["docker top cache"]),
    ("cache 로그 tail 20 줄 보여줘", ["docker logs --tail 20 cache"]),
    ("cache shell 들어가서 redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("busybox로 one-off container date 돌려줘", ["docker run --rm busybox date"]),
]


@pytest.mark.parametrize("text, want", MIXED, ids=[t for t, _ in MIXED])
def test_mixed(text, want):
    check(text, want)


# a Hangul transliteration of a name said beside the name itself (웹/web, 캐시/cache, 레디스/redis): the same
# name, never a second word (grammar/lexicon.txt `name_loan_ko`); beside another name it is still a word unread
SAID_TWICE = [
    ("웹 컨테이너 web 로그 ㄱ", ["docker logs web"]),
    ("캐시 cache 재기동요", ["docker restart cache"]),
    ("레디스 이미지 redis 받아줘", ["docker pull redis"]),
    ("웹서버 web 재시작하십시오", ["docker restart web"]),
    ("웹 재시작 ㄱㄱ web", ["docker restart web"]),
    # other wordings of the kind
    ("엔진엑스 이미지 nginx 받아줘", ["docker pull nginx"]),
    ("캐시 cache 로그 보여줘", ["docker logs cache"]),
    ("디비 db 켜줘", ["docker start db"]),
    ("캐시 레디스 cache 재시작", None),  # not run (below): 레디스 is not cache
]

# quoted text is the command's own, and typed docker CLI is run as typed: the Hangul name inside stays
QUOTED = [
    ("cache에서 echo '캐시 지워' 실행해줘", ["docker exec cache echo '캐시 지워'"]),
    ("docker exec cache echo '캐시 지워'", ["docker exec cache echo '캐시 지워'"]),
    ("alpine 이미지로 top 띄워", None),  # top said with no verb of looking may be a program: never dropped
]


@pytest.mark.parametrize("text, want", QUOTED, ids=[t for t, _ in QUOTED])
def test_quoted_and_programs_kept(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", SAID_TWICE[:-1], ids=[t for t, _ in SAID_TWICE[:-1]])
def test_said_twice(text, want):
    check(text, want)


# beside another name the Hangul word is a word not read: never run (a proposal, asked, at most)
@pytest.mark.parametrize("text", ["웹 cache 재시작", "캐시 web 꺼줘", "캐시 레디스 cache 재시작"])
def test_said_beside_another_name(text):
    assert not answer(text).cli, text
