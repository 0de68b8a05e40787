"""The English kinds that the held-out tables (tests/data/wordings_fresh8.yaml, wordings_fresh7.yaml) still found
refused, each fixed as a kind (issue 8, en9): the tables' input and other wordings of the same kind written
before the fix, read through normalize -> parse -> plan against the fake corpus world (tests/fakes.py), as
`gorae explain` reads them. `None`: nothing may run (a refusal, a question or a proposal that is no write).
The checks are test_parse_blind6.check's.
"""
from __future__ import annotations

import pytest
from fakes import IMAGES, FakeView
from test_parse_blind6 import check

from bot.engine.plan import plan
from bot.model import Plan, RemoveImage, Unresolved

PHRASAL = [
    # a phrasal verb said around its name, the particle last (grammar/lexicon.txt turn_off, turn_on, bring)
    ("shut web off", ["docker stop web"]),
    ("switch web off", ["docker stop web"]),
    ("turn the cache container off", ["docker stop cache"]),
    ("power my-nginx off", ["docker stop my-nginx"]),
    ("turn web and cache off", ["docker stop web cache"]),
    ("turn db on", ["docker start db"]),
    ("switch db on", ["docker start db"]),
    ("power data on", ["docker start data"]),
    ("bring db back", ["docker start db"]),
    ("bring the cache container back", ["docker start cache"]),
    ("bring web back online", ["docker start web"]),
    ("is cache online", ["docker inspect cache"]),
    # the particle first, as before
    ("shut off cache", ["docker stop cache"]),
    ("switch off web", ["docker stop web"]),
    ("switch on db", ["docker start db"]),
    ("take web down", ["docker stop web"]),
    ("take web off backend", ["docker network disconnect backend web"]),
    # off and on again: the restart idiom
    ("turn cache off and on again", ["docker restart cache"]),
    ("switch web off and on", ["docker restart web"]),
    ("turn web on and off", None),
    ("turn cache off and then remove it", ["docker stop cache", "docker rm cache"]),
    # off what? on what? asked
    ("take web off", None),
    ("turn web", None),
    ("switch web", None),
    ("don't turn web off", None),
    # a trailing preposition of another sentence keeps its meaning
    ("what port is web on", ["docker inspect web"]),
    ("which network is data on", ["docker inspect data"]),
]

SLANG = [
    # chat slang for kill, and a chat spelling of logs
    ("murder web", ["docker kill web"]),
    ("slay cache", ["docker kill cache"]),
    ("whack my-nginx", ["docker kill my-nginx"]),
    ("dont murder web", None),
    ("logz for cache", ["docker logs cache"]),
    ("cache logz", ["docker logs cache"]),
]

WISH = [
    # a running state wished for a container, no verb: a start
    ("db needs to be running", ["docker start db"]),
    ("cache should be up", ["docker start cache"]),
    ("i need db running", ["docker start db"]),
    ("i want web up", ["docker start web"]),
    ("web and cache need to be running", ["docker start web cache"]),
    # asked, told or denied: never a start
    ("does db need to be running?", None),
    ("should cache be up", None),
    ("is db running", ["docker inspect db"]),
    ("db doesn't need to be running", None),
    ("what should be running", ["docker ps"]),
    # a write asked with an auxiliary first: a question, never done (it stopped web)
    ("does web need to be stopped?", None),
    ("should web be stopped", None),
    ("should web be restarted", None),
    ("does cache need a restart", None),
    ("i want cache stopped", ["docker stop cache"]),
    ("web should be restarted", ["docker restart web"]),
    ("could you restart web", ["docker restart web"]),
]

