"""Kinds of wrong write found by branch `break9` (tests/data/wordings_break2.yaml, third round), end to end on
the real engine: each sentence goes through the whole pipeline (Gorae.handle) and the engine is inspected
afterwards — nothing ran.

  * a write said in progress ("X 재시작하고 있어?", "busybox 받고 있니") restarted / pulled;
  * a memory limit said on a run of an existing container ("X 메모리 256m로 올려") started it without the limit;
  * a push said in words of a container's name ("X 밀어버려", 밀다 also "wipe out") pushed the container's name.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import exists, inspect, nothing_ran, registry_tags, reply_words, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def _image_tags(client: Any) -> set[str]:
    return {t for i in client.images.list() for t in i.tags}


def test_a_write_said_in_progress_runs_nothing(bot, docker_client, world, cleanup):
    """"X 재시작하고 있어?" restarted X; "busybox 받고 있니" pulled busybox: a state asked, never done."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    for text in (f"{n} 재시작하고 있어?", f"지금 {n} 멈추고 있냐", f"{n} 재시작하고 계신가요?"):
        nothing_ran(bot.say(text))
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and started_at(docker_client, n) == started, state
    images = _image_tags(docker_client)
    for text in ("busybox 받고 있니", "nginx 이미지 받고 있어?"):
        nothing_ran(bot.say(text))
    assert _image_tags(docker_client) == images


def test_a_memory_limit_said_of_a_container_never_starts_it(bot, docker_client, world, cleanup):
    """"X 메모리 256m로 올려" (X a created container) planned `docker start X`, the limit dropped."""
    n = run_sdk(docker_client, cleanup, start=False)
    for text in (f"{n} 메모리 256m로 올려", f"run {n} with memory limit 128m", f"{n} 띄울 때 메모리 256m"):
        nothing_ran(bot.say(text))
    info = inspect(docker_client, n)
    assert info["State"]["Status"] == "created", info["State"]
    assert not info["HostConfig"]["Memory"], info["HostConfig"]["Memory"]


def test_a_push_of_a_container_name_pushes_nothing(bot, docker_client, world, cleanup):
    """"X 밀어버려" / "push X" (X a container, no image X) pushed `X`: asked, naming X's image."""
    n = run_sdk(docker_client, cleanup)
    for text in (f"{n} 밀어버려", f"push {n}", f"{n} 이미지 받아"):
        reply = bot.say(text)
        nothing_ran(reply)
        assert "alpine" in reply_words(reply), reply  # the container's image is named
    assert exists(docker_client, n)
    assert registry_tags(n) == []
