"""The kinds of English the held-out table tests/data/wordings_fresh14.yaml still missed after session 12 (branch k15en),
each fixed as a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not in any
table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# An incident order headed by its speaker's role ("IC here.", "IC:", grammar/lexicon.txt `incident_role_en`) and the
# clock time it was given, or addressed to people after its ticket id ("all hands:", `incident_addressee_en`); a
# sentence or clause asking to be told when it is done (`report_done_*`) and a stopgap said of it
# (`context_trailing_phrase_en`) change nothing (bot/language/normalize.py `_role_head`, `_addressee_head`,
# `report_when_done`).
INCIDENT = [
    ("[SEV1] 04:02 all hands: stop data", ["docker stop data"]),
    ("IC here. 13:37 restart cache. confirm when done", ["docker restart cache"]),
    ("IC: 13:40 — my-nginx logs since 30m", ["docker logs --since 30m my-nginx"]),
    ("[INC-72] 19:01 spin up httpd on 8081 as a stopgap", ["docker run -d -p 8081:80 httpd"]),
    ("[SEV2] 02:15 everyone: pause data", ["docker pause data"]),
    ("[INC-9] team, restart web", ["docker restart web"]),
    ("IC here. restart my-nginx", ["docker restart my-nginx"]),
    ("On-call here: 09:12 stop web. let me know once it is finished", ["docker stop web"]),
    ("IC - 02:10 show cache logs", ["docker logs cache"]),
    ("restart cache, let me know when done", ["docker restart cache"]),
    ("stop data and ping me when you are done", ["docker stop data"]),
    ("run nginx on 8085 as a temporary fix", ["docker run -d -p 8085:80 nginx"]),
    ("start db as a workaround for now", ["docker start db"]),
    # what was done, told under the same head, runs nothing; a report asked alone is no request
    ("IC here. 13:37 web restarted", None),
    ("IC: 13:40 — don't restart cache", None),
    ("IC here. confirm when done", None),
    # a name is never an addressee: "web: restart cache" names two containers (break6), asked
    ("[INC-9] web: restart cache", None),
]


@pytest.mark.parametrize("text, want", INCIDENT, ids=[t for t, _ in INCIDENT])
def test_incident_head(text, want):
    check(text, want)


# A state or a thing asked about in English, never the write it names: paused asked with the copula (its details), a
# container on a network asked (the network's members: `_on_network_asked_en`), a volume, network or container said
# to exist (its details: `_thing_present`), a count said as "(total) number of" (the list, as "how many" is).
STATE_QUESTIONS = [
    ("is cache paused?", ["docker inspect cache"]),
    ("is data paused right now?", ["docker inspect data"]),
    ("is the web container paused", ["docker inspect web"]),
    ("web paused please", ["docker pause web"]),  # asked for done, as before
    ("is web on the backend network?", ["docker network inspect backend"]),
    ("is cache connected to backend?", ["docker network inspect backend"]),
    ("is my-nginx attached to the backend network", ["docker network inspect backend"]),
    ("connect web to backend", ["docker network connect backend web"]),
    ("is web on the backend network? connect it", None),
    ("does the pgdata volume exist?", ["docker volume inspect pgdata"]),
    ("is there a backend network?", ["docker network inspect backend"]),
    ("does volume db exist", ["docker volume inspect db"]),
    ("does the web container exist?", ["docker inspect web"]),
    ("does the pgdata volume exist? remove it", None),
    ("total number of containers including stopped?", ["docker ps -a"]),
    ("the number of running containers", ["docker ps"]),
    ("number of volumes?", ["docker volume ls"]),
    ("total number of images", ["docker images"]),
]


@pytest.mark.parametrize("text, want", STATE_QUESTIONS, ids=[t for t, _ in STATE_QUESTIONS])
def test_state_questions(text, want):
    check(text, want)
