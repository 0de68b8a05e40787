"""What a new operator typed in the first week (branch newbie), each miss fixed as a kind, with other wordings of it.

- gorae itself asked about, said to as "you" (너/넌/니가/당신, you/u) or by its name: what it is, who it is, what it
  does, what one may ask it ("넌 뭐 할 수 있어?", "who are you?", "what is gorae", "what can i ask you") was refused
  ("`넌` 부분을 이해하지 못했습니다", "I can't tell what to do"): it is gorae's help as a whole (grammar/natural.lark
  `help`), nothing runs. A request said with the same words stays the request or a refusal — never help in its
  place, never a write that was not asked: "what are you doing to web" is web's details, as before. Only words that
  are keywords already make the English rules (a new keyword breaks every sentence it is a plain word in: "ask
  cache for redis-cli dbsize"), so "what can i ask you" stays unread.

Nothing here touches Docker: `parse` alone, and the fake engine of tests/fakes.py (the corpus world) for the plans.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

from bot.language.parse import parse
from bot.model import Help

ABOUT_GORAE = [
    # the input typed in the first week
    "넌 뭐 할 수 있어?", "gorae 너 뭐야?", "who are you",
    # other wordings of the kind, not typed then
    "너는 뭘 할 수 있니?", "너 뭐야?", "넌 누구야", "당신은 누구세요", "니가 뭘 할 수 있는데",
    "who are you?", "who are u", "what do you do", "what can i do here",
]


@pytest.mark.parametrize("said", ABOUT_GORAE)
def test_gorae_asked_about_is_its_help(said: str) -> None:
    got = parse(said)
    assert isinstance(got, Help) and got.topic is None, got


# the same words around a request: the request as before (or refused), never help in its place and never another write
AROUND_A_REQUEST = [
    ("what are you doing to web", ["docker inspect web"]),
    ("ask cache for redis-cli dbsize", ["docker exec cache redis-cli dbsize"]),
    ("what can you do restart web", ["docker restart web"]),
    ("who is on backend", ["docker network inspect backend"]),
    ("what's the ip of data?", ["docker inspect data"]),
    ("너 web 지워", None),
    ("what can i do with web", None),
    ("what do you do with cache", None),
    ("니가 web 재시작했어?", None),
]


@pytest.mark.parametrize("text, want", AROUND_A_REQUEST, ids=[t for t, _ in AROUND_A_REQUEST])
def test_around_a_request(text, want):
    check(text, want)
