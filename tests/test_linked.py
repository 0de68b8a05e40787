"""bot/language/linked.py: a link pasted beside a request is context (read end to end in tests/test_parse_ctxen24.py);
here the function alone, with the parser as its reader."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.linked import without_links
from bot.language.normalize import normalize
from bot.language.parse import parse


@pytest.mark.parametrize("text, kind, name", [
    ("see https://wiki.internal/runbook/web — step 3: restart web", m.Restart, "web"),
    ("restart cache https://grafana.internal/d/x", m.Restart, "cache"),
    ("per https://wiki.example.com/x, show cache logs", m.Logs, "cache"),
])
def test_without_links(text, kind, name):
    res = without_links(normalize(text), _read)
    assert isinstance(res, kind) and name in (*m.named(res).targets, m.named(res).target), res


def _read(said: str) -> m.Command | m.NotUnderstood:
    return parse(normalize(said), detail=False)


@pytest.mark.parametrize("text", [
    "restart web",  # no link
    "run curl https://example.com in web",  # exec takes free words: never read without its URL
    "web에서 curl https://example.com 실행해줘",
    "remove web https://x.example.com",  # a removal is no command beside a link
    'restart "https://x" web',  # a quoted URL is a command's own
    "https://x.example.com",  # a link only
])
def test_without_links_none(text):
    assert without_links(normalize(text), _read) is None
