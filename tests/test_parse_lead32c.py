"""(lead32c) English and docker-CLI kinds of fresh20's misses fixed in session 32, each with wordings of its own and the
near wordings that must not plan the write (asked back, refused or another read)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # docker's several-name inspects (volume / network inspect take several names, as docker does)
    ("docker volume inspect db pgdata", ["docker volume inspect db pgdata"]),
    ("docker volume inspect pgdata db", ["docker volume inspect pgdata db"]),
    ("docker network inspect backend bridge", ["docker network inspect backend bridge"]),
    ("docker network inspect bridge host none", ["docker network inspect bridge host none"]),
    ("docker volume inspect db", ["docker volume inspect db"]),
    # `network ls` / `volume ls` --filter: the SDK's filters
    ("docker network ls --filter driver=bridge", ["docker network ls --filter driver=bridge"]),
    ("docker network ls -f name=back", ["docker network ls --filter name=back"]),
    ("docker network ls --filter scope=local --filter type=custom",
     ["docker network ls --filter scope=local --filter type=custom"]),
    ("docker volume ls --filter dangling=true", ["docker volume ls --filter dangling=true"]),
    # a bare thing told done or come after the order, its own clause: the order alone
    ("unpause cache, dump is done", ["docker unpause cache"]),
    ("pull redis, new patch release came out", ["docker pull redis"]),
    ("restart web, the migration finished", ["docker restart web"]),
    ("pull nginx, new version dropped", ["docker pull nginx"]),
    ("stop web, cache is broken", ["docker stop web"]),  # a reason naming another container: never a target
    # an aside told of the order's own thing ("it's …"): a name in it is a likeness, never a target
    ("stop my-nginx – it's a duplicate of web anyway", ["docker stop my-nginx"]),
    ("stop web - that's a copy of my-nginx", ["docker stop web"]),
    ("stop my-nginx – it's the same as web", ["docker stop my-nginx"]),
    # the speed asked after docker's words of a read
    ("top web, quick", ["docker top web"]),
    ("top web quick", ["docker top web"]),
    ("top web real quick", ["docker top web"]),
    ("top cache asap", ["docker top cache"]),
    ("top web aux", ["docker top web aux"]),  # ps's own options kept
    # a hesitation before a request asked, then a sentence told
    ("um, can you maybe restart web? i think it's stuck", ["docker restart web"]),
    ("hmm can you restart cache? it keeps hanging", ["docker restart cache"]),
    ("um, can you restart web? cache is broken", ["docker restart web"]),
    # the task told, then asked by a pronoun
    ("i was told to check my-nginx's logs, could you show them?", ["docker logs my-nginx"]),
    ("i was asked to look at cache's logs, can you pull them up?", ["docker logs cache"]),
    ("we were told to check the status of web, could you show it?", ["docker inspect web"]),
    # names joined by "/" in English: three or more, or left out
    ("restart web/my-nginx/cache", ["docker restart web my-nginx cache"]),
    ("stop web/cache/data", ["docker stop web cache data"]),
    ("restart everything except web/cache", ["docker restart my-nginx my-volume data"]),
    ("stop all but web/cache", ["docker stop my-nginx my-volume data"]),
    ("pull library/nginx", ["docker pull library/nginx"]),  # an image's reference, as typed
    ("run fastcampus/hello-world", ["docker run -d fastcampus/hello-world"]),
    ("exec web cat etc/hosts", ["docker exec web cat etc/hosts"]),  # a path, as typed
    # one unit ago as a window's end
    ("logs from web up to an hour ago", ["docker logs --until 1h web"]),
    ("cache logs until a minute ago", ["docker logs --until 1m cache"]),
    ("logs of web since 2h ago up to an hour ago", ["docker logs --since 2h --until 1h web"]),
    # an emoji of stop after a stop agrees with it
    ("stop my-volume 🙅", ["docker stop my-volume"]),
    ("data 꺼줘 🛑", ["docker stop data"]),
    ("kill cache ✋", ["docker kill cache"]),
    ("stop web :no_good:", ["docker stop web"]),
    # an arrow pointing back at a paste
    ("502 Bad Gateway nginx/1.25.3 <- this on web, show its logs", ["docker logs web"]),
    ("connection refused ← that's from web, show its logs", ["docker logs web"]),
    # an error quoted, then a question; who is on a port
    ('Got this: "Bind for 0.0.0.0:8080 failed: port is already allocated". who\'s on 8080?',
     ["docker ps --filter publish=8080"]),
    ("error: port 5432 already in use, what is using 5432?", ["docker ps --filter publish=5432"]),
    ('saw "listen tcp 0.0.0.0:9090: bind: address already in use". who is on 9090?', ["docker ps --filter publish=9090"]),
    # a complaint and how often
    ("web keeps crashing every few min", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web keeps crashing every minute", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx keeps hanging constantly", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    # a throwaway (or new) one started is run
    ("start a throwaway ubuntu:focal that prints hi", ["docker run --rm ubuntu:focal echo hi"]),
    ("please start a temporary busybox that prints ok", ["docker run --rm busybox echo ok"]),
    ("start a throwaway nginx", ["docker run -d --rm nginx"]),
    ("start web", ["docker start web"]),
    # the port said bare after exposing
    ("run redis exposing 6379 only, nothing published", ["docker run -d --expose 6379 redis"]),
    ("run redis exposing 6379", ["docker run -d --expose 6379 redis"]),
    ("run redis and expose 6379", ["docker run -d --expose 6379 redis"]),
    # an adverb of the whole of it, never a name
    ("remove the backend network entirely", ["docker network rm backend"]),
    ("delete the pgdata volume completely", ["docker volume rm pgdata"]),
    # kicked off a network
    ("kick web off the backend network", ["docker network disconnect backend web"]),
    ("kick cache off backend network", ["docker network disconnect backend cache"]),
    ("kick web", ["docker restart web"]),
]

NOT_RUN = [
    "docker network inspect backend nosuch",  # one unknown: refused as docker exits 1
    "docker network ls --filter driver",  # no key=value
    "docker volume inspect",
    "docker volume inspect db;rm -rf /",
    # a reason clause with a write of its own, or a name said as more
    "unpause cache, dump is done, restart web",
    "stop web, restart is needed",
    "remove web, can someone look",  # asked of someone after the order: never a thing told
    "remove web, could anyone check",
    "stop my-nginx - a duplicate of web",  # a name after a preposition, no "it is": maybe a target
    "stop my-nginx – it's a duplicate of web, stop it too",
    "restart web - it is stuck, and cache too",
    # a task told that is a write, or asked for something else
    "i was told to remove web, could you do it?",
    "i was told to check my-nginx's logs, could you remove them?",
    # "/" between two names in English: shaped as typed docker CLI; never in typed CLI or a removal
    "stop web/cache",
    "restart web/cache",
    "rm web/my-nginx/cache",
    "docker restart web/my-nginx/cache",
    "stop everything except nginx/1.25.3",
    # an emoji of stop after any other order, or before it
    "restart web 🛑",
    "🙅 web 재시작",
    "stop web 🙅 cache",
    "stop web 🤔 🛑",
    "remove web ✋",
    # an arrow between names or inside a command, no paste
    "exec web cat <- this",
    "restart web <- cache",
    # a bare number asked alone, or another than the paste's port: unread (a port, or a terse request's words?)
    "who's on 8080",
    'Got this: "Bind for 0.0.0.0:8080 failed: port is already allocated". who\'s on 9090?',
    # a throwaway one of a container's name
    "start a throwaway web that prints hi",
    "start a new web",
    # a restart after kick said of no network
    "kick web and cache off the backend network",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize("text", NOT_RUN)
def test_not_run(text):
    a = answer(text)
    assert not a.cli, a
