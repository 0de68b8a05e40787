"""The misses of tests/data/wordings_fresh12.yaml in the personas terse-en, en, cli, konglish and correction (branch
f12en), each fixed as a kind in grammar/ or bot/language/: the table's sentence (marked `# fresh12`) and other wordings
of the same kind (in no table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as
`gorae explain` reads them. `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# English reads: the containers said as "stuff" and "alive" (natural.lark `plural`, parse_natural.py `listing`), full
# details (v_inspect), "locally" (a filler), "ts" (timestamps), whether a container is fine ("is web ok?":
# grammar/lexicon.txt `well_said`, parse_natural.py `_how_is`), its ports said terse, the noun first ("ports cache")
READS_EN = [
    ("which containers are alive?", ["docker ps"]),  # fresh12
    ("show running stuff", ["docker ps"]),  # fresh12
    ("full details for cache please", ["docker inspect cache"]),  # fresh12
    ("show the images we have locally", ["docker images"]),  # fresh12
    ("logs web ts", ["docker logs -t web"]),  # fresh12
    ("is web ok?", ["docker inspect web"]),  # fresh12
    ("ports cache", ["docker port cache"]),  # fresh12
    ("list the running stuff", ["docker ps"]),
    ("what containers are alive", ["docker ps"]),
    ("give me the full details of web", ["docker inspect web"]),
    ("what images do we have locally", ["docker images"]),
    ("logs cache ts pls", ["docker logs -t cache"]),
    ("is cache alright", ["docker inspect cache"]),
    ("is my-nginx fine?", ["docker inspect my-nginx"]),
    ("port web", ["docker port web"]),
    ("ports my-nginx pls", ["docker port my-nginx"]),
    # an image is no container
    ("ports nginx", None),
    ("is nginx ok?", None),
]


@pytest.mark.parametrize("text, want", READS_EN, ids=[t for t, _ in READS_EN])
def test_reads_en(text, want):
    check(text, want)


# A stop said "terminate" is docker stop (SIGTERM first); said at once (natural.lark `at_once`) it has no grace
# period: a kill. With any other verb "immediately" is read by nothing — never a forced removal.
AT_ONCE = [
    ("terminate my-nginx immediately", ["docker kill my-nginx"]),  # fresh12
    ("terminate my-nginx", ["docker stop my-nginx"]),
    ("please terminate the cache container", ["docker stop cache"]),
    ("stop cache instantly", ["docker kill cache"]),
    ("stop web right away", ["docker kill web"]),
    ("remove web immediately", None),
    ("don't terminate web", None),
]


@pytest.mark.parametrize("text, want", AT_ONCE, ids=[t for t, _ in AT_ONCE])
def test_at_once(text, want):
    check(text, want)
