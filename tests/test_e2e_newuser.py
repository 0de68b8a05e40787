"""A wrong-action kind a new operator found (branch newuser), end to end on the real engine.

"thanks for removing web" planned `docker rm web` and "web 재시작해줘서 감사" `docker restart web`: a thanks for
something done was read as the request. It is told, not requested: nothing runs. Each test goes through the whole
pipeline (Gorae.handle, any confirmation answered yes) on a container made for it, and then looks at the engine:
the container is still there, running, never restarted, stopped or removed. A thanks ahead of a request is noise
("restart X thx" restarts it). Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said", ["thanks for removing {n}", "thank you for restarting {n}", "ty for stopping {n}",
                                  "{n} 재시작해줘서 감사", "{n} 지워 주셔서 감사합니다", "{n} 꺼줘서 땡큐"])
def test_a_thanks_for_something_done_runs_nothing(bot, docker_client, cleanup, said):
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(said.format(n=n))
    assert reply.status not in ("done", "confirm") and not bot.asked, reply
    assert exists(docker_client, n)
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == started, state


def test_a_thanks_after_a_request_is_noise(bot, docker_client, cleanup):
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"restart {n} thx")
    check(reply, "en", cli=f"docker restart {n}")
    assert inspect(docker_client, n)["State"]["StartedAt"] != started
