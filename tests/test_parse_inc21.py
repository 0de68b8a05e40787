"""The kinds of wordings_fresh18.yaml's misses that inc21 fixed (incidents, complaints, state filters of the list, logs
followed and counted, and a few others), each as a kind: the table's input and other wordings of the same kind (not in
any table), Korean and English, read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as
`gorae explain` reads them. `None`: nothing may run and no write is offered (a refusal, a question or a read proposal
are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check


def _complaint(name: str) -> list[str]:
    return [f"docker inspect {name}", f"docker logs --tail 20 {name}"]


# a complaint of one container with a look asked (확인, 봐줘, check): the complaint's reads — its status and last lines
# (bot/language/parse_natural.py `_complaint_looked_at`, `_code_looked_at`); a severity label at the head is no name
# (grammar/lexicon.txt `severity_label`); OOM, latency, a code over and over and "not response" are complaints
COMPLAINTS = [
    ("sev1 web 502 확인좀", _complaint("web")),
    ("sev2: cache latency spike, pls check", _complaint("cache")),
    ("web down?? check", _complaint("web")),
    ("cache 좀 봐줘 이상해", _complaint("cache")),
    ("cache OOM 난듯", _complaint("cache")),
    ("cache is not response, please check", _complaint("cache")),
    # other wordings of the kinds
    ("web 죽었어 확인해", _complaint("web")),
    ("db 봐줄래 먹통이야", _complaint("db")),
    ("web 확인 좀 해줘 죽은듯", _complaint("web")),
    ("web crashed, check it", _complaint("web")),
    ("db is stuck, can you check?", _complaint("db")),
    ("web down, check", _complaint("web")),
    ("web 502 확인", _complaint("web")),
    ("my-nginx 503 봐줘", _complaint("my-nginx")),
    ("check web 500", _complaint("web")),
    ("SEV2 web 500 확인", _complaint("web")),
    ("sev3 cache 재시작", ["docker restart cache"]),
    ("my-nginx 502 계속 뜸", _complaint("my-nginx")),
    ("web 500 계속 나", _complaint("web")),
    ("cache 503 에러 난듯", _complaint("cache")),
    ("data OOM 났어", _complaint("data")),
    ("web OOM 뜸", _complaint("web")),
    ("cache OOM", _complaint("cache")),
    ("web oomkilled", _complaint("web")),
    ("web latency is spiking", _complaint("web")),
    ("my-nginx high latency", _complaint("my-nginx")),
    ("web not response", _complaint("web")),
    ("web 재시작 루프 도는 중?", _complaint("web")),
    ("cache 재시작 루프 돌아", _complaint("cache")),
    ("my-nginx 크래시 루프", _complaint("my-nginx")),
    ("web crash loop?", _complaint("web")),
    ("cache is crashlooping", _complaint("cache")),
    # the trouble that prompted a write or another read stays what prompted it
    ("cache 재시작해줘 이상해", ["docker restart cache"]),
    ("web 뻗었어 재시작해", ["docker restart web"]),
    ("web 죽었어 로그 보여줘", ["docker logs web"]),
    ("cache oom, stats cache", ["docker stats --no-stream cache"]),
    ("cache crashed, stats cache", ["docker stats --no-stream cache"]),
    ("cache oom, stats", None),
    # a label alone, or a code that is no error code, names nothing
    ("sev1 재시작", None),
    ("web 80 확인", None),
]


@pytest.mark.parametrize("text, want", COMPLAINTS, ids=[t for t, _ in COMPLAINTS])
def test_complaints_looked_at(text, want):
    check(text, want)


# the logs followed (docker logs -f, bounded in a chat): tail said alone before the name, a tail put on it (걸다);
# counted: the last line alone (--tail 1)
LOGS = [
    ("web tail 걸어", ["docker logs -f web"]),
    ("Tail web", ["docker logs -f web"]),
    ("web logs, just the last line", ["docker logs --tail 1 web"]),
    ("cache tail 좀 걸어줘", ["docker logs -f cache"]),
    ("my-nginx 로그 tail 걸어 주세요", ["docker logs -f my-nginx"]),
    ("data tail 걸어봐", ["docker logs -f data"]),
    ("tail cache", ["docker logs -f cache"]),
    ("tail cache please", ["docker logs -f cache"]),
    ("show the last line of cache logs", ["docker logs --tail 1 cache"]),
    ("last log line of my-nginx", ["docker logs --tail 1 my-nginx"]),
    ("data's final log entry", ["docker logs --tail 1 data"]),
    # a word of logs, or an amount, keeps the logs' own reading
    ("tail the logs of my-nginx", ["docker logs my-nginx"]),
    ("tail web, last 200 lines", ["docker logs --tail 200 web"]),
    ("tail web 50", ["docker logs --tail 50 web"]),
    ("web logs last 5 lines", ["docker logs --tail 5 web"]),
]


@pytest.mark.parametrize("text, want", LOGS, ids=[t for t, _ in LOGS])
def test_logs_followed_and_counted(text, want):
    check(text, want)


# state filters of the list: a state named with 상태 (docker's status: exited, created), made and never on (created);
# a state confirmed (맞아?) or denied (거 아니지?) of a name: its details
STATES = [
    ("stopped 상태인 컨테이너 있나?", ["docker ps -a --filter status=exited"]),
    ("생성만 되고 안 켜진 컨테이너 보여줘", ["docker ps -a --filter status=created"]),
    ("stopped container 전부 prune", ["docker container prune"]),
    ("web 멈춰있는 거 아니지?", ["docker inspect web"]),
    ("종료 상태인 컨테이너 목록", ["docker ps -a --filter status=exited"]),
    ("exited 상태인 애들 보여줘", ["docker ps -a --filter status=exited"]),
    ("created 상태인 컨테이너 있어?", ["docker ps -a --filter status=created"]),
    ("생성되고 안 뜬 컨테이너 있어?", ["docker ps -a --filter status=created"]),
    ("생성만 되고 안 돌아간 컨테이너", ["docker ps -a --filter status=created"]),
    ("db 꺼진 거 아니죠?", ["docker inspect db"]),
    # (lead30) asked to be denied ("it isn't dead, is it?"), a state asked: its details, as "db 꺼진 거 아니죠?" — no longer the
    # complaint's logs too (fresh19 "web 안 켜져 있는 거 아니지?" wants docker inspect web alone)
    ("cache 죽은 거 아니지?", ["docker inspect cache"]),
    ("exited container 전부 rm", ["docker container prune"]),
    ("stopped 전부 지워", ["docker container prune"]),
    ("web cache 전부 재시작", ["docker restart web cache"]),
    # a write asked so is never run
    ("web 재시작하는 거 맞지?", None),
    ("web 지우는 거 맞죠?", None),
    ("web 지우는 거 아니지?", None),
    # (a state confirmed with 맞지? stays unread: wordings_break "web 꺼진 거 맞지?" expects nothing run)
    ("web 꺼진 거 맞지?", None),
]


@pytest.mark.parametrize("text, want", STATES, ids=[t for t, _ in STATES])
def test_state_filters_and_state_asked(text, want):
    check(text, want)


# a wait of seconds before a stop is its grace period (-t); in minutes, or after (뒤에), a schedule refused; two
# containers connected to one network: each connected; a command whose program is a word of gorae's, run in a place
OTHERS = [
    ("my-volume 10초 기다렸다 꺼", ["docker stop -t 10 my-volume"]),
    ("data랑 cache를 backend에 연결", ["docker network connect backend data", "docker network connect backend cache"]),
    ("execute free -m inside data", ["docker exec data free -m"]),
    ("web 5초 기다렸다가 종료", ["docker stop -t 5 web"]),
    ("cache 10초 기다리고 꺼", ["docker stop -t 10 cache"]),
    ("web 30초 기다렸다 재시작", ["docker restart -t 30 web"]),
    ("web 10분 기다렸다 꺼", None),
    ("web 10분 뒤에 꺼", None),
    ("web 10초 뒤에 꺼", None),
    ("connect data and cache to backend", ["docker network connect backend data", "docker network connect backend cache"]),
    ("data cache 둘 다 backend 네트워크에 붙여", ["docker network connect backend data",
                                          "docker network connect backend cache"]),
    ("connect web, cache and data to backend", ["docker network connect backend web", "docker network connect backend cache",
                                                "docker network connect backend data"]),
    ("web을 backend에 연결", ["docker network connect backend web"]),
    ("data랑 cache 연결", None),
    ("execute free inside data", ["docker exec data free"]),
    ("run free in data", ["docker exec data free"]),
    ("execute ls -la inside data", ["docker exec data ls -la"]),
]


@pytest.mark.parametrize("text, want", OTHERS, ids=[t for t, _ in OTHERS])
def test_others(text, want):
    check(text, want)
