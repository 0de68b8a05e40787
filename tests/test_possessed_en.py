"""bot/language/possessed_en.py: the asker's own thing said with my/our is no container (read end to end in
tests/test_parse_k16en.py); here the function alone, with the parser as its reader."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.language.possessed_en import possessed


def _read(said: str):
    return parse(normalize(said), detail=False)


@pytest.mark.parametrize("text, kind, name", [
    ("i need to know which port my app in web is published on", m.Port, "web"),
    ("could you restart my app container it is web", m.Restart, "web"),
    ("restart our api, it is cache", m.Restart, "cache"),
])
def test_possessed(text, kind, name):
    res = possessed(text, _read)
    assert isinstance(res, kind) and name in m.named(res).targets + ((m.named(res).target,) if m.named(res).target
                                                                      else ()), res


@pytest.mark.parametrize("text", ["restart my app", "restart my web", "restart web"])
def test_not_possessed(text):
    assert possessed(text, _read) is None
