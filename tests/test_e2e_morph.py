"""Issue 8 end to end on the real engine: the wrong-action kinds, said in words, do what was meant.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and
then looks at the engine: the exec output holds every argument of the command said
(ports, KEY=VALUE, host words, URLs with `?`), no container was made for a command meant
for an existing one, a stop said with brevity pauses, an exclusion leaves the excluded
container alone, a sequence runs its steps in order, a partial reading runs nothing before
its yes. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import uuid
from typing import Any

import pytest
from test_e2e_core import ACTOR, CHANNEL, IDLE, Bot, check, exists, inspect, started_at, uid, wait_gone

pytestmark = [pytest.mark.docker]


@pytest.fixture
def bot(docker_client: Any) -> Bot:
    return Bot()


def _idle(client: Any, cleanup: Any, image: str = "alpine") -> str:
    name = cleanup.container(uid())
    client.containers.run(image, IDLE, name=name, detach=True)
    return name


def _names(client: Any) -> set[str]:
    return {c.name for c in client.containers.list(all=True)}


EXEC_TEXT = {
    "ko": "{n}에서 echo -n {t} -p 6379 A=1 localhost http://localhost:8080/x?debug=1 실행",
    "en": "run echo -n {t} -p 6379 A=1 localhost http://localhost:8080/x?debug=1 in {n}",
}


@pytest.mark.parametrize("lang", list(EXEC_TEXT))
def test_text_inside_a_command_is_the_commands(lang, bot, docker_client, world, cleanup):
    """Ports, KEY=VALUE, host words and a URL after the command word are its arguments: exec, whole."""
    n, t = _idle(docker_client, cleanup), "tok" + uuid.uuid4().hex[:6]
    before = _names(docker_client)
    reply = bot.say(EXEC_TEXT[lang].format(n=n, t=t))
    check(reply, lang, cli=f"docker exec {n} echo -n {t} -p 6379 A=1 localhost 'http://localhost:8080/x?debug=1'")
    assert reply.code == f"{t} -p 6379 A=1 localhost http://localhost:8080/x?debug=1"
    assert _names(docker_client) == before  # no container was made for it


def test_a_container_named_like_an_image_gets_the_exec(bot, docker_client, world, cleanup):
    """"X에서 CMD 실행" where X is a running container and an image: exec, never a new container."""
    name = uid()
    docker_client.images.get("alpine").tag(name, "latest")
    cleanup.image(name)
    cleanup.container(name)
    docker_client.containers.run(name, IDLE, name=name, detach=True)
    t = "tok" + uuid.uuid4().hex[:6]
    before = _names(docker_client)
    reply = bot.say(f"{name}에서 echo {t} 실행")
    check(reply, "ko", cli=f"docker exec {name} echo {t}")
    assert reply.code == f"{t}\n"
    assert _names(docker_client) == before


@pytest.mark.parametrize("text", ["{n} 잠깐 멈춰", "stop {n} for a moment"])
def test_stop_for_a_moment_pauses(text, bot, docker_client, world, cleanup):
    n = _idle(docker_client, cleanup)
    reply = bot.say(text.format(n=n))
    check(reply, "ko" if "멈춰" in text else "en", cli=f"docker pause {n}")
    state = inspect(docker_client, n)["State"]
    assert state["Paused"] is True and state["Running"] is True
    docker_client.api.unpause(n)


def test_an_exclusion_leaves_its_container_alone(bot, docker_client, world, cleanup):
    a, b = _idle(docker_client, cleanup), _idle(docker_client, cleanup)
    a_started, b_started = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(f"{a} 빼고 {b}만 재시작")
    check(reply, "ko", cli=f"docker restart {b}")
    assert started_at(docker_client, a) == a_started
    assert started_at(docker_client, b) != b_started


@pytest.mark.parametrize("text", ["{n} 중지하고 삭제해줘", "stop {n} then remove it"])
def test_a_sequence_runs_its_steps_in_order(text, bot, docker_client, world, cleanup):
    n = _idle(docker_client, cleanup)
    reply = bot.say(text.format(n=n))
    check(reply, "ko" if "중지" in text else "en", cli=[f"docker stop {n}", f"docker rm {n}"])
    wait_gone(docker_client, n)


def test_a_partial_reading_runs_nothing_before_its_yes(bot, docker_client, world, cleanup):
    n = _idle(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n} 뭐시기 재시작", yes=False)
    assert reply.status == "confirm", reply
    assert started_at(docker_client, n) == started  # asked, nothing ran
    assert exists(docker_client, n)
    yes = bot.gorae.confirm(reply.pending, ACTOR, CHANNEL, yes=True)
    assert yes.status == "done", yes
    assert started_at(docker_client, n) != started
