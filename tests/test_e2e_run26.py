"""run26 on the real engine: a volume mounted said as a second option after "and", and with start of an image; a
Korean restart policy said name first after the verb — each through the whole pipeline (Gorae.handle), then the
engine inspected: the new container has exactly that mount / policy; the near-misses change nothing. Containers the bot
makes are removed by `cleanup.adopt_new`."""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, inspect

pytestmark = [pytest.mark.docker]


def _made_one(cleanup) -> str:
    made = cleanup.adopt_new()["containers"]
    assert len(made) == 1, made
    return made[0]


@pytest.mark.parametrize("say,cli", [
    ("run busybox with MODE=dev and pgdata mounted at /pg", "docker run -d -e MODE=dev -v pgdata:/pg busybox"),
    ("start alpine with pgdata mounted on /pg", "docker run -d -v pgdata:/pg alpine"),
    ("pgdata를 /pg에 붙여서 alpine 띄워", "docker run -d -v pgdata:/pg alpine"),
])
def test_the_volume_said_is_mounted_in_the_new_container(bot, docker_client, world, cleanup, say, cli):
    reply = bot.say(say)
    name = _made_one(cleanup)
    assert reply.status == "done", reply
    assert list(reply.cli) == [cli], reply
    got = inspect(docker_client, name)
    assert [(mt["Name"], mt["Destination"]) for mt in got["Mounts"] if mt["Type"] == "volume"] == [("pgdata", "/pg")]
    if "MODE=dev" in cli:
        assert "MODE=dev" in got["Config"]["Env"]


def test_a_restart_policy_said_name_first_is_the_new_containers(bot, docker_client, world, cleanup, free_port):
    reply = bot.say(f"nginx 띄워 포트 {free_port} 재시작 항상")
    name = _made_one(cleanup)
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker run -d --restart always -p {free_port}:80 nginx"], reply
    got = inspect(docker_client, name)
    assert got["HostConfig"]["RestartPolicy"]["Name"] == "always"
    assert [b["HostPort"] for b in got["HostConfig"]["PortBindings"]["80/tcp"]] == [str(free_port)]


@pytest.mark.parametrize("say", [
    "restart web with pgdata mounted at /pg",
    "start web with pgdata mounted at /pg",  # web is a container: never an image run, never web's start
    "web 재시작 항상 해줘",
    "don't start alpine with pgdata mounted on /pg",
])
def test_near_misses_touch_nothing(bot, docker_client, world, cleanup, say):
    assert_touches_nothing(bot, docker_client, say)
    cleanup.adopt_new()
