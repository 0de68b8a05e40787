"""The kinds of English breadth that tests/data/wordings_en13.yaml still missed after en13 (branch w2en13), each fixed
as a kind in grammar/ or bot/language/: the table's sentence and other wordings of the same kind (not in any table),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them. `None`:
nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A run's command joined to its image by "and" alone when the command is a program of printing (grammar/lexicon.txt
# `print_and`, bot/language/parse_natural.py `_and_prints`): 'run a throwaway alpine and echo hi' was stray words.
AND_PRINTS = [
    ("run a throwaway alpine and echo hi", ["docker run --rm alpine echo hi"]),
    ("run alpine and echo hi", ["docker run alpine echo hi"]),
    ("run ubuntu:focal and echo hello world", ["docker run ubuntu:focal echo hello world"]),
    ("run a disposable busybox and echo hello", ["docker run --rm busybox echo hello"]),
    ("run alpine and echo hi and remove it after", ["docker run --rm alpine echo hi"]),
    # "and" before any other program is no join: asked, or a second request
    ("run busybox and ping localhost", None),
    ("run nginx and stop web", ["docker run -d nginx", "docker stop web"]),
    ("run nginx and echo", None),
]


@pytest.mark.parametrize("text, want", AND_PRINTS, ids=[t for t, _ in AND_PRINTS])
def test_and_prints(text, want):
    check(text, want)


# A run said attached ("without detaching", "w/o detaching", "non-detached") with its command after it: attached, as
# any run of a command (grammar/natural.lark `attached`); said with no command it is asked (a chat holds no terminal).
ATTACHED = [
    ("run alpine w/o detaching and echo hi", ["docker run alpine echo hi"]),
    ("run alpine without detaching and echo hi", ["docker run alpine echo hi"]),
    ("run ubuntu:focal non-detached and echo hi", ["docker run ubuntu:focal echo hi"]),
    ("run alpine non-detached echo hi", ["docker run alpine echo hi"]),
    ("run nginx w/o detaching", None),
    ("run nginx non-detached", None),
    ("run alpine w/o detaching and stop web", None),
]


@pytest.mark.parametrize("text, want", ATTACHED, ids=[t for t, _ in ATTACHED])
def test_attached(text, want):
    check(text, want)


# "the X container": the container X when there is one, else the one container that runs the image X (bot/language/
# parse_natural.py `_the_image_container`, bot/engine/plan.py `_run_by` with `run_by_named`); 'restart the redis
# container' was no such container. Several containers of the image, or none and no container X: asked by name.
THE_X_CONTAINER = [
    ("restart the redis container", ["docker restart cache"]),
    ("remove the alpine container", ["docker rm data"]),
    ("kill the redis container pls", ["docker kill cache"]),
    ("inspect the mysql container", ["docker inspect db"]),
    ("restart the web container", ["docker restart web"]),  # a container named so: that one
    ("stop the db container", ["docker stop db"]),
    ("stop the nginx container", None),  # web and my-nginx run nginx: which?
    ("restart the postgres container", None),  # none runs it, no container postgres
    ("restart the foo container", None),
    ("restart redis container", None),  # no "the": said as a container's name, as before
]


@pytest.mark.parametrize("text, want", THE_X_CONTAINER, ids=[t for t, _ in THE_X_CONTAINER])
def test_the_image_container(text, want):
    check(text, want)


# A request taken back with a bare apology set off by commas (grammar/natural.lark `correction`: "sorry ,"): what is
# said after it is the request, on the verb before it when it says none; 'logs for web, sorry, for cache' was two
# names for one log.
SORRY_TAKEN_BACK = [
    ("logs for web, sorry, for cache", ["docker logs cache"]),
    ("restart web, sorry, cache", ["docker restart cache"]),
    ("stop data, sorry, my-volume", ["docker stop my-volume"]),
    ("pull nginx, sorry, httpd", ["docker pull httpd"]),
    ("remove web, sorry, stop it", ["docker stop web"]),
    ("sorry, restart web", ["docker restart web"]),  # nothing before it taken back
    ("restart web, sorry, don't", None),
    ("restart web, sorry, cache too", None),  # one more name, not the request taken back: asked
]


@pytest.mark.parametrize("text, want", SORRY_TAKEN_BACK, ids=[t for t, _ in SORRY_TAKEN_BACK])
def test_sorry_taken_back(text, want):
    check(text, want)


# A restart given while giving (grammar/natural.lark `_filler` "giving", as "give"); who wants or needs a write, said
# first, is asked, never done (grammar/lexicon.txt `asked_who`). Someone else's wish is reported, never a request.
WANTS_GIVING = [
    ("fancy giving my-nginx a restart?", ["docker restart my-nginx"]),
    ("giving web a restart", ["docker restart web"]),
    ("fancy giving cache a stop?", ["docker stop cache"]),
    ("cache is giving me errors", ["docker inspect cache", "docker logs --tail 20 cache"]),  # a complaint, as before
    ("nobody wants web restarted", None),
    ("no one wants a restart of web", None),
    ("who wants to restart web?", None),
    ("who wants web restarted?", None),
    ("who needs to restart web?", None),
    ("jim wants web restarted, thoughts?", None),
    ("bob wants a restart of cache", None),
]


@pytest.mark.parametrize("text, want", WANTS_GIVING, ids=[t for t, _ in WANTS_GIVING])
def test_wants_giving(text, want):
    check(text, want)


# When a write was last done, asked (grammar/natural.lark `last_time`, read with `when_asked`): its details, never the
# write; 'when was cache last restarted?' was an unknown word. "last" said with no when is unread, as before.
WHEN_LAST = [
    ("when was cache last restarted?", ["docker inspect cache"]),
    ("when did web last restart?", ["docker inspect web"]),
    ("when was db last started", ["docker inspect db"]),
    ("when was cache restarted last?", ["docker inspect cache"]),
    ("restart web last", None),
    ("show the last 5 logs of web", ["docker logs --tail 5 web"]),
]


@pytest.mark.parametrize("text, want", WHEN_LAST, ids=[t for t, _ in WHEN_LAST])
def test_when_last(text, want):
    check(text, want)
