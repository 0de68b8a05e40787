"""The kinds of English context around one order that session 24's helper ctxen24 fixed, read through `Gorae.explain`
against the fake corpus world (tests/fakes.py): the table's sentence and other wordings of the same kind (not in any
table). `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A. The reason told as the thing refusing what it should do, after the request (bot/language/reason_clause.py,
# grammar/lexicon.txt `reason_refusing_*`): it does not answer — kill, stop, restart or a look; "won't" is no ban of the
# request, and "because" is never a second name. A request the reason does not ask for stays refused.
REFUSING = [
    ("kill my-nginx because it won't stop", ["docker kill my-nginx"]),
    ("stop cache, it will not respond", ["docker stop cache"]),
    ("restart web since it does not answer", ["docker restart web"]),
    ("please kill data because it won't die", ["docker kill data"]),
    ("show web logs, it doesn't respond", ["docker logs web"]),
    ("force stop cache as it won't shut down", ["docker kill cache"]),  # force stop, as said alone
    ("don't kill web because it won't stop", None),
    ("remove web because it won't stop", None),
    ("start db because it won't stop", None),
    ("it won't stop", None),
    ("web won't stop", None),
]


@pytest.mark.parametrize("text, want", REFUSING, ids=[t for t, _ in REFUSING])
def test_reason_refusing(text, want):
    check(text, want)


# B. A link pasted beside the request (bot/language/linked.py): a bare URL, Slack's <url> without a label, cited with
# "see"/"per", a runbook step after it — context; the request is read alone and never takes the URL as a name, an image
# or a word of its command. A request of free words keeps its URL (exec, pull), a ban, a question and a later order stay
# unrun.
LINKED = [
    ("see https://wiki.internal/runbook/web — step 3: restart web", ["docker restart web"]),
    ("restart cache https://grafana.internal/d/x", ["docker restart cache"]),
    ("per https://wiki.example.com/ops/42, show cache logs", ["docker logs cache"]),
    ("<https://wiki.internal/runbook> stop data", ["docker stop data"]),
    ("cache is down https://grafana.internal/d/cache", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("https://status.example.com/web web is down", ["docker inspect web", "docker logs --tail 20 web"]),
    ("see https://runbooks.example.com/db step 2 - start db", ["docker start db"]),
    ("list the containers, see https://wiki.internal/x", ["docker ps"]),
    ("run curl https://example.com in web", ["docker exec web curl https://example.com"]),
    ("don't restart web https://wiki.internal/x", None),
    ("remove web https://wiki.internal/x", None),
    ("should we restart web? https://wiki.internal/x", None),
    ("restart web later https://wiki.internal/x", None),
    ("see https://wiki.internal/runbook", None),
    ("stop https://x.example.com/cache", None),
    ("https://wiki.internal/restart/web", None),
]


@pytest.mark.parametrize("text, want", LINKED, ids=[t for t, _ in LINKED])
def test_linked(text, want):
    check(text, want)
