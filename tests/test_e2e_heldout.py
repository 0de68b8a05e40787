"""The held-out kinds (tests/data/wordings_fresh3.yaml) end to end on the real engine.

Told, not requested: a verb in the past ("X 지웠어?", "did you restart X?"), reported speech
("X 재시작하래") and a called-off request ("X 삭제 취소") run nothing — the container is still
there and was not restarted, even with every question answered yes. And the new readings do
what was meant: a light verb after a verbal noun ("X 재시작 돌려줘") restarts; a command typed
into a container said with 에 or (으)로 ("X에 echo T 쳐줘", "X으로 echo T 찍어") is an exec whose
output holds the command's words, and no container is made for it.
"""
from __future__ import annotations

import uuid
from typing import Any

import pytest
from test_e2e_core import IDLE, Bot, check, exists, started_at, uid

pytestmark = [pytest.mark.docker]


@pytest.fixture
def bot(docker_client: Any) -> Bot:
    return Bot()


def _idle(client: Any, cleanup: Any) -> str:
    name = cleanup.container(uid())
    client.containers.run("alpine", IDLE, name=name, detach=True)
    return name


def _names(client: Any) -> set[str]:
    return {c.name for c in client.containers.list(all=True)}


TOLD = ["{n} 지웠어?", "{n} 재시작했어", "did you restart {n}?", "{n} 재시작하래", "{n} 지운대",
        "{n} 삭제 취소", "{n} 삭제 (농담)"]


@pytest.mark.parametrize("text", TOLD)
def test_told_not_requested_runs_nothing(text, bot, docker_client, world, cleanup):
    n = _idle(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(text.format(n=n))  # any question is answered yes
    assert reply.status != "done", reply
    assert exists(docker_client, n)
    assert started_at(docker_client, n) == started
    assert docker_client.api.inspect_container(n)["State"]["Running"] is True


def test_a_light_verb_after_a_verbal_noun_restarts(bot, docker_client, world, cleanup):
    n = _idle(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n} 재시작 돌려줘")
    check(reply, "ko", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != started


@pytest.mark.parametrize("text", ["{n}에 echo {t} 쳐줘", "{n}으로 echo {t} 찍어"])
def test_a_command_typed_into_a_container_is_its_exec(text, bot, docker_client, world, cleanup):
    n, t = _idle(docker_client, cleanup), "tok" + uuid.uuid4().hex[:6]
    before = _names(docker_client)
    reply = bot.say(text.format(n=n, t=t))
    check(reply, "ko", cli=f"docker exec {n} echo {t}")
    assert reply.code == f"{t}\n"
    assert _names(docker_client) == before  # no container was made for it
