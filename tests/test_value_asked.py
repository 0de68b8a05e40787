"""bot/language/value_asked.py: a value of one container asked yes or no is its details (or its ports), read only when
the parser read nothing and every word is accounted for; anything else leaves the parser's answer as it was."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.value_asked import value_asked
from bot.model import Msg, NotUnderstood


def _refused(text: str, lang: str) -> NotUnderstood:
    return NotUnderstood(text, lang, Msg.of("parse.no_verb"))


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("is web on port 80?", "en", m.Port(target="web", lang="en")),
    ("does web use port 80?", "en", m.Port(target="web", lang="en")),
    ("is my-nginx on 80/tcp", "en", m.Port(target="my-nginx", lang="en")),
    ("is cache redis?", "en", m.Inspect(target="cache", lang="en")),
    ("is cache using redis:7?", "en", m.Inspect(target="cache", lang="en")),
    ("is web an nginx container?", "en", m.Inspect(target="web", lang="en")),
    ("is data a running container?", "en", m.Inspect(target="data", lang="en")),
    ("is db in created state?", "en", m.Inspect(target="db", lang="en")),
    ("cache가 redis 맞아요?", "ko", m.Inspect(target="cache", lang="ko")),
    ("web 80 포트야?", "ko", m.Port(target="web", lang="ko")),
    ("web 80포트 쓰고 있어?", "ko", m.Port(target="web", lang="ko")),
    ("db 컨테이너 상태가 created 맞죠?", "ko", m.Inspect(target="db", lang="ko")),
    ("cache 이미지 redis:7 맞나?", "ko", m.Inspect(target="cache", lang="ko")),
    ("web nginx 이미지 맞지?", "ko", m.Inspect(target="web", lang="ko")),
])
def test_a_value_asked_is_read(text, lang, want):
    assert value_asked(text, _refused(text, lang)) == want


@pytest.mark.parametrize(("text", "lang"), [
    ("does cache need restarting?", "en"),      # a verb of gorae's
    ("is it possible to stop web?", "en"),
    ("is web", "en"),                           # no value said
    ("web 꺼진 거 맞지?", "ko"),                 # a Korean verb said (끄다): not a value
    ("web 지워도 되는 거 맞아?", "ko"),
    ("web restart 맞아?", "ko"),                 # a verb of gorae's typed in ASCII
    ("web 80 포트야", "ko"),                     # told, not asked (no ? and no 맞다)
    ("80 포트 web이야?", "ko"),                  # no name first
])
def test_anything_else_is_left_as_it_was(text, lang):
    refused = _refused(text, lang)
    assert value_asked(text, refused) is refused


def test_a_reading_or_typed_cli_is_never_replaced():
    read = m.Restart(targets=("web",), lang="en")
    assert value_asked("is web on port 80?", read) is read
    typed = NotUnderstood("docker is web 80", "cli", Msg.of("parse.no_verb"))
    assert value_asked("docker is web 80", typed) is typed
