"""(lead32b) bot/language/pasted.py: output pasted before a request, recognized by its shape on the raw text."""
from __future__ import annotations

import pytest

from bot.language.pasted import pasted_apart


@pytest.mark.parametrize(("text", "rest"), [
    ("2026-12-05T03:12:44Z panic: runtime error\nweb 상태 확인 부탁", "web 상태 확인 부탁"),
    ("```docker rm web```\nweb 로그 봐줘", "web 로그 봐줘"),
    ("redis-cli: Could not connect → cache 재시작", "cache 재시작"),
    ("```docker rm web```", None),
    ("web 재시작 → cache 재시작", None),  # no paste: Hangul before the arrow
    ("restart web -> restart cache", None),  # no error word before the arrow
    ("2026-12-06 03:00 web 재시작\ncache 재시작", None),  # a time to the minute with Hangul: no log line
    ("web 재시작\n로그도", None),
])
def test_pasted_apart(text: str, rest: str | None) -> None:
    assert pasted_apart(text) == rest
