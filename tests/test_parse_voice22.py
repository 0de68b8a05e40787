"""voice22: Korean voice dictation (issue 8), read through `Gorae.explain` against the fake corpus world
(tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run and no write is offered (a refusal, a
question or a read proposal are all fine).

A. A READ whose name is said by its Hangul transliteration (grammar/lexicon.txt `name_loan_ko`; parse.loan_name) is
   answered directly when each name guessed matches exactly one thing on the engine (bot/pipeline.py `_loan_read`,
   the session-22 decision); a WRITE from such a guess stays a proposal (asked back), never planned.
B. A timeout linked to its duration by "of" (grammar/lexicon.txt `within_linked_en`).
C. 헤이 said first, a wake word ("헤이 고래 …"): chat noise as 아 is (grammar/morphemes.txt IC 헤이).
"""
from __future__ import annotations

import pytest
from fakes import CONTAINERS, IMAGES, FakeGorae, FakeView
from test_parse_blind6 import check

from bot.model import NotUnderstood, Plan

# A: fresh19's voice rows, and wordings of our own (other names, other reads)
LOAN_READ = [
    ("웹 로그 마지막 스무 줄 보여줘", ["docker logs --tail 20 web"]),
    ("캐시 로그 최근 십 분 보여 줘", ["docker logs --since 10m cache"]),
    ("웹 메모리 얼마나 쓰고 있어", ["docker stats --no-stream web"]),
    ("캐시 로그 실시간으로 따라가 줘", ["docker logs -f cache"]),
    ("웹 로그 백 줄", ["docker logs --tail 100 web"]),
    ("웹 로그 타임스탬프 붙여서 보여 줘", ["docker logs -t web"]),
    ("웹 포트 알려 줘", ["docker port web"]),
    ("캐시 컨테이너 프로세스 보여 줘", ["docker top cache"]),
    ("웹 로그 오 분 전부터 보여 줘", ["docker logs --since 5m web"]),
    ("데이터 로그 보여줘", ["docker logs data"]),
    ("데이터 상태 알려 줘", ["docker inspect data"]),
    ("캐시로그보여줘", ["docker logs cache"]),
]

# A: a write from a transliterated name is asked back, never planned (a proposal is no run)
# (lead23) a write whose name matches one container is planned (tests/test_parse_lead23.py: "캐시 재시작해 줘", "디비 켜
# 줘", "웹 멈춰", "데이터 컨테이너 삭제해 줘"); these stay unplanned: a removal without 컨테이너 said, a name of no container
LOAN_WRITE = [
    "캐시 지워",
    "레디스 재시작해 줘",
    "알파인 멈춰",
]

# B
TIMEOUT_OF = [
    ("stop web with a timeout of thirty seconds", ["docker stop -t 30 web"]),
    ("stop data with a timeout of 5 seconds", ["docker stop -t 5 data"]),
    ("stop web with timeout of 30s", ["docker stop -t 30 web"]),
    ("restart cache with a grace of 10s", ["docker restart -t 10 cache"]),
    ("restart web in 5 minutes", None),  # a schedule still, refused
    ("stop web instead of 30 seconds", None),
]

# C
WAKE = [
    ("헤이 고래 웹 상태 알려 줘", ["docker inspect web"]),
    ("헤이 고래 web 상태 알려 줘", ["docker inspect web"]),
    ("헤이 고래 cache 로그 보여줘", ["docker logs cache"]),
    ("헤이 고래야 web 로그", ["docker logs web"]),
    ("헤이", None),
    ("헤이 고래", None),
]


@pytest.mark.parametrize("text,want", LOAN_READ + TIMEOUT_OF + WAKE)
def test_voice22(text, want):
    check(text, want)


@pytest.mark.parametrize("text", LOAN_WRITE)
def test_loan_write_stays_asked(text):
    ex = FakeGorae().explain(text)
    assert not isinstance(ex.planned, Plan), f"{text!r} planned {ex.planned}"
    assert isinstance(ex.parsed, NotUnderstood), text


def test_loan_read_says_how_the_name_was_read():
    ex = FakeGorae().explain("웹 포트 알려 줘")
    assert isinstance(ex.planned, Plan)
    assert any(n.key == "plan.loan_name_read" for n in ex.planned.notes)


def test_loan_read_asked_when_the_name_is_two_things():
    # a container web and an image web: the transliteration matches two things — asked back, never answered
    gorae = FakeGorae(FakeView(images={**IMAGES, "web:latest": ()}))
    ex = gorae.explain("웹 로그 보여줘")
    assert not isinstance(ex.planned, Plan)
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.reason.key == "parse.loan_name"


def test_loan_read_asked_when_a_volume_has_the_name_too():
    # the fake world has a container db and a volume db: 디비 is asked back, a read too
    ex = FakeGorae().explain("디비 로그 보여줘")
    assert not isinstance(ex.planned, Plan)
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.reason.key == "parse.loan_name"


def test_loan_read_asked_when_the_name_is_nothing():
    gorae = FakeGorae(FakeView(containers=[c for c in CONTAINERS if c[0] != "web"]))
    ex = gorae.explain("웹 로그 보여줘")
    assert not isinstance(ex.planned, Plan)
