"""fresh17's wrong writes and its most frequent miss kind, fixed by w17, each as a kind: the failing input and other
wordings of the same kind (not in any table), read through `Gorae.explain` against the fake corpus world
(tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A removal said of a word that describes an image, not one the engine holds, is refused ("no such image", bot/engine/
# plan.py `_rmi`, grammar/lexicon.txt image_described_en): "remove the oldest image" planned `docker rmi oldest`,
# "remove the container image" `docker rmi container`. A name is planned by name (the dev corpus's nginx:1.25). An image here is removed as before; a pull of an
# image not here fetches it (never refused).
MISSING_IMAGE = [
    ("remove the oldest image", None),
    ("redis:v17 image를 지워줘", ["docker rmi redis:v17"]),  # (lead) a name is planned by name, as the dev corpus's
    # "nginx:1.25 이미지 삭제" = docker rmi nginx:1.25 (docker answers "No such image")
    ("remove the container image", None),
    ("delete the ghost image", ["docker rmi ghost"]),
    ("mongo 이미지 지워", ["docker rmi mongo"]),
    ("nginx:9.9 이미지 삭제해줘", ["docker rmi nginx:9.9"]),
    ("nginx:1.25 이미지 삭제", ["docker rmi nginx:1.25"]),
    ("get rid of the newest image", None),
    ("remove image mysql:5.7", ["docker rmi mysql:5.7"]),
    ("alpine 이미지 지워줘", ["docker rmi alpine"]),
    ("get rid of the hello-world image", ["docker rmi fastcampus/hello-world"]),
    ("pull redis:v17", ["docker pull redis:v17"]),
    ("docker rmi ghost", ["docker rmi ghost"]),  # typed: as typed, docker answers "No such image"
    # an image pulled or tagged by an earlier step of the same request is there when its removal runs
    ("pull redis:7 and then remove the redis:7 image", ["docker pull redis:7", "docker rmi redis:7"]),
    ("nginx를 nginx:tmp로 태그하고 nginx:tmp 이미지 지워줘", ["docker tag nginx nginx:tmp", "docker rmi nginx:tmp"]),
    ("pull redis:7 and then remove the redis:8 image", ["docker pull redis:7", "docker rmi redis:8"]),
]


@pytest.mark.parametrize("text, want", MISSING_IMAGE, ids=[t for t, _ in MISSING_IMAGE])
def test_missing_image_is_never_removed(text, want):
    check(text, want)


# What runs in one container, asked with a question word and "run": its processes (docker top), never a start
# ("what processes run in cache?" planned `docker start cache`)
RUNS_IN = [
    ("what processes run in cache?", ["docker top cache"]),
    ("which processes run in web", ["docker top web"]),
    ("what processes run in my-nginx", ["docker top my-nginx"]),
    ("what processes are running in cache?", ["docker top cache"]),
    ("cache에서 어떤 프로세스 돌아?", ["docker top cache"]),
    ("what processes ran in cache?", None),
]


@pytest.mark.parametrize("text, want", RUNS_IN, ids=[t for t, _ in RUNS_IN])
def test_what_runs_in_is_top(text, want):
    check(text, want)


# Words that say what a quoted command is ("shell command", "the command", 명령어) are not its words: "data에 shell
# command 'date' 실행해줘" planned `docker exec data shell command date`
QUOTED_COMMAND = [
    ("data에 shell command 'date' 실행해줘", None),
    ("run the command 'date' in data", ["docker exec data date"]),
    ("run the command 'hostname' in data", ["docker exec data hostname"]),
    ("web에 쉘 명령어 'uptime' 쳐줘", None),
    ("data에서 'ls' 실행", ["docker exec data ls"]),
    ("run echo 'shell command' in web", ["docker exec web echo 'shell command'"]),
    ("data에 shell command 'date' 실행하지 마", None),
    ("`web` 프로세스 보여줘", ["docker top web"]),
]


@pytest.mark.parametrize("text, want", QUOTED_COMMAND, ids=[t for t, _ in QUOTED_COMMAND])
def test_words_describing_a_quoted_command(text, want):
    check(text, want)


# English: a clause with its own subject and verb after the request is context (bot/language/reason_clause.py
# `context_after`): the request alone is read, the clause's words are never targets ("pull redis again, we heard
# there's a fix" pulled heard and fix) and never ask for a verb of gorae's; negation, calling off and past stay.
CONTEXT_AFTER = [
    ("pull redis again, we heard there's a fix", ["docker pull redis"]),
    ("pull alpine, the old one has a CVE", ["docker pull alpine"]),
    ("pull nginx, there is a new version", ["docker pull nginx"]),
    ("restart web, it's leaking memory", ["docker restart web"]),
    ("stop cache, the disk is full", ["docker stop cache"]),
    ("restart data, we changed its timezone", ["docker restart data"]),
    ("pause data since we're taking a snapshot", ["docker pause data"]),
    ("stop web, it keeps crashing", ["docker stop web"]),
    ("bounce cache, users are seeing errors", ["docker restart cache"]),
    ("restart web, actually don't", None),
    ("don't restart web, it is busy", None),
    ("did you restart web, it was slow", None),
    ("restart web, it was restarted yesterday?", None),
    ("restart web, it is slow, stop cache", None),
    ("we restarted web, it was leaking memory", None),
    ("remove web, we use it daily", None),
    ("delete db, the data is important", None),
    ("restart web so it picks it up tomorrow", None),
    ("remove web, it's still needed", None),
    ("stop web, I mean cache too", None),
]


@pytest.mark.parametrize("text, want", CONTEXT_AFTER, ids=[t for t, _ in CONTEXT_AFTER])
def test_context_after_the_request(text, want):
    check(text, want)
