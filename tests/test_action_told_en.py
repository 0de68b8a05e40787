"""bot/language/action_told_en.py (brk21): an English write said as the subject of another verb is a report, never a
request; the definite noun alone ("the rm of cache") is asked back. Tried on the readings the parser gives, with
bot/language/parse.py's `_alone`, and through `parse` for the neighbours that stay requests."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.action_told_en import action_told
from bot.language.parse import _alone, parse
from bot.model import NotUnderstood

RM = m.Remove(lang="en", targets=("cache",))
RESTART = m.Restart(lang="en", targets=("web",))


@pytest.mark.parametrize("text,cmd", [
    ("stopping cache hung", m.Stop(lang="en", targets=("cache",))),
    ("the rm of cache failed", RM),
    ("removing cache was a mistake", RM),
    ("the restart of the web container went badly", RESTART),
    ("restarting web took forever", m.Restart(lang="en", targets=("web", "took", "forever"))),
    ("web restart failed", RESTART),
    ("killing cache crashed db", m.Kill(lang="en", targets=("cache",))),
])
def test_a_write_said_as_a_subject_is_told(text: str, cmd: m.Command) -> None:
    res = action_told(text, cmd, _alone)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.action_told" and res.proposal is None, res


def test_the_definite_noun_alone_is_asked_back() -> None:
    res = action_told("the rm of cache", RM, _alone)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.action_topic" and res.proposal == RM


@pytest.mark.parametrize("text,cmd", [
    ("restarting web please", RESTART),
    ("restarting web now", RESTART),
    ("killing cache is needed now", m.Kill(lang="en", targets=("cache",))),
    ("web restart required", RESTART),
    ("web is still running, stop it", m.Stop(lang="en", targets=("web",))),
    ("a restart of web please", RESTART),
    ("restart web", RESTART),
])
def test_a_request_stays(text: str, cmd: m.Command) -> None:
    assert action_told(text, cmd, _alone) is cmd


def test_a_read_is_never_touched() -> None:
    logs = m.Logs(lang="en", target="web")
    assert action_told("restarting web failed", logs, _alone) is logs


@pytest.mark.parametrize("text,cli", [
    ("restarting web", m.Restart), ("removing cache!", m.Remove), ("stopping data pls", m.Stop),
])
def test_through_parse_the_bare_gerund_is_the_request(text: str, cli: type) -> None:
    assert isinstance(parse(text), cli)
