"""The kinds of tests/test_parse_blind14.py end to end on the real engine, the engine inspected after:
A. the chat -ㅁ of 켜다/키다 ("X킴", "X 켬") is told done: the container stays as it was — it planned a start;
B. 다시 돌리다 ("X다시돌려") is asked back: a running container is neither started nor restarted — it planned a start;
C. the record head of an incident order ("[INC-231] 14:02 X 재시작"): X alone is restarted;
D. a row of `docker ps` pasted, then "이거 재시작해줘": the container of the NAMES column alone is restarted;
E. a permission asked, then the go-ahead ("X 켜도 돼요? 켜주세요"): X is started.
Listings are scoped to this test's label (tests/test_e2e_core.py `ScopedClient`): other runs share the engine.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, ScopedClient, check, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _scoped(docker_client, cleanup, running: int = 0, created: int = 0):
    tag = uid()
    label = {"gorae.e2e": tag}
    up = [run_sdk(docker_client, cleanup, labels=label) for _ in range(running)]
    made = [run_sdk(docker_client, cleanup, start=False, labels=label) for _ in range(created)]
    return Bot(ScopedClient(docker_client, f"gorae.e2e={tag}")), up, made


@pytest.mark.parametrize("said", ["{c}킴", "{c} 켬"])
def test_the_chat_nominal_of_turning_on_starts_nothing(docker_client, world, cleanup, said):
    bot, _, (made,) = _scoped(docker_client, cleanup, created=1)
    reply = bot.say(said.format(c=made))
    assert reply.status not in ("done", "confirm"), reply
    assert inspect(docker_client, made)["State"]["Status"] == "created"


def test_again_and_run_of_a_running_container_restarts_it(docker_client, world, cleanup):
    # (lead32a) said of its name alone, made to go again by its state: a running one is restarted, never started
    bot, (a,), _ = _scoped(docker_client, cleanup, running=1)
    before = inspect(docker_client, a)["State"]["StartedAt"]
    reply = bot.say(f"{a}다시돌려")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and state["StartedAt"] != before


def test_an_incident_order_restarts_the_one_named(docker_client, world, cleanup):
    bot, (a, b), _ = _scoped(docker_client, cleanup, running=2)
    before_a, before_b = (inspect(docker_client, n)["State"]["StartedAt"] for n in (a, b))
    reply = bot.say(f"[INC-231] 14:02 {a} 재시작")
    check(reply, "ko", cli=f"docker restart {a}")
    assert inspect(docker_client, a)["State"]["StartedAt"] != before_a
    assert inspect(docker_client, b)["State"]["StartedAt"] == before_b


def test_a_pasted_ps_row_names_the_container_meant(docker_client, world, cleanup):
    bot, (a, b), _ = _scoped(docker_client, cleanup, running=2)
    before_a, before_b = (inspect(docker_client, n)["State"]["StartedAt"] for n in (a, b))
    row = f"{inspect(docker_client, a)['Id'][:12]}   alpine   \"sleep 300\"   2 minutes ago   Up 2 minutes   {a}"
    reply = bot.say(row + "\n이거 재시작해줘")
    check(reply, "ko", cli=f"docker restart {a}")
    assert inspect(docker_client, a)["State"]["StartedAt"] != before_a
    assert inspect(docker_client, b)["State"]["StartedAt"] == before_b


def test_a_permission_then_the_go_ahead_starts_it(docker_client, world, cleanup):
    bot, _, (made,) = _scoped(docker_client, cleanup, created=1)
    reply = bot.say(f"{made} 켜도 돼요? 켜주세요")
    check(reply, "ko", cli=f"docker start {made}")
    assert inspect(docker_client, made)["State"]["Running"]
