"""The kinds that wordings_fresh13.yaml (the thirteenth table, written blind) found, each fixed as a kind: the
failing input of the table and other wordings of the same kind (not in any table, written before the fix),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # 말고 right after a word of brevity takes the brevity back ("not for a moment, for good"): a stop of the name
    # said, never an exclusion of it — "cache 잠시 말고 완전히 멈춰" planned `docker pause web my-nginx my-volume data`
    # (parse_natural.py `_brief_taken_back`)
    ("cache 잠시 말고 완전히 멈춰", ["docker stop cache"]),
    ("cache 잠깐 말고 아예 꺼줘", ["docker stop cache"]),
    ("data 잠깐만 말고 완전히 정지해줘", ["docker stop data"]),
    ("web 잠시 말고 그냥 꺼", ["docker stop web"]),
    ("my-nginx 잠깐 말고 아예 중지해 주세요", ["docker stop my-nginx"]),
    # the brevity kept: a pause; an exclusion said of a name stays one
    ("web 잠깐 멈춰", ["docker pause web"]),
    ("web 말고 다 꺼", ["docker stop my-nginx cache my-volume data"]),
    # a wish said plainly with a laugh is venting or a joke: nothing runs, no write is offered (parse.py `_vented`)
    ("web 죽이고 싶다 진짜 ㅋㅋ", None),
    ("web 재시작하고 싶다 ㅋㅋ", None),
    ("my-nginx 지워버리고 싶음 ㅋㅋㅋ", None),
    ("cache 꺼버리고 싶네 ㅎㅎ", None),
    ("data 날려버리고 싶다 😂", None),
    # said politely it stays a request; without a laugh a wish is a request; a read is answered
    ("web 재시작하고 싶어요 ㅋㅋ", ["docker restart web"]),
    ("web 재시작하고 싶다", ["docker restart web"]),
    ("cache 상태 알고 싶다 ㅋㅋ", ["docker inspect cache"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


READ = [
    # a compose word in ASCII before the light verb 하다/시키다 is the Hangul verbal noun it means (grammar/lexicon.txt
    # `ascii_loan_do`): up = start, down = stop (one container is stopped, never removed)
    ("web up 해줘", ["docker start web"]),
    ("db up 시켜줘", ["docker start db"]),
    ("cache down 해주세요", ["docker stop cache"]),
    ("my-nginx down 시켜", ["docker stop my-nginx"]),
    ("web up 했어", None),
    ("db up 하지 마", None),
    # a first bare "show" shows what the look after it names (parse_natural.py `_sequence_parts`)
    ("can u 보여줘 web 로그", ["docker logs web"]),
    ("보여줘 web 로그", ["docker logs web"]),
    ("보여줘요 cache 로그 좀", ["docker logs cache"]),
    ("please 보여줘 my-nginx 상세정보", ["docker inspect my-nginx"]),
    # 몇 번 after the port said is the port's number asked (docker port), never how often
    ("cache 포트 몇 번으로 열려 있어?", ["docker port cache"]),
    ("web 포트 몇 번으로 열려있어", ["docker port web"]),
    ("my-nginx 포트 몇번으로 열려 있나요?", ["docker port my-nginx"]),
    ("cache 몇 번 재시작했어?", ["docker inspect cache"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)
