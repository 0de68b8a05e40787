"""voice24: numbers said in Korean words and a word typed with the Korean layout on, read through `Gorae.explain`
against the fake corpus world (tests/fakes.py). `None`: nothing may run and no write is offered (a refusal, a question
or a read proposal are all fine).

A. Numbers in words (bot/language/morph.py `_numerals`, grammar/lexicon.txt `num_*`): a numeral Kiwi reads as a noun
   ("천 줄": 천 is also cloth) and a numeral glued to its unit ("백줄", "오십줄", "삼십분": one noun to Kiwi) are the
   number before that unit. A lone Sino digit that is also a word (`num_word_too`: 이 this, 일 work, 사, 오 oh, 구) is
   never a number as a determiner ("web 이 줄 로그" = this line) nor glued ("이줄", "구분"); in a compound it is one.
B. "ㄴ새ㅔ web": stop typed with the Korean layout on, its ㄴ a key, never the chat no (ㄴ = 안) — asked back with the
   write under session 23's keyboard rule (a decoded word in ASCII is never planned); "ㄴ web", "안 web" stay as they were.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

NUMBERS = [
    ("web 로그 천 줄", ["docker logs --tail 1000 web"]),
    ("cache 로그 천 줄만 보여줘", ["docker logs --tail 1000 cache"]),
    ("cache로그 백줄", ["docker logs --tail 100 cache"]),
    ("data 로그 이백줄", ["docker logs --tail 200 data"]),
    ("my-nginx 로그 오십줄만", ["docker logs --tail 50 my-nginx"]),
    ("web 로그 천줄 보여줘", ["docker logs --tail 1000 web"]),
    ("cache 로그 삼십분", ["docker logs --since 30m cache"]),
    ("db 최근 십분 로그", ["docker logs --since 10m db"]),
    ("web 로그 이십 줄", ["docker logs --tail 20 web"]),  # 이 in a compound is two
    ("cache 로그 오 분", ["docker logs --since 5m cache"]),  # Kiwi's numeral 오 before a unit
    ("web 로그 스무 줄", ["docker logs --tail 20 web"]),
    ("web 로그 오십 줄만", ["docker logs --tail 50 web"]),
    ("nginx 팔십 포트로 띄워줘", ["docker run -d -p 80:80 nginx"]),
    ("nginx를 팔공팔공 포트로 띄워줘", ["docker run -d -p 8080:80 nginx"]),
]

NUMBERS_NOT = [
    # 이 said as this: no number of lines, no minutes
    ("web 이 줄 로그", None),
    ("cache 로그 이줄", None),
    ("web 로그 이 분", None),
    ("이 포트로 nginx 띄워", None),
    ("web 구분", None),
    ("일 좀 하자", None),
    ("오 web 재시작 하지 마", None),
    ("web 천 번 재시작했어", None),
]

KEYBOARD = [
    ("ㄴ새ㅔ web", "docker stop web"),
    ("ㄴ새ㅔ cache", "docker stop cache"),
    ("ㄴ새ㅔ my-nginx", "docker stop my-nginx"),
]

KEYBOARD_NOT = [
    ("ㄴ web", None),
    ("안 web", None),
    ("ㄴㄴ web 재시작", None),
    ("web 재시작 ㄴㄴ", None),
    ("ㄴ새ㅔ web 하지 마", None),
    ("web 안 ㄴ새ㅔ", None),
]


@pytest.mark.parametrize("text,want", NUMBERS + NUMBERS_NOT + KEYBOARD_NOT)
def test_voice24(text, want):
    check(text, want)


def test_this_line_is_no_number():
    """"web 이 줄 로그": 이 is this, never two lines (it read docker logs --tail 2 web)."""
    ans = answer("web 이 줄 로그")
    assert "--tail" not in " ".join(ans.cli + ans.proposal)


@pytest.mark.parametrize("text,want", KEYBOARD)
def test_stop_typed_in_korean_layout_planned(text, want):
    # (lead29) asked back until now; keys with a vowel among bare jamo are no Korean word ("ㄴ새ㅔ" = stop; ㄴ alone is
    # chat's no: KEYBOARD_NOT) and the name reads as typed — planned, the decoding said (fresh19's kind kbd,
    # tests/test_parse_kbd22.py PLANNED_JAMO)
    ans = answer(text)
    assert " ".join(ans.cli) == want and ans.planned, f"{text!r}: planned {list(ans.cli)}"


# C. a verb glued to a name on a phone (bot/language/parse.py `glued_readings`, bot/pipeline.py `_glued_read`): read
# when exactly one split names exactly one container; else nothing, never a name guessed
GLUED = [
    ("restartweb", ["docker restart web"]),
    ("webrestart", ["docker restart web"]),
    ("Restartcache", ["docker restart cache"]),
    ("stopcache", ["docker stop cache"]),
    ("datastop", ["docker stop data"]),
    ("pausedata", ["docker pause data"]),
    ("logsweb", ["docker logs web"]),
    ("cachelogs", ["docker logs cache"]),
    ("restartmy-nginx", ["docker restart my-nginx"]),
    ("inspectdb", ["docker inspect db"]),
]

GLUED_NOT = [
    ("restartfoo", None),  # no container foo: nothing, no name guessed
    ("startstop", None),
    ("rmweb", None),  # a write that destroys is never read from a glue
    ("killcache", None),
    ("restartwebcache", None),  # webcache is no container, web and cache two: nothing left over
    ("dontrestartweb", None),
    ("webrestarted", None),
    ("restartweb pls nope", None),
    ("mynginxrestart", None),  # no container mynginx
]


@pytest.mark.parametrize("text,want", GLUED + GLUED_NOT)
def test_glued(text, want):
    check(text, want)


def test_glued_word_that_is_a_name_is_never_split():
    """A container named webstop beside web: "webstop" is that name, never web's stop; with two containers the split
    may name (web and webre beside "webrestart") nothing is read either."""
    from fakes import CONTAINERS, FakeGorae, FakeView

    from bot.model import Plan

    gorae = FakeGorae(FakeView(containers=[*CONTAINERS, ("webstop", "nginx", "running")]))
    assert not isinstance(gorae.explain("webstop").planned, Plan)
    assert list(gorae.explain("stopcache").planned.cli) == ["docker stop cache"]
    gorae = FakeGorae(FakeView(containers=[*CONTAINERS, ("webre", "nginx", "running")]))
    assert not isinstance(gorae.explain("webrestart").planned, Plan)


# D. a docker command dictated in Korean, its flags said as 대시 (bot/language/normalize.py `dictated_ko`, bot/language/
# parse.py `_dictated_read_ko`): read when every word maps and it is a read; a write so said, or a 대시 before a word of
# no flag, is not read
DICTATED = [
    ("도커 피에스 대시 에이", ["docker ps -a"]),
    ("도커 피에스 대쉬 에이", ["docker ps -a"]),
    ("도커 로그 대시 에프 웹", ["docker logs -f web"]),
    ("도커 로그 대시 에프 캐시", ["docker logs -f cache"]),
    ("도커 로그 대시 에프 data", ["docker logs -f data"]),
    ("웹 로그 대시 대시 테일 오십", ["docker logs --tail 50 web"]),
    ("cache 로그 대시 대시 테일 이백", ["docker logs --tail 200 cache"]),
    ("도커 로그 대시 대시 팔로우 my-nginx", ["docker logs -f my-nginx"]),
    ("도커 이미지스", ["docker images"]),
    ("도커 스탑 웹", ["docker stop web"]),  # lead23: a Hangul name matching one container
]

DICTATED_NOT = [
    ("도커 스탑 대시 에이", None),  # docker stop -a is no flag: never every container stopped
    ("도커 리스타트 대시 에이", None),
    ("도커 알엠 대시 에프 웹", None),
    ("도커 피에스 대시 에이 하지 마", None),
    ("웹 로그 대시 에프 보지 마", None),
]


@pytest.mark.parametrize("text,want", DICTATED + DICTATED_NOT)
def test_dictated_ko(text, want):
    check(text, want)


def test_dictated_with_one_unknown_word_asks_back():
    """"도커 피에스 대시 뭐": 뭐 is no letter — not read as -a nor as ps alone (a proposal at most)."""
    ans = answer("도커 피에스 대시 뭐")
    assert not ans.cli, ans
