"""English wrong writes fixed by f17en (tests/test_parse_f17en.py reads the kinds through the fake world), end to end
on the real engine: a correction keeps the force said before it, a courtesy inside a command's text reaches the
container, "restart A over B", the future told ("will be restarting A", "A will be restarting") and a name said first
before please or but ("A please restart B") change nothing.
Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_correction_keeps_force(bot, docker_client, world, cleanup):
    """"remove A with force, i mean B": B (running) removed with -f, A kept running."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    reply = bot.say(f"remove {a} with force, i mean {b}")
    check(reply, "en", cli=f"docker rm -f {b}")
    assert not exists(docker_client, b)
    assert exists(docker_client, a) and inspect(docker_client, a)["State"]["Running"]


def test_courtesy_inside_the_command_is_its_text(bot, docker_client, world, cleanup):
    """"exec A touch /tmp/f17en please": both words reach the command (it made /please too), no new container."""
    a = run_sdk(docker_client, cleanup)
    names = container_names(docker_client)
    reply = bot.say(f"exec {a} touch /tmp/f17en please")
    check(reply, "en", cli=f"docker exec {a} touch /tmp/f17en please")
    listed = docker_client.containers.get(a).exec_run(["ls", "/", "/tmp"]).output.decode().split()
    assert "please" in listed and "f17en" in listed
    assert container_names(docker_client) == names


@pytest.mark.parametrize("said", ["restart {a} over {b}", "will be restarting {a}", "{a} will be restarting",
                                  "will restart {b}", "{a} please restart {b}", "{a} but restart {b}"])
def test_nothing_restarted(bot, docker_client, world, cleanup, said):
    """One name chosen over another, the future told, a name addressed before a request on another (they restarted
    both): neither container restarted."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    before = {n: started_at(docker_client, n) for n in (a, b)}
    reply = bot.say(said.format(a=a, b=b))
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert {n: started_at(docker_client, n) for n in (a, b)} == before
