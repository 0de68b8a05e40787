"""The kinds of English breadth missed or misread by tests/data/wordings_en12.yaml (branch en12), each fixed as a kind
in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not in any table), read
through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`:
nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# WRONG WRITE: the place an image is pulled from, said after from/off (grammar/lexicon.txt `hub_said`,
# bot/language/parse_natural.py `_pulled_from`). 'fetch httpd from docker hub' pulled httpd, docker and hub.
PULLED_FROM = [
    ("fetch httpd from docker hub", ["docker pull httpd"]),
    ("grab redis off docker hub", ["docker pull redis"]),
    ("pull alpine from dockerhub", ["docker pull alpine"]),
    ("download busybox from the hub", ["docker pull busybox"]),
    ("pull httpd from docker.io please", ["docker pull httpd"]),
    # any other place: asked, never pulled as one more image (it pulled `fastcampus`, `web`)
    ("pull hello-world from fastcampus", None),
    ("pull nginx from web", None),
    ("pull busybox and alpine", ["docker pull busybox", "docker pull alpine"]),  # two images said: both, as before
]


@pytest.mark.parametrize("text, want", PULLED_FROM, ids=[t for t, _ in PULLED_FROM])
def test_pulled_from(text, want):
    check(text, want)


# WRONG WRITE: "kick off" is begun — a start, never "kick" (a restart): grammar/natural.lark v_start
KICK_OFF = [
    ("kick off db", ["docker start db"]),
    ("kick off the db container", ["docker start db"]),
    ("can you kick off db", ["docker start db"]),
    ("kick web", ["docker restart web"]),  # kicked, not off: the restart of ops slang, as before
    ("kick cache over", ["docker restart cache"]),
    ("don't kick off db", None),
]


@pytest.mark.parametrize("text, want", KICK_OFF, ids=[t for t, _ in KICK_OFF])
def test_kick_off(text, want):
    check(text, want)


# WRONG PLAN: "its"/"it" in a later step of a sequence whose read alone takes every container (stats): the names
# before it (bot/language/parse_natural.py `_says_it`, grammar/lexicon.txt `its_said`)
ITS_STATS = [
    ("pause my-nginx, then show me its stats", ["docker pause my-nginx", "docker stats --no-stream my-nginx"]),
    ("stop data, then give me stats for it", ["docker stop data", "docker stats --no-stream data"]),
    ("restart cache and then show me its cpu usage", ["docker restart cache", "docker stats --no-stream cache"]),
    ("restart web and then show its stats", ["docker restart web", "docker stats --no-stream web"]),
]


@pytest.mark.parametrize("text, want", ITS_STATS, ids=[t for t, _ in ITS_STATS])
def test_its_stats(text, want):
    check(text, want)


# chat spellings and the contractions of would/will/have (grammar/lexicon.txt `chat_spelling`,
# bot/language/normalize.py `_chat_spelt`): "i'd" was an unterminated quote
CHAT_SPELLING = [
    ("r u able to pull redis", ["docker pull redis"]),
    ("r u able to restart cache", ["docker restart cache"]),
    ("are you able to stop data", ["docker stop data"]),
    ("can ya show me web logs", ["docker logs web"]),
    ("can ya stop data", ["docker stop data"]),
    ("wanna see web's processes", ["docker top web"]),
    ("wanna see the images", ["docker images"]),
    ("i'd like the logs of cache", ["docker logs cache"]),
    ("i'd like to see web's logs", ["docker logs web"]),
    ("we'd like cache restarted", ["docker restart cache"]),
    ("i'd like web removed", ["docker rm web"]),
    ("i'd rather you didn't restart web", None),
    ("r u sure we should remove db", None),
]


@pytest.mark.parametrize("text, want", CHAT_SPELLING, ids=[t for t, _ in CHAT_SPELLING])
def test_chat_spelling(text, want):
    check(text, want)


# chat courtesy around a request changes nothing (grammar/natural.lark `_filler`); a negation still bans
COURTESY = [
    ("if you could pause cache that'd be great", ["docker pause cache"]),
    ("if u could stop data that'd be nice", ["docker stop data"]),
    ("do me a favor and restart my-nginx", ["docker restart my-nginx"]),
    ("do me a favour and pause web", ["docker pause web"]),
    ("pretty please restart data", ["docker restart data"]),
    ("pretty please pull alpine", ["docker pull alpine"]),
    ("alright, let's stop my-nginx", ["docker stop my-nginx"]),
    ("alright restart cache", ["docker restart cache"]),
    ("feel free to prune the stopped containers", ["docker container prune"]),
    ("feel free to restart cache", ["docker restart cache"]),
    ("time to restart cache", ["docker restart cache"]),
    ("time to pause cache", ["docker pause cache"]),
    ("go restart web", ["docker restart web"]),
    ("go kill cache", ["docker kill cache"]),
    ("lmk what's running", ["docker ps"]),
    ("lmk what images we have", ["docker images"]),
    ("pretty please don't restart web", None),
    ("don't go restart web", None),
    ("feel free to not remove db", None),
]


@pytest.mark.parametrize("text, want", COURTESY, ids=[t for t, _ in COURTESY])
def test_courtesy(text, want):
    check(text, want)


# a verb said with -ing after "mind", or as a participle asked for done: listed (grammar/natural.lark v_pull, v_show,
# v_list)
MIND_ING = [
    ("mind pulling httpd for me?", ["docker pull httpd"]),
    ("would you mind downloading redis", ["docker pull redis"]),
    ("mind fetching alpine", ["docker pull alpine"]),
    ("mind showing web logs?", ["docker logs web"]),
    ("need the networks listed asap", ["docker network ls"]),
    ("containers listed, please", ["docker ps"]),
    ("i want the volumes listed", ["docker volume ls"]),
]


@pytest.mark.parametrize("text, want", MIND_ING, ids=[t for t, _ in MIND_ING])
def test_mind_ing(text, want):
    check(text, want)


# run options said in words (grammar/natural.lark `env`, k_env, `memory`, `restart_policy`, `rm_after`;
# bot/language/parse_natural.py `_env_pairs`)
RUN_OPTIONS = [
    ("run redis with the environment variable MODE=dev", ["docker run -d -e MODE=dev redis"]),
    ("run nginx with env var A=1", ["docker run -d -e A=1 nginx"]),
    ("start a new nginx container with TZ set to UTC", ["docker run -d -e TZ=UTC nginx"]),
    ("run nginx with the env var MODE set to prod", ["docker run -d -e MODE=prod nginx"]),
    ("run redis with LEVEL set to 3", ["docker run -d -e LEVEL=3 redis"]),
    ("run nginx so that it restarts on failure", ["docker run -d --restart on-failure nginx"]),
    ("run redis that restarts on failure", ["docker run -d --restart on-failure redis"]),
    ("run redis with a 256m memory limit", ["docker run -d -m 256m redis"]),
    ("run nginx capped at 1g of memory", ["docker run -d -m 1g nginx"]),
    ("run httpd limited to 512m of ram", ["docker run -d -m 512m httpd"]),
    ("run redis with memory capped at 128m", ["docker run -d -m 128m redis"]),
    ("run alpine that echoes hi and clean it up afterwards", ["docker run --rm alpine echo hi"]),
    ("run busybox echo ok and clean it up after", ["docker run --rm busybox echo ok"]),
    ("don't run nginx with TZ set to UTC", None),
    ("run nginx capped at lots of memory", None),  # no size: asked, never a guessed limit
    ("cache memory usage", ["docker stats --no-stream cache"]),  # a name before memory is whose use: as before
]


@pytest.mark.parametrize("text, want", RUN_OPTIONS, ids=[t for t, _ in RUN_OPTIONS])
def test_run_options(text, want):
    check(text, want)


# ops phrasal verbs (grammar/natural.lark v_shut fire — up only, lexicon `up_only` —, v_unpause thaw out,
# v_disconnect unhook, v_run stand up / roll out, v_create whip up / throw together)
PHRASAL = [
    ("fire db up please", ["docker start db"]),
    ("fire the db container up", ["docker start db"]),
    ("fire web down", None),  # no English: asked, never a stop
    ("thaw out cache", ["docker unpause cache"]),
    ("thaw out the web container", ["docker unpause web"]),
    ("unhook my-nginx from backend", ["docker network disconnect backend my-nginx"]),
    ("unhook data from the backend network", ["docker network disconnect backend data"]),
    ("stand up postgres:16 on 5433", ["docker run -d -p 5433:5432 postgres:16"]),
    ("stand up a redis called r16", ["docker run -d --name r16 redis"]),
    ("roll out a fresh nginx named edge9", ["docker run -d --name edge9 nginx"]),
    ("whip up a volume called tmpvol", ["docker volume create tmpvol"]),
    ("whip up a network blue2", ["docker network create blue2"]),
    ("throw together a bridge network named lab", ["docker network create -d bridge lab"]),
    ("don't thaw out cache", None),
]


@pytest.mark.parametrize("text, want", PHRASAL, ids=[t for t, _ in PHRASAL])
def test_phrasal(text, want):
    check(text, want)


# the verb said as a noun (grammar/natural.lark v_rm removal/deletion, v_inspect inspection)
NOMINAL = [
    ("removal of data please", ["docker rm data"]),
    ("deletion of the pgdata volume", ["docker volume rm pgdata"]),
    ("removal of the busybox image", ["docker rmi busybox"]),
    ("inspection of the backend network", ["docker network inspect backend"]),
    ("an inspection of web please", ["docker inspect web"]),
    ("no removal of data", None),
]


@pytest.mark.parametrize("text, want", NOMINAL, ids=[t for t, _ in NOMINAL])
def test_nominal(text, want):
    check(text, want)


# WRONG WRITE: the perfect — have/has/had right before the participle, a subject or an adverb between them — tells or
# asks what was done, never "have X done" (bot/language/parse_natural.py `_told_done`, grammar/lexicon.txt
# `perfect_aux`, `perfect_between`). Found while checking the contractions: "have you restarted web?" planned
# `docker restart web`, "we have removed db" `docker rm db` (main at 0ade440)
PERFECT = [
    ("have you restarted web?", None),
    ("i have restarted web", None),
    ("we have just removed db", None),
    ("we have already started db", None),
    ("has anyone deleted the pgdata volume?", None),
    ("have cache restarted please", ["docker restart cache"]),  # have X done: asked for it done, as before
    ("have web removed", ["docker rm web"]),
    ("i need web restarted", ["docker restart web"]),
    # the contractions of have/will/bare would are not expanded: they stay unread, never a request
    ("i've restarted web", None),
    ("we've removed db", None),
    ("i'll restart web", None),
    ("i'd have restarted web", None),
]


@pytest.mark.parametrize("text, want", PERFECT, ids=[t for t, _ in PERFECT])
def test_perfect(text, want):
    check(text, want)


# every container's state asked with a quantity and no name (bot/language/parse_natural.py `inspect`)
EVERYTHING_STATUS = [
    ("status of everything", ["docker ps -a"]),
    ("everything's status", ["docker ps -a"]),
    ("details of everything", ["docker ps -a"]),
    ("restart everything", ["docker restart $(docker ps -q)"]),  # a write of all: as before
]


@pytest.mark.parametrize("text, want", EVERYTHING_STATUS, ids=[t for t, _ in EVERYTHING_STATUS])
def test_everything_status(text, want):
    check(text, want)


# trouble asked of no container ("anything crashing?"): every container with its state, a read
# (bot/language/parse_natural.py `main_verb`, grammar/lexicon.txt `anything_said`)
ANYTHING_WRONG = [
    ("anything crashing?", ["docker ps -a"]),
    ("anything down right now?", ["docker ps -a"]),
    ("is anything broken?", ["docker ps -a"]),
    ("anything stuck?", ["docker ps -a"]),
    ("anything running?", ["docker ps"]),  # a live state asked: the running ones, as before
    ("restart anything that crashed", None),  # no write guessed from trouble
]


@pytest.mark.parametrize("text, want", ANYTHING_WRONG, ids=[t for t, _ in ANYTHING_WRONG])
def test_anything_wrong(text, want):
    check(text, want)


# a verb not read said with its container is never left out of a proposal (grammar/lexicon.txt never_unread_en knock)
KNOCK = [
    ("knock cache over and bring it back", None),  # it proposed `docker start cache`
    ("knock web over", None),
]


@pytest.mark.parametrize("text, want", KNOCK, ids=[t for t, _ in KNOCK])
def test_knock_never_left_out(text, want):
    check(text, want)
