"""Writes gorae planned that a new user did not mean (issue 8, branch nc9b), each fixed as a kind: the input
found (first of each group) and other wordings of the same kind, read through Gorae.explain against the fake
corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question, or a proposal that is no write).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # C. a container's name said as what to create, no image of that name: asked which image (bot/engine/plan.py
    # `_existing_container`), never `docker create cache` pulling an image `cache`
    ("cache 새로 만들어줘", None),
    ("make a new cache", None),
    ("web 새로 만들어줘", None),
    ("create a new web container", None),
    ("data 하나 새로 만들어", None),
    ("redis 새로 만들어줘", ["docker create redis"]),  # an image: created as before
    # D. one more of a container (하나 더, one more, another): a NEW container, never a start of the one there —
    # asked which image (natural.lark `fresh`); of its image said with 이미지로 it is the run of that image
    ("web 컨테이너 하나 더 띄워", None),
    ("web 하나 더 띄워줘", None),
    ("cache 하나 더 올려줘", None),
    ("start one more web", None),
    ("spin up another cache", None),
    ("nginx 하나 더 띄워", ["docker run -d nginx"]),
    ("web 이미지로 컨테이너 하나 더 띄워", ["docker run -d nginx"]),
    ("web 한 번 더 재시작", ["docker restart web"]),  # once more: repetition, no new container
    # E. the article, a container's name, a noun of what it holds: one thing said, never two containers
    ("delete the cache data", None),
    ("wipe my cache data", None),
    ("remove the web logs", None),
    ("stop the db data", None),
    ("restart cache and data", ["docker restart cache data"]),
    ("restart the cache and data", ["docker restart cache data"]),
    ("remove the cache container", ["docker rm cache"]),
    # F. a word left out of a proposed write that is what the write would fall on, a count asked, or a complaint:
    # refused, never "docker rm cache — run it?"
    ("cache 데이터 지워", None),
    ("web 캐시 지워", None),
    ("cache 데이터 날려줘", None),
    ("db 파일 삭제해줘", None),
    # the restart count said is a property (RestartCount): its details, a read — never a restart proposed (m11;
    # fresh11's row 'web 재시작 횟수' expects docker inspect web)
    ("web 재시작 횟수", ["docker inspect web"]),
    ("cache 재시작 횟수 알려줘", ["docker inspect cache"]),
    # (session 21, inc21) a restart loop told is a complaint (its status and last lines, as fresh18's "web 재시작 루프 도는
    # 중?" says): reads, never the restart
    ("web 재시작 루프 돌아", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web 재시작해도 계속 죽어", None),
    ("web 껐다 켜도 계속 죽어", None),
    # the concessive -어도 before a complaint: told, never the verb (the lead, session 9: a complaint of 계속 죽어
    # read by f9ko made these plan `docker restart web`; 뻗어 / 느려 did so on main before)
    ("web 재시작해도 뻗어", None),
    ("cache 재시작해도 계속 꺼져", None),
    ("web 재시작해도 느려", None),
    ("db 켜도 먹통이야", None),
    # a need said as the reason for what follows (-어야 해서 / 하니까 / 되니까): never a first step (the lead, session 9:
    # they planned `docker rm web` then the second verb)
    ("web 지워야 해서 cache 재시작", None),
    ("web 지워야 하니까 cache 꺼", None),
    ("web 꺼야 되니까 cache 꺼", None),
    ("web 꺼야 하니 cache 꺼", None),
    ("web 재시작해야 돼", ["docker restart web"]),  # a need said alone is the request
    ("cache 재시작 몇 번 했어?", ["docker inspect cache"]),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_kinds(text, want):
    check(text, want)
