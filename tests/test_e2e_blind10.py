"""Kinds found by wordings_fresh10.yaml (the tenth table, written blind), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at
the engine: brevity said with a phrasal stop ("take X down for a sec") pauses X (it stopped it); after a
pull, "X(으)로 띄워" names the new container X, made from the image pulled (it ran an image named X); an
English directory phrase after a command ("run ls from /etc") is where it runs (-w; it ran `ls from
/etc`); a printed thing described ("prints the date") is asked, no container made (it ran `echo the
date`); a past verb with 아까 ("X 로그 아까 다 확인했어요") runs nothing.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def test_a_phrasal_stop_for_a_moment_pauses(bot, docker_client, world, cleanup):
    """"take X down for a sec": X paused, still running (it was stopped)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"take {n} down for a sec")
    check(reply, "en", cli=f"docker pause {n}")
    state = inspect(docker_client, n)["State"]
    try:
        assert state["Paused"] and state["Running"], state
    finally:
        docker_client.api.unpause(n)


def test_after_a_pull_the_name_said_with_ro_names_the_container(bot, docker_client, world, cleanup):
    """"busybox 받아서 X로 띄워줘": busybox pulled, then a container named X made from it (it ran an image X)."""
    n = uid()
    cleanup.container(n)
    reply = bot.say(f"busybox 받아서 {n}로 띄워줘")
    check(reply, "ko", cli=["docker pull busybox", f"docker run -d --name {n} busybox"])
    assert exists(docker_client, n)
    assert inspect(docker_client, n)["Config"]["Image"] == "busybox"


def test_a_directory_said_with_from_is_the_workdir(bot, docker_client, world, cleanup):
    """"in X, run pwd from /etc": `docker exec -w /etc X pwd`, which prints /etc (it ran `pwd from /etc`)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"in {n}, run pwd from /etc")
    check(reply, "en", cli=f"docker exec -w /etc {n} pwd")
    assert (reply.code or "").strip() == "/etc", reply


def test_what_is_printed_described_makes_no_container(bot, docker_client, world):
    """"run a throwaway alpine that prints the date": the program that prints it, in a throwaway container (session
    13, branch en15: `docker run --rm alpine date`) — never `echo the date`; no container is left."""
    before = container_names(docker_client)
    reply = bot.say("run a throwaway alpine that prints the date")
    check(reply, "en", cli="docker run --rm alpine date")
    assert "the date" not in (reply.code or "") and (reply.code or "").strip(), reply
    assert container_names(docker_client) == before


def test_a_read_told_done_earlier_runs_nothing(bot, docker_client, world, cleanup):
    """"X 로그 아까 다 확인했어요": nothing runs (it showed X's logs); "X 아까 재시작했어요" does not restart X (it was
    refused as pull + restart)."""
    n = run_sdk(docker_client, cleanup)
    started = inspect(docker_client, n)["State"]["StartedAt"]
    for text in (f"{n} 로그 아까 다 확인했어요", f"{n} 아까 재시작했어요"):
        reply = bot.say(text)
        assert reply.status not in ("done", "confirm"), reply
    assert inspect(docker_client, n)["State"]["StartedAt"] == started
