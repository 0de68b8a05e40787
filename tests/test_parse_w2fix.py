"""The wrong-write kinds w2fix fixed (session 13, left on integ), each as a kind: the input found and other wordings
of the same kind (not in any table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as
`gorae explain` reads them. `None`: nothing may run and no write is offered (a refusal or a question are fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# (3) the speaker's own intention told before a write's verb (grammar/lexicon.txt `intent_subject_en`,
# `intent_said_en`, `intent_between_en`; parse_natural `_told_intended`, parse `_intent_cut`): what they will do
# themselves, never a request — nothing runs
INTENDED = [
    ("I am going to restart web", None),
    ("I will restart web", None),
    ("we will stop cache", None),
    ("we are going to remove db", None),
    ("I will now restart web", None),
    ("I am gonna pause data", None),
    ("I plan to remove db", None),
    ("hey, I will restart my-nginx", None),
    ("ok we are about to stop web", None),
    ("i'm going to restart web", None),
    ("we will need to restart web", None),
    ("I will have to stop cache", None),
    # a request stays one: a wish, asked of gorae, said with "will you"
    ("I want to restart web", ["docker restart web"]),
    ("will you restart web", ["docker restart web"]),
    ("I need to stop cache", ["docker stop cache"]),
    ("restart web", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", INTENDED, ids=[t for t, _ in INTENDED])
def test_intention_told(text, want):
    check(text, want)


def test_intention_told_says_so():
    assert answer("I will restart web").refusal == "not understood: parse.intended"


# (1) Korean, a run said right after a pull with a command typed before the verb and no image of its own
# (parse_natural `_pulled_run_ko`; grammar/lexicon.txt known_programs, clause_not_programs, image_run_particles): the
# pulled image runs the command — never an image named after the program, never a word dropped
PULLED_RUN_KO = [
    ("busybox 받고 echo ok 실행해줘", ["docker pull busybox", "docker run busybox echo ok"]),
    ("redis 받아서 echo hi로 실행해", ["docker pull redis", "docker run redis echo hi"]),
    ("alpine 받아서 date 실행해줘", ["docker pull alpine", "docker run alpine date"]),
    ("busybox 받고 uname -a 실행해", ["docker pull busybox", "docker run busybox uname -a"]),
    ("alpine 받아서 sleep 100 돌려", ["docker pull alpine", "docker run alpine sleep 100"]),
    ("alpine 이미지 받고 hostname 실행해 줘", ["docker pull alpine", "docker run alpine hostname"]),
    # no command said: the pulled image runs detached, a name with (으)로 is the new container's
    ("nginx 받아서 실행해", ["docker pull nginx", "docker run -d nginx"]),
    ("redis 받아서 r7으로 띄워줘", ["docker pull redis", "docker run -d --name r7 redis"]),
    # a command in a container said: exec there, the pull as said
    ("busybox 받고 web에서 echo ok 실행", ["docker pull busybox", "docker exec web echo ok"]),
]


@pytest.mark.parametrize("text, want", PULLED_RUN_KO, ids=[t for t, _ in PULLED_RUN_KO])
def test_pulled_run_command_ko(text, want):
    check(text, want)


def test_pulled_run_command_ko_never_an_image_named_after_it():
    for text in ("busybox 받고 echo ok 실행해줘", "redis 받아서 echo hi로 실행해", "busybox 받고 date 좀 실행해"):
        for line in answer(text).cli:
            assert not line.startswith(("docker run -d echo", "docker run hi", "docker run -d date")), (text, line)


# (2) Korean, a run from an image said with (으)로 and one bare word after it that is no program (grammar/lexicon.txt
# known_programs, verb_programs, shells, probe_from; parse_natural `_run`): the new container's name or a command?
# asked (as "httpd로 edge3 띄워" was), never run as a command in the image; a program runs, a name said as one names
RUN_ONE_WORD_KO = [
    ("httpd로 edge3 실행", None),
    ("nginx로 web2 실행해줘", None),
    ("redis로 cache2 돌려", None),
    ("httpd 이미지로 edge3 실행", None),
    ("nginx로 web 실행", None),
    ("busybox로 date 실행", ["docker run busybox date"]),
    ("alpine으로 whoami 실행해줘", ["docker run alpine whoami"]),
    ("redis로 redis-cli 실행", ["docker run redis redis-cli"]),
    ("httpd로 edge3 이름으로 실행", ["docker run -d --name edge3 httpd"]),
    ("httpd 컨테이너 edge3로 실행해주세요", ["docker run -d --name edge3 httpd"]),
    ("nginx:1.25 이미지로 edge8 띄우자", ["docker run -d --name edge8 nginx:1.25"]),
]


@pytest.mark.parametrize("text, want", RUN_ONE_WORD_KO, ids=[t for t, _ in RUN_ONE_WORD_KO])
def test_run_one_word_from_image_ko(text, want):
    check(text, want)
