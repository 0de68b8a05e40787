"""The kinds of wrong write that wordings_fresh11.yaml (the eleventh table, written blind) found, each fixed
as a kind in bot/language/: the failing input of the table and other wordings of the same kind (not in any
table, written before the fix), read through `Gorae.explain` against the fake corpus world (tests/fakes.py),
as `gorae explain` reads them. `None`: nothing may run (a refusal, a question or a proposal that is no write
are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # an unpause right after a stop of the same containers: a stopped container cannot be unpaused, so the halt
    # said before the release is a pause ("멈췄다가 다시 풀어": halted a while, then released); it planned
    # `docker stop cache`, then `docker unpause cache` — the stop done, the unpause failing
    ("cache 멈췄다가 다시 풀어", ["docker pause cache", "docker unpause cache"]),
    ("web 세웠다가 다시 풀어줘", ["docker pause web", "docker unpause web"]),
    ("data 멈추고 나서 풀어", ["docker pause data", "docker unpause data"]),
    ("stop cache and then unpause it", ["docker pause cache", "docker unpause cache"]),
    ("halt web, then resume it", ["docker pause web", "docker unpause web"]),
    # a kill cannot be taken for a pause: a kill and then an unpause of it conflict — asked, never done
    ("web 죽였다가 다시 풀어", None),
    ("kill cache then unpause it", None),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)
