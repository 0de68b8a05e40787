"""The kinds that wordings_fresh14.yaml (the fourteenth table, written blind) found, each fixed as a kind: the
failing input of the table and other wordings of the same kind (not in any table, written before the fix),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # the chat nominal -ㅁ of 켜다 and its spoken 키다 closes a statement of what was done (grammar/morphemes.txt ~음,
    # as "cache 끔"): told, never a start — "db킴" planned `docker start db`; Kiwi splits 켬 as 켜 + 어 + a coda ㅁ
    ("db킴", None),
    ("db 켬", None),
    ("web켬", None),
    ("cache 켜줌", None),
    # the request stays one
    ("db 켜", ["docker start db"]),
    ("db 켜줘", ["docker start db"]),
    ("db 키자", ["docker start db"]),
    # 다시 돌리다 of a container is "make it go again": resume, restart or start by a state the sentence does not say —
    # asked back (parse.again_which), never a start of a running container: "cache다시돌려" planned `docker start cache`
    # (grammar/lexicon.txt again_which)
    ("cache다시돌려", None),
    ("cache 다시 돌려", None),
    ("web 다시 한번 돌려줘", None),
    ("my-nginx 다시 돌려주세요", None),
    # 다시 with start/띄우 is still the restart, 돌리 alone still a start, and an unpause said beside it is the unpause
    ("web 다시 띄워", ["docker restart web"]),
    ("db 돌려", ["docker start db"]),
    ("my-nginx 다시 돌려 일시정지 풀고", ["docker unpause my-nginx"]),
    ("cache 다시 돌아가게 해줘", ["docker unpause cache"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)
