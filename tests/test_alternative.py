"""bot/language/alternative.py: an alternative asked ("remove web? cache?", "cache 지움? 아님 web?") is told apart from a
correction after a question mark and from one question."""
from __future__ import annotations

import pytest

from bot.language.alternative import asked_which


@pytest.mark.parametrize("text", ["remove web? cache?", "cache 지움? 아님 web?", "web 재시작? 혹은 cache?",
                                  "web 재시작? 아님 cache 재시작?", "stop web? or db?", "kill cache? 아니면 data"])
def test_an_alternative_is_asked(text):
    assert asked_which(text)


@pytest.mark.parametrize("text", ["stop web? no, cache", "web 지워? 아니 cache", "restart web?", "is web up? restart it",
                                  "what? restart web", "remove web? cache", "", "?", "web 지워? cache 지워?"])
def test_a_correction_or_one_question_is_not(text):
    assert not asked_which(text)
