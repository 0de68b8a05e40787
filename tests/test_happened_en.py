"""bot/language/happened_en.py: whether something happened to a container, asked with has/did — its details."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.happened_en import happened
from bot.language.parse import _parse


def _read(said: str) -> m.Command | m.NotUnderstood:
    return _parse(said, False)


@pytest.mark.parametrize("text,name", [
    ("has web been restarted today?", "web"),
    ("has cache restarted?", "cache"),
    ("did web restart today", "web"),
    ("did data crash yesterday?", "data"),
    ("has my-nginx been stopped", "my-nginx"),
    ("did db die last night?", "db"),
    ("did cache crash?", "cache"),
])
def test_the_container_asked_about_is_inspected(text, name):
    res = happened(text, _read)
    assert isinstance(res, m.Inspect) and m.names_of(res) == (name,), res


@pytest.mark.parametrize("text", [
    "did you restart web today?",           # a person's deed asked
    "did we restart web",
    "has web been restarted, restart it",   # more said: left to the parser
    "restart web today",
    "has web been removed?",                # not a verb of what happens to a running container
    "did web restart every night",          # a schedule
    "did db start?",                        # a deed, no time: whether it was done (test_parse_ask9)
    "did web stop",
])
def test_anything_else_is_left(text):
    assert happened(text, _read) is None
