"""The kinds of English the held-out table tests/data/wordings_fresh14.yaml still missed after session 12 (branch k15en),
each fixed as a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not in any
table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# An incident order headed by its speaker's role ("IC here.", "IC:", grammar/lexicon.txt `incident_role_en`) and the
# clock time it was given, or addressed to people after its ticket id ("all hands:", `incident_addressee_en`); a
# sentence or clause asking to be told when it is done (`report_done_*`) and a stopgap said of it
# (`context_trailing_phrase_en`) change nothing (bot/language/normalize.py `_role_head`, `_addressee_head`,
# `report_when_done`).
INCIDENT = [
    ("[SEV1] 04:02 all hands: stop data", ["docker stop data"]),
    ("IC here. 13:37 restart cache. confirm when done", ["docker restart cache"]),
    ("IC: 13:40 — my-nginx logs since 30m", ["docker logs --since 30m my-nginx"]),
    ("[INC-72] 19:01 spin up httpd on 8081 as a stopgap", ["docker run -d -p 8081:80 httpd"]),
    ("[SEV2] 02:15 everyone: pause data", ["docker pause data"]),
    ("[INC-9] team, restart web", ["docker restart web"]),
    ("IC here. restart my-nginx", ["docker restart my-nginx"]),
    ("On-call here: 09:12 stop web. let me know once it is finished", ["docker stop web"]),
    ("IC - 02:10 show cache logs", ["docker logs cache"]),
    ("restart cache, let me know when done", ["docker restart cache"]),
    ("stop data and ping me when you are done", ["docker stop data"]),
    ("run nginx on 8085 as a temporary fix", ["docker run -d -p 8085:80 nginx"]),
    ("start db as a workaround for now", ["docker start db"]),
    # what was done, told under the same head, runs nothing; a report asked alone is no request
    ("IC here. 13:37 web restarted", None),
    ("IC: 13:40 — don't restart cache", None),
    ("IC here. confirm when done", None),
    # a name is never an addressee: "web: restart cache" names two containers (break6), asked
    ("[INC-9] web: restart cache", None),
]


@pytest.mark.parametrize("text, want", INCIDENT, ids=[t for t, _ in INCIDENT])
def test_incident_head(text, want):
    check(text, want)


# A state or a thing asked about in English, never the write it names: paused asked with the copula (its details), a
# container on a network asked (the network's members: `_on_network_asked_en`), a volume, network or container said
# to exist (its details: `_thing_present`), a count said as "(total) number of" (the list, as "how many" is).
STATE_QUESTIONS = [
    ("is cache paused?", ["docker inspect cache"]),
    ("is data paused right now?", ["docker inspect data"]),
    ("is the web container paused", ["docker inspect web"]),
    ("web paused please", ["docker pause web"]),  # asked for done, as before
    ("is web on the backend network?", ["docker network inspect backend"]),
    ("is cache connected to backend?", ["docker network inspect backend"]),
    ("is my-nginx attached to the backend network", ["docker network inspect backend"]),
    ("connect web to backend", ["docker network connect backend web"]),
    ("is web on the backend network? connect it", None),
    ("does the pgdata volume exist?", ["docker volume inspect pgdata"]),
    ("is there a backend network?", ["docker network inspect backend"]),
    ("does volume db exist", ["docker volume inspect db"]),
    ("does the web container exist?", ["docker inspect web"]),
    ("does the pgdata volume exist? remove it", None),
    ("total number of containers including stopped?", ["docker ps -a"]),
    ("the number of running containers", ["docker ps"]),
    ("number of volumes?", ["docker volume ls"]),
    ("total number of images", ["docker images"]),
]


@pytest.mark.parametrize("text, want", STATE_QUESTIONS, ids=[t for t, _ in STATE_QUESTIONS])
def test_state_questions(text, want):
    check(text, want)


# A junior asking first: the request said as a gerund then whether it is allowed ("is restarting cache allowed here?":
# asked, natural.lark `asked`), then "if so …" — the very command asked about (an image too: "delete it" is the image
# asked, bot/language/parse.py `_asked_then_given_en`); "I'm" is I am, never an open quote, and a newcomer saying so
# is context (lexicon `chat_spelling`, `context_phrase_en`); a need said then "could you do it?" after a dash or comma,
# hedged or not (`_need_then_do_it_en`).
JUNIOR = [
    ("is restarting cache allowed here? if so restart it", ["docker restart cache"]),
    ("is stopping web allowed right now? if so stop it", ["docker stop web"]),
    ("is restarting cache allowed here? if so restart web", None),
    ("is it okay if I delete the alpine image? yes? then delete it", ["docker rmi alpine"]),
    ("can I remove the busybox image? if so remove it", ["docker rmi busybox"]),
    ("can I delete the alpine image? yes? then delete web", None),
    ("can I delete the alpine image? if so stop it", None),
    ("i am new to this, could you show the logs of cache", ["docker logs cache"]),
    ("i am new here - which port does web publish?", ["docker port web"]),
    ("i'm going to restart web", None),  # I'm stays unread (a plan told, never a request)
    ("first day here: list the images", ["docker images"]),
    ("I think cache needs a restart - could you do it?", ["docker restart cache"]),
    ("I think cache needs a restart, could you do it?", ["docker restart cache"]),
    ("web needs a restart — can you handle it", ["docker restart web"]),
    ("i guess data needs a stop, could you do that", ["docker stop data"]),
    ("pretty sure my-nginx needs a restart - could you take care of it?", ["docker restart my-nginx"]),
    ("I think cache needs a restart", None),
    ("web needs a restart - don't do it", None),
    ("delete db — scratch that", None),
]


@pytest.mark.parametrize("text, want", JUNIOR, ids=[t for t, _ in JUNIOR])
def test_junior(text, want):
    check(text, want)


# The permission asked alone runs nothing: the command asked about is offered as a yes/no question, never run.
ASKED_ALONE = [
    ("is restarting cache allowed here?", ["docker restart cache"]),
    ("is removing the alpine image permitted?", ["docker rmi alpine"]),
    ("is stopping web allowed right now?", ["docker stop web"]),
]


@pytest.mark.parametrize("text, proposed", ASKED_ALONE, ids=[t for t, _ in ASKED_ALONE])
def test_permission_asked_alone(text, proposed):
    ans = answer(text)
    assert not ans.cli and list(ans.proposal) == proposed, (text, ans)


# A row of `docker ps` pasted then asked about in English: why it keeps restarting (its status and recent logs: a
# complaint asked, parse_natural `_asked_about`), its use said "cpu/mem" (natural.lark `_USE_PAIR`), a row quoted in
# one code span cut short after its source ("from docker ps: `… web` -> stop it"), what ps shows told in words ("ps
# shows X as Up 2 hours, restart it anyway": bot/language/parse.py `_ps_quoted_or_told`) — "it" is the one container
# named, never another; "anyway" is chat (natural.lark filler), never a second name.
PS_PASTE = [
    ('0c1d2e3f4a5b   nginx   "/docker-entrypoint.…"   5 min ago   Restarting (1) 10 seconds ago      my-nginx\n'
     'why does it keep restarting?', ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("why does my-nginx keep restarting?", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("why does cache keep exiting", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("why does web keep restarting? restart it", None),
    ('a1b2c3d4e5f6   nginx   "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8080->80/tcp   web\n'
     "what's it using, cpu/mem?", ["docker stats --no-stream web"]),
    ("what is web using, cpu/mem?", ["docker stats --no-stream web"]),
    ("web cpu/ram", ["docker stats --no-stream web"]),
    ("cache mem/cpu usage", ["docker stats --no-stream cache"]),
    ("run alpine cat /cpu/mem", ["docker run alpine cat /cpu/mem"]),  # a path stays a path
    ("from docker ps: `a1b2c3d4e5f6 nginx ... web` -> stop it", ["docker stop web"]),
    ("from docker ps: `0c1d2e3f4a5b redis ... cache` restart it", ["docker restart cache"]),
    ("from ps: `9f8e7d6c5b4a alpine … data` pause it", ["docker pause data"]),
    ("ps shows my-nginx as Up 2 hours, restart it anyway", ["docker restart my-nginx"]),
    ("ps says cache is Exited (0) 3 minutes ago, start it", ["docker start cache"]),
    ("ps lists data as Up 3 days: show its logs", ["docker logs data"]),
    ("ps shows web as Up 5 minutes, restart cache", None),  # another name after the row: asked, never both
    ("restart web anyway", ["docker restart web"]),
    ("stop cache regardless", ["docker stop cache"]),
    ("don't restart web anyway", None),
]


@pytest.mark.parametrize("text, want", PS_PASTE, ids=[t for t, _ in PS_PASTE])
def test_ps_paste(text, want):
    check(text, want)


# English said in words where docker has a flag or a verb: the timeout as a grace period (natural.lark filler, lexicon
# `within`), every container whatever its state said as a pair of states (natural.lark `all_states`, one token), an
# image labelled as another reference (natural.lark `v_tag`), the containers made from an image (`attr_verb`).
IN_WORDS = [
    ("stop cache with a 30 second grace period", ["docker stop -t 30 cache"]),
    ("restart web with a 5s grace period", ["docker restart -t 5 web"]),
    ("stop web in 5 minutes", None),  # a time to wait stays no timeout
    ("list every container, dead or alive", ["docker ps -a"]),
    ("show containers alive or dead", ["docker ps -a"]),
    ("list all containers, running or not", ["docker ps -a"]),
    ("is web dead or what", ["docker inspect web", "docker logs --tail 20 web"]),  # "dead" alone stays a state
    ("label nginx as nginx:prod", None),  # (test_parse_tag: a label is no tag)
    ("run nginx --label a=b", ["docker run -d --label a=b nginx"]),
    ("containers made from redis only", ["docker ps --filter ancestor=redis"]),
    ("list the containers made from nginx", ["docker ps --filter ancestor=nginx"]),
    ("show containers spawned from httpd", ["docker ps --filter ancestor=httpd"]),
    ("list every container ever made", ["docker ps -a"]),
]


@pytest.mark.parametrize("text, want", IN_WORDS, ids=[t for t, _ in IN_WORDS])
def test_said_in_words(text, want):
    check(text, want)


# A greeting closed by an emoji, no stop, then the request: the emoji ends the greeting's sentence, which is dropped
# as courtesy (bot/language/normalize.py `_SENTENCE_END`).
GREETING_EMOJI = [
    ("morning ☀️ run redis-cli info in cache. thx!", ["docker exec cache redis-cli info"]),
    ("hi 👋 restart web", ["docker restart web"]),
    ("evening 🌙 show cache logs, thanks", ["docker logs cache"]),
    ("morning ☀️ don't restart web", None),
]


@pytest.mark.parametrize("text, want", GREETING_EMOJI, ids=[t for t, _ in GREETING_EMOJI])
def test_greeting_closed_by_an_emoji(text, want):
    check(text, want)


# The containers' IDs only, asked of a listing (natural.lark `ids_only`): docker ps -q; one container's id stays its
# details.
IDS_ONLY = [
    ("just the container IDs", ["docker ps -q"]),
    ("list the container ids", ["docker ps -q"]),
    ("show container ids only", ["docker ps -q"]),
    ("all container ids", ["docker ps -a -q"]),
    ("what's the id of data", ["docker inspect data"]),
    ("remove the container ids", None),
]


@pytest.mark.parametrize("text, want", IDS_ONLY, ids=[t for t, _ in IDS_ONLY])
def test_ids_only(text, want):
    check(text, want)
