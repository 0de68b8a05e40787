"""The wrong-write kinds w2fix fixed (session 13, left on integ), each as a kind: the input found and other wordings
of the same kind (not in any table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as
`gorae explain` reads them. `None`: nothing may run and no write is offered (a refusal or a question are fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# (3) the speaker's own intention told before a write's verb (grammar/lexicon.txt `intent_subject_en`,
# `intent_said_en`, `intent_between_en`; parse_natural `_told_intended`, parse `_intent_cut`): what they will do
# themselves, never a request — nothing runs
INTENDED = [
    ("I am going to restart web", None),
    ("I will restart web", None),
    ("we will stop cache", None),
    ("we are going to remove db", None),
    ("I will now restart web", None),
    ("I am gonna pause data", None),
    ("I plan to remove db", None),
    ("hey, I will restart my-nginx", None),
    ("ok we are about to stop web", None),
    ("i'm going to restart web", None),
    # a request stays one: a wish, asked of gorae, said with "will you"
    ("I want to restart web", ["docker restart web"]),
    ("will you restart web", ["docker restart web"]),
    ("I need to stop cache", ["docker stop cache"]),
    ("restart web", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", INTENDED, ids=[t for t, _ in INTENDED])
def test_intention_told(text, want):
    check(text, want)


def test_intention_told_says_so():
    assert answer("I will restart web").refusal == "not understood: parse.intended"
