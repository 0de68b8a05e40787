"""The kinds of wordings_fresh14.yaml's `oncall` and `junior` misses that fix14 fixed, each as a kind: the failing
input of the table and other wordings of the same kind (not in any table), read through `Gorae.explain` against the
fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

PERMISSION_GIVEN = [
    # a permission asked, then the go-ahead under a condition that is only the asker's permission (괜찮으면, 된다면,
    # 되면, 그렇다면; grammar/lexicon.txt permission_given_ko): the request asked about (bot/language/parse.py
    # `_asked_then_go_ahead`)
    ("혹시 cache 멈춰도 괜찮을까요? 괜찮으면 멈춰주세요", ["docker stop cache"]),
    ("제가 my-nginx 재시작해봐도 될까요? 된다면 부탁드려요", ["docker restart my-nginx"]),
    ("web 꺼도 될까요? 괜찮으시면 꺼주세요", ["docker stop web"]),
    ("cache 지워도 되나요? 그렇다면 부탁합니다", ["docker rm cache"]),
    ("제가 web 재시작해봐도 될까요? 해주세요", ["docker restart web"]),
    # the Korean go-ahead alone after the question (grammar/lexicon.txt go_ahead_alone_ko)
    ("db 켜도 돼요? 부탁드립니다", ["docker start db"]),
    # the permission said as the request's own condition, no question (`_permission_inline_ko`)
    ("혹시 busybox 이미지 지워도 되면 지워주세요", ["docker rmi busybox"]),
    ("혹시 web 꺼도 되면 꺼주세요", ["docker stop web"]),
    ("my-nginx 재시작해도 괜찮으면 재시작해줘", ["docker restart my-nginx"]),
    # an English request opened by the asker's permission (grammar/lexicon.txt permission_given_en, `_permission_given`)
    ("if it's fine, please remove the busybox image", ["docker rmi busybox"]),
    ("if that's ok, restart web", ["docker restart web"]),
    ("if it's okay stop cache please", ["docker stop cache"]),
    ("괜찮으면 web 재시작해주세요", ["docker restart web"]),
    # any other condition stays refused: a possibility, a state, another verb or another container after it, a
    # prohibition (the question alone is asked back as before: parse.asked, the request proposed)
    ("가능하면 web 재시작해주세요", None),
    ("web 꺼도 가능하면 꺼주세요", None),
    ("if possible, restart web", None),
    ("if web is down, restart it", None),
    ("if so restart web", None),
    ("혹시 cache 멈춰도 괜찮을까요? 가능하면 멈춰주세요", None),
    ("cache 멈춰도 괜찮을까요? 괜찮으면 web 멈춰주세요", None),
    ("cache 멈춰도 괜찮을까요? 괜찮으면 하지 마세요", None),
]


@pytest.mark.parametrize("text, want", PERMISSION_GIVEN, ids=[t for t, _ in PERMISSION_GIVEN])
def test_permission_given(text, want):
    check(text, want)
