"""The kinds that wordings_fresh12.yaml's manager, ko-chat, sre-phone and junior rows found unread (branch f12ko),
each fixed as a kind: the table's input, then other wordings of the same kind (not in any table), read through
`Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

CREATE_NAMED = [
    # Korean "IMAGE 컨테이너 NAME" with a verb that makes a container (grammar/lexicon.txt made_words, made_kind;
    # bot/language/parse_natural.py `_image_container_name`): the image before the kind word, the new name after it
    ("redis 컨테이너 r15 만들어만 둬", ["docker create --name r15 redis"]),
    ("httpd 컨테이너 h12 생성해 놔 실행은 하지 말고", ["docker create --name h12 httpd"]),
    ("nginx 컨테이너 n24 생성만", ["docker create --name n24 nginx"]),
    ("redis 새 컨테이너로 r23 만들어서 실행", ["docker run -d --name r23 redis"]),
    ("httpd 컨테이너 h31 만들기만 해", ["docker create --name h31 httpd"]),
    ("redis 컨테이너 q44 생성만 해 주세요", ["docker create --name q44 redis"]),
    ("busybox 컨테이너 bb5 만들어 둬", ["docker create --name bb5 busybox"]),
    ("alpine 새 컨테이너로 a41 생성해서 실행해줘", ["docker run -d --name a41 alpine"]),
    ("nginx 컨테이너 n32 생성해서 띄워", ["docker run -d --name n32 nginx"]),
    # said the other way round (the name first, an image after it): asked, never a pull of a name as an image
    ("web2 컨테이너 nginx 생성만", None),
    ("web2 컨테이너 nginx 만들어서 실행", None),
]


@pytest.mark.parametrize("text, want", CREATE_NAMED, ids=[t for t, _ in CREATE_NAMED])
def test_create_named(text, want):
    check(text, want)
