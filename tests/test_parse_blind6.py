"""The kinds of phrasing that wordings_fresh6.yaml (the sixth table, written blind) found missed or
wrongly read, each fixed as a kind in grammar/ or bot/language/: the failing input of the table
and other wordings of the same kind (not in any table), read through normalize -> parse -> plan
against the fake corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question or
a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_wordings_fresh import answer

WRONG_WRITES = [
    # a Korean word after a command to run is the sentence's, never the command's text (it was
    # absorbed into the command, then dropped as a Hangul word: the -d was lost)
    ("busybox로 sleep 3600 백그라운드 실행", ["docker run -d busybox sleep 3600"]),
    ("alpine으로 sleep 600 백그라운드로 실행", ["docker run -d alpine sleep 600"]),
    ("ubuntu:focal에서 sleep 100 백그라운드 실행해줘", ["docker run -d ubuntu:focal sleep 100"]),
    # 잠깐 / 잠시 before a comma is "hold on", not brevity: the stop said after it is a stop
    ("잠깐, web 꺼줘", ["docker stop web"]),
    ("잠깐, my-nginx 꺼", ["docker stop my-nginx"]),
    ("잠시, cache 재시작해줘", ["docker restart cache"]),
    ("web 잠깐 꺼", ["docker pause web"]),  # brevity said of the stop is still a pause
    # a wondering question (-려나, -ㄴ가): asked, not requested
    ("web 재시작하면 되려나", None),
    ("cache 지우면 되려나", None),
    ("db 켜면 되는 건가?", None),
    # "against" names the container a command is run in (English): an exec, never a run of an
    # image named after the command
    ("run redis-cli ping against cache", ["docker exec cache redis-cli ping"]),
    ("run nginx -t against web", ["docker exec web nginx -t"]),
    ("run df -h against data", ["docker exec data df -h"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


def check(text: str, want: list[str] | None) -> None:
    ans = answer(text)
    if want is None:
        assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
        assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"
        return
    assert ans.cli, f"{text!r}: {ans.refusal}"
    assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r}: planned {list(ans.cli)}, want {want}"
