"""Constructs moved from Python tree rewrites (bot/language/parse_natural.py) into grammar/natural.lark
(issue 8, session 7): each reads as before. The table rows that hold them (first of each group) and
other wordings of the same kind, read through normalize -> parse -> plan against the fake corpus world
(tests/fakes.py). `None`: nothing may run. The grammar side (the rule in the tree) is in
tests/test_grammar_examples.py (the examples above each rule)."""
from __future__ import annotations

import pytest
from lark import Tree
from test_parse_blind6 import check

from bot.language import grammar
from bot.language.morph import reading
from bot.language.normalize import normalize

KINDS = [
    # `_off_then`: 껐다가 X is a stop, then X (a v_stop and a seq); 껐다가 켜 is a restart
    ("web 껐다가 지워줘", ["docker stop web", "docker rm web"]),
    ("cache 내렸다가 로그 보여줘", ["docker stop cache", "docker logs cache"]),
    ("my-nginx 껐다가 backend에서 빼줘", ["docker stop my-nginx", "docker network disconnect backend my-nginx"]),
    ("web 껐다가 켜줘", ["docker restart web"]),
    ("web 내렸다가 다시 올려", ["docker restart web"]),
    ("web 정지했다가 켜", ["docker stop web", "docker start web"]),  # not 끄/내리: a sequence, as before
    ("web 껐다가 나중에 켜", None),  # a schedule: nothing runs
    # `_out_of`: X에서 빼고 is a disconnect from X, then; "my-nginx 빼고 web만" leaves my-nginx out
    ("web을 backend에서 빼고 다시 연결해", ["docker network disconnect backend web", "docker network connect backend web"]),
    ("web을 backend에서 빼고 재시작", ["docker network disconnect backend web", "docker restart web"]),
    ("cache 컨테이너 backend 네트워크에서 빼 주세요", ["docker network disconnect backend cache"]),
    ("my-nginx 빼고 web만 재시작", ["docker restart web"]),
    # found by comparing with the Python rewrite: 뺀 (a relative clause) before a name took "backend" out of itself
    # (docker network disconnect backend backend, then a restart); now refused, never that write
    ("backend에서 뺀 web 재시작", None),
    ("web backend에서 뺀 다음 다시 연결해", ["docker network disconnect backend web", "docker network connect backend web"]),
    # `rest_untouched`: the rest left alone at the end of a request on names: the request alone
    ("web만 재시작, 나머지는 건드리지 마", ["docker restart web"]),
    ("cache만 꺼, 나머지는 건드리지 마", ["docker stop cache"]),
    ("web만 지우고 나머지는 건드리지 마", ["docker rm web"]),
    ("나머지는 건드리지 말고 web만 재시작", ["docker restart web"]),  # not at the end: 말고 (`_instead`)
    ("web 빼고 나머지는 다 재시작해", ["docker restart my-nginx cache my-volume data"]),
    ("나머지는 건드리지 마", None),  # no request: a prohibition
    ("다 재시작, 나머지는 건드리지 마", None),  # no names: the prohibition stands
    ("web만 재시작하지 마, 나머지는 건드리지 마", None),
    ("web만 재시작했어, 나머지는 건드리지 않았어", None),  # told, not asked
    ("web만 재시작, 나머지는 건드려", None),  # two verbs
    ("web 끄고 지우고, 나머지는 건드리지 마", None),  # a sequence and the rest: two verbs in one clause, asked
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_moved_kinds(text, want):
    check(text, want)


def _tree(text: str) -> Tree:
    return grammar.natural().parse(reading(normalize(text)).text)


def test_the_grammar_says_it():
    """The readers get the construct from the grammar, not from a rewrite of the tree."""
    assert [c.data for c in _tree("web 껐다가 지워줘").children] == ["arg", "v_stop", "seq", "v_rm"]
    assert [c.data for c in _tree("web 껐다가 켜줘").children] == ["arg", "v_restart"]
    assert [c.data for c in _tree("web을 backend에서 빼고 재시작").children] == ["arg", "arg", "v_disconnect", "seq", "v_restart"]
    assert [c.data for c in _tree("my-nginx 빼고 web만 재시작").children] == ["arg", "excl", "arg", "v_restart"]
    assert [c.data for c in _tree("web만 재시작, 나머지는 건드리지 마").children] == ["arg", "v_restart", "rest_untouched"]
    # only at the end of a sentence: before anything else, its words one by one
    assert "rest_untouched" not in [c.data for c in _tree("나머지는 건드리지 말고 web만 재시작").children]
    assert "rest_untouched" not in [c.data for c in _tree("web만 재시작했어, 나머지는 건드리지 않았어").children]
