"""(lead35) Two wrong-write kinds of session 35's attack (breaker35 A9, A10), each with its input first, other wordings
of the same kind, and the near wordings that must still run:

1. a past told in a dialect's ending: Kiwi reads "지웠쥬" as 지우 었 주/VX 어 and "지웠수다" as 지우 었 수/EC 이 다, and the
   past was read only right before a final ending, so the write ran ("data 지웠쥬" planned docker rm data):
   grammar/morphemes.txt, the past before an auxiliary or Jeju's -수다 is told (parse.done_already);
2. the act said as a thing and then stopped ("cache 끄는 거 중지": stop shutting cache down) planned docker stop cache:
   outside.py `_act_stopped_ko` (grammar/lexicon.txt `act_thing_ko`, `act_stopped_ko`) makes it a ban of the act.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

PAST_IN_DIALECT = [
    "data 지웠쥬",  # the breaker's
    "data 지웠수다",  # the breaker's
    "web 재시작했쥬",  # the breaker's
    "cache 껐지유",
    "db 멈췄쥬",
    "my-nginx 재시작했수다",
]


@pytest.mark.parametrize("text", PAST_IN_DIALECT)
def test_past_in_dialect_told(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a
    assert a.refusal == "not understood: parse.done_already", a


ACT_STOPPED = [
    "cache 끄는 거 중지",  # the breaker's
    "cache 끄는 거 멈춰",
    "cache 끄는 거 중지해줘",
    "data 지우는 거 취소",
    "web 재시작하는 거 그만",
]


@pytest.mark.parametrize("text", ACT_STOPPED)
def test_act_stopped_is_a_ban(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a


@pytest.mark.parametrize(("text", "cli"), [
    ("data 지워쥬", ["docker rm data"]),  # the dialect's request (-어 주): runs
    ("web 재시작해쥬", ["docker restart web"]),
    ("cache 꺼주슈", ["docker stop cache"]),
    ("data 지워줘", ["docker rm data"]),
    ("cache 도는 거 멈춰", ["docker stop cache"]),  # the running one stopped: the stop
])
def test_near_wordings_run(text, cli):
    assert list(answer(text).cli) == cli
