"""(w35c) Three latent wrong-write kinds of session 35's attack (breaker35 C1, C2, D3), each with its input first, other
wordings of the same kind, and the near wordings that must not plan the write:

1. save / spare said as except became a container's NAME ("stop all save web" targeted `save` and `web`: the one to
   spare): grammar/natural.lark `excl` reads save / spare / sparing, and only right after every container
   (bot/language/parse_natural.py `_spared_without_all`, grammar/lexicon.txt `excl_after_all_en`); anywhere else unread;
2. a plain word after in / on / at was read as an ENGINE ("restart web in progress", "at midnight", "on friday"):
   bot/engine/choose.py `unread_place` — a loose clause whose name is letters only and no configured engine is unread
   (parse.unknown_word) or a time gorae does not keep (parse.no_schedule, grammar/lexicon.txt `engine_time_en`);
3. a thing said to be KEPT became a target ("web 재시작 data 유지" proposed `docker restart web data`): 유지 is a word
   of keeping (grammar/lexicon.txt `kept_said_ko`).
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

SPARED_AFTER_ALL = [
    ("stop all save web", ["docker stop my-nginx cache my-volume data"]),  # the breaker's
    ("stop everything save web", ["docker stop my-nginx cache my-volume data"]),
    ("restart all sparing data", ["docker restart web my-nginx cache my-volume"]),
    ("restart everything, spare my-nginx", ["docker restart web cache my-volume data"]),
    ("kill all containers save cache", ["docker kill web my-nginx my-volume data"]),
]


@pytest.mark.parametrize(("text", "cli"), SPARED_AFTER_ALL)
def test_save_after_all_is_except(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


SPARED_ELSEWHERE = [
    "save web then stop cache",  # save it first: never dropped
    "stop web, spare cache",
    "stop all but spare web",
    "save web",
]


@pytest.mark.parametrize("text", SPARED_ELSEWHERE)
def test_save_elsewhere_never_a_target(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a


PLAIN_WORD_PLACE = [
    ("restart web in progress", "parse.unknown_word"),  # the breaker's
    ("data removal in progress", "parse.unknown_word"),  # the breaker's
    ("cache stop in progress", "parse.unknown_word"),  # the breaker's
    ("restart web in flight", "parse.unknown_word"),
    ("restart web at midnight", "parse.no_schedule"),  # the breaker's
    ("restart web on friday", "parse.no_schedule"),  # the breaker's
    ("restart cache on monday", "parse.no_schedule"),
    ("remove data at noon", "parse.no_schedule"),
]


@pytest.mark.parametrize(("text", "why"), PLAIN_WORD_PLACE)
def test_plain_word_after_in_on_at_is_no_engine(text, why):
    a = answer(text)
    assert not a.cli and not a.proposal, a
    assert why in a.refusal and "engines.unknown" not in a.refusal, a


@pytest.mark.parametrize(("text", "cli"), [
    ("web에서 ls 실행", ["docker exec web ls"]),  # a loose clause naming a container: still the place of the command
    ("which containers are on backend?", ["docker network inspect backend"]),
    ("how's the cpu on web", ["docker stats --no-stream web"]),
])
def test_loose_place_still_read(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["restart web on prod-9", "restart web (staging)", "stop cache on staging"])
def test_name_shaped_engine_still_unknown(text):
    a = answer(text)
    assert not a.cli and "engines.unknown" in a.refusal, a


KEPT = [
    "web 재시작 data 유지",  # the breaker's
    "db 재시작, data 유지",
    "web 재시작 data 그대로",
]


@pytest.mark.parametrize("text", KEPT)
def test_kept_never_a_target(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a


@pytest.mark.parametrize(("text", "cli"), [
    ("cache 꺼 data는 유지해", ["docker stop cache"]),  # data kept, cache stopped
    ("web 재시작 data 두고", ["docker restart web"]),
    ("restart web except cache", ["docker restart web"]),
    ("have cache run redis-cli save", ["docker exec cache redis-cli save"]),  # save not after all: the plain word
])
def test_kept_apart_runs_the_rest(text, cli):
    assert list(answer(text).cli) == cli
