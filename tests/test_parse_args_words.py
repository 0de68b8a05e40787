"""Words after "arguments" / "인자는" are the command's arguments as typed, whatever they look like (a session-10
CI rehearsal: tests/test_e2e_core.py's random token `23091d` read as a duration, "does not fit this command").
Read through `Gorae.explain` against the fake corpus world, as `gorae explain` reads them."""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

ROWS = [
    ("run ubuntu:focal named ep1 with entrypoint echo and arguments hello 23091d",
     ["docker run --name ep1 --entrypoint echo ubuntu:focal hello 23091d"]),
    ("run ubuntu:focal with entrypoint sleep and arguments 30s",
     ["docker run --entrypoint sleep ubuntu:focal 30s"]),
    ("ubuntu:focal을 ep2라는 이름으로 엔트리포인트 echo로 실행, 인자는 hello 5m",
     ["docker run --name ep2 --entrypoint echo ubuntu:focal hello 5m"]),
    # a duration said with no "arguments" keeps its meaning
    ("web logs since 5m", ["docker logs --since 5m web"]),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_words_after_arguments_are_arguments(text: str, want: list[str] | None) -> None:
    check(text, want)
