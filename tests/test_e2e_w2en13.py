""""The X container" (branch w2en13; tests/test_parse_w2en13.py reads it through the fake world), end to end on the
real engine: the whole pipeline (Gorae.handle, confirmations answered yes), then the engine looked at. The image is a
fresh tag of busybox (`latest`), unique per test, so that no other container on the shared engine runs it: "restart
the IMG container" restarts the one container that runs it (its StartedAt changes); with two containers of IMG it is
asked back and nothing is restarted; a container named IMG is that container, never the one running the image.
Names are unique per test; `cleanup` removes what a test makes (the tag too).
"""
from __future__ import annotations

import pytest
from test_e2e_core import IDLE, check, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def _image(docker_client, cleanup) -> str:
    """A repository (tag latest) of busybox that only this test's containers run."""
    repo = uid()
    docker_client.images.get("busybox").tag(repo, "latest")
    cleanup.image(f"{repo}:latest")
    return repo


def test_the_image_container_is_the_one_that_runs_it(bot, docker_client, world, cleanup):
    img = _image(docker_client, cleanup)
    n = run_sdk(docker_client, cleanup, img, command=IDLE)
    before = started_at(docker_client, n)
    check(bot.say(f"restart the {img} container"), "en", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != before
    assert inspect(docker_client, n)["State"]["Running"]


def test_two_run_it_asked_nothing_restarted(bot, docker_client, world, cleanup):
    img = _image(docker_client, cleanup)
    a = run_sdk(docker_client, cleanup, img, command=IDLE)
    b = run_sdk(docker_client, cleanup, img, command=IDLE)
    before = {n: started_at(docker_client, n) for n in (a, b)}
    reply = bot.say(f"restart the {img} container")
    assert reply.status not in ("done", "confirm"), reply
    assert {n: started_at(docker_client, n) for n in (a, b)} == before


def test_a_container_so_named_is_that_container(bot, docker_client, world, cleanup):
    img = _image(docker_client, cleanup)
    runs_it = run_sdk(docker_client, cleanup, img, command=IDLE)
    named = run_sdk(docker_client, cleanup, "busybox", name=img, command=IDLE)
    before = {n: started_at(docker_client, n) for n in (runs_it, named)}
    check(bot.say(f"restart the {img} container"), "en", cli=f"docker restart {img}")
    assert started_at(docker_client, named) != before[named]
    assert started_at(docker_client, runs_it) == before[runs_it]
