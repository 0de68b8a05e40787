"""The last misses of the held-out tables (fresh9, fresh10, fresh11, break3, break4) that branch w2mix fixed as
kinds in grammar/ and bot/language/: each table's input and other wordings of the same kind (in no table, written
before the fix), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain`
reads them. `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

READ = [
    # 몇 (how many) before the copula's 이에요 / 이예요 / 인가요: Kiwi tags it a numeral (NR), not a determiner (MM)
    # as before 이야 — the same word (grammar/morphemes.txt); a container's port asked is its details
    ("web 포트 몇번이에요", ["docker inspect web"]),
    ("cache 포트 몇 번이예요", ["docker inspect cache"]),
    ("web 포트 몇번인가요", ["docker inspect web"]),
    ("my-nginx 포트 몇번이에요", ["docker inspect my-nginx"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)
