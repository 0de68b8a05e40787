"""The Korean misses of wordings_fresh9.yaml (the ninth held-out table), each fixed as a kind in grammar/ or
bot/language/: the table's sentence and other wordings of the same kind (written before the fix, in no table),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# a logs window said with a Korean numeral (한 줄, 백줄, 두시간, 한시간치, 삼십분): the number as typed in digits
# (grammar/lexicon.txt `num_*`, bot/language/morph.py `_numerals`); 꺼 (것) after 마지막/최근 is "the ones"
LOGS_WINDOWS = [
    ("web 로그 마지막 백줄", ["docker logs --tail 100 web"]),
    ("data 로그 마지막 한 줄", ["docker logs --tail 1 data"]),
    ("data 최근 두시간 로그 보여줘", ["docker logs --since 2h data"]),
    ("data 한시간치 로그", ["docker logs --since 1h data"]),
    ("web 로그 마지막 꺼 50개", ["docker logs --tail 50 web"]),
    ("cache 로그 마지막 스무 줄 보여줘", ["docker logs --tail 20 cache"]),
    ("my-nginx 로그 최근 삼십분", ["docker logs --since 30m my-nginx"]),
    ("web 로그 마지막 이백줄만", ["docker logs --tail 200 web"]),
    ("cache 최근 세시간치 로그 줘", ["docker logs --since 3h cache"]),
    ("web 로그 최근 꺼 30줄", ["docker logs --tail 30 web"]),
    ("data 로그 마지막 열다섯 줄", ["docker logs --tail 15 data"]),
    ("web 한번 재시작해줘", ["docker restart web"]),  # 한 번: once, no number
    ("web cache 두 개 다 재시작", ["docker restart web cache"]),  # a count, never a number
]


@pytest.mark.parametrize("text, want", LOGS_WINDOWS, ids=[t for t, _ in LOGS_WINDOWS])
def test_logs_windows(text, want):
    check(text, want)
