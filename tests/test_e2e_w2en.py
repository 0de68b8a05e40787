"""Containers said by the image they run (branch w2en; tests/test_parse_w2en.py reads them through the fake world), end
to end on the real engine: the whole pipeline (Gorae.handle, confirmations answered yes), then the engine looked at.
The image is a fresh tag of busybox, unique per test, so that no other container on the shared engine runs it:
"restart the container that runs IMG" restarts the one container that runs it (its StartedAt changes); with two
containers of IMG it is asked back by name and nothing is restarted (neither StartedAt changes); "stop the containers
running IMG" stops both. Names are unique per test; `cleanup` removes what a test makes (the tag too).
"""
from __future__ import annotations

import pytest
from test_e2e_core import IDLE, check, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def _image(docker_client, cleanup) -> str:
    """A tag of busybox that only this test's containers run."""
    ref = f"{uid()}:w2en"
    repo, tag = ref.split(":")
    docker_client.images.get("busybox").tag(repo, tag)
    cleanup.image(ref)
    return ref


def test_the_one_container_that_runs_an_image_is_restarted(bot, docker_client, world, cleanup):
    img = _image(docker_client, cleanup)
    n = run_sdk(docker_client, cleanup, img, command=IDLE)
    before = started_at(docker_client, n)
    check(bot.say(f"restart the container that runs {img}"), "en", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != before
    assert inspect(docker_client, n)["State"]["Running"]


def test_one_said_several_run_it_is_asked_nothing_restarted(bot, docker_client, world, cleanup):
    img = _image(docker_client, cleanup)
    a = run_sdk(docker_client, cleanup, img, command=IDLE)
    b = run_sdk(docker_client, cleanup, img, command=IDLE)
    before = {n: started_at(docker_client, n) for n in (a, b)}
    reply = bot.say(f"restart the container that runs {img}")
    assert reply.status not in ("done", "confirm"), reply
    assert {n: started_at(docker_client, n) for n in (a, b)} == before


def test_the_containers_running_an_image_are_stopped(bot, docker_client, world, cleanup):
    img = _image(docker_client, cleanup)
    a = run_sdk(docker_client, cleanup, img, command=IDLE)
    b = run_sdk(docker_client, cleanup, img, command=IDLE)
    reply = bot.say(f"stop the containers running {img}")
    assert reply.status == "done", reply
    assert not inspect(docker_client, a)["State"]["Running"] and not inspect(docker_client, b)["State"]["Running"]
