"""The kinds of phrasing that wordings_fresh5.yaml (the table written blind) found missed or
wrongly read, each fixed as a kind in grammar/ or bot/language/: the failing input of the table
and other words of the same kind, read through normalize -> parse -> plan against the fake
corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question or a proposal that
is no write are all fine).
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_wordings_fresh import answer

READ = [
    # hearsay endings glued on (-다던데, -라더라, -자던데): a report, never a request
    ("cache 지운다던데", None),
    ("web 재시작한다더라", None),
    ("cache 재시작하라던데", None),
    ("web 지운다던데요", None),
    ("db 켜자던데", None),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_as_meant(text, want):
    ans = answer(text)
    if want is None:
        assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
        assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"
        return
    assert ans.cli, f"{text!r}: {ans.refusal}"
    assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r}: planned {list(ans.cli)}, want {want}"
