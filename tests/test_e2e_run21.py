"""run21: new containers said with options in words (a mount said with (으)로, English "with X at /path", a volume made
then mounted by one run) and port questions, end to end on the real engine: the mount is exactly the path said
(inspect Mounts), a volume made then mounted exists and is the run's mount, and a port question writes nothing.
Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes (and what the bot made: `adopt_new`).
"""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, inspect, uid

pytestmark = [pytest.mark.docker]


def _mounts(client, name: str) -> list[tuple[str, str, str]]:
    return [(m["Type"], m.get("Name") or m["Source"], m["Destination"]) for m in inspect(client, name)["Mounts"]]


def test_a_path_mounted_with_ro_is_mounted_at_that_path(bot, docker_client, world, cleanup):
    """"/var/log을 /logs로 마운트해서 busybox 띄워": a new busybox with /var/log bound at /logs (it was refused: stray words)."""
    before = container_names(docker_client)
    reply = bot.say("/var/log을 /logs로 마운트해서 busybox 띄워")
    made = cleanup.adopt_new()["containers"]
    assert reply.status == "done", reply
    assert list(reply.cli) == ["docker run -d -v /var/log:/logs busybox"], reply
    assert len(made) == 1 and container_names(docker_client) - before
    assert _mounts(docker_client, made[0]) == [("bind", "/var/log", "/logs")]


def test_english_with_a_volume_at_a_path_mounts_it(bot, docker_client, world, cleanup):
    """"run busybox with V at /data": the volume V mounted at /data (no verb of mounting said)."""
    v = uid()
    cleanup.volume(v)
    docker_client.volumes.create(v)
    reply = bot.say(f"run busybox with {v} at /data")
    made = cleanup.adopt_new()["containers"]
    assert reply.status == "done", reply
    assert len(made) == 1
    assert _mounts(docker_client, made[0]) == [("volume", v, "/data")]


@pytest.mark.parametrize("say", ["볼륨 {v} 만들고 alpine 띄워서 /work에 붙여", "{v} 볼륨 만들어서 /work에 붙여 alpine 띄워"])
def test_a_volume_made_then_mounted_is_two_steps(bot, docker_client, world, cleanup, say):
    """A volume made, then one run that mounts it: `docker volume create V`, then a run with V at /work."""
    v = uid()
    cleanup.volume(v)
    reply = bot.say(say.format(v=v))
    made = cleanup.adopt_new()["containers"]
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker volume create {v}", f"docker run -d -v {v}:/work alpine"], reply
    assert docker_client.volumes.list(filters={"name": f"^{v}$"})
    assert len(made) == 1
    assert _mounts(docker_client, made[0]) == [("volume", v, "/work")]


@pytest.mark.parametrize("say", ["is port 8080 taken?", "is anyone using port 80", "db 컨테이너 3306 포트 매핑 돼 있어?"])
def test_a_port_question_writes_nothing(bot, docker_client, world, cleanup, say):
    """A question about a port runs no write: no container made, started or removed."""
    before = {c.name: c.status for c in docker_client.containers.list(all=True)}
    reply = bot.say(say)
    cleanup.adopt_new()
    assert not [c for c in reply.cli if c.split()[1] in ("run", "start", "stop", "rm", "create", "restart")], reply
    assert {c.name: c.status for c in docker_client.containers.list(all=True)} == before
