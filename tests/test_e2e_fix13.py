"""The wrong-action kinds of tests/test_parse_fix13.py end to end on the real engine, the engine inspected after:
A. a Korean ban ended, then a request in its own clause: the request runs, the ban holds ("X 재시작 하지 마 just 로그만
   보여줘" shows the logs, X is never restarted); the banned verb said again, or a bare noun after the ban ("X 풀지마
   일시정지"), runs nothing; B. a command line typed after its image said with (으)로, or "run IMAGE with CMD": the
   command runs with every word typed — a word of gorae's ("done", "stop") is the command's, never a verb done to a
   container. Listings are scoped to this test's label (tests/test_e2e_core.py `ScopedClient`): other runs share the
   engine. Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import check, inspect, scoped_bot, uid

pytestmark = [pytest.mark.docker]


def _made_with(client: Any, cleanup: Any, word: str) -> list[str]:
    """The containers whose command holds `word` (made by the bot for this test), each handed to `cleanup`."""
    names = [c["Names"][0].lstrip("/") for c in client.api.containers(all=True) if word in (c.get("Command") or "")]
    for n in names:
        cleanup.container(n)
    return names


@pytest.mark.parametrize("said", ["{a} 재시작 하지 마 just 로그만 보여줘", "{a} 재시작하지 마. 로그만 보여줘"])
def test_a_ban_then_a_request_runs_the_request_only(docker_client, world, cleanup, said):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    before = {n: inspect(docker_client, n)["State"]["StartedAt"] for n in (a, b)}
    reply = bot.say(said.format(a=a))
    check(reply, "ko", cli=f"docker logs {a}")
    for n in (a, b):  # the ban holds: nothing restarted
        assert inspect(docker_client, n)["State"]["StartedAt"] == before[n], n


def test_the_banned_verb_said_again_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    before = {n: inspect(docker_client, n)["State"]["StartedAt"] for n in (a, b)}
    reply = bot.say(f"{a} 재시작하지 마 {b} 재시작해")
    assert reply.status not in ("done", "confirm"), reply
    for n in (a, b):
        assert inspect(docker_client, n)["State"]["StartedAt"] == before[n], n


def test_a_bare_noun_after_a_ban_runs_nothing(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    docker_client.api.pause(a)
    try:
        reply = bot.say(f"{a} 풀지마 일시정지")
        assert reply.status not in ("done", "confirm"), reply
        assert inspect(docker_client, a)["State"]["Paused"]  # never unpaused, never paused again
    finally:
        docker_client.api.unpause(a)


@pytest.mark.parametrize("said, lang", [("busybox로 echo done {u} 실행", "ko"), ("busybox 이미지로 echo stop now {u} 실행해줘", "ko"),
                                        ("run busybox with echo done {u}", "en")])
def test_a_command_after_its_image_runs_whole(docker_client, world, cleanup, said, lang):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    u = uid()
    words = said.format(u=u).split("echo ", 1)[1].split(" 실행")[0]
    reply = bot.say(said.format(u=u))
    _made_with(docker_client, cleanup, u)
    check(reply, lang, cli=f"docker run busybox echo {words}")
    assert (reply.code or "").strip() == words, reply  # every word typed, a word of gorae's included
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and not state["Paused"]  # never a stop of anything
