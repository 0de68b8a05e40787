"""Kinds of the English misses of wordings_fresh9/10/11.yaml that plan a write, end to end on the real engine
(tests/test_parse_f10en.py reads them through the fake world). Each test goes through the whole pipeline
(Gorae.handle, confirmations answered yes) and then looks at the engine: several images said to one pull are
pulled one after the other, "spin X back up" starts X, "kill X with fire" kills it, and a network or a volume
asked about by its name alone is inspected (a read: the engine unchanged), and a network made then "connect X to
it" connects X to the network made.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def test_two_images_said_to_one_pull_are_both_pulled(bot, docker_client, world):
    """"pull busybox and alpine": `docker pull busybox`, then `docker pull alpine`; both images on the engine (it
    was refused: one target)."""
    reply = bot.say("pull busybox and alpine")
    check(reply, "en", cli=["docker pull busybox", "docker pull alpine"])
    assert docker_client.images.list(name="busybox") and docker_client.images.list(name="alpine")


def test_spin_back_up_starts_the_container(bot, docker_client, world, cleanup):
    """"spin X back up": X started (spin was read only as `spin up`: refused)."""
    n = run_sdk(docker_client, cleanup)
    docker_client.containers.get(n).stop(timeout=1)
    reply = bot.say(f"spin {n} back up")
    check(reply, "en", cli=f"docker start {n}")
    assert inspect(docker_client, n)["State"]["Running"]


def test_kill_with_fire_kills(bot, docker_client, world, cleanup):
    """"kill X with fire": `docker kill X` (the idiom was an unread phrase), X no longer running."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"kill {n} with fire")
    check(reply, "en", cli=f"docker kill {n}")
    assert not inspect(docker_client, n)["State"]["Running"]


def test_a_network_by_its_name_alone_is_inspected(bot, docker_client, world):
    """"inspect backend" / "whos on backend": `docker network inspect backend` (it looked for a container), the
    reply naming the network's containers; nothing changed on the engine."""
    before = sorted(docker_client.networks.get("backend").attrs["Containers"] or {})
    for said in ("inspect backend", "whos on backend"):
        reply = bot.say(said)
        check(reply, "en", cli="docker network inspect backend")
    assert sorted(docker_client.networks.get("backend").attrs["Containers"] or {}) == before


def test_connect_to_it_after_making_a_network_connects_to_that_network(bot, docker_client, world, cleanup):
    """"make network N and connect X to it": `docker network create N`, then `docker network connect N X`; X is on N
    afterwards (it was refused: which network?)."""
    n = run_sdk(docker_client, cleanup)
    net = uid()
    cleanup.network(net)
    reply = bot.say(f"make network {net} and connect {n} to it")
    check(reply, "en", cli=[f"docker network create {net}", f"docker network connect {net} {n}"])
    assert net in inspect(docker_client, n)["NetworkSettings"]["Networks"]
