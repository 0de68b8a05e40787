"""The kinds of English breadth missed or misread by tests/data/wordings_en13.yaml (branch en13), each fixed as a kind
in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not in any table), read
through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`:
nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# WRONG WRITE: a word said before "and VERB" when the verb has names of its own after it is no name of the verb
# (bot/language/parse_natural.py `_names_before_and_verb`); 'be a dear and pull alpine' pulled `dear` and alpine.
# The British courtesy itself is read as please (grammar/lexicon.txt chat_spelling).
AND_VERB = [
    ("be a dear and pull alpine", ["docker pull alpine"]),
    ("be a love and restart web", ["docker restart web"]),
    ("be a star and stop cache for me", ["docker stop cache"]),
    ("web and restart cache", None),  # web restarted too, before
    ("honey and pull busybox", None),
    ("bob and remove data", None),
    ("web and cache restart", ["docker restart web cache"]),  # names then the verb: a list, as before
    ("restart web and cache", ["docker restart web cache"]),
    # a place or a name kept before "and": that clause's own, as before
    ("get into cache and run redis-cli info", ["docker exec cache redis-cli info"]),
    ("leave data alone and stop cache", ["docker stop cache"]),
]


@pytest.mark.parametrize("text, want", AND_VERB, ids=[t for t, _ in AND_VERB])
def test_names_before_and_verb(text, want):
    check(text, want)


# WRONG WRITE: a version said as a word after the image pulled is its tag (bot/language/parse_natural.py
# `_versions_said`); 'fetch ubuntu 22.04' pulled `ubuntu` and an image named `22.04`.
VERSION_SAID = [
    ("fetch ubuntu 22.04", ["docker pull ubuntu:22.04"]),
    ("pull redis 7", ["docker pull redis:7"]),
    ("grab nginx 1.25 pls", ["docker pull nginx:1.25"]),
    ("download postgres 15.4", ["docker pull postgres:15.4"]),
    ("pull redis 7 and alpine", ["docker pull redis:7", "docker pull alpine"]),
    ("pull busybox and alpine", ["docker pull busybox", "docker pull alpine"]),  # two images: both, as before
]


@pytest.mark.parametrize("text, want", VERSION_SAID, ids=[t for t, _ in VERSION_SAID])
def test_version_said_after_the_image(text, want):
    check(text, want)


# WRONG WRITE: a verb said with -ing first in a command said in words is how it is said, never a program
# (bot/language/parse_natural.py `_no_gerund_program`); 'run alpine sleeping 300 in the background' ran `sleeping`.
GERUND = [
    # (en15) the -ing of a known program right after the image is that program, as the table wordings_en13 expects
    # (bot/language/parse_natural.py `_gerund_program`); any other -ing word stays refused
    ("run alpine sleeping 300 in the background", ["docker run -d alpine sleep 300"]),
    ("run busybox printing hello", ["docker run busybox echo hello"]),  # printing is said of echo (as before)
    ("run busybox waiting 60", None),
    ("run alpine listing /etc", None),
    ("in web run pinging 1.1.1.1", None),
    ("run busybox ping -c 1 127.0.0.1", ["docker run busybox ping -c 1 127.0.0.1"]),  # ping is a program
    ("run alpine sleep 300 in the background", ["docker run -d alpine sleep 300"]),
]


@pytest.mark.parametrize("text, want", GERUND, ids=[t for t, _ in GERUND])
def test_gerund_is_no_program(text, want):
    check(text, want)


# Slack shorthands of a preposition read as the word (grammar/lexicon.txt chat_spelling): w/, w/o, b4
SHORTHAND = [
    ("run redis w/ env TZ=Asia/Seoul", ["docker run -d -e TZ=Asia/Seoul redis"]),
    ("rm web w/ force", ["docker rm -f web"]),
    ("run nginx w/ port 8088", ["docker run -d -p 8088:80 nginx"]),
    ("run httpd w/ name h7 on 8097", ["docker run -d --name h7 -p 8097:80 httpd"]),
    ("start redis w/ the name q31", ["docker run -d --name q31 redis"]),
    ("logs of cache w/ timestamps", ["docker logs -t cache"]),
    ("stop web b4 lunch", None),
    ("data logs up to 10 minutes ago", ["docker logs --until 10m data"]),  # up to a time ago: until (normalize.py)
    ("web logs up to 2h ago", ["docker logs --until 2h web"]),
    ("hook data up to backend", ["docker network connect backend data"]),
    ("remove cache b4 the deploy", None),
]


@pytest.mark.parametrize("text, want", SHORTHAND, ids=[t for t, _ in SHORTHAND])
def test_slack_shorthand(text, want):
    check(text, want)


# Run options said in words: the working directory and the user (grammar/natural.lark `run_dir`, `run_user`;
# bot/language/parse_natural.py `_dir_and_user_said`): -w and -u of the run or exec
DIR_AND_USER = [
    ("run alpine with workdir /app", ["docker run -d -w /app alpine"]),
    ("run nginx as user 101", ["docker run -d -u 101 nginx"]),
    ("run nginx with user 1000:1000", ["docker run -d -u 1000:1000 nginx"]),
    ("run alpine w/ user nobody and workdir /home", ["docker run -d -u nobody -w /home alpine"]),
    ("run busybox with the working directory set to /tmp", ["docker run -d -w /tmp busybox"]),
    ("launch redis with work dir /data and user redis", ["docker run -d -w /data -u redis redis"]),
    ("run id on data as user www-data", ["docker exec -u www-data data id"]),
    ("run pwd on data with workdir /etc", ["docker exec -w /etc data pwd"]),
    ("run ls in /tmp on data with workdir /etc", None),  # two directories: which? asked
    ("run nginx as root", None),  # no command to run as root: asked, as before
]


@pytest.mark.parametrize("text, want", DIR_AND_USER, ids=[t for t, _ in DIR_AND_USER])
def test_dir_and_user_said(text, want):
    check(text, want)


# A British or hurried colleague's courtesy around the request changes nothing (grammar/natural.lark filler,
# grammar/lexicon.txt chat_spelling): possibly, awfully, ta, right, rq, i guess, urgent, as well, "would you be so kind
# as to", "i'd be grateful if you could", "fancy" + -ing
COURTESY = [
    ("could you possibly start db for me", ["docker start db"]),
    ("would you mind awfully pausing cache", ["docker pause cache"]),
    ("would you be so kind as to stop data", ["docker stop data"]),
    ("would you be so kind as to pull busybox", ["docker pull busybox"]),
    ("i'd be grateful if you could remove the data container", ["docker rm data"]),
    ("i'd appreciate it if you could restart web", ["docker restart web"]),
    ("fancy restarting cache?", ["docker restart cache"]),
    ("shut my-nginx down for now, ta", ["docker stop my-nginx"]),
    ("unpause web, ta", ["docker unpause web"]),
    ("right, stop web please", ["docker stop web"]),
    ("cheers, now restart cache as well", ["docker restart cache"]),
    ("urgent!!! restart web", ["docker restart web"]),
    ("pause web rq", ["docker pause web"]),
    ("logs of cache rq pls", ["docker logs cache"]),
    ("hmm, restart my-nginx i guess", ["docker restart my-nginx"]),
    ("would you be so kind as not to stop data", None),
    ("right, don't restart web", None),
]


@pytest.mark.parametrize("text, want", COURTESY, ids=[t for t, _ in COURTESY])
def test_courtesy(text, want):
    check(text, want)


# Shell fragments: a docker command typed without `docker` with an option the sentence does not read is read as typed
# (bot/language/parse.py `_typed_without_docker`); a name piped into one verb is not read
# — a shell character anywhere never plans (tests/test_properties.py): "web | restart" stays refused
FRAGMENTS = [
    ("logs web --tail=20 pls", ["docker logs --tail 20 web"]),
    ("logs web -f", ["docker logs -f web"]),
    ("restart -t 2 web", ["docker restart -t 2 web"]),
    ("ps --filter status=exited", ["docker ps --filter status=exited"]),
    ("stop -t 5 data please", ["docker stop -t 5 data"]),
    ("logs -n 5 cache thanks", ["docker logs --tail 5 cache"]),
    ("web | restart", None),
    ("cache | logs", None),
    ("db | start", None),
    ("ps aux | grep nginx", None),
    ("web | flibber", None),
    ("web | restart | stop", None),
]


@pytest.mark.parametrize("text, want", FRAGMENTS, ids=[t for t, _ in FRAGMENTS])
def test_shell_fragments(text, want):
    check(text, want)


# Ops verbs beyond the textbook (grammar/natural.lark v_stop, v_restart, v_rm, v_prune): close/wind down = stop,
# relaunch = restart, bin/throw away/chuck (out)/yeet = remove, tidy up = prune
OPS_VERBS = [
    ("close down my-volume", ["docker stop my-volume"]),
    ("wind down cache", ["docker stop cache"]),
    ("please wind down the data container", ["docker stop data"]),
    ("relaunch my-nginx", ["docker restart my-nginx"]),
    ("can you relaunch web", ["docker restart web"]),
    ("bin the busybox image", ["docker rmi busybox"]),
    ("throw away the httpd image", ["docker rmi httpd"]),
    ("chuck out the stopped containers", ["docker container prune"]),
    ("yeet the alpine image", ["docker rmi alpine"]),
    ("tidy up the dangling images, cheers", ["docker image prune"]),
    ("tidy up unused volumes", ["docker volume prune"]),
    ("in web run ls /usr/bin", ["docker exec web ls /usr/bin"]),  # a path with bin in it stays the command's
    ("don't bin the alpine image", None),
    ("don't wind down cache", None),
]


@pytest.mark.parametrize("text, want", OPS_VERBS, ids=[t for t, _ in OPS_VERBS])
def test_ops_verbs(text, want):
    check(text, want)


# Slack shorthands of nouns and verbs (grammar/natural.lark plural, v_inspect, memory, since, correction): nets, insp,
# a memory cap, since an hour ago, "actually no," taken back
SHORT_WORDS = [
    ("prune unused nets", ["docker network prune"]),
    ("list nets", ["docker network ls"]),
    ("insp web", ["docker inspect web"]),
    ("insp the cache container", ["docker inspect cache"]),
    ("run redis with a memory cap of 128m and restart always", ["docker run -d -m 128m --restart always redis"]),
    ("run nginx with memory cap 256m", ["docker run -d -m 256m nginx"]),
    ("web logs since an hour ago", ["docker logs --since 1h web"]),
    ("cache logs since a minute ago", ["docker logs --since 1m cache"]),
    ("stop web, actually no, stop cache", ["docker stop cache"]),
    ("restart cache, actually no, my-nginx", ["docker restart my-nginx"]),
    ("pull nginx, actually no, pull httpd", ["docker pull httpd"]),
    ("actually, restart web", ["docker restart web"]),  # actually alone, then a comma: as before
    ("stop web, actually no", None),
    ("hook data up to backend", ["docker network connect backend data"]),  # up to a network, as before
]


@pytest.mark.parametrize("text, want", SHORT_WORDS, ids=[t for t, _ in SHORT_WORDS])
def test_short_words(text, want):
    check(text, want)


# A manager's questions and a non-native speaker's words (grammar/natural.lark usage_verb, complaint, filler, excl):
# taking = using, issues/problems with X = a complaint, "tell me", "wanting", "without touching X" = except X
MANAGER = [
    ("how much cpu is cache taking", ["docker stats --no-stream cache"]),
    ("how much memory is web taking up", ["docker stats --no-stream web"]),
    ("any issues with cache?", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("any problems with my-nginx", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("are there issues with data?", ["docker inspect data", "docker logs --tail 20 data"]),
    ("can you tell me what volumes we have", ["docker volume ls"]),
    ("tell me what's running", ["docker ps"]),
    ("i am wanting to see images", ["docker images"]),
    ("restart web without touching cache", ["docker restart web"]),
    ("stop everything without touching data", ["docker stop web my-nginx cache my-volume"]),
    ("restart web w/o touching cache", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", MANAGER, ids=[t for t, _ in MANAGER])
def test_manager_and_nonnative(text, want):
    check(text, want)


# Docker Hub said as where an image is pushed to (bot/language/parse_natural.py `_pushed_to_hub`, grammar/lexicon.txt
# `hub_said`): never a second image; any other place stays refused
PUSHED_TO = [
    ("push hello-world to docker hub", ["docker push fastcampus/hello-world"]),
    ("push fastcampus/hello-world to dockerhub", ["docker push fastcampus/hello-world"]),
    ("push the hello-world image to the hub", ["docker push fastcampus/hello-world"]),
    ("push hello-world to web", None),
    ("don't push hello-world to the hub", None),
]


@pytest.mark.parametrize("text, want", PUSHED_TO, ids=[t for t, _ in PUSHED_TO])
def test_pushed_to_hub(text, want):
    check(text, want)


# British slang and phrasing (grammar/natural.lark seq, filler, v_pull; grammar/lexicon.txt chat_spelling): "after
# which" is then; "sort out" before the thing asked for; "pick up" = pull; a gander/butcher's/shufti = a look;
# "we've got" = we have (the perfect of a verb stays unread)
BRITISH = [
    ("restart web, after which show its stats", ["docker restart web", "docker stats --no-stream web"]),
    ("stop cache, after which remove it", ["docker stop cache", "docker rm cache"]),
    ("could you kindly sort out a restart of web", ["docker restart web"]),
    ("sort out web", None),
    ("pick up the latest nginx", ["docker pull nginx"]),
    ("pick up redis:7 for me", ["docker pull redis:7"]),
    ("pick up web logs", None),  # no image has logs: never a pull
    ("have a gander at the images we've got", ["docker images"]),
    ("have a quick butcher's at the networks", ["docker network ls"]),
    ("have a shufti at cache's logs", ["docker logs cache"]),
    ("i've restarted web", None),
]


@pytest.mark.parametrize("text, want", BRITISH, ids=[t for t, _ in BRITISH])
def test_british(text, want):
    check(text, want)


# A closing courtesy after docker's own word typed without docker is no option of ps (bot/language/parse.py
# `_courtesy_trimmed`); "due" said of what a container needs (grammar/natural.lark filler)
TRAILING = [
    ("top web pls", ["docker top web"]),
    ("top cache please", ["docker top cache"]),
    ("top web aux", ["docker top web aux"]),  # ps options typed: kept
    ("my-nginx is due a restart", ["docker restart my-nginx"]),
    ("cache is due a reboot", ["docker restart cache"]),
    ("web is due", None),
]


@pytest.mark.parametrize("text, want", TRAILING, ids=[t for t, _ in TRAILING])
def test_trailing_courtesy_and_due(text, want):
    check(text, want)


# Terse English, a container and its ports with no verb and no question word: its ports as docker prints them
# (bot/language/parse_natural.py, the `port` family); asked with a question word it stays its details
PORTS = [
    ("web's ports", ["docker port web"]),
    ("cache ports pls", ["docker port cache"]),
    ("my-nginx ports", ["docker port my-nginx"]),
    ("what port is web on", ["docker inspect web"]),
]


@pytest.mark.parametrize("text, want", PORTS, ids=[t for t, _ in PORTS])
def test_terse_ports(text, want):
    check(text, want)
