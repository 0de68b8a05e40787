"""Properties of understanding over session 7's new readings (issue 8, branch `break`, hypothesis).

Seeds are the rows of tests/data/wordings_break.yaml that mean a write (a verbless exec, "X에 CMD 날려",
"check CMD on X", "ping HOST from X", "run CMD as USER in X", "start IMAGE on PORT", 껐다가 sequences,
"X만 …, 나머지는 건드리지 마", "not A, just B", reminders, relative clauses …), said in chat. Then:

  * a negation inserted before or after the sentence (or, in Korean, before its last verb) never yields
    the original write;
  * a past, reported or hypothetical marker around the sentence never yields a write at all.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

import os
import re

import yaml
from corpus_check import is_write, plan_key
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_properties_fresh import EN_NEGATE_AFTER, EN_NEGATE_BEFORE, KO_NEGATE_AFTER, _before_verb
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")
TABLE = os.path.join(os.path.dirname(__file__), "data", "wordings_break.yaml")
SEEDS = [r for r in yaml.safe_load(open(TABLE, encoding="utf-8"))
         if r["expect"] != "none" and is_write(r["expect"]) and not r["text"].lstrip().startswith("docker ")]

KO_NEGATE_BEFORE_VERB = ["안", "절대 안"]
# said of the sentence as a whole: done already, someone else's words, or a supposition
KO_TOLD = ["어제 {t} 했었어", "{t} 하라고 하던데", "{t} 하면 어떻게 돼?", "{t} 하래", "{t} 했더니 에러 남",
           "{t} 해 봤는데 안 됐어", "아까 {t} 했잖아"]
EN_TOLD = ["yesterday we had to {t}", "someone said {t}", "he told me to {t} last week", "what happens if I {t}?",
           "I already did: {t}", "they wanted to {t} but didn't", "if we {t}, what breaks?",
           "did you already {t}?"]


def korean(text: str) -> bool:
    return bool(HANGUL.search(text))


@st.composite
def negated(draw):
    row = draw(st.sampled_from(SEEDS))
    text = row["text"]
    if korean(text):
        if draw(st.booleans()):
            words = text.split()
            i = _before_verb(words)
            return row, " ".join(words[:i] + [draw(st.sampled_from(KO_NEGATE_BEFORE_VERB))] + words[i:])
        return row, text + draw(st.sampled_from(KO_NEGATE_AFTER))
    # a correction's first verb is taken back ("kill cache, no wait, stop it"): a negation said before it negates
    # only that word ("don't kill cache, no wait, stop it" = docker stop cache, meant); said after, it negates
    # what is left
    if row.get("kind") != "correction" and draw(st.booleans()):
        return row, draw(st.sampled_from(EN_NEGATE_BEFORE)) + " " + text
    return row, text + draw(st.sampled_from(EN_NEGATE_AFTER))


@st.composite
def told(draw):
    row = draw(st.sampled_from(SEEDS))
    text = row["text"].rstrip("?!.")
    forms = KO_TOLD if korean(text) else EN_TOLD
    return row, draw(st.sampled_from(forms)).format(t=text)


def _original_write(row: dict, text: str) -> bool:
    ans = answer(text)
    return bool(ans.cli) and plan_key(list(ans.cli)) == plan_key(row["expect"])


@SETTINGS
@given(negated())
@example(({"text": "web에서 whoami", "expect": ["docker exec web whoami"]}, "web에서 whoami 하지 마"))
@example(({"text": "ping 1.1.1.1 from data", "expect": ["docker exec data ping 1.1.1.1"]},
          "don't ping 1.1.1.1 from data"))
@example(({"text": "kill cache, no wait, stop it", "expect": ["docker stop cache"], "kind": "correction"},
          "kill cache, no wait, stop it. actually, don't"))
def test_a_negation_never_yields_the_original_write(case):
    row, text = case
    assert not _original_write(row, text), (text, list(answer(text).cli))


@SETTINGS
@given(told())
@example(({"text": "cache에 redis-cli ping 날려", "expect": ["docker exec cache redis-cli ping"]},
          "cache에 redis-cli ping 날렸더니 PONG"))
@example(({"text": "restart web", "expect": ["docker restart web"]}, "web is restarting"))
def test_a_told_form_never_yields_a_write(case):
    row, text = case
    ans = answer(text)
    assert not ans.writes, (text, list(ans.cli))
