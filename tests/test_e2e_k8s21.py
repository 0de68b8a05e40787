"""k8s21 end to end on the real engine (tests/test_parse_k8s21.py reads the kinds through the fake world): kubectl's
words read as docker's — "describe pod X" inspects X and changes nothing, "delete pod X" removes only X, "top pod X"
samples X's stats, and exec's `--` is kubectl's separator: the command after it runs, never a program `--`.
Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_describe_pod_inspects_and_changes_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, n)
    reply = bot.say(f"describe pod {n}")
    assert list(reply.cli) == [f"docker inspect {n}"], reply
    assert started_at(docker_client, n) == before and inspect(docker_client, n)["State"]["Running"]


def test_delete_pod_removes_only_that_container(bot, docker_client, world, cleanup):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    docker_client.containers.get(a).stop(timeout=1)
    names = container_names(docker_client)
    reply = bot.say(f"delete pod {a}")
    assert list(reply.cli) == [f"docker rm {a}"], reply
    assert not exists(docker_client, a) and exists(docker_client, b)
    assert container_names(docker_client) == names - {a}


def test_top_pod_samples_stats(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, n)
    reply = bot.say(f"top pod {n}")
    assert list(reply.cli) == [f"docker stats --no-stream {n}"], reply
    assert started_at(docker_client, n) == before


def test_exec_separator_runs_the_command_never_dashes(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"exec {n} -- touch /tmp/k8s21")
    assert list(reply.cli) == [f"docker exec {n} touch /tmp/k8s21"], reply
    listed = docker_client.containers.get(n).exec_run(["ls", "/tmp"]).output.decode().split()
    assert "k8s21" in listed


def test_docker_exec_separator_never_runs_dashes(bot, docker_client, world, cleanup):
    """Typed with docker: asked back; whatever the answer, no program `--` is ever run."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"docker exec {n} -- touch /tmp/k8s21b")
    assert not any(c.split()[3:4] == ["--"] for c in reply.cli), reply


def test_double_separator_runs_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"exec {n} -- touch -- /tmp/k8s21c")
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    listed = docker_client.containers.get(n).exec_run(["ls", "/tmp"]).output.decode().split()
    assert "k8s21c" not in listed
