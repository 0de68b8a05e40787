"""The English (and typed CLI) kinds that wordings_fresh7.yaml (the seventh held-out table) found missed,
each fixed as a kind in grammar/ or bot/language/: the table's input and one or two other wordings of the
same kind (not in any table), read through normalize -> parse -> plan against the fake corpus world
(tests/fakes.py). `None`: nothing may run (a refusal, a question or a proposal that is no write are all
fine). The checks are test_parse_blind6.check's.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

EXEC = [
    # gone into a container (hop/jump/shell/exec into), no run verb: the bare words after it are the command
    ("jump into web and cat /etc/nginx/conf.d/default.conf", ["docker exec web cat /etc/nginx/conf.d/default.conf"]),
    ("shell into web and cat /etc/os-release", ["docker exec web cat /etc/os-release"]),
    ("hop into data and df -h", ["docker exec data df -h"]),
    ("jump into web with cat /etc/hosts", ["docker exec web cat /etc/hosts"]),
    # exec into X (and run) CMD
    ("exec into cache and run redis-cli dbsize", ["docker exec cache redis-cli dbsize"]),
    ("exec into cache and redis-cli dbsize", ["docker exec cache redis-cli dbsize"]),
    ("exec into data ls -l /", ["docker exec data ls -l /"]),
    ("exec into cache with redis-cli info memory", ["docker exec cache redis-cli info memory"]),
    # "have CONTAINER run CMD": an exec in it (an image said so is no container: refused by the plan)
    ("have web run nginx -s reload", ["docker exec web nginx -s reload"]),
    ("have cache run redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("have nginx run echo hi", None),
    # "run CMD in CONTAINER as USER": exec -u, the user said after the place too
    ("run env in web as root", ["docker exec -u root web env"]),
    ("run ls in web as root", ["docker exec -u root web ls"]),
    ("run id in cache as nobody", ["docker exec -u nobody cache id"]),
    ("run nginx as web9", ["docker run -d --name web9 nginx"]),  # no command, no place: the new container's name (web itself is taken: lead22)
    # gone into X with another place or a phrase after it: asked, never guessed
    ("jump into web and cat /etc/x in data", None),
    ("in web cat /etc/hosts", None),  # no going into, no verb: asked
    # a place said before a write's verb is never one more of its targets
    ("get into data and nuke web", None),
    ("in data, remove web", None),
]

COMPLAINT = [
    # a complaint said of a container, no verb: its status and its last log lines
    ("my-nginx is throwing 502s", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web throwing exceptions", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache is acting weird", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("what's wrong with web", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web seems dead", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache looks stuck", ["docker inspect cache", "docker logs --tail 20 cache"]),
    # with a verb, the complaint is what prompted it
    ("my-nginx is throwing 500s, restart it", ["docker restart my-nginx"]),
    ("cache logs since 500s", ["docker logs --since 500s cache"]),  # a duration elsewhere stays one
]

IDIOM = [
    ("put cache on ice for a sec", ["docker pause cache"]),
    ("put web on ice", ["docker pause web"]),
    ("run nginx on ice", None),  # a run and a pause: never one of them dropped
    ("kick cache over", ["docker restart cache"]),
    ("kick my-nginx over", ["docker restart my-nginx"]),
    ("cache could use a restart", ["docker restart cache"]),
    ("web could use a bounce", ["docker restart web"]),
    # yank an image = rmi; yank a container from a network = disconnect; yank a container alone: asked
    ("yank the alpine image", ["docker rmi alpine"]),
    ("yank busybox image", ["docker rmi busybox"]),
    ("yank web from backend", ["docker network disconnect backend web"]),
    ("yank web", None),
]

PROPERTY = [
    # a property of one container asked: its details
    ("what's cache's uptime", ["docker inspect cache"]),
    ("what is the uptime of web", ["docker inspect web"]),
    ("what's the restart policy on web", ["docker inspect web"]),
    ("what restart policy does db have", ["docker inspect db"]),
    ("is web healthy?", ["docker inspect web"]),
    ("is cache healthy", ["docker inspect cache"]),
    ("what networks is cache attached to", ["docker inspect cache"]),
    ("what network is web connected to", ["docker inspect web"]),
    ("which volumes does my-volume mount", ["docker inspect my-volume"]),
    # who is on a network: the network's details
    ("who's on the backend network", ["docker network inspect backend"]),
    ("who is in the backend network?", ["docker network inspect backend"]),
    # where a volume is mounted: the volume's details
    ("where is pgdata mounted", ["docker volume inspect pgdata"]),
    ("where is db mounted?", ["docker volume inspect db"]),
    # the containers of an image: docker ps --filter ancestor=IMAGE
    ("which containers use nginx", ["docker ps --filter ancestor=nginx"]),
    ("show containers based on nginx", ["docker ps --filter ancestor=nginx"]),
    ("list containers built from redis", ["docker ps --filter ancestor=redis"]),
    ("is web healthy, restart it", None),  # asked and a verb: never a restart guessed from a question
]

READS = [
    # a container's output is its logs; a window said as a duration after last/past
    ("cache output from the last 45m", ["docker logs --since 45m cache"]),
    ("show web output", ["docker logs web"]),
    ("cache logs for the last 45m", ["docker logs --since 45m cache"]),
    ("web logs past 2h", ["docker logs --since 2h web"]),
    # look at = show
    ("first look at my-volume's logs", ["docker logs my-volume"]),
    ("look at cache's logs", ["docker logs cache"]),
    # "on here": this engine
    ("what images are on here", ["docker images"]),
    ("what containers are in here", ["docker ps"]),
]


def test_here_names_no_engine():
    """"on here" is this engine (a filler of natural.lark), never an engine clause naming `here`."""
    from bot.language.engine_clause import find

    assert find("what images are on here") is None
    assert find("what containers are in here") is None
    assert find("restart web on prod-1").engine == "prod-1"
    assert find("ps on heretic").engine == "heretic"  # a name that starts with `here` is one
    assert find("restart web on 1host").engine == "1host"

PORTS = [
    # "host N to container M" without the word port: -p N:M
    ("run nginx mapping host 8087 to container 80", ["docker run -d -p 8087:80 nginx"]),
    ("run httpd with host 9001 mapped to container 80", ["docker run -d -p 9001:80 httpd"]),
    ("run nginx container 80", None),  # a container side alone, said so: asked
]

CREATE = [
    # create "but don't start it": create, never run
    ("set up but don't start a httpd called h2", ["docker create --name h2 httpd"]),
    ("create nginx named n5 but don't start it", ["docker create --name n5 nginx"]),
    ("run nginx named n6 but don't start it", ["docker create --name n6 nginx"]),
]

CLI = [
    # a phone's dash before one letter is the short flag (docker has no one-letter long option)
    ("docker run –d –p 8080:80 nginx", ["docker run -d -p 8080:80 nginx"]),
    ("docker run -d –p=8081:80 nginx", ["docker run -d -p 8081:80 nginx"]),
    ("docker logs —tail 5 web", ["docker logs --tail 5 web"]),  # before a word it is still `--`
    ("docker run –it alpine sh", None),  # `--it` is no flag: refused, never guessed
]

KINDS = EXEC + COMPLAINT + IDIOM + PROPERTY + READS + PORTS + CREATE + CLI


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_en7_kind(text, want):
    check(text, want)
