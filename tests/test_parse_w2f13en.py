"""The English kinds of wordings_fresh13.yaml that w2f13en fixed (the table's ops-lead, compose, en and error-paste
rows), each as a kind: the table's failing input and other wordings of the same kind (not in any table), read through
`Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from corpus_check import plan_key
from test_parse_blind6 import check
from test_wordings_fresh import answer

# docker compose typed for one container (grammar/lexicon.txt `compose_typed`, `compose_as_docker`; parse.py
# `_compose_typed`): the docker command that does the same, planned as typed — a name with no container is refused
COMPOSE = [
    ("docker compose logs -f web", ["docker logs -f web"]),
    ("docker-compose logs --tail 20 cache", ["docker logs --tail 20 cache"]),
    ("docker compose top cache", ["docker top cache"]),
    # no container of that name, no name at all, compose's own commands, asked: nothing runs
    ("docker-compose stop nope", None),
    ("docker-compose start redis", None),
    ("docker compose restart", None),
    ("docker compose stop", None),
    ("docker compose down", None),
    ("docker-compose rm web", None),
    ("docker-compose up -d web", None),
    ("docker compose top cache web", None),
    ("docker-compose restart cache 해볼까", None),
]


@pytest.mark.parametrize("text, want", COMPOSE, ids=[t for t, _ in COMPOSE])
def test_compose_typed(text, want):
    check(text, want)


# a write typed with compose is asked back (yes/no), never run: the compose service is the container of that name
# only when the compose file names it so (parse.compose_asked; the lead's change at merge)
COMPOSE_ASKED = [
    ("docker-compose restart cache", "docker restart cache"),
    ("docker-compose stop data", "docker stop data"),
    ("docker-compose start db", "docker start db"),
    ("docker compose stop web", "docker stop web"),
    ("compose restart my-nginx", "docker restart my-nginx"),
    ("docker compose kill -s SIGINT data", "docker kill -s SIGINT data"),
    ("docker compose pause web cache", "docker pause web cache"),
    ("docker-compose restart cache 해줘", "docker restart cache"),
]


@pytest.mark.parametrize("text, want", COMPOSE_ASKED, ids=[t for t, _ in COMPOSE_ASKED])
def test_compose_write_is_asked(text, want):
    ans = answer(text)
    assert not ans.cli and ans.refusal == "not understood: parse.compose_asked", (text, ans)
    assert plan_key(list(ans.proposal)) == plan_key([want]), (text, ans.proposal)


# an existing thing said with its kind and "named"/"called" before its name, for a verb that wants a target
# (grammar/lexicon.txt `named_existing_en`; parse.py `_named_existing`): the name is the target; a create or run
# keeps its `named` as the new name
NAMED_EXISTING = [
    ("delete the volume named pgdata", ["docker volume rm pgdata"]),
    ("remove the network called backend", ["docker network rm backend"]),
    ("remove the container named web", ["docker rm web"]),
    ("restart the container named web", ["docker restart web"]),
    ("stop the container called cache", ["docker stop cache"]),
    ("show logs of the container named web", ["docker logs web"]),
    ("inspect the volume named pgdata", ["docker volume inspect pgdata"]),
    ("remove the image called busybox", ["docker rmi busybox"]),
    ("create a network called qa2", ["docker network create qa2"]),
    ("run a container named web2 from nginx", ["docker run -d --name web2 nginx"]),
    ("remove the container named nope", None),
    ("don't remove the volume named pgdata", None),
]


@pytest.mark.parametrize("text, want", NAMED_EXISTING, ids=[t for t, _ in NAMED_EXISTING])
def test_named_existing(text, want):
    check(text, want)


# "clear" said without up/out is a prune (natural.lark v_prune): what is cleared is said; a name alone is asked
CLEARED = [
    ("clear dangling images", ["docker image prune"]),
    ("clear the stopped containers", ["docker container prune"]),
    ("clear unused volumes", ["docker volume prune"]),
    ("clear the networks nobody uses", ["docker network prune"]),
    ("clear web", None),
    ("clear the screen", None),
    ("clear web logs", None),
    ("don't clear dangling images", None),
]


@pytest.mark.parametrize("text, want", CLEARED, ids=[t for t, _ in CLEARED])
def test_cleared(text, want):
    check(text, want)


# "going" is the state running (natural.lark `running`): after get, the container made to run (`_got_running`)
GOING = [
    ("get db going again", ["docker start db"]),
    ("get web going", ["docker start web"]),
    ("get the cache container going", ["docker start cache"]),
    ("what's going on with web", ["docker inspect web", "docker logs --tail 20 web"]),
    # the future told ("going to …") is no request: nothing runs
    ("going to delete cache", None),
    ("we are going to remove web", None),
    ("i'm going to restart web", None),
    ("don't get db going", None),
]


@pytest.mark.parametrize("text, want", GOING, ids=[t for t, _ in GOING])
def test_going(text, want):
    check(text, want)


# burnt or chewed through, as eaten: a use asked (natural.lark `usage_verb`) = docker stats --no-stream
BURNT = [
    ("how much cpu is my-nginx burning", ["docker stats --no-stream my-nginx"]),
    ("how much memory is cache chewing through", ["docker stats --no-stream cache"]),
    ("which container burns the most cpu", ["docker stats --no-stream"]),
    ("how much cpu does web burn", ["docker stats --no-stream web"]),
    ("burn web", None),
]


@pytest.mark.parametrize("text, want", BURNT, ids=[t for t, _ in BURNT])
def test_burnt(text, want):
    check(text, want)


# one container's ports asked on the host (grammar/lexicon.txt `host_said_en`; parse.py `_ports_on_host`): the ports it
# publishes (docker port); without the host the question stays its details; "on the host network" is untouched
PORTS_ON_HOST = [
    ("which ports does cache expose on the host", ["docker port cache"]),
    ("what ports does web expose on the host", ["docker port web"]),
    ("which ports does my-nginx expose to the host", ["docker port my-nginx"]),
    ("what ports does web use on the host", ["docker port web"]),
    ("which ports does cache expose", ["docker inspect cache"]),
    ("remove web on the host", None),
]


@pytest.mark.parametrize("text, want", PORTS_ON_HOST, ids=[t for t, _ in PORTS_ON_HOST])
def test_ports_on_host(text, want):
    check(text, want)


# trouble told, then a look asked after a comma (grammar/lexicon.txt `look_asked_en`; parse.py `_trouble_then_look`):
# the read the trouble reads as; a write before the look is never read so
TROUBLE_THEN_LOOK = [
    ("web is down, can you take a look", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx is down, can you look into it", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("cache is acting up, could you take a look?", ["docker inspect cache", "docker logs --tail 20 cache"]),
    # (inc21) as "web crashed" alone reads: its status and recent logs (it was the inspect of check alone)
    ("web crashed, pls check it", ["docker inspect web", "docker logs --tail 20 web"]),
    ("remove web, can you look", None),
    ("don't restart web, can you look", None),
]


@pytest.mark.parametrize("text, want", TROUBLE_THEN_LOOK, ids=[t for t, _ in TROUBLE_THEN_LOOK])
def test_trouble_then_look(text, want):
    check(text, want)
