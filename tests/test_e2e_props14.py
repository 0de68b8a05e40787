"""The wrong-write kinds of tests/test_parse_props14.py end to end on the real engine, the engine inspected after:
A. Korean's off-then-on idiom with a neutral word inside ("X 껐다 좀 켜줘"): X is restarted, running, one new start
   (it planned a stop, then a start, asked as a sequence);
B. a courtesy before an English yes/no question ("please is X stopped?"): X untouched (it stopped X);
C. hearsay before a courtesy ("someone said please stop X"): X untouched (it stopped X);
D. an intention told with "will be" + -ing ("i will be restarting X", "i'll be restarting X"): X untouched (it
   restarted X);
E. an image named with its kind noun, then the noun container, with a remove ("remove alpine image containers"):
   refused, the image still here (it planned `docker rmi alpine`).
Containers are this test's own (tests/test_e2e_core.py `scoped_bot`, labelled, removed after). Run under
/tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, scoped_bot

pytestmark = [pytest.mark.docker]


def test_off_then_on_with_a_neutral_word_restarts(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    before, other = inspect(docker_client, a)["State"]["StartedAt"], inspect(docker_client, b)["State"]["StartedAt"]
    reply = bot.say(f"{a} 껐다 좀 켜줘")
    check(reply, "ko", cli=f"docker restart {a}")
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and state["StartedAt"] != before
    assert inspect(docker_client, b)["State"]["StartedAt"] == other


@pytest.mark.parametrize("said", ["please is {a} stopped?", "pls was {a} restarted?", "someone said please stop {a}",
                                  "they said could you restart {a}", "i will be restarting {a}",
                                  "i'll be restarting {a}", "im going to restart {a}", "stop {a}, scratch that"])
def test_said_of_a_write_touches_nothing(said, docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    before = inspect(docker_client, a)["State"]
    reply = bot.say(said.format(a=a))
    assert reply.status not in ("done", "confirm"), reply
    after = inspect(docker_client, a)["State"]
    assert after["Running"] and not after["Paused"] and after["StartedAt"] == before["StartedAt"]


def test_an_image_and_the_noun_container_never_removes_the_image(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    image = docker_client.images.get("alpine").id
    reply = bot.say("remove alpine image containers")
    assert reply.status not in ("done", "confirm"), reply
    assert docker_client.images.get("alpine").id == image
    assert inspect(docker_client, a)["State"]["Running"]
