"""bot/language/ability.py: a bare run asked as whether gorae is able to run it is a proposal, never run; anything
else is returned as it came (tests/test_parse_blind16.py reads the kind through `Gorae.explain`)."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.ability import ability_asked
from bot.model import Msg, NotUnderstood


@pytest.mark.parametrize("text", ["can you run kubectl?", "could u run kubectl", "do you run kubectl?",
                                  "kubectl 실행할 수 있어?", "kubectl 돌릴 수 있나요"])
def test_a_bare_run_asked_as_ability_is_proposed(text):
    lang = "ko" if "수" in text else "en"
    run = m.RunContainer(image="kubectl", lang=lang)
    asked = ability_asked(text, run)
    assert isinstance(asked, NotUnderstood)
    assert asked.reason.key == "parse.ability_asked" and asked.proposal == run


@pytest.mark.parametrize("text, cmd", [
    ("can you run kubectl on 8080?", m.RunContainer(image="kubectl", ports=(m.PortSpec(host_port=8080),))),
    ("run kubectl", m.RunContainer(image="kubectl")),
    ("can you please run kubectl for me now", m.RunContainer(image="kubectl")),
    ("kubectl 실행해 줄 수 있어?", m.RunContainer(image="kubectl", lang="ko")),
    ("kubectl 실행해", m.RunContainer(image="kubectl", lang="ko")),
    ("can you restart web?", m.Restart(targets=("web",))),
])
def test_anything_else_is_returned_as_it_came(text, cmd):
    assert ability_asked(text, cmd) is cmd


def test_a_text_not_understood_is_returned_as_it_came():
    nu = NotUnderstood("can you run", "en", Msg.of("parse.no_verb"))
    assert ability_asked("can you run", nu) is nu
