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
    # (en33) a fence of one docker command, the request pointing at it: the command quoted, then the request
    ("```\ndocker restart cache\n```\n이거 돌려줘", '"docker restart cache" 이거 돌려줘'),
    ("```bash\n$ docker ps -a\n```\nrun this pls", '"docker ps -a" run this pls'),
    ("```\ndocker stop web\n```\n이거 돌려도 돼요?", "이거 돌려도 돼요?"),  # asked whether: the paste set aside
    ("```\ndocker ps\ndocker images\n```\n이거 돌려줘", "이거 돌려줘"),  # two lines: no one command
    ("```\ndocker stop data\n```\ncan you run this on web instead", "can you run this on web instead"),
])
def test_pasted_apart(text: str, rest: str | None) -> None:
    assert pasted_apart(text) == rest
