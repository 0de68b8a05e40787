"""The kinds of English the held-out tables tests/data/wordings_fresh15.yaml (its English rows of a developer, a lead,
numbers, a Korean speaker's English, everyday English) and wordings_en13.yaml still missed after session 13 (branch
k16en), each fixed as a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not
in any table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads
them. `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# The reason for a request told in a clause of its own — not needed any more, or not answering — before or after it
# (bot/language/reason_clause.py, grammar/lexicon.txt `reason_*`): it changes nothing, and only for a request the reason
# asks for; a request negated, or one the reason may call off, stays refused.
REASON = [
    ("remove web, it's not needed anymore", ["docker rm web"]),
    ("delete the my-nginx container please, it is not need", ["docker rm my-nginx"]),
    ("kill to my-nginx container, it is not answer", ["docker kill my-nginx"]),
    ("web is not need anymore, remove", ["docker rm web"]),
    ("the busybox image isn't needed, delete it", ["docker rmi busybox"]),
    ("cache is not responding, restart it", ["docker restart cache"]),
    ("stop data, it is not used anymore", ["docker stop data"]),
    ("pgdata volume is not needed, remove it", ["docker volume rm pgdata"]),
    ("web is not answering, show its logs", ["docker logs web"]),
    ("web isn't needed anymore, stop", ["docker stop web"]),
    ("please kill cache, it is unresponsive", ["docker kill cache"]),
    # a ban stays a ban; a restart said "not needed" may be called off; the thing told is never a second target
    ("don't remove web, it is not needed", None),
    ("restart web, it's not needed", None),
    ("web is not needed, remove cache", None),
    ("web is not needed anymore", None),
    ("it is not needed", None),
]


@pytest.mark.parametrize("text, want", REASON, ids=[t for t, _ in REASON])
def test_reason_told(text, want):
    check(text, want)


# Words around the thing said that name nothing: the team's own, as "my" ("show me our networks"), a copy of an image
# (the image: "fetch a fresh copy of busybox"), and knocked offline, as taken offline (grammar/natural.lark).
AROUND = [
    ("show me our networks", ["docker network ls"]),
    ("list our volumes", ["docker volume ls"]),
    ("restart our web container", ["docker restart web"]),
    ("fetch a fresh copy of busybox", ["docker pull busybox"]),
    ("pull a copy of redis", ["docker pull redis"]),
    ("grab a new copy of alpine", ["docker pull alpine"]),
    ("knock my-nginx offline", ["docker stop my-nginx"]),
    ("knock the cache container offline", ["docker stop cache"]),
    ("knock web", None),
    ("copy web", None),
    ("don't knock web offline", None),
]


@pytest.mark.parametrize("text, want", AROUND, ids=[t for t, _ in AROUND])
def test_words_around(text, want):
    check(text, want)


# A Korean speaker's English: the noun first and the verb last, the name told as a sentence of its own (grammar/natural.lark
# `v_unpause` pause release, `v_prune` clean, `k_proc` process list, `named` name is; grammar/lexicon.txt
# `kind_first_listing`), and the new name of a tag said with to when it is a tag of the other's repository
# (bot/language/parse_natural.py `tag`).
KOEN = [
    ("network list please show me", ["docker network ls"]),
    ("volume list please showing", ["docker volume ls"]),
    ("network ls pls", ["docker network ls"]),
    ("volume list please", ["docker volume ls"]),
    ("create volume list please", ["docker volume create list"]),  # after a verb, the kind's name
    ("web container process list show me", ["docker top web"]),
    ("show the process list of cache", ["docker top cache"]),
    ("process list of data please", ["docker top data"]),
    ("unused image clean please", ["docker image prune"]),
    ("stopped container clean please", ["docker container prune"]),
    ("data container pause release please", ["docker unpause data"]),
    ("web pause release", ["docker unpause web"]),
    ("cache pause off please", ["docker unpause cache"]),
    ("please make network, name is qa-net", ["docker network create qa-net"]),
    ("please make volume, name is cache-vol", ["docker volume create cache-vol"]),
    ("create a volume, the name is cache-vol", ["docker volume create cache-vol"]),
    ("please tag the redis image to redis:test", ["docker tag redis redis:test"]),
    ("tag nginx to nginx:prod", ["docker tag nginx nginx:prod"]),
    ("nginx 이미지에 nginx:prod 태그 달아줘", ["docker tag nginx nginx:prod"]),
    # never a write guessed
    ("clean web", None),
    ("web pause release? no, don't", None),
    ("do not clean unused images", None),
    ("the name is web, restart it", None),
    ("tag nginx to v2", None),  # a tag of nginx or an image v2: asked
    # a container said with its kind, removed from a network: a disconnect (bot/language/parse_natural.py, the remove)
    ("web container remove from backend network please", ["docker network disconnect backend web"]),
    ("remove web container from backend network please", ["docker network disconnect backend web"]),
    ("remove the web container from the network", None),  # which network? asked
    ("don't remove web container from backend network", None),
]


@pytest.mark.parametrize("text, want", KOEN, ids=[t for t, _ in KOEN])
def test_korean_speakers_english(text, want):
    check(text, want)


# A teammate's request relayed, then taken up by the one who relays it (bot/language/relayed_en.py, grammar/lexicon.txt
# `relayed_*_en`); context of who it is for (`context_phrase_en` on behalf of). Hearsay alone stays told, a negation
# is never read here, and a thing asked for then shown with a pronoun is only ever a read.
RELAYED = [
    ("Sam wants data stopped, go ahead and do it", ["docker stop data"]),
    ("Lee needs cache restarted, please do", ["docker restart cache"]),
    ("Jane asked me to get you to remove the stopped containers, please do", ["docker container prune"]),
    ("the QA team asked us to pause web, go ahead", ["docker pause web"]),
    ("do what Priya asked in #ops: pause data", ["docker pause data"]),
    ("do what Sam asked: restart cache", ["docker restart cache"]),
    ("Priya says data should be paused. pause it please", ["docker pause data"]),
    ("Omar said web should be restarted, restart it", ["docker restart web"]),
    ("Tom asked for the logs of my-nginx, can you show them?", ["docker logs my-nginx"]),
    ("Mike's asking for the backend network details, can you pull those up?", ["docker network inspect backend"]),
    ("Kevin needs web's processes, can you list them for him?", ["docker top web"]),
    ("Lena wants the cache logs, could you show them to her", None),  # "to her" is no word of a listing: asked
    ("can you take care of Ana's ticket? she needs redis pulled", ["docker pull redis"]),
    ("could you handle Bo's request? he needs alpine pulled", ["docker pull alpine"]),
    ("on behalf of the QA team: restart my-nginx please", ["docker restart my-nginx"]),
    ("need redis pulled", ["docker pull redis"]),  # one's own wish of a participle the grammar reads as no verb
    ("i need alpine downloaded please", ["docker pull alpine"]),
    ("we want the busybox image pulled", ["docker pull busybox"]),
    ("Sam needs redis pulled", None),
    ("we pulled redis", None),
    ("i do not need redis pulled", None),
    # hearsay alone, a negated go-ahead, a write named by a pronoun: nothing
    ("Sam wants data stopped", None),
    ("Sam wants data stopped.", None),
    ("Priya says data should be paused", None),
    ("Sam wants data stopped, don't do it", None),
    ("Tom asked for web, can you remove it?", None),
    ("Ana's ticket says redis", None),
]


@pytest.mark.parametrize("text, want", RELAYED, ids=[t for t, _ in RELAYED])
def test_relayed(text, want):
    check(text, want)


# A grace period given before the verb ("give web 5 seconds to stop": docker stop -t 5; grammar/lexicon.txt
# `within_given_en`), a bind's source said with its kind ("host dir /opt/www"): a time said otherwise is still no schedule.
GIVEN = [
    ("give web 5 seconds to stop", ["docker stop -t 5 web"]),
    ("give my-nginx 20 seconds to shut down", ["docker stop -t 20 my-nginx"]),
    ("giving cache 10s to stop", ["docker stop -t 10 cache"]),
    ("give web 5 seconds to restart", ["docker restart -t 5 web"]),
    ("restart web in 5 minutes", None),
    ("give web 5 minutes then stop it", None),
    ("stop web in 5 seconds", None),
    ("run nginx with host dir /opt/www at /usr/share/nginx/html, read only",
     ["docker run -d -v /opt/www:/usr/share/nginx/html:ro nginx"]),
    ("run httpd with host directory /srv/site at /usr/local/apache2/htdocs",
     ["docker run -d -v /srv/site:/usr/local/apache2/htdocs httpd"]),
    ("run nginx with host dir at /x", None),
]


@pytest.mark.parametrize("text, want", GIVEN, ids=[t for t, _ in GIVEN])
def test_given(text, want):
    check(text, want)


# Numbers: a count of the heaviest containers (bot/language/heaviest_en.py: every container's use, never docker top of a
# name 3), a count asked as a verb (count the networks: the list), the unit a use is asked in (never an engine:
# grammar/lexicon.txt `engine_never_en`), a count spelt in words before its unit (`number_word_en`, blind16's, which k16en's own duplicate was merged into).
NUMBERS = [
    ("top 3 containers by memory", ["docker stats --no-stream"]),
    ("which 2 containers use the most cpu", ["docker stats --no-stream"]),
    ("show me the top 5 containers by cpu", ["docker stats --no-stream"]),
    ("what 3 containers eat the most ram", ["docker stats --no-stream"]),
    ("top web", ["docker top web"]),
    ("top 3 containers", None),
    ("count the networks", ["docker network ls"]),
    ("count the volumes", ["docker volume ls"]),
    ("count running containers", ["docker ps"]),
    ("count web", None),
    ("how much ram is data using, in MB", ["docker stats --no-stream data"]),
    ("web memory in megabytes", ["docker stats --no-stream web"]),
    ("how much cpu is cache using in percent", ["docker stats --no-stream cache"]),
    ("give me the last ten lines of data's log", ["docker logs --tail 10 data"]),
    ("web logs, last fifty lines", ["docker logs --tail 50 web"]),
    ("give web twenty seconds to stop", ["docker stop -t 20 web"]),
    ("show cache logs from the last five minutes", ["docker logs --since 5m cache"]),
    ("run two nginx containers", None),
    ("restart web in ten minutes", None),
    # a port said after on is no engine (bot/language/engine_clause.py: a loose clause of digits)
    ("which container is listening on 6379", ["docker ps --filter publish=6379"]),
    ("which container is on 6379", ["docker ps --filter publish=6379"]),
    ("restart web on prod-1", None),  # an engine this world lacks: refused, as before
]


@pytest.mark.parametrize("text, want", NUMBERS, ids=[t for t, _ in NUMBERS])
def test_numbers(text, want):
    check(text, want)


# A developer's words: the asker's own thing with my/our is no container (bot/language/possessed_en.py), context said
# before the request and after it at once (bot/language/parse.py `_without_context_en`), asking words (even, know).
DEVELOPER = [
    ("i need to know which port my app in web is published on", ["docker port web"]),
    ("hey, could you restart my app container? it's web", ["docker restart web"]),
    ("restart our api, it is cache", ["docker restart cache"]),
    ("remove my app container, it's web", ["docker rm web"]),
    ("restart my app", None),  # which container is it? never a container called app guessed
    ("don't stop my app in web", None),
    ("i pushed a fix, please restart web so it picks it up", ["docker restart web"]),
    ("i merged the change, please restart cache so it drops the stale keys", ["docker restart cache"]),
    ("is cache even up", ["docker inspect cache"]),
    ("is cache even running", ["docker inspect cache"]),
    ("i need to know which port web is published on", ["docker port web"]),
    ("i want to know what env vars db has", ["docker inspect db"]),
    ("list containers, even the stopped ones", ["docker ps -a"]),
    ("i need to restart web", ["docker restart web"]),
    ("connect web to backend", ["docker network connect backend web"]),
    # a feeling vented after the request or the complaint asks nothing more (grammar/lexicon.txt context_trailing_phrase_en)
    ("cache is slow AGAIN, i hate this", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web is down again, so annoying", ["docker inspect web", "docker logs --tail 20 web"]),
    ("restart my-nginx, ugh i hate this", ["docker restart my-nginx"]),
    ("i hate this", None),
    ("don't restart web, i hate this", None),
]


@pytest.mark.parametrize("text, want", DEVELOPER, ids=[t for t, _ in DEVELOPER])
def test_developer(text, want):
    check(text, want)