IMAGE = [
    # an image updated is its newest pulled (said of an image only, never of a service or a container)
    ("update the busybox image", ["docker pull busybox"]),
    ("upgrade the alpine image", ["docker pull alpine"]),
    ("refresh the nginx image", ["docker pull nginx"]),
    ("refresh web", None),
    ("busybox 이미지 업데이트해줘", ["docker pull busybox"]),
    ("update the web container image", None),
    ("update the nginx image to 1.25", None),
    ("nginx 이미지 바꿔줘", None),
    # an image said short: the one image of that last name on the engine (said, not typed)
    ("get rid of the hello-world image", ["docker rmi fastcampus/hello-world"]),
    ("remove the hello-world:latest image", ["docker rmi fastcampus/hello-world"]),
    ("docker rmi hello-world", None),
    # an image said by its name and its owner's: that image when the engine has it
    ("run hello-world from fastcampus on 8089", ["docker run -d -p 8089:80 fastcampus/hello-world"]),
    ("run hello-world from fastcampus", ["docker run -d fastcampus/hello-world"]),
    ("run nginx from fastcampus", None),  # no fastcampus/nginx here: never guessed
]

EXEC = [
    # a command typed, then the container it runs in (no verb), or the container first and a comma
    ("redis-cli info in cache", ["docker exec cache redis-cli info"]),
    ("redis-cli ping on cache", ["docker exec cache redis-cli ping"]),
    ("cat /etc/hosts in web", ["docker exec web cat /etc/hosts"]),
    ("df -h on data", ["docker exec data df -h"]),
    ("ls /data in my-volume", ["docker exec my-volume ls /data"]),
    ("on my-volume, ls /data", ["docker exec my-volume ls /data"]),
    ("in cache, redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("on web, cat /etc/hosts", ["docker exec web cat /etc/hosts"]),
    ("uname -a on web", ["docker exec web uname -a"]),
    # words that are no command line, a verb told, a write of gorae on a name, a place gone to: asked
    ("nginx in web", None),
    ("checked nginx -t on web", None),
    ("checking nginx -t on web", None),
    ("I already checked nginx -t on my-nginx", None),
    ("teleport web to backend", None),
    ("kill web on cache", None),
    ("cache stopped on its own", None),
    ("in web cat /etc/hosts", None),
    # run WORD on X: a word gorae reads (a property, a verb that is a program) is the command
    ("run uptime on web", ["docker exec web uptime"]),
    ("run env on cache", ["docker exec cache env"]),
    ("run ls on web", ["docker exec web ls"]),
    ("run ps aux on web", ["docker exec web ps aux"]),
    ("run ls /etc on web", ["docker exec web ls /etc"]),
    # the directory said with in is where it runs (-w)
    ("run ls in /etc on web", ["docker exec -w /etc web ls"]),
    ("run ls -la in /tmp on data", ["docker exec -w /tmp data ls -la"]),
    ("run pwd on data in /tmp", ["docker exec -w /tmp data pwd"]),
    ("run cat hosts in /etc on web", ["docker exec -w /etc web cat hosts"]),
    ("run ls in /etc", None),
]

RUN = [
    # a memory size said before its word
    ("run nginx with 512m memory", ["docker run -d -m 512m nginx"]),
    ("run redis with 512m of ram", ["docker run -d -m 512m redis"]),
    ("run redis with 1g ram", ["docker run -d -m 1g redis"]),  # wrong10: a size word after "with" before ram (`_size_as_memory`)
    ("what's the id of data", ["docker inspect data"]),  # a name before `of` is never a size
    ("delete the cache of web", None),
    ("run alpine with 256mb ram", ["docker run -d -m 256mb alpine"]),  # wrong10; "cache ram usage" stays docker stats
    ("run nginx with lots of memory", None),
    # options said as a comma list, "name it X"
    ("run redis, name it q6, port 6391, restart always", ["docker run -d --name q6 -p 6391:6379 --restart always redis"]),
    ("run nginx naming it w3", ["docker run -d --name w3 nginx"]),
    ("run nginx, name the container w4, port 8085", ["docker run -d --name w4 -p 8085:80 nginx"]),
    # one-off (throwaway) images and their command, joined by "that", "and have it"; printing is echo
    ("run a one-off alpine that prints hello", ["docker run --rm alpine echo hello"]),
    ("run a one-off alpine echo hello", ["docker run --rm alpine echo hello"]),
    ("run a throwaway busybox echo hi there", ["docker run --rm busybox echo hi there"]),
    ("run alpine that prints hello world", ["docker run alpine echo hello world"]),
    ("run busybox and have it ping -c 1 127.0.0.1", ["docker run busybox ping -c 1 127.0.0.1"]),
    ("run alpine and have it echo hi", ["docker run alpine echo hi"]),
    ("run busybox and ping localhost", None),
    ("run a temporary busybox that echoes hi", ["docker run --rm busybox echo hi"]),
    ("run alpine that says hello", ["docker run alpine echo hello"]),
    ("run nginx that serves /x", None),  # that: only before a word of printing
    # `limited` is no command (it ran `redis limited`); (en12) the limit said in words is read: -m 128m
    ("run redis limited to 128m memory", ["docker run -d -m 128m redis"]),
    # "IMAGE container NAME": the name after the kind (it created a container named redis of an image r3)
    ("create a redis container r3", ["docker create --name r3 redis"]),
    ("prepare a redis container r6 without starting it", ["docker create --name r6 redis"]),
    ("run pwd in /var inside web", ["docker exec -w /var web pwd"]),  # (it ran `pwd in /var`)
    # a run, then its command typed as the next part
    ("run alpine with the pgdata volume mounted on /pg and ls /pg", ["docker run -v pgdata:/pg alpine ls /pg"]),
    ("run alpine with pgdata mounted at /pg and ls /pg", ["docker run -v pgdata:/pg alpine ls /pg"]),
    ("run alpine and ls /", ["docker run alpine ls /"]),
    ("run nginx and restart web", ["docker run -d nginx", "docker restart web"]),
    # a volume made, then a run with "it" mounted: that volume
    ("create volume v5 and run alpine with it at /v", ["docker volume create v5", "docker run -d -v v5:/v alpine"]),
    ("create a volume v6, then run nginx with it mounted at /usr/share/nginx/html",
     ["docker volume create v6", "docker run -d -v v6:/usr/share/nginx/html nginx"]),
    ("make volume v7 and run alpine mounting it at /data", ["docker volume create v7", "docker run -d -v v7:/data alpine"]),
    ("create network n1 and run alpine with it at /v", None),  # a network is never mounted
    ("run alpine with it at /v", None),  # it: what?
    # made, not started yet: create
    ("prep a redis container called r2, not running yet", ["docker create --name r2 redis"]),
    ("make an nginx container named w5, not started yet", ["docker create --name w5 nginx"]),
    ("do not run whoami as root in data", None),
]

ONLY = [
    # "nothing else": only what is named
    ("restart only web, nothing else", ["docker restart web"]),
    ("stop cache and nothing else", ["docker stop cache"]),
    ("restart web, no others", ["docker restart web"]),
    ("restart nothing else", None),
    # kept refused: no container named redis (the image of cache is no name of it)
    ("restart redis", None),
]


@pytest.mark.parametrize("text,want", PHRASAL + SLANG + WISH + IMAGE + EXEC + RUN + ONLY,
                         ids=[t for t, _ in PHRASAL + SLANG + WISH + IMAGE + EXEC + RUN + ONLY])
def test_en9_kinds(text, want):
    check(text, want)


def test_an_image_said_short_with_two_of_that_name_is_asked():
    """Two images of that last name on the engine (team/redis, ops/redis, no redis): which? never a guess."""
    images = {k: v for k, v in IMAGES.items() if not k.startswith("redis")}
    view = FakeView(images={**images, "team/redis:latest": (), "ops/redis:latest": ()})
    res = plan(RemoveImage(("redis",), lang="en"), view)
    assert isinstance(res, Unresolved), res
    one = FakeView(images={**images, "team/redis:latest": ()})
    p = plan(RemoveImage(("redis",), lang="en"), one)
    assert isinstance(p, Plan) and p.cli == ("docker rmi team/redis",), p
    typed = plan(RemoveImage(("redis",), lang="cli"), one)
    assert isinstance(typed, Unresolved), typed  # typed `docker rmi redis`: as typed, docker's no such image
