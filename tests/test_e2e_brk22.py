"""brk22: the kinds of wrong write found by the break run aimed at session 21's readings, end to end on the real
engine (whole pipeline, confirmations answered yes), the engine inspected afterwards: the wrong write did not happen,
the right neighbour did.

  * who asked as the subject of a write ("who shut down X?", shut also the past) stopped X; "shut down X" stops it;
  * a dictated dash said twice or before one letter was joined to the image ("run alpine dash p eighty colon eighty"
    ran an image `alpine-p`); now a flag, refused when it cannot be read;
  * "run busybox with du at /var" mounted a volume `du`; "run busybox with V at /data" still mounts V;
  * kubectl's `--` before the command of an exec in a Korean sentence ran a program `--`; now the separator.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, inspect, nothing_ran, run_sdk, running_since, uid

pytestmark = [pytest.mark.docker]


def test_who_shut_down_stops_nothing_and_shut_down_stops(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"who shut down {n}?", f"who shut {n} off?", f"who shut {n} down?", f"so who shut down {n}"):
        nothing_ran(bot.say(text))
    assert running_since(docker_client, n) == since
    reply = bot.say(f"shut down {n}")
    assert reply.status == "done", reply
    assert not inspect(docker_client, n)["State"]["Running"]


def test_a_dictated_flag_runs_no_image_of_a_joined_name(bot, docker_client, world, cleanup):
    before = container_names(docker_client)
    for text in ("run alpine dash p eighty colon eighty", "run alpine dash dash name q one"):
        assert bot.plan_cli(text) == []  # (an image `alpine-p` would only fail at the pull: nothing planned at all)
        nothing_ran(bot.say(text))
    assert container_names(docker_client) == before


def test_with_a_program_at_a_path_mounts_nothing(bot, docker_client, world, cleanup):
    before_c = container_names(docker_client)
    before_v = {v.name for v in docker_client.volumes.list()}
    for text in ("run busybox with du at /var", "run busybox with sleep at /tmp", "run busybox with ls at /data"):
        nothing_ran(bot.say(text))
    assert container_names(docker_client) == before_c
    assert {v.name for v in docker_client.volumes.list()} == before_v
    v = uid()
    cleanup.volume(v)
    docker_client.volumes.create(v)
    reply = bot.say(f"run busybox with {v} at /data")
    made = cleanup.adopt_new()["containers"]
    assert reply.status == "done", reply
    assert len(made) == 1
    mounts = [(m["Type"], m.get("Name"), m["Destination"]) for m in inspect(docker_client, made[0])["Mounts"]]
    assert mounts == [("volume", v, "/data")]


def test_the_kubectl_separator_in_a_korean_exec_runs_the_command(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n}에서 -- touch /tmp/brk22 실행해줘")
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker exec {n} touch /tmp/brk22"], reply
    code, _ = docker_client.containers.get(n).exec_run(["test", "-f", "/tmp/brk22"])
    assert code == 0
    nothing_ran(bot.say(f"{n}에서 -- 실행"))
