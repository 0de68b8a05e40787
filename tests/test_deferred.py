"""bot/language/deferred.py (corr24): a deferral in two clauses — only the order for now is read, never the one put off."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.deferred import deferred_then_now
from bot.language.normalize import normalize
from bot.language.parse import _parse


def read(text: str) -> m.Command | None:
    return deferred_then_now(normalize(text), lambda said: _parse(said, False))


@pytest.mark.parametrize("text,cls,target", [
    ("cache 지우는 건 나중에 하고 지금은 멈추기만 해줘", m.Stop, "cache"),
    ("web 지우는 건 내일 하고 오늘은 재시작만 해줘", m.Restart, "web"),
    ("data 지우는 건 나중에 하고 지금은 로그만 보여줘", m.Logs, "data"),
    ("we'll delete web later, for now just stop it", m.Stop, "web"),
    ("remove web later, stop it for now", m.Stop, "web"),
    ("kill web tomorrow, for now pause it", m.Pause, "web"),
    ("remove web later, for now stop cache", m.Stop, "cache"),
])
def test_the_order_for_now(text, cls, target):
    res = read(text)
    assert isinstance(res, cls), res
    named = m.named(res)
    assert target in (*named.targets, named.target)


@pytest.mark.parametrize("text", [
    "rm은 내일 하고 오늘은 restart만",  # restart of what?
    "remove web later, for now remove it",  # the order put off said again: never run
    "web 지우는 건 나중에 하고 지금은 지워",
    "web 지우는 건 나중에 하고 지금은 멈췄어",  # told, not asked
    "web 지우는 건 나중에 하고 지금은 멈추지 마",  # a ban
    "remove web later, did you stop it for now?",
    "remove web later, don't stop it for now",
    "restart web later",  # nothing for now
    "stop web now",  # nothing put off
    "web 재시작하고 지금은 로그 보여줘",  # nothing put off
])
def test_nothing_else(text):
    assert read(text) is None
