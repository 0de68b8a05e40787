"""en24b: pasted docker CLI end to end on the real engine (whole pipeline, confirmations answered yes), the engine
inspected afterwards.

  * a shell prompt pasted before the command ("user@host:~# docker …", "~/infra $ docker …") was an unknown word or a
    refused shell expansion: now the command runs, and only it;
  * a lone backslash continuing a pasted line ("docker stop X \\", "docker run -d \\ --name X alpine …") was an open quote
    or a bad image: now the command;
  * `docker network connect --alias A NET X` was refused: now X answers to A on NET (the SDK's aliases);
  * `docker inspect --type container X` is inspect; another type is refused and nothing runs;
  * "reatart X" (a letter typed for the key beside it in a long verb) restarts X.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, inspect, nothing_ran, run_sdk, running_since, uid

pytestmark = [pytest.mark.docker]


def test_a_pasted_prompt_runs_the_command_only(bot, docker_client, world, cleanup):
    n, other = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    since, other_since = running_since(docker_client, n), running_since(docker_client, other)
    reply = bot.say(f"~/infra $ docker restart {n}")
    assert reply.status == "done", reply
    assert running_since(docker_client, n) != since
    reply = bot.say(f"root@prod:~# docker stop {n}")
    assert reply.status == "done", reply
    assert not inspect(docker_client, n)["State"]["Running"]
    assert running_since(docker_client, other) == other_since


def test_a_line_continuation_is_no_argument(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"docker stop {n} \\")
    assert reply.status == "done", reply
    assert not inspect(docker_client, n)["State"]["Running"]
    new = uid()
    cleanup.container(new)
    before = container_names(docker_client)
    reply = bot.say(f"docker run -d \\ --name {new} \\ alpine sleep 300")
    assert reply.status == "done", reply
    assert container_names(docker_client) == before | {new}
    assert inspect(docker_client, new)["Config"]["Cmd"] == ["sleep", "300"]


def test_network_connect_with_an_alias(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    net = cleanup.network(uid())
    docker_client.networks.create(net, driver="bridge")
    reply = bot.say(f"docker network connect --alias api1 {net} {n}")
    assert reply.status == "done", reply
    assert "api1" in (inspect(docker_client, n)["NetworkSettings"]["Networks"][net]["Aliases"] or [])


def test_inspect_type_container_reads_and_another_type_runs_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    assert bot.plan_cli(f"docker inspect --type container {n}") == [f"docker inspect {n}"]
    assert bot.say(f"docker inspect --type container {n}").status == "done"
    nothing_ran(bot.say(f"docker inspect --type image {n}"))
    nothing_ran(bot.say(f"root@prod:~# docker rm -f {n} ; ls"))
    assert inspect(docker_client, n)["State"]["Running"]


def test_a_neighbour_key_slip_of_a_long_verb_restarts_that_container_only(bot, docker_client, world, cleanup):
    """"reatart X" (a for s, the key beside it) had no verb: now X is restarted, and nothing else."""
    n, other = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    since, other_since = running_since(docker_client, n), running_since(docker_client, other)
    nothing_ran(bot.say(f"did you reatart {n}?"))
    assert running_since(docker_client, n) == since
    reply = bot.say(f"reatart {n}")
    assert reply.status == "done", reply
    assert running_since(docker_client, n) != since
    assert running_since(docker_client, other) == other_since
