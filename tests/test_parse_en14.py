"""The kinds of English breadth that tests/data/wordings_en13.yaml still missed after session 11 (branch en14), each fixed
as a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not in any table),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`:
nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# Chat courtesy and idioms around a request (grammar/lexicon.txt chat_spelling, grammar/natural.lark `_filler`, `all`):
# "n" for "and" between two courtesies (a colon after them ends them), "sorry to bug u", every thing there is, a new
# container said to have no name, a light verb before a verbal noun ("fire off", "trigger"), put to sleep = a pause.
CHAT_IDIOMS = [
    ("pls n thx: restart data", ["docker restart data"]),
    ("please n thanks, stop web", ["docker stop web"]),
    ("pls n thx, pull redis", ["docker pull redis"]),
    ("sry to bug u, can u pull redis", ["docker pull redis"]),
    ("sorry to bug u, restart cache", ["docker restart cache"]),
    ("restart all the things", ["docker restart $(docker ps -q)"]),
    ("stop all the stuff", ["docker stop $(docker ps -q)"]),
    ("pause all things", ["docker pause $(docker ps -q)"]),
    ("restart all the things but cache", ["docker restart web my-nginx my-volume data"]),
    ("run nginx w/o a name on 8089", ["docker run -d -p 8089:80 nginx"]),
    ("run redis without a name", ["docker run -d redis"]),
    ("stop web with no timeout", None),  # "with no" alone stays a prohibition's, never a name's
    ("run nginx with no name on 8090", ["docker run -d -p 8090:80 nginx"]),
    ("fire off a restart on web", ["docker restart web"]),
    ("trigger a restart of cache", ["docker restart cache"]),
    ("fire off a stop on cache", ["docker stop cache"]),
    ("trigger web", None),  # a light verb alone names no verb
    # put to sleep is a pause — never a connect to a network called sleep (it planned NetworkConnect)
    ("put cache to sleep for a bit", ["docker pause cache"]),
    ("put web to sleep", ["docker pause web"]),
    ("put the data container to sleep for a while", ["docker pause data"]),
    ("run alpine sleep 300", ["docker run alpine sleep 300"]),  # sleep alone stays a program
]


@pytest.mark.parametrize("text, want", CHAT_IDIOMS, ids=[t for t, _ in CHAT_IDIOMS])
def test_chat_idioms(text, want):
    check(text, want)


# Two whole requests joined by a comma alone, each its verb and its own names ("stop web, rm web"): two steps in the
# order said (bot/language/parse_natural.py `_comma_steps`); "it", a bare verb or a third step stay asked.
COMMA_STEPS = [
    ("stop web, rm web", ["docker stop web", "docker rm web"]),
    ("stop cache, restart web", ["docker stop cache", "docker restart web"]),
    ("pause data, remove my-volume", ["docker pause data", "docker rm my-volume"]),
    ("stop web cache, rm web cache", ["docker stop web cache", "docker rm web cache"]),
    ("stop web, remove it", None),
    ("stop web, rm", None),
    ("restart web, no, cache", ["docker restart cache"]),  # a correction stays one
]


@pytest.mark.parametrize("text, want", COMMA_STEPS, ids=[t for t, _ in COMMA_STEPS])
def test_comma_steps(text, want):
    check(text, want)


# A number taken back by a correction ("no," "i mean", "sorry,") and said again: the number said last replaced by the
# one after it, never both (bot/language/parse_natural.py `_corrected_en`).
NUMBER_CORRECTED = [
    ("run nginx on 8081, no, 8082", ["docker run -d -p 8082:80 nginx"]),
    ("run nginx on port 8081, no, 8082", ["docker run -d -p 8082:80 nginx"]),
    ("run nginx on port 8081, no, port 8082", ["docker run -d -p 8082:80 nginx"]),
    ("run redis on 6390, sorry, 6391", ["docker run -d -p 6391:6379 redis"]),
    ("run nginx on 8081, no, 8082 and 8083", None),
]


@pytest.mark.parametrize("text, want", NUMBER_CORRECTED, ids=[t for t, _ in NUMBER_CORRECTED])
def test_number_corrected(text, want):
    check(text, want)


# One thing of a kind asked for by its name ("is there a container called data"): its details, a read; the plan says
# when there is none (bot/language/parse_natural.py `listing`).
NAMED_ASKED = [
    ("is there a container called data", ["docker inspect data"]),
    ("is there a container called data?", ["docker inspect data"]),
    ("do we have a volume named pgdata", ["docker volume inspect pgdata"]),
    ("is there a volume called pgdata", ["docker volume inspect pgdata"]),
    ("is there a container named zork", None),  # none there: said so, nothing runs
]


@pytest.mark.parametrize("text, want", NAMED_ASKED, ids=[t for t, _ in NAMED_ASKED])
def test_named_asked(text, want):
    check(text, want)


# A run option said with "start IMAGE" (a memory limit, an environment, a restart policy): given to a container when it
# is made — a new one of the image, as a name is; a container's name there is refused by the plan (it is no image).
START_WITH_OPTION = [
    ("start nginx capped at 1g ram", ["docker run -d -m 1g nginx"]),
    ("start redis with memory limit 256m", ["docker run -d -m 256m redis"]),
    ("start redis with env A=b", ["docker run -d -e A=b redis"]),
    ("start redis with restart always", ["docker run -d --restart always redis"]),
    ("start web capped at 1g ram", None),
    ("start db with env A=b", None),
    ("start db", ["docker start db"]),
]


@pytest.mark.parametrize("text, want", START_WITH_OPTION, ids=[t for t, _ in START_WITH_OPTION])
def test_start_with_option(text, want):
    check(text, want)


# A variable set first, the run said after it ("set env K=V and run nginx", grammar/natural.lark `env`); set before
# any other verb it is no option of anything: refused.
SET_THEN_RUN = [
    ("set env LOG_LEVEL=debug and run nginx", ["docker run -d -e LOG_LEVEL=debug nginx"]),
    ("set TZ=UTC and start redis", ["docker run -d -e TZ=UTC redis"]),
    ("set the env var MODE=prod, then run nginx", ["docker run -d -e MODE=prod nginx"]),
    ("set env A=b and restart web", None),
    ("set env A=b", None),
]


@pytest.mark.parametrize("text, want", SET_THEN_RUN, ids=[t for t, _ in SET_THEN_RUN])
def test_set_then_run(text, want):
    check(text, want)


# The host's port said first, then a publish verb and "to" the container's ("with port 8444 mapped to 80"): -p
# HOST:CONTAINER (bot/language/parse_natural.py `_published_to`); another port said beside them is asked.
MAPPED_TO = [
    ("run nginx with port 8444 mapped to 80", ["docker run -d -p 8444:80 nginx"]),
    ("run nginx with 8444 mapped to 80", ["docker run -d -p 8444:80 nginx"]),
    ("run httpd with port 9001 mapped to 80", ["docker run -d -p 9001:80 httpd"]),
    ("run redis with port 8444 and 8445 mapped to 80", None),
]


@pytest.mark.parametrize("text, want", MAPPED_TO, ids=[t for t, _ in MAPPED_TO])
def test_mapped_to(text, want):
    check(text, want)


# An English third-person verb said first is a terse note's request ("restarts web", "kills cache"); said after anything
# it tells what something does, never asked (grammar/lexicon.txt third_person, parse_natural.py `_third_person_told`).
THIRD_PERSON = [
    ("restarts web", ["docker restart web"]),
    ("kills cache", ["docker kill cache"]),
    ("restarts cache pls", ["docker restart cache"]),
    ("kills web now", ["docker kill web"]),
    ("web restarts every night", None),
    ("it kills cache", None),
    ("cache kills itself", None),
    ("run nginx so that it restarts on failure", ["docker run -d --restart on-failure nginx"]),
    ("wipe all the stopped containers", ["docker container prune"]),  # "all the" is no "all the things"
]


@pytest.mark.parametrize("text, want", THIRD_PERSON, ids=[t for t, _ in THIRD_PERSON])
def test_third_person(text, want):
    check(text, want)


# "push X up": pushed up is pushed (grammar/lexicon.txt pushed_up); up said of anything else keeps its reading.
PUSHED_UP = [
    ("push hello-world up to the hub", ["docker push fastcampus/hello-world"]),
    ("push fastcampus/hello-world up", ["docker push fastcampus/hello-world"]),
    ("push fastcampus/hello-world up please", ["docker push fastcampus/hello-world"]),
    ("pull redis up", None),
    ("is web up", ["docker inspect web"]),
]


@pytest.mark.parametrize("text, want", PUSHED_UP, ids=[t for t, _ in PUSHED_UP])
def test_pushed_up(text, want):
    check(text, want)


# An exec said with "as USER" (a user word: grammar/lexicon.txt user_words): the user the command runs as (-u), in the
# container gone into or named with in (parse_natural.py `_exec_as`, `_as_user`); any other word after as is no user.
EXEC_AS = [
    ("exec into web as root and run id", ["docker exec -u root web id"]),
    ("exec id in web as root", ["docker exec -u root web id"]),
    ("exec into cache as nobody and run whoami", ["docker exec -u nobody cache whoami"]),
    ("exec into web as bob and run id", None),
    ("exec into web as root", None),  # no command: asked
]


@pytest.mark.parametrize("text, want", EXEC_AS, ids=[t for t, _ in EXEC_AS])
def test_exec_as(text, want):
    check(text, want)


# A non-native request said with -ing after the name, a courtesy said last and nothing else ("db container starting
# please"): the request (grammar/lexicon.txt progressive_please); without it, or after is/are, it stays told.
ING_PLEASE = [
    ("db container starting please", ["docker start db"]),
    ("web restarting pls", ["docker restart web"]),
    ("cache stopping please", ["docker stop cache"]),
    ("web restarting", None),
    ("web is restarting please", None),
    ("web is restarting, please wait", None),
]


@pytest.mark.parametrize("text, want", ING_PLEASE, ids=[t for t, _ in ING_PLEASE])
def test_ing_please(text, want):
    check(text, want)
