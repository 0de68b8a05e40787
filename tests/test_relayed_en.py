"""bot/language/relayed_en.py: a teammate's request relayed, then taken up (read end to end in tests/test_parse_k16en.py);
here the function alone, with the parser as its reader."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.normalize import normalize
from bot.language.parse import negated, parse
from bot.language.relayed_en import relayed


def _read(said: str):
    return parse(normalize(said), detail=False)


@pytest.mark.parametrize("text, kind", [
    ("Sam wants data stopped, go ahead and do it", m.Stop),
    ("do what Priya asked in #ops: pause data", m.Pause),
    ("Priya says data should be paused pause it please", m.Pause),
    ("Tom asked for the logs of my-nginx, can you show them", m.Logs),
    ("can you take care of Ana's ticket she needs redis pulled", m.Pull),
    ("need redis pulled", m.Pull),
])
def test_relayed_read(text, kind):
    assert isinstance(relayed(text, _read, negated), kind)


@pytest.mark.parametrize("text", [
    "Sam wants data stopped",  # hearsay alone
    "Priya says data should be paused",
    "Sam wants data stopped, do not do it",
    "Tom asked for web, can you remove it",  # a write named by a pronoun: never here
    "Sam needs redis pulled",  # someone else's wish, not taken up
])
def test_not_relayed(text):
    assert relayed(text, _read, negated) is None
