"""bot/language/reason_clause.py: the reason for a request told in a clause of its own (read end to end in
tests/test_parse_k16en.py); here the function alone, with the parser as its reader."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.normalize import normalize
from bot.language.parse import negated, parse
from bot.language.reason_clause import reason_told


def _read(said: str):
    return parse(normalize(said), detail=False)


@pytest.mark.parametrize("text, kind, targets", [
    ("remove web, it is not needed anymore", m.Remove, ("web",)),
    ("kill to my-nginx container, it is not answer", m.Kill, ("my-nginx",)),
    ("web is not need anymore, remove", m.Remove, ("web",)),
    ("cache is not responding, restart it", m.Restart, ("cache",)),
])
def test_reason_read(text, kind, targets):
    res = reason_told(text, _read, negated)
    assert isinstance(res, kind) and res.targets == targets, res


@pytest.mark.parametrize("text", [
    "restart web, it is not needed",  # a reason that may call the restart off
    "do not remove web, it is not needed",  # a ban
    "web is not needed, remove cache",  # the request names its own thing
    "remove web",  # no reason said
    "remove web, it is not needed | rm -rf /",  # a shell character
])
def test_no_reason_read(text):
    assert reason_told(text, _read, negated) is None
