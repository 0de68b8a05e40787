"""voice21: a command dictated through speech-to-text read as typed (bot/language/normalize.py `_dictated`,
grammar/lexicon.txt `spoken_*`), each kind with wordings of its own and neighbours that must stay words, read through
`Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

from bot.language.normalize import normalize

# A dictated docker command: "dash dash X" = --X, "dash X" (one or two letters) = -X, "A dash B" = A-B, "colon" and
# "slash" join their neighbours, every number said is digits. It planned a run of an image `dash` (fresh19's wrong write).
DICTATED_CLI = [
    ("docker run dash d dash p eighty eighty colon eighty nginx", ["docker run -d -p 8080:80 nginx"]),
    ("docker logs dash dash tail fifty web", ["docker logs --tail 50 web"]),
    ("docker ps dash a", ["docker ps -a"]),
    ("docker logs dash f cache", ["docker logs -f cache"]),
    ("docker stop dash t thirty web", ["docker stop -t 30 web"]),
    ("docker restart my dash nginx", ["docker restart my-nginx"]),
    ("docker logs dash dash tail one hundred my dash volume", ["docker logs --tail 100 my-volume"]),
    ("docker run dash d dash p six three eight zero colon six three seven nine redis", ["docker run -d -p 6380:6379 redis"]),
    ("docker pull nginx colon one point two five", ["docker pull nginx:1.25"]),
    ("docker run dash quietly alpine", None),  # a dash that can be no flag and joins no name: never an image `dash`
    ("docker run dash dash alpine", None),
]

# In a sentence: a dash said between two words of a name joins them (the planner checks the name), numbers said are
# read before a unit, after a port or after a colon said, "period" said last ends the sentence, "comma" is a comma.
DICTATED_EN = [
    ("restart my dash nginx", ["docker restart my-nginx"]),
    ("restart web and cache and my dash nginx", ["docker restart web cache my-nginx"]),
    ("logs for my dash volume last one hundred lines", ["docker logs --tail 100 my-volume"]),
    ("show the last twenty five lines of my dash nginx logs", ["docker logs --tail 25 my-nginx"]),
    ("run nginx on port eight thousand eighty", ["docker run -d -p 8080:80 nginx"]),
    ("run redis on port six three eight zero", ["docker run -d -p 6380:6379 redis"]),
    ("pull nginx colon one point two five", ["docker pull nginx:1.25"]),
    ("pull redis colon seven", ["docker pull redis:7"]),
    ("kill web period", ["docker kill web"]),
    ("stop cache period", ["docker stop cache"]),
    ("start db comma then show its logs", ["docker start db", "docker logs db"]),
    ("restart no dash such", None),  # a name joined that is not here: refused, never another container
]

# Neighbours: ordinary English that must stay words (never a flag, a number or a joined name).
NEIGHBOURS = [
    ("stop the dash of web", "stop the dash of web"),
    ("restart one of them", "restart one of them"),
    ("one container", "one container"),
    ("give me five minutes", "give me 5 minutes"),  # a unit after it: as before (grammar/lexicon.txt number_word_en)
    ("show a hundred lines of web logs", "show 100 lines of web logs"),
    ("the period of the job", "the period of the job"),
    ("restart the web period", "restart the web"),
    ("make a dash for it", "make a dash for it"),
    ("add a comma here", "add a comma here"),
    ("put a comma after web", "put a comma after web"),
    ("port one two", "port 12"),
    ("docker ps", "docker ps"),
    ("docker exec web echo one two", "docker exec web echo one two"),  # no symbol said: typed as is
]


@pytest.mark.parametrize("text, want", DICTATED_CLI, ids=[t for t, _ in DICTATED_CLI])
def test_dictated_docker_command(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", DICTATED_EN, ids=[t for t, _ in DICTATED_EN])
def test_dictated_sentence(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", NEIGHBOURS, ids=[t for t, _ in NEIGHBOURS])
def test_words_stay_words(text, want):
    assert normalize(text) == want
