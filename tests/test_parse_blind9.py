"""The kinds of phrasing that wordings_fresh9.yaml (the ninth table, written blind) found wrongly
read or missed, each fixed as a kind in grammar/ or bot/language/: the failing input of the table and
other wordings of the same kind (not in any table), read through `Gorae.explain` against the fake
corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run (a refusal, a
question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # the place of a command said twice — "X 안에" and then "들어가서"/"접속해서" — is the place's: the second
    # particle is never the first word of the command (it ran `docker exec web '들어가서' env`)
    ("web 안에 들어가서 env 쳐봐", ["docker exec web env"]),
    ("web 안에 들어가서 ls /etc 실행해", ["docker exec web ls /etc"]),
    ("data 안에 접속해서 hostname 쳐줘", ["docker exec data hostname"]),
    ("cache 안에서 들어가서 redis-cli ping 실행", ["docker exec cache redis-cli ping"]),
    ("web에서 echo 안녕 실행", None),  # a Korean word inside a command unquoted: not read, never dropped
    # English "with KEY=VALUE" between a command and its container is the command's environment (-e), never
    # its words (it ran `docker exec cache env with DEBUG=1`)
    ("run env with DEBUG=1 in cache", ["docker exec -e DEBUG=1 cache env"]),
    ("run ls with FOO=1 in data", ["docker exec -e FOO=1 data ls"]),
    ("run printenv with A=1 on data", ["docker exec -e A=1 data printenv"]),
    ("run env with DEBUG=1 and LEVEL=2 in cache", ["docker exec -e DEBUG=1 -e LEVEL=2 cache env"]),
    ("run env in cache with DEBUG=1", ["docker exec -e DEBUG=1 cache env"]),
    ("run echo hello with world in data", ["docker exec data echo hello with world"]),  # no role: the command's
    # a bare Korean noun of a verb ("로그", "상태", "재시작" with no ending) ends no clause: "로그 좀 web꺼" (꺼 = 거,
    # "web's") is not the logs and then a stop of web; a predicate said with its ending still does
    ("로그 좀 web꺼", None),
    ("로그 web 꺼줘", None),
    ("상태 web 꺼", None),
    ("web 재시작 cache 꺼", None),
    ("web 상세정보 보여줘 web stop 해줘", ["docker inspect web", "docker stop web"]),
    ("web 재시작해줘 cache 꺼줘", ["docker restart web", "docker stop cache"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)
