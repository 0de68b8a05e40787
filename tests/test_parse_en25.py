"""The English kinds session 25's helper en25 fixed, read through `Gorae.explain` against the fake corpus world
(tests/fakes.py): wordings of the kind of its own (not in any table). `None`: nothing may run (a refusal, a question or
a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

from bot.language.parse import parse
from bot.model import NotUnderstood

# A. HTTP error codes counted after a name ("web 502s"): never a window of seconds of its logs (docker logs --since
# 502s). A name and the codes alone is an alert's line (its status and recent logs, as "web 502"); said with more it
# is asked. A window said with its word ("since", "last", "--since") stays a window; other durations are untouched.
CODES = [
    ("cache 503s", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx 404s", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("data 500s", ["docker inspect data", "docker logs --tail 20 data"]),
    ("db 504s", ["docker inspect db", "docker logs --tail 20 db"]),
    ("cache logs since 503s", ["docker logs --since 503s cache"]),
    ("logs of web from the last 404s", ["docker logs --since 404s web"]),
    ("cache 20m", ["docker logs --since 20m cache"]),
    ("db 90s", ["docker logs --since 90s db"]),
    ("web 501s", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web 500s again", None),
    ("restart cache 503s", None),
    ("stop db 404s", None),
    ("remove web 500s", None),
]


@pytest.mark.parametrize("text, want", CODES, ids=[t for t, _ in CODES])
def test_http_codes_counted(text, want):
    check(text, want)


# B. An apostrophe inside an English word ("that'd", "it'd", "you'd") is no shell quote left open: the sentence's own
# reason is told, never cli.unterminated_quote. Nothing runs (a wish told in the past stays unread, lead19); a real
# docker command with an open quote is still told so.
APOSTROPHE = [
    "that'd help if you restarted cache",
    "it'd be nice if you paused web",
    "you'd help me a lot if you stopped data",
    "it'd help if web got restarted",
]


@pytest.mark.parametrize("text", APOSTROPHE)
def test_apostrophe_in_a_word_is_no_quote(text):
    check(text, None)
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.reason.key != "cli.unterminated_quote"


@pytest.mark.parametrize("text", ["docker run alpine echo 'hi", "docker logs 'web"])
def test_open_quote_of_docker_still_told(text):
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.reason.key == "cli.unterminated_quote"
