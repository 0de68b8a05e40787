"""gex24: the claims of indented grammar comments (tests/test_grammar_examples.py `test_alternative_example`) made to
read, each as a kind, with wordings of our own (other names, other endings), read through `Gorae.explain` against the
fake corpus world (tests/fakes.py). `None`: nothing may run and no write is offered.

A. "why won't X respond?": the name between the negation and the trouble (grammar/natural.lark `complaint` "respond"
   | "answer"; bot/language/parse_natural.py `_why_not_complained`): a complaint asked — status and recent logs.
B. errors spewed with 막 said between, and 쏟아내다 (Kiwi: 쏟): a complaint.
C. "is something …": something, as anything, changes nothing (`_filler`).
D. a memory limit asked "얼마로 돼 있어" (`attr`), as "뭐로 돼 있어" is.
E. whether it was ever so, said after a state (꺼진/멈춘/중지된 적 있어: `when_asked` "적" "있").
F. a state confirmed with 맞다 ("실행 상태 맞아?"): its details.
G. "keep locally" (`_filler`, keep right before locally only).
H. "used by anyone / any container" (`_filler` "by" …; parse_natural.py `_who_uses`).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

READ = [
    # A
    ("why won't cache respond?", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("why won't my-nginx respond", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("why won't data answer?", ["docker inspect data", "docker logs --tail 20 data"]),
    ("why doesn't web respond?", ["docker inspect web", "docker logs --tail 20 web"]),
    # B
    ("cache 에러 막 뱉어", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx 오류 쏟아내는 중", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web 오류 막 뿜어", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache 에러 쏟아내", ["docker inspect cache", "docker logs --tail 20 cache"]),
    # C
    ("is something eating too much cpu", ["docker stats --no-stream"]),
    ("is something using too much memory", ["docker stats --no-stream"]),
    # D
    ("web 램 한도 얼마로 돼 있어?", ["docker inspect web"]),
    ("my-nginx 램 제한 얼마로 되어 있어", ["docker inspect my-nginx"]),
    ("cache 메모리 제한 얼마로 되어 있나요?", ["docker inspect cache"]),
    # E
    ("db 꺼진 적 있나", ["docker inspect db"]),
    ("data 꺼진 적 있어?", ["docker inspect data"]),
    ("my-nginx 멈춘 적 있나요?", ["docker inspect my-nginx"]),
    ("web 중지된 적 있었어?", ["docker inspect web"]),
    # F
    ("my-nginx 실행 상태 맞아?", ["docker inspect my-nginx"]),
    ("cache 실행 상태 맞나요?", ["docker inspect cache"]),
    ("db 종료 상태 맞지?", ["docker inspect db"]),
    # G
    ("what volumes do we keep locally", ["docker volume ls"]),
    ("which images do we keep locally?", ["docker images"]),
    ("what networks do we keep locally", ["docker network ls"]),
    # H
    ("is nginx used by any container", ["docker ps --filter ancestor=nginx"]),
    ("is redis used by any containers", ["docker ps --filter ancestor=redis"]),
    ("is the db volume used by anyone", ["docker ps --filter volume=db"]),
    ("is pgdata used by anybody", ["docker ps --filter volume=pgdata"]),
    ("is pgdata used by anything", ["docker ps --filter volume=pgdata"]),
    # (lead29) 원하다 (want) said of a read is asked as 보고 싶어요 is (it was refused here: fresh15's kind enko reads it)
    ("저는 cache 로그 원해요", ["docker logs cache"]),
]

# near-misses: a ban, a report, someone else's act, a done write asked of, a keep — never a write
NONE = [
    "why won't you stop cache",        # asked of us: a prohibition, as before
    "why won't you restart web",
    "keep web, remove the rest",       # keep is no filler before a name
    "keep web locally",
    "stop something",                  # something names nothing: no target
    "something restarted web",         # a report of the past
    "is something going to restart web",
    "web 삭제한 적 있어?",             # a removal ever done, asked: never a removal
    "cache 지운 적 있나",
    "web 재시작한 적 없어",
    "web 재시작 상태 맞아?",
    "cache 삭제 완료됨",                # told done (natural.lark: refused, nothing runs)
    "web 메모리 제한 얼마로 해줘",
    "pgdata used by anyone gets removed",
]


@pytest.mark.parametrize("text, want", READ)
def test_read(text, want):
    check(text, want)


@pytest.mark.parametrize("text", NONE)
def test_near_miss_runs_nothing(text):
    check(text, None)
