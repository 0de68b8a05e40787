"""tool26 on the real engine: docker named as the tool in Korean ("docker로 N 재시작해줘", "도커로 N 재시작해줘")
restarts N alone — through the whole pipeline, then N's StartedAt has moved and web and cache run since the same
start; told as done, nothing runs (asked whether, it is asked back: a yes/no, as any "해도 돼?")."""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, run_tracked, running_since

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say", ["docker로 {n} 재시작해줘", "도커로 {n} 재시작해줘"])
def test_the_tool_said_restarts_the_container_alone(bot, docker_client, world, cleanup, say):
    name, _ = run_tracked(docker_client, cleanup)
    before = running_since(docker_client, name)
    others = {n: running_since(docker_client, n) for n in ("web", "cache")}
    reply = bot.say(say.format(n=name))
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker restart {name}"], reply
    assert running_since(docker_client, name) != before
    assert {n: running_since(docker_client, n) for n in ("web", "cache")} == others


def test_told_done_touches_nothing(bot, docker_client, world, cleanup):
    assert_touches_nothing(bot, docker_client, "도커로 web 재시작했어")
