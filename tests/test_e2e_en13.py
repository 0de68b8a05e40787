"""The wrong-action kinds of tests/data/wordings_en13.yaml (branch en13), end to end on the real engine
(tests/test_parse_en13.py reads them through the fake world). Each test goes through the whole pipeline
(Gorae.handle, confirmations answered yes) and then looks at the engine: a word said before "and VERB" is no name of
the verb ("be a dear and pull alpine" pulled an image `dear`; "X and restart Y" restarted X too); an -ing word first in
a command said in words is never run as a program (`docker run -d alpine sleeping 300` was run); a container's working
directory and user said in words are the exec's -w and -u (its output shows them).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_courtesy_before_and_verb_pulls_the_one_image(bot, docker_client, world):
    """"be a dear and pull busybox": `docker pull busybox` only — no image `dear` asked of the registry."""
    reply = bot.say("be a dear and pull busybox")
    check(reply, "en", cli="docker pull busybox")
    assert docker_client.images.list(name="busybox")
    assert not docker_client.images.list(name="dear")


def test_a_name_before_and_verb_is_never_the_verbs(bot, docker_client, world, cleanup):
    """"A and restart B": refused — neither A nor B restarted (it restarted both)."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = (started_at(docker_client, a), started_at(docker_client, b))
    reply = bot.say(f"{a} and restart {b}")
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert (started_at(docker_client, a), started_at(docker_client, b)) == before


def test_a_gerund_is_never_run_as_a_program(bot, docker_client, world, cleanup):
    """"run alpine sleeping 300 in the background": the -ing of a known program right after the image is its command
    (session 13, branch en15: `docker run -d alpine sleep 300`, the en13 table's row) — never a program named
    `sleeping` (it ran `sleeping 300`)."""
    names = container_names(docker_client)
    reply = bot.say("run alpine sleeping 300 in the background")
    check(reply, "en", cli="docker run -d alpine sleep 300")
    made = cleanup.adopt_new()["containers"]
    assert len(made) == 1 and not (set(made) & names), made
    assert inspect(docker_client, made[0])["Config"]["Cmd"] == ["sleep", "300"]


def test_workdir_and_user_said_in_words(bot, docker_client, world, cleanup):
    """"run pwd on X with workdir /etc", "run id on X as user nobody": the exec runs in /etc, as nobody."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"run pwd on {n} with workdir /etc")
    check(reply, "en", cli=f"docker exec -w /etc {n} pwd")
    assert "/etc" in (reply.code or ""), reply
    reply = bot.say(f"run id on {n} as user nobody")
    check(reply, "en", cli=f"docker exec -u nobody {n} id")
    assert "nobody" in (reply.code or ""), reply
    assert exists(docker_client, n) and inspect(docker_client, n)["State"]["Running"]
