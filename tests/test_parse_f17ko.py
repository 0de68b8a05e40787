"""The Korean misses of wordings_fresh16.yaml (the sixteenth table) that f17ko read, each as a kind: the table's row
and other wordings of the same kind (in no table), read through `Gorae.explain` against the fake corpus world
(tests/fakes.py), as `gorae explain` reads them — with the wordings of each kind that must stay as they are.
`None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

READS = [
    # a state said with -고 있다 of 동작/구동/가동, asked in a -는지 clause or a question (natural.lark `running`): its details
    ("web 컨테이너가 지금 잘 동작하고 있는지 알려주실 수 있을까요?", ["docker inspect web"]),
    ("web 동작하고 있어?", ["docker inspect web"]),
    ("cache 정상적으로 가동되고 있나요?", ["docker inspect cache"]),
    ("my-nginx 잘 구동되고 있는지 궁금합니다", ["docker inspect my-nginx"]),
    # still alive, asked (아직 before the state only; 계시다 the honorific 있다)
    ("web 컨테이너 아직 살아 계신가요?", ["docker inspect web"]),
    ("web 아직 살아 있나요?", ["docker inspect web"]),
    ("cache 아직 돌아가고 있어?", ["docker inspect cache"]),
    # well, asked of it as of a person (잘 계시다 / 잘 있다)
    ("cache 잘 계신가요 ㅋㅋ", ["docker inspect cache"]),
    ("web 잘 있나요?", ["docker inspect web"]),
    ("db 잘 계시는지 알려주세요", ["docker inspect db"]),
    # how many, with 나 after the counter
    ("볼륨은 몇 개나 있습니까?", ["docker volume ls"]),
    ("이미지 몇 개나 있어?", ["docker images"]),
    # the resource's object particle before how much
    ("web이 메모리를 얼마나 사용하고 있는지 궁금합니다", ["docker stats --no-stream web"]),
    ("cache가 메모리를 얼마나 먹고 있어?", ["docker stats --no-stream cache"]),
    ("my-nginx 램을 얼마나 써?", ["docker stats --no-stream my-nginx"]),
    # 파악하다 (grasp) of a thing to see, as 확인
    ("우리 서버에 어떤 이미지들이 있는지 파악하고 싶습니다", ["docker images"]),
    ("web 상태 파악 부탁드립니다", ["docker inspect web"]),
    ("볼륨 목록 파악해 주세요", ["docker volume ls"]),
    # 감사드리다, the humble 감사하다, closing a polite request
    ("my-nginx 로그를 보여 주시면 감사드리겠습니다", ["docker logs my-nginx"]),
    ("web 상태 알려주시면 감사드리겠습니다", ["docker inspect web"]),
    # Korean numerals: 지난 before a numeral in Hangul, 치 after 시간, before a port, zero said as a digit
    ("cache 로그 지난 사십오 분", ["docker logs --since 45m cache"]),
    ("web 로그 지난 한 시간", ["docker logs --since 1h web"]),
    ("web 로그 두 시간 치 보여줘", ["docker logs --since 2h web"]),
    ("my-nginx 로그 세 시간 치", ["docker logs --since 3h my-nginx"]),
    ("nginx 팔천팔십 포트로 띄워줘", ["docker run -d -p 8080:80 nginx"]),
    ("httpd 구공구공 포트에 띄워", ["docker run -d -p 9090:80 httpd"]),
    ("redis 육삼구일 포트로 실행", None),  # no zero: no digit-by-digit reading ("이삼 줄" is two or three)
    # since yesterday, said of logs: the last 24 hours
    ("어제부터 web 로그", ["docker logs --since 24h web"]),
    ("cache 로그 어제부터 보여줘", ["docker logs --since 24h cache"]),
    ("어제부터 쌓인 my-nginx 로그", ["docker logs --since 24h my-nginx"]),
    # a rant of chat (hopeless, trouble again; an intensifier changes nothing): the status and the last lines
    ("web 진짜 답 없다", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache 또 말썽이네", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx 말썽 부리네", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("db 완전 먹통", ["docker inspect db", "docker logs --tail 20 db"]),
    ("web 정말 느려", ["docker inspect web", "docker logs --tail 20 web"]),
    # 각 (each) before a kind: every one, as 모든
    ("각 컨테이너가 자원을 얼마나 쓰고 있는지 보고 부탁드립니다", ["docker stats --no-stream"]),
    ("각 컨테이너 메모리 사용량", ["docker stats --no-stream"]),
    ("web cache 각각 재시작", ["docker restart web cache"]),
    # the networks' make-up, no name said: their list (with a name: its details)
    ("네트워크 구성이 어떻게 되어 있는지 보여주세요", ["docker network ls"]),
    ("네트워크 구성 보여줘", ["docker network ls"]),
    ("backend 네트워크 구성 보여줘", ["docker network inspect backend"]),
    # a purpose clause with -(으)려면 before the request, and 간단히 (briefly): context
    ("재현하려면 web 로그 마지막 40줄 필요해요", ["docker logs --tail 40 web"]),
    ("디버깅하려면 cache 로그 20줄 필요해요", ["docker logs --tail 20 cache"]),
    ("cache 상태가 어떤지 간단히 보고해 주세요", ["docker inspect cache"]),
    ("web 로그 간단히 보여줘", ["docker logs web"]),
    # 흠, chat's hmm, a filler
    ("흠 web 상태 봐 봐", ["docker inspect web"]),
    ("흠 cache 로그 좀", ["docker logs cache"]),
]

REQUESTS = [
    # with no verb after it, the intention is the request's own (as before)
    ("web 재시작하려고 하는데 해줄래", ["docker restart web"]),
    ("배포하려고 하는데 web 재시작해줘", ["docker restart web"]),
    # the formal 부탁드려도 되겠습니까? — a request, as 될까요
    ("cache 재시작 좀 부탁드려도 되겠습니까?", ["docker restart cache"]),
    ("web 로그 부탁해도 되겠습니까?", ["docker logs web"]),
    ("web 재시작해 주시겠습니까?", ["docker restart web"]),
    # a purpose noun said first: 테스트용 / QA용(으로) — what it is for, never a word of the request
    ("QA용으로 nginx 하나 8088 포트에 띄워줘", ["docker run -d -p 8088:80 nginx"]),
    ("QA용 nginx를 qa-web 이름으로 8089에 띄워주세요", ["docker run -d --name qa-web -p 8089:80 nginx"]),
    ("E2E용으로 redis 6391 포트에 띄워줘", ["docker run -d -p 6391:6379 redis"]),
    ("테스트용 httpd를 t1 이름으로 띄워", ["docker run -d --name t1 httpd"]),
    # dialect: the imperative -소 on 주다 (Kiwi's 주소, "address")
    ("cache 로그 좀 보이주소", ["docker logs cache"]),
    ("db 좀 켜 주소", ["docker start db"]),
    ("db 켜 주이소", ["docker start db"]),
    ("web 재시작해 주소", ["docker restart web"]),
    # as said before, approved: the request
    ("web 재기동 말씀드린 대로 진행해 주십시오", ["docker restart web"]),
    ("web 재시작을 승인합니다", ["docker restart web"]),
    ("cache 재시작 얘기한 대로 해줘", ["docker restart cache"]),
    # -어 주면 안 돼?: a polite request
    ("web 재시작 해 주면 안 돼?", ["docker restart web"]),
    ("db 켜 주면 안 돼요?", ["docker start db"]),
]

STAY = [
    # negation, past, a question whether it may be done, hearsay — still nothing runs (a permission asked in the
    # formal -겠습니까 is proposed: test_permission_asked_is_proposed_not_run)
    ("web 아직 안 살아 있어?", None),
    ("web 아직 지우지 마", None),
    ("web 지우면 안 돼?", None),
    ("QA용 web 재시작하지 마", None),
    ("QA용으로 web 재시작했어", None),
    ("테스트용 web 지웠어?", None),
    ("web 재시작 승인 안 합니다", None),
    ("nginx 팔천팔십 포트로 띄우지 마", None),
    ("cache 재시작 부탁드려도 되겠습니까라고 하던데", None),
    ("db 켜 주소 하더라", None),
    ("web 주소 알려줘", None),  # 주소 after a name is an address
    ("어제부터 web 재시작해", None),  # a time for a write: gorae acts now
    ("어제 web 재시작했어", None),
    ("web 답 없으면 재시작해", None),  # a condition
    ("cache 말썽이면 지워", None),
    # an intention or a purpose said with -(으)려면/-(으)려고 before another verb: meant, never a step (these planned
    # both verbs: `docker rm web`, then `docker stop cache`)
    ("web 지우려면 cache 꺼", None),
    ("web 지우려고 cache 꺼", None),
    ("web 지우려고 하는데 cache 꺼", None),
    ("web 재시작하려면 cache 꺼줘", None),
    ("db 켜려고 했는데 my-nginx 지워", None),
    ("web 진짜 지워", None),
    ("각 컨테이너 지우지 마", None),  # an intensifier before a write is read by nothing: refused, never a guess
]


@pytest.mark.parametrize("text, want", READS, ids=[t for t, _ in READS])
def test_reads(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", REQUESTS, ids=[t for t, _ in REQUESTS])
def test_requests(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", STAY, ids=[t for t, _ in STAY])
def test_stay_non_writes(text, want):
    check(text, want)


def test_permission_asked_is_proposed_not_run():
    ans = answer("web 지워도 되겠습니까?")
    assert not ans.cli and list(ans.proposal) == ["docker rm web"], ans


# (lead, session 15) 흠 read as a filler met break9's "cache 꺼야 할까 흠": before an interjection Kiwi reads -ㄹ까 as a
# connective, and the question was dropped (docker stop cache; "web 지울까 흠" removed web) — grammar/morphemes.txt
# `EC ᆯ까 ~까 >IC`
ASKED_BEFORE_HMM = ["cache 꺼야 할까 흠", "web 지울까 흠", "web 재시작할까 흠", "db 켤까 아", "web 지울까 흠..."]


@pytest.mark.parametrize("text", ASKED_BEFORE_HMM)
def test_asked_before_an_interjection_runs_nothing(text):
    assert not answer(text).cli, text
