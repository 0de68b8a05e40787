"""bot/language/heaviest_en.py: a count of the heaviest containers asked is every container's use (read end to end in
tests/test_parse_k16en.py); here the function alone, with the parser as its reader."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.heaviest_en import heaviest
from bot.language.normalize import normalize
from bot.language.parse import parse


def _read(said: str):
    return parse(normalize(said), detail=False)


@pytest.mark.parametrize("text", ["top 3 containers by memory", "which 2 containers use the most cpu",
                                  "show me the top 5 containers by cpu"])
def test_heaviest(text):
    res = heaviest(text, _read)
    assert isinstance(res, m.Stats) and not res.targets


@pytest.mark.parametrize("text", ["top web", "top 3 containers", "top 3", "run 3 containers by memory"])
def test_not_heaviest(text):
    assert heaviest(text, _read) is None
