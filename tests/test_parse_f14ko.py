"""The Korean kinds of wordings_fresh13.yaml's misses fixed by f14ko (session 12): the failing input of the table and
other wordings of the same kind (not in any table, written before the fix), read through `Gorae.explain` against the
fake corpus world (tests/fakes.py). `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # a pasted error, then a Korean remark of the asker's that closes a sentence (오타였네, 이거네): the request after it
    # is read alone (bot/language/parse.py `_remark_ends`, grammar/lexicon.txt `error_remark_end_ko`)
    ("Error: No such image: busybo 오타였네 busybox 이미지 삭제해줘", ["docker rmi busybox"]),
    ("Error: No such container: wbe 오타네 web 재시작해줘", ["docker restart web"]),
    ("Error: permission denied 또 이거네 cache 로그 보여줘", ["docker logs cache"]),
    # … "라는데" and "라고 해서(요)" say the error showed, the reason for the request (`_said_so_end`)
    ("pull access denied for my-app, repository does not exist 라는데 이미지 목록 좀", ["docker images"]),
    ("manifest for redis:8 not found 라는데 redis 이미지 받아줘", ["docker pull redis"]),
    ("You cannot remove a running container. Stop the container before attempting removal 라고 해서 web 먼저 멈추고 "
     "지워줘", ["docker stop web", "docker rm web"]),
    ("port is already allocated 라고 해서요 my-nginx 로그 보여줘", ["docker logs my-nginx"]),
    # … a noun of gorae's said of the error (에러 남, 상태래요, 로 나오는데, 찍혀요) is no request (`_verbal_ko`)
    ("network backend has active endpoints 에러 남. backend 네트워크에 뭐 붙어있는지 보여줘",
     ["docker network inspect backend"]),
    ("OOMKilled true 로 나오는데 cache 메모리 얼마나 쓰고 있어?", ["docker stats --no-stream cache"]),
    ("web이 `exited (1) 3 minutes ago` 상태래요 web 상세 정보 보여줘", ["docker inspect web"]),
    ("stack trace에 `ECONNRESET` 계속 찍혀요 cache 로그 좀 같이 봐주세요", ["docker logs cache"]),
    ("로그에 `connection refused` 계속 찍혀요 web 재시작 부탁드려요", ["docker restart web"]),
    # … the words of a quoted error are the screen's, never the asker's condition ("until" inside the backticks)
    ("`Error response from daemon: Container db is restarting, wait until the container is running` 뜨네.. db 상태 좀",
     ["docker inspect db"]),
    ("`connection refused, wait until ready` 떠요 web 상태 좀", ["docker inspect web"]),
    # … and never: a condition, a ban, the past, a remark with no name after it, a write said in the remark
    ("에러 나면 web 재시작해줘", None),
    ("error 나오네 web 재시작 하지 마", None),
    ("Error: No such container: wbe 오타였네 지워줘", None),
    ("`failed` 라고 해서 web 재시작했어", None),
    # 먼저 (first), said of the first of the steps, changes nothing (natural.lark `_filler`, as 우선)
    ("web 먼저 멈추고 지워줘", ["docker stop web", "docker rm web"]),
    ("cache 먼저 재시작하고 로그 보여줘", ["docker restart cache", "docker logs cache"]),
    ("my-nginx 먼저 꺼 줘", ["docker stop my-nginx"]),
    ("web 먼저 지우지 마", None),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_kinds(text, want):
    check(text, want)
