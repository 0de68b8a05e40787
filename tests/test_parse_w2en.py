"""The English kinds missed by tests/data/wordings_en12.yaml and the English rows of tests/data/wordings_fresh12.yaml
(branch w2en), each fixed as a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same
kind (in no table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain`
reads them. `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# Terse chat with no verb: a switch's particle said after containers (grammar/lexicon.txt `particle_off`,
# `particle_on`, `terse_run_on`; bot/language/parse_natural.py `_terse_verb`)
TERSE = [
    ("web off", ["docker stop web"]),  # fresh12
    ("db on", ["docker start db"]),  # fresh12
    ("cache off then on", ["docker restart cache"]),  # fresh12
    ("nginx on 8080", ["docker run -d -p 8080:80 nginx"]),  # fresh12
    ("redis on 6390 pls", ["docker run -d -p 6390:6379 redis"]),  # fresh12
    ("my-nginx off pls", ["docker stop my-nginx"]),
    ("web cache off", ["docker stop web cache"]),
    ("data off and on", ["docker restart data"]),
    ("httpd on 8097 please", ["docker run -d -p 8097:80 httpd"]),
    # a container is never run as an image, an image never stopped as a container, nothing else said is guessed
    ("web on 8080", None),
    ("nginx off", None),
    ("backend off", None),
    ("web on backend", None),
    ("web off backend", None),
    ("is web off", None),
    ("don't web off", None),
    ("what's on 8080", None),
    # told, asked or joked with any other word: never terse (tests/data/wordings_break*.yaml)
    ("was redis on 6380?", None),
    ("redis was on 6380", None),
    ("have you tried turning web off and on again? lol", None),
    ("web was off", None),
    # the noun first, then one container: its processes
    ("procs web", ["docker top web"]),  # fresh12
    ("processes cache", ["docker top cache"]),
    ("procs nginx", None),
]


@pytest.mark.parametrize("text, want", TERSE, ids=[t for t, _ in TERSE])
def test_terse(text, want):
    check(text, want)


# A write asked for done by its participle: "get X <participle>" (grammar/lexicon.txt `get_it_done`; parse_natural.py
# `_get_it_done`: it was read as a show and a write), a paused state wanted (`state_done`), "unpaused" (natural.lark
# v_unpause), asap as a word that asks it done (`get_done`)
GET_DONE = [
    ("get db started", ["docker start db"]),  # en12
    ("web paused please", ["docker pause web"]),  # en12
    ("cache unpaused asap", ["docker unpause cache"]),  # en12
    ("let's get web restarted", ["docker restart web"]),  # en12
    ("get my-nginx restarted please", ["docker restart my-nginx"]),
    ("i want data paused", ["docker pause data"]),
    ("i need my-nginx unpaused", ["docker unpause my-nginx"]),
    ("get me cache restarted", ["docker restart cache"]),
    ("get web logs", ["docker logs web"]),  # get alone is still the read
    # told, asked or negated: nothing runs
    ("cache unpaused", None),
    ("web paused", None),
    ("is web paused", ["docker inspect web"]),  # (k15en) asked: its details, never a pause (fresh14: "is cache paused?")
    ("don't get db started", None),
    ("i want to know if web is paused", None),
]


@pytest.mark.parametrize("text, want", GET_DONE, ids=[t for t, _ in GET_DONE])
def test_get_done(text, want):
    check(text, want)


# "on X" said of a read of every container, X no engine (bot/engine/choose.py `read_of_a_thing`, bot/pipeline.py
# `_read`): a network of the engine is its containers, a container the use of its machine; any other name is still
# refused as an unknown engine (tests/test_engines*.py), and a write on X is never moved to X
ON_A_THING = [
    ("which containers are on backend?", ["docker network inspect backend"]),  # en12
    ("how's the cpu on web", ["docker stats --no-stream web"]),  # en12
    ("containers on backend", ["docker network inspect backend"]),
    ("what containers are attached on backend", ["docker network inspect backend"]),
    ("memory usage on cache", ["docker stats --no-stream cache"]),
    ("which containers are on prod-9", None),
    ("how's the cpu on nginx", None),
    ("restart web on backend", None),
]


@pytest.mark.parametrize("text, want", ON_A_THING, ids=[t for t, _ in ON_A_THING])
def test_on_a_thing(text, want):
    check(text, want)


# Who uses a name, asked with no verb (grammar/lexicon.txt `who_uses`, `uses_said`; parse_natural.py `_who_uses`):
# the containers of that image or volume (the plan picks the filter by what the engine has)
WHO_USES = [
    ("who's using pgdata", ["docker ps --filter volume=pgdata"]),  # en12
    ("are any containers using redis", ["docker ps --filter ancestor=redis"]),  # en12
    ("what's using pgdata", ["docker ps --filter volume=pgdata"]),
    ("anything using nginx?", ["docker ps --filter ancestor=nginx"]),
    ("who uses redis", ["docker ps --filter ancestor=redis"]),
    ("who is using db", ["docker ps --filter volume=db"]),
    ("who uses redis and restart it", None),
    ("is web using pgdata", ["docker inspect web"]),  # (lead22) a value of one container asked: its details (its mounts)
]


@pytest.mark.parametrize("text, want", WHO_USES, ids=[t for t, _ in WHO_USES])
def test_who_uses(text, want):
    check(text, want)


# Containers said by the image they run (grammar/lexicon.txt `run_by_noun`, `runs_said`; parse_natural.py
# `_run_by_said`; bot/engine/plan.py `_run_by`): the plan names that image's containers; said as one container, only
# when exactly one runs it (nginx: web and my-nginx — asked back by name), none: refused. Never the image as a name.
RUN_BY = [
    ("restart the container that runs redis", ["docker restart cache"]),  # en12
    ("stop the containers running nginx", ["docker stop web my-nginx"]),  # en12
    ("kill the container that's running redis", ["docker kill cache"]),  # en12
    ("show logs of the container running redis", ["docker logs cache"]),  # en12
    ("pause every container that runs nginx", ["docker pause web my-nginx"]),  # en12
    ("restart whatever's running redis", ["docker restart cache"]),  # en12
    ("stats for the containers that use nginx", ["docker stats --no-stream web my-nginx"]),  # en12
    ("the container that runs mysql, start it", ["docker start db"]),  # en12
    ("unpause the container using alpine", ["docker unpause data"]),
    ("inspect the container that runs mysql", ["docker inspect db"]),
    ("inspect the container that runs ubuntu:focal", ["docker inspect my-volume"]),  # an image with its tag
    ("restart the container that runs mysql:5.7", ["docker restart db"]),
    ("stop the containers running nginx:latest", ["docker stop web my-nginx"]),
    ("bounce the containers that run redis", ["docker restart cache"]),
    ("give me the logs of the container running alpine", ["docker logs data"]),
    # several run it, said as one: asked by name; none runs it: refused; negated: nothing
    ("restart the container that runs nginx", None),
    ("remove the container running nginx", None),
    ("remove the container running busybox", None),
    ("don't restart the container that runs redis", None),
    ("run the container running nginx", None),
    # a name left out after the state is no image run: every running container but it, as before (wordings_break)
    ("stop whatever is running except web", ["docker stop my-nginx cache my-volume data"]),
    ("restart whatever is running except cache and web", ["docker restart my-nginx my-volume data"]),
    ("stop whatever's running but web", ["docker stop my-nginx cache my-volume data"]),
    # asked which: the listing, as before (tests/data/wordings_fresh9.yaml)
    ("which containers use redis", ["docker ps --filter ancestor=redis"]),
    ("what containers are running nginx", ["docker ps --filter ancestor=nginx"]),
]


@pytest.mark.parametrize("text, want", RUN_BY, ids=[t for t, _ in RUN_BY])
def test_run_by(text, want):
    check(text, want)


# A bare "no," taking a request back (grammar/natural.lark `correction`; parse_natural.py `_corrected_en`): the
# request said after it; said first, with nothing before it, it answers something not said here — nothing runs
BARE_NO = [
    ("pull nginx, no, httpd", ["docker pull httpd"]),  # fresh12
    ("show web logs, no, cache logs", ["docker logs cache"]),  # fresh12
    ("remove cache... no, stop it only", ["docker stop cache"]),  # fresh12
    ("restart web, no, cache", ["docker restart cache"]),
    ("kill web, no, stop it", ["docker stop web"]),
    ("give me web logs, no, the cache logs", ["docker logs cache"]),
    ("no, restart web", None),
    ("restart web, no, don't", None),
    ("restart web, no", None),
    ("stop web, no, wait", None),
]


@pytest.mark.parametrize("text, want", BARE_NO, ids=[t for t, _ in BARE_NO])
def test_bare_no(text, want):
    check(text, want)


# "db up": asked whether it is up as much as asked for it started (grammar/lexicon.txt `terse_up`; parse_natural.py
# `_terse_up`): the start proposed (yes/no, bound to the asker), never run on two words
TERSE_UP = [
    ("db up", ["docker start db"]),  # fresh12 (its row wants the start: proposed here, not run)
    ("web cache up pls", ["docker start web cache"]),
    ("my-nginx up", ["docker start my-nginx"]),
]


@pytest.mark.parametrize("text, proposed", TERSE_UP, ids=[t for t, _ in TERSE_UP])
def test_terse_up_is_proposed(text, proposed):
    ans = answer(text)
    assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
    assert list(ans.proposal) == proposed, ans


def test_up_asked_is_read():
    check("is db up", ["docker inspect db"])
