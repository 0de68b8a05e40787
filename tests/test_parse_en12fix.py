"""The kinds of English that tests/data/wordings_en12.yaml still missed after session 10 (branch en12fix), each fixed
as a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (in no table), read
through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`: nothing
may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# run options said with their own word: the user (-u) and the directory (-w) of a command run in an image or a
# container (grammar/natural.lark `run_dir`, `run_user`; bot/language/parse_natural.py `_dir_and_user_said`, en13's, which took
# these rules in at the merge)
RUN_USER_WORKDIR = [
    ("run ls in alpine with workdir /tmp", ["docker run -w /tmp alpine ls"]),
    ("run id in busybox as user nobody", ["docker run -u nobody busybox id"]),
    ("run pwd in data with workdir /etc", ["docker exec -w /etc data pwd"]),
    ("run whoami in cache as user redis", ["docker exec -u redis cache whoami"]),
    ("run ls in busybox with the working directory /var", ["docker run -w /var busybox ls"]),
    ("run pwd in web with working dir /usr", ["docker exec -w /usr web pwd"]),
    ("run id in data as user 1000", ["docker exec -u 1000 data id"]),
    ("run ubuntu:focal in the background", ["docker run -d ubuntu:focal"]),  # "in the" is no start of a directory
    ("run whoami in my-volume with user root", ["docker exec -u root my-volume whoami"]),
    # a user said and no command to run as them, a directory that is no absolute path, or a negation: nothing runs
    ("run nginx as user nobody", ["docker run -d -u nobody nginx"]),  # the image's own command as that user (en13: run_user)
    ("run ls in alpine with workdir tmp", None),
    ("don't run id in busybox as user nobody", None),
]


@pytest.mark.parametrize("text, want", RUN_USER_WORKDIR, ids=[t for t, _ in RUN_USER_WORKDIR])
def test_run_user_workdir(text, want):
    check(text, want)


# things said by a relative clause: the one (a container) that runs or was built from an image (grammar/natural.lark
# `plural` "one", grammar/lexicon.txt `built_from`, bot/language/parse_natural.py `_run_by_said`); made and never
# started (`stopped`, lexicon `created_state`: the created ones, by name); used by nothing or no container (`NOBODY`)
RELATIVE = [
    ("logs from the one that runs mysql", ["docker logs db"]),
    ("restart the one running redis", ["docker restart cache"]),
    ("show the logs of the one that uses alpine", ["docker logs data"]),
    ("stop the one that runs nginx", None),  # two run nginx: asked by name, never both or a guess
    ("inspect the one built from mysql:5.7", ["docker inspect db"]),
    ("stop the containers built from nginx", ["docker stop web my-nginx"]),
    ("show me the logs of the container built from redis", ["docker logs cache"]),
    ("restart the container built from mysql:5.7", ["docker restart db"]),
    ("list containers built from redis", ["docker ps --filter ancestor=redis"]),  # the listing by image, as before
    ("remove the containers that never started", ["docker rm db"]),
    ("delete containers that have never been started", ["docker rm db"]),
    ("clean up the containers that never ran", ["docker rm db"]),
    ("never remove the containers that never started", None),
    ("never start web", None),
    ("never run web", None),
    ("delete the images nothing uses", ["docker image prune"]),
    ("remove networks that no container is using", ["docker network prune"]),
    ("prune volumes no containers use", ["docker volume prune"]),
    ("get rid of the volumes that nothing is using", ["docker volume prune"]),
    ("don't delete the images nothing uses", None),
]


@pytest.mark.parametrize("text, want", RELATIVE, ids=[t for t, _ in RELATIVE])
def test_relative(text, want):
    check(text, want)


# questions: what is going on with a container (a complaint's reads: its status and recent logs), too much of a
# use (stats), how a thing looks (its details), what we have got (the listing; "got" beside a verb reads nothing),
# a question announced ("quick q -") — grammar/natural.lark `complaint`, `much`, `v_inspect`, `had`, `_filler`
QUESTIONS = [
    ("what's going on with cache", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("what is happening with web", ["docker inspect web", "docker logs --tail 20 web"]),
    ("what's going on with my-nginx?", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("what's going on with web? restart it", ["docker restart web"]),
    ("is anything using too much memory?", ["docker stats --no-stream"]),
    ("is anything eating too much memory", ["docker stats --no-stream"]),
    ("is web using too much cpu?", ["docker stats --no-stream web"]),
    ("is cache using too much ram?", ["docker stats --no-stream cache"]),
    ("what does backend look like", ["docker network inspect backend"]),
    ("what does the web container look like?", ["docker inspect web"]),
    ("what does pgdata look like", ["docker volume inspect pgdata"]),
    ("what images have we got", ["docker images"]),
    ("what volumes have we got?", ["docker volume ls"]),
    ("which networks have we got", ["docker network ls"]),
    ("we got web restarted", None),  # told (or a slip): never a restart
    ("i got cache removed", None),
    ("quick q - what volumes do we have", ["docker volume ls"]),
    ("quick question: what images do we have", ["docker images"]),
    # "q" alone is no keyword (a container may be called q: tests/test_swarm_plan.py "redis로 q 서비스 …"): refused
    ("q: what's running", None),
]


@pytest.mark.parametrize("text, want", QUESTIONS, ids=[t for t, _ in QUESTIONS])
def test_questions(text, want):
    check(text, want)


# the state of every container asked: both states joined by and (bot/language/parse_natural.py `_up_and_down`,
# grammar/lexicon.txt `both_states`), every one "ever", a status said as a report or an update (grammar/natural.lark)
STATUS = [
    ("what's up and what's down", ["docker ps -a"]),
    ("which containers are up and which are down", ["docker ps -a"]),
    ("what's running and what's stopped", ["docker ps -a"]),
    ("bring web up and shut cache down", ["docker start web", "docker stop cache"]),  # a sequence, as before
    ("list every container ever", ["docker ps -a"]),
    ("show all containers ever made", ["docker ps -a"]),
    ("did web ever start", None),
    ("status report for all containers", ["docker ps -a"]),
    ("status update on web", ["docker inspect web"]),
    ("give me a status report on cache", ["docker inspect cache"]),
]


@pytest.mark.parametrize("text, want", STATUS, ids=[t for t, _ in STATUS])
def test_status(text, want):
    check(text, want)


# docker's verb top said first as a noun, a preposition after it: the processes of what follows, never a container
# named of/for/on (bot/language/parse.py `_cli_noun_said`, grammar/lexicon.txt `top_preps`, `top_noun`)
TOP_OF = [
    ("top of the container running alpine", ["docker top data"]),
    ("top for cache", ["docker top cache"]),
    ("top on web", ["docker top web"]),
    ("top of the one built from redis", ["docker top cache"]),
    ("top web", ["docker top web"]),  # typed as docker's, as before
]


@pytest.mark.parametrize("text, want", TOP_OF, ids=[t for t, _ in TOP_OF])
def test_top_of(text, want):
    check(text, want)


# which container is on a host port, asked with no verb: the containers published there (docker ps --filter publish=N;
# bot/language/parse_natural.py `_on_port_asked`, grammar/lexicon.txt `on_port_asked`)
ON_PORT = [
    ("what's listening on 8080", ["docker ps --filter publish=8080"]),
    ("which container is on port 8080", ["docker ps --filter publish=8080"]),
    ("what's on port 5432", ["docker ps --filter publish=5432"]),
    ("who's on 8080", None),  # who: refused, as tests/data/wordings_break.yaml reads it
    ("what's on port 8080", ["docker ps --filter publish=8080"]),
    ("what's on 8080", None),  # a port, or a terse request's words? (tests/test_parse_w2en.py)
    ("what's listening on 8080? kill it", None),  # which one? never a kill guessed
]


@pytest.mark.parametrize("text, want", ON_PORT, ids=[t for t, _ in ON_PORT])
def test_on_port(text, want):
    check(text, want)


# how, said before the name it asks of (an embedded question): its details, only with the look of how it is doing
# (grammar/natural.lark `how_said`, bot/language/parse_natural.py `build`)
HOW_SAID = [
    ("lmk how cache is doing", ["docker inspect cache"]),
    ("lmk how data is doing pls", ["docker inspect data"]),
    ("lmk how my-nginx is doing", ["docker inspect my-nginx"]),
    ("how restart web", None),  # how, with a write: never the write
    ("how is web doing", ["docker inspect web"]),  # as before
]


@pytest.mark.parametrize("text, want", HOW_SAID, ids=[t for t, _ in HOW_SAID])
def test_how_said(text, want):
    check(text, want)


# skip, said of a verb, calls it off (grammar/natural.lark `neg`, as "cancel the restart"): the request after it
# is read alone; a skip alone, or of a name, is never the write
SKIP = [
    ("skip the restart, just give me web's logs", ["docker logs web"]),
    ("skip the removal, just stop cache", ["docker stop cache"]),
    ("skip the logs, just restart web", ["docker restart web"]),
    ("skip restarting web", None),
    ("skip the restart of web", None),
    ("restart web, skip cache", None),
    ("restart web cache but skip cache", None),
    ("stop all containers, skip data", None),
]


@pytest.mark.parametrize("text, want", SKIP, ids=[t for t, _ in SKIP])
def test_skip(text, want):
    check(text, want)


# WRONG-ACTION RISK: a container made to run a command, said with have ("have data echo hello" = docker exec): only one
# name, then two words of a command at least, typed as they are (bot/language/parse_natural.py `_have_do`,
# grammar/lexicon.txt `have_do`); a name that is no container is never a run of an image (tests/test_e2e_en12fix.py)
HAVE_DO = [
    ("have data echo hello", ["docker exec data echo hello"]),
    ("have cache redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("can you have web cat /etc/hostname", ["docker exec web cat /etc/hostname"]),
    ("have db ready", None),  # one word: a command or a wish? nothing runs
    ("have data echo the hello", None),  # a word left out of the command: never dropped
    ("have nginx echo hi", None),  # an image: never a new container
    ("don't have data echo hello", None),
    ("we have web echo hi", None),
    ("have web restart", ["docker restart web"]),  # a verb of gorae's: the verb, as before
]


@pytest.mark.parametrize("text, want", HAVE_DO, ids=[t for t, _ in HAVE_DO])
def test_have_do(text, want):
    check(text, want)


# the request said as what is needed after its verb said as a noun (grammar/natural.lark `is_needed`); past, negated,
# asked or scheduled it runs nothing
IS_NEEDED = [
    ("killing cache is needed now", ["docker kill cache"]),
    ("restarting web is needed asap", ["docker restart web"]),
    ("a restart of data is needed", ["docker restart data"]),
    ("killing cache was needed", None),
    ("killing cache is not needed", None),
    ("is killing cache needed", None),
    ("killing cache is needed tomorrow", None),
    ("if killing cache is needed, do it", None),
]


@pytest.mark.parametrize("text, want", IS_NEEDED, ids=[t for t, _ in IS_NEEDED])
def test_is_needed(text, want):
    check(text, want)
