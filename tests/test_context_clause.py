"""bot/language/context_clause.py: the reason or context clause around a Korean request, left out (ctx10).

Unit cases of its functions over the real grammar and lexicon; the sentences read whole through the parser are
in tests/test_parse_ctx10.py, and end to end on the engine in tests/test_e2e_ctx10.py.
"""
from __future__ import annotations

import pytest

from bot.language import context_clause


@pytest.mark.parametrize("text, rest, clause", [
    ("테스트 끝났으니 db 지워주세요", "db 지워주세요", "테스트 끝났으니"),
    ("배포해야 해서 my-nginx 재시작 부탁드려요", "my-nginx 재시작 부탁드려요", "배포해야 해서"),
])
def test_a_reason_before_the_request_is_cut(text, rest, clause):
    assert (rest, clause) in context_clause.cuts(text)


def test_tell_me_when_done_leaves_the_request_alone():
    assert context_clause.cuts("web 재시작하고 알려줘") == [("web 재시작하고", "")]


@pytest.mark.parametrize("text", [
    "안 돼 web 재시작",  # a negation before the request is no context: never left out
    "web 재시작",  # nothing around the request
    "내일 web 재시작해줘",  # a time is a schedule, never dropped
])
def test_no_clause_is_cut(text):
    assert all(clause != "" or rest != text for rest, clause in context_clause.cuts(text))
    assert not [c for _, c in context_clause.cuts(text) if c]


def test_a_complaint_said_after_one_name():
    assert context_clause.complaint_said("web 페이지 하얗게 나와요") == ("web", "페이지 하얗게 나와요")
    assert context_clause.complaint_said("web 재시작") is None


def test_complains():
    assert context_clause.complains("사이트 안 열려요")
    assert not context_clause.complains("배포해야 해서")


def test_the_verbs_come_from_the_grammar():
    verbs = context_clause.gorae_verbs()
    assert "재시작" in verbs and not any(v.isascii() for v in verbs)
