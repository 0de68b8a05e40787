"""The kinds that wordings_fresh12.yaml (the twelfth table, written blind) found, each fixed as a kind: the
failing input of the table and other wordings of the same kind (not in any table, written before the fix),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # an image said (not typed) by its last name that the engine has only under a namespace is that image, as
    # rmi reads it (bot/engine/plan.py `_push`): it planned `docker push hello-world`, an image not on the engine
    ("push the hello-world image", ["docker push fastcampus/hello-world"]),
    ("hello-world 이미지 푸시해줘", ["docker push fastcampus/hello-world"]),
    ("hello-world 레지스트리에 밀어줘", ["docker push fastcampus/hello-world"]),
    ("push hello-world please", ["docker push fastcampus/hello-world"]),
    # typed docker CLI runs as typed: docker answers for it
    ("docker push hello-world", ["docker push hello-world"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)
