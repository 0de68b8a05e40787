"""English misses of wordings_fresh16.yaml and wordings_en13.yaml, and the known English wrong writes that f17en fixed,
each as a kind: the failing input and other wordings of the same kind (not in any table), read through `Gorae.explain`
against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A name taken back by a correction: everything else said before it stays (bot/language/parse_natural.py
# `_corrected_en`) — "remove web with force, i mean cache" planned `docker rm cache` (the force dropped, a wrong write)
CORRECTED = [
    ("remove web with force, i mean cache", ["docker rm -f cache"]),
    ("force remove web, i mean cache", ["docker rm -f cache"]),
    ("delete web forcefully, i mean cache", ["docker rm -f cache"]),
    ("remove the data container with force, no wait, my-volume", ["docker rm -f my-volume"]),
    ("logs of web last 10 lines, i mean cache", ["docker logs --tail 10 cache"]),
    ("stop web with a 5 second timeout, i mean cache", ["docker stop -t 5 cache"]),
    ("web 강제로 지워 아니 cache", ["docker rm -f cache"]),
    # as before: the names said instead of all, the asking taken back with the name
    ("restart web, i mean cache", ["docker restart cache"]),
    ("restart everything? no, just web", ["docker restart web"]),
    ("restart all containers, i mean web", ["docker restart web"]),
    ("send HUP to web, no wait, to my-nginx", ["docker kill -s HUP my-nginx"]),
]


@pytest.mark.parametrize("text, want", CORRECTED, ids=[t for t, _ in CORRECTED])
def test_correction_keeps_options(text, want):
    check(text, want)


# A courtesy word inside a command's text is text (parse_natural.py `_words`, `_exec_as_docker`): "exec web echo please"
# planned `docker exec web echo` (a word dropped); in a sentence that says the request in words
# ("run ls please in web", "… memory please") it is the request's (tests/test_parse_en15.py; the lead, session 15: "run
# uptime now in web" had become `uptime now`)
COMMAND_TEXT = [
    ("exec web echo please", ["docker exec web echo please"]),
    ("exec web echo hello please", ["docker exec web echo hello please"]),
    ("exec web echo thanks", ["docker exec web echo thanks"]),
    ("exec web touch /tmp/f17en please", ["docker exec web touch /tmp/f17en please"]),
    ("exec web ls -la pls", ["docker exec web ls -la pls"]),
    ("run echo hello please in data", ["docker exec data echo hello"]),
    ("run ls please in web", ["docker exec web ls"]),
    ("run uptime now in web", ["docker exec web uptime"]),
    ("run ls in web please", ["docker exec web ls"]),
    ("run df -h inside my-volume please", ["docker exec my-volume df -h"]),
    ("have cache run redis-cli info memory please", ["docker exec cache redis-cli info memory"]),
    ("on data, run echo please", ["docker exec data echo"]),
]


@pytest.mark.parametrize("text, want", COMMAND_TEXT, ids=[t for t, _ in COMMAND_TEXT])
def test_courtesy_in_command_text(text, want):
    check(text, want)


# "over" right before a name: one chosen over another — asked, never both (grammar/lexicon.txt `preferred_over`)
OVER = [
    ("restart web over cache", None),
    ("restart cache over web", None),
    ("stop my-nginx over data", None),
    ("pause data over the my-volume container", None),
    ("kick cache over", ["docker restart cache"]),  # over said of nothing else changes nothing
    ("web logs over the last hour", ["docker logs --since 1h web"]),
]


@pytest.mark.parametrize("text, want", OVER, ids=[t for t, _ in OVER])
def test_over_another_name(text, want):
    check(text, want)


# The future told with no subject, or another's (grammar/lexicon.txt `intent_said_en`): told,
# never a request — "will be restarting web" restarted web
FUTURE_TOLD = [
    ("will be restarting web", None),
    ("will be removing cache", None),
    ("will stop web", None),
    ("gonna stop cache", None),
    ("web will be restarting", None),
    ("they will remove web", None),
    ("it will restart web", None),
    ("web is slow, will restart it", None),
    ("web is slow. will restart it", None),
    ("my-nginx will be restarting", None),
    ("i will restart web", None),
    # asked of the bot: requests
    ("will you restart web?", ["docker restart web"]),
    ("restart web, will you", ["docker restart web"]),
    ("please restart web", ["docker restart web"]),
    ("i want to restart web", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", FUTURE_TOLD, ids=[t for t, _ in FUTURE_TOLD])
def test_future_told(text, want):
    check(text, want)


# Slack power users and markup (fresh16 slack-en/markup/timewords/en, en13 shell): a courtesy after a docker command's
# code span, "nao", "immediately" with a restart, "across" as "of", lmk, "since yesterday", af, "until now"
SLACK = [
    ("`docker restart web` pls", ["docker restart web"]),
    ("`docker stop web` thx", ["docker stop web"]),
    ("`docker ps -a` thanks!", ["docker ps -a"]),
    ("`docker logs cache` asap pls", ["docker logs cache"]),
    ("docker restart web please", None),  # typed without the span: every word is docker's (no container "please")
    ("stop web nao", ["docker stop web"]),
    ("restart cache nao pls", ["docker restart cache"]),
    ("nao show web logs", ["docker logs web"]),
    ("restart cache immediately", ["docker restart cache"]),
    ("restart web right away", ["docker restart web"]),
    ("restart my-nginx instantly pls", ["docker restart my-nginx"]),
    ("stop cache immediately", ["docker kill cache"]),  # at once, of a stop: no grace (f12en)
    ("remove db immediately", None),  # never a forced removal
    ("cpu usage across all containers", ["docker stats --no-stream"]),
    ("memory use across every container", ["docker stats --no-stream"]),
    ("lmk if web is healthy", ["docker inspect web"]),
    ("lmk whether cache is up", ["docker inspect cache"]),
    ("pls lmk if db is stopped", ["docker inspect db"]),
    ("cache logs since yesterday", ["docker logs --since 24h cache"]),
    ("show web logs since yesterday", ["docker logs --since 24h web"]),
    ("logs of db since yesterday pls", ["docker logs --since 24h db"]),
    ("rn web is slow af, logs pls", ["docker logs web"]),
    ("cache is laggy af, restart it", ["docker restart cache"]),
    ("logs of cache from 2 hours ago until now", ["docker logs --since 2h cache"]),
    ("web logs since 10m ago till now", ["docker logs --since 10m web"]),
    # a shell character anywhere never plans (tests/test_parse_en13.py, tests/test_properties.py)
    ("web | restart", None),
    ("web | restart | cache", None),
    ("ps | grep web", None),
    ("restart | web", None),
]


@pytest.mark.parametrize("text, want", SLACK, ids=[t for t, _ in SLACK])
def test_slack_en(text, want):
    check(text, want)


# A container said with its kind, then its image (bot/language/normalize.py `_CONTAINER_IMAGE`): the image of that
# container — "remove the web container image" planned `docker rm web` (the image dropped, a wrong write), "what's the
# db container's image" was refused as an open quote
CONTAINER_IMAGE = [
    ("remove the web container image", ["docker rmi nginx"]),
    ("delete the cache container's image", ["docker rmi redis"]),
    ("what's the db container's image", ["docker inspect db"]),
    ("what is the db container image", ["docker inspect db"]),
    ("web 컨테이너 이미지 지워", ["docker rmi nginx"]),
    ("remove the web container", ["docker rm web"]),
    ("show web container logs", ["docker logs web"]),
    ("remove the nginx image containers", None),
]


@pytest.mark.parametrize("text, want", CONTAINER_IMAGE, ids=[t for t, _ in CONTAINER_IMAGE])
def test_container_image(text, want):
    check(text, want)


# A manager's approval and words around the request (grammar/natural.lark `_filler`: proceed with/to, as discussed/agreed,
# I/we approve, configured) change nothing; a ban or a question around them stays one
MANAGER = [
    ("Please proceed with restarting the cache container as discussed", ["docker restart cache"]),
    ("proceed with stopping data as agreed", ["docker stop data"]),
    ("proceed to restart web as agreed", ["docker restart web"]),
    ("as discussed, proceed to remove the data container", ["docker rm data"]),
    ("I approve stopping my-nginx, go ahead", ["docker stop my-nginx"]),
    ("we approve restarting web", ["docker restart web"]),
    ("Which networks do we have configured?", ["docker network ls"]),
    ("don't proceed with removing web", None),
    ("i approve removing web? no wait", None),
    ("we are not going to proceed with restarting web", None),
    ("i approve", None),
    ("proceed", None),
]


@pytest.mark.parametrize("text, want", MANAGER, ids=[t for t, _ in MANAGER])
def test_manager_words(text, want):
    check(text, want)


# A clause of what was done, then a turn to the request with now or so (bot/language/parse.py `_without_context_en`,
# grammar/lexicon.txt `context_told_then_en`): the request alone; an announcement after it stays one
TOLD_THEN = [
    ("the deploy finished, now restart web", ["docker restart web"]),
    ("the migration is done, so restart cache", ["docker restart cache"]),
    ("release finished, now pull redis", ["docker pull redis"]),
    ("the deploy finished, now restarting web", None),
    ("the migration is done, so removing db", None),
    ("the deploy finished, so don't restart web", None),
    ("I already did: run echo hi in data", None),
    ("the deploy finished, now i will restart web", None),
]


@pytest.mark.parametrize("text, want", TOLD_THEN, ids=[t for t, _ in TOLD_THEN])
def test_told_then_request(text, want):
    check(text, want)


# A name said first, then please or but, then a request on another name (bot/language/parse.py `_addressed_head`,
# parse_natural.py `_set_apart`): addressed or said apart — never one more target ("cache but restart web", "data please
# restart cache" restarted both)
ADDRESSED = [
    ("web please restart cache", None),
    ("data pls stop cache", None),
    ("cache but restart web", None),
    ("web please restart", ["docker restart web"]),
    ("web please restart it", ["docker restart web"]),
    ("please restart web and cache", ["docker restart web cache"]),
    ("restart everything but web", ["docker restart my-nginx cache my-volume data"]),
    # a state told of the first, then but: context, the request alone
    ("web is fine but can you show cache logs", ["docker logs cache"]),
    ("cache looks ok but please restart web", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", ADDRESSED, ids=[t for t, _ in ADDRESSED])
def test_addressed_then_request(text, want):
    check(text, want)
