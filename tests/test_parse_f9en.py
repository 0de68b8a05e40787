"""The English kinds of phrasing that wordings_fresh9.yaml (the ninth table, written blind) missed, each fixed as a
kind (grammar/, bot/language/normalize.py, bot/language/typo.py, small readers in bot/language/parse_natural.py and
bot/language/parse.py): the table's sentence and other wordings of the same kind (written before the fix, in no
table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

CASES = [
    # a colon after a sentence's head name, an arrow between words: chat punctuation (bot/language/normalize.py)
    ("exec into data: cat /etc/hostname", ["docker exec data cat /etc/hostname"]),
    ("hop into cache: redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("new volume: cachedata", ["docker volume create cachedata"]),
    ("new network: front2", ["docker network create front2"]),
    ("web -> restart", ["docker restart web"]),
    ("cache → stop", ["docker stop cache"]),
    ("run echo a b: c in web", ["docker exec web echo a b: c"]),  # a command's own colon is kept
    # the user of an exec said with `as` before a place said with on (-u), a directory with from (-w)
    ("run id as root on data", ["docker exec -u root data id"]),
    ("run whoami as root on cache", ["docker exec -u root cache whoami"]),
    ("run pwd in web from /tmp", ["docker exec -w /tmp web pwd"]),
    ("run ls in data from /etc", ["docker exec -w /etc data ls"]),
    ("run nginx as root", None),  # a user and no place: asked, as before
    # shell operators typed in a command placed in a container stay refused: gorae runs no shell (wordings_fresh,
    # fresh5-8 and break2 say none for them; fresh9's "in web run ps aux | grep nginx" row disagrees — left a miss)
    ("in web run ps aux | grep nginx", None),
    ("run ps aux | grep nginx in web", None),
    ("in data run ls /etc > /tmp/x", None),
    ("run echo $(id) in web", None),
    # a container asked for a command's output runs it
    ("ask cache for redis-cli dbsize", ["docker exec cache redis-cli dbsize"]),
    ("ask web for nginx -v", ["docker exec web nginx -v"]),
    ("don't ask, just restart web", ["docker restart web"]),
    ("start nginx as edge5 on 8081", ["docker run -d --name edge5 -p 8081:80 nginx"]),  # a name, never a user
    # ops shorthand: a wish with the subject left out, continue = unpause, even tho
    ("need db up", ["docker start db"]),
    ("need cache running asap", ["docker start cache"]),
    ("let my-nginx continue", ["docker unpause my-nginx"]),
    ("let data carry on", ["docker unpause data"]),
    ("nuke cache even tho its running", ["docker rm -f cache"]),
    ("delete cache even tho it's running", ["docker rm -f cache"]),
    # logs: print is a show verb, a 4-letter swap of logs, a window of logs alone after a step
    ("print last 5 log lines of web", ["docker logs --tail 5 web"]),
    ("print cache logs", ["docker logs cache"]),
    ("lgos web", ["docker logs web"]),
    ("stpo web", None),  # a short slip is read only as the logs, never a write
    ("restart web, then tail 20 lines", ["docker restart web", "docker logs --tail 20 web"]),
    ("stop cache and then last 5 lines", ["docker stop cache", "docker logs --tail 5 cache"]),
    ("restart db, then a few lines", ["docker restart db", "docker logs --tail 10 db"]),
    # networks: put on / pull off, "whos" without its apostrophe
    ("put data on the backend network", ["docker network connect backend data"]),
    ("put cache onto backend", ["docker network connect backend cache"]),
    ("put web on hold", ["docker pause web"]),
    ("pull web off backend", ["docker network disconnect backend web"]),
    ("pull data off the backend network", ["docker network disconnect backend data"]),
    ("pull nginx", ["docker pull nginx"]),
    ("whos connected to backend", ["docker network inspect backend"]),
    ("whos on backend", ["docker network inspect backend"]),
    # complaints, and sarcasm around one
    ("my-nginx is returning 500s", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web keeps returning errors", ["docker inspect web", "docker logs --tail 20 web"]),
    ("something is off with my-nginx", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("something's off with data", ["docker inspect data", "docker logs --tail 20 data"]),
    # sarcasm around a complaint: fresh9 reads it as the complaint, fresh10 as nothing — nothing (the lead)
    ("oh great, web is down again, love that", None),
    ("cache crashed, awesome", None),  # sarcasm: unread (the lead)
    ("restart web, love it", None),  # sarcasm said with a verb: never the verb done
    ("oh great, let's just restart web again, genius", None),
    # images and containers said in shorthand
    ("delete busybox img", ["docker rmi busybox"]),
    ("remove the alpine img", ["docker rmi alpine"]),
    ("list running ctrs", ["docker ps"]),
    ("list all ctrs", ["docker ps -a"]),
    # a port said after localhost or an address: published on that address only
    ("run nginx only on localhost 8090", ["docker run -d -p 127.0.0.1:8090:80 nginx"]),
    ("run httpd on 127.0.0.1 9090", ["docker run -d -p 127.0.0.1:9090:80 httpd"]),
    ("nginx localhost 8080포트로 띄워", ["docker run -d -p 127.0.0.1:8080:80 nginx"]),
    ("in data run curl localhost 8080", ["docker exec data curl localhost 8080"]),
    # a word never dropped: env with no variable and no command
    ("run alpine env", None),
]


@pytest.mark.parametrize("text, want", CASES, ids=[t for t, _ in CASES])
def test_f9en_kind(text, want):
    check(text, want)
