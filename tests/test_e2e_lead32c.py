"""lead32c on the real engine: docker's several-name inspects (`docker volume inspect A B`, `docker network inspect A B`)
show each one in the order typed, and `docker network ls --filter driver=…` / `docker volume ls --filter name=…` list only
what the filter keeps (the SDK's filters, as docker sends them)."""
from __future__ import annotations

import pytest
from test_e2e_core import check, uid

from bot import messages


def label_values(reply, key: str) -> list[str]:
    """Every value of an inspect summary field (each inspected one shows its own), in order."""
    label = messages.t(key, reply.lang)
    return [v for k, v in reply.fields if k == label]


def rows(reply) -> list[tuple[str, ...]]:
    assert reply.table is not None, reply
    return [tuple(r) for r in reply.table.rows]

pytestmark = [pytest.mark.docker]


def test_volume_inspect_several(bot, docker_client, world, cleanup):
    a, b = cleanup.volume(uid()), cleanup.volume(uid())
    docker_client.volumes.create(name=a)
    docker_client.volumes.create(name=b)
    reply = bot.say(f"docker volume inspect {a} {b}")
    check(reply, "cli", cli=f"docker volume inspect {a} {b}")
    assert label_values(reply, "field.name") == [a, b]  # each, in the order typed
    assert label_values(reply, "field.driver") == ["local", "local"]


def test_network_inspect_several(bot, docker_client, world, cleanup):
    a, b = cleanup.network(uid()), cleanup.network(uid())
    docker_client.networks.create(a, driver="bridge")
    docker_client.networks.create(b, driver="bridge")
    reply = bot.say(f"docker network inspect {b} {a}")
    check(reply, "cli", cli=f"docker network inspect {b} {a}")
    assert label_values(reply, "field.name") == [b, a]


def test_network_inspect_several_one_missing_fails(bot, docker_client, world, cleanup):
    a = cleanup.network(uid())
    docker_client.networks.create(a, driver="bridge")
    reply = bot.say(f"docker network inspect {a} {uid()}")
    assert reply.status != "done" and not reply.fields, reply


def test_network_ls_filter_driver(bot, docker_client, world, cleanup):
    a = cleanup.network(uid())
    docker_client.networks.create(a, driver="bridge")
    reply = bot.say("docker network ls --filter driver=bridge")
    check(reply, "cli", cli="docker network ls --filter driver=bridge")
    names = {r[1] for r in rows(reply)}
    assert a in names and "bridge" in names
    assert "host" not in names and "none" not in names  # the networks of other drivers are filtered out
    assert {r[2] for r in rows(reply)} == {"bridge"}
    reply = bot.say(f"docker network ls --filter name={a}")
    check(reply, "cli", cli=f"docker network ls --filter name={a}")
    assert [r[1] for r in rows(reply)] == [a]


def test_volume_ls_filter_name(bot, docker_client, world, cleanup):
    a, b = cleanup.volume(uid()), cleanup.volume(uid())
    docker_client.volumes.create(name=a)
    docker_client.volumes.create(name=b)
    reply = bot.say(f"docker volume ls --filter name={a}")
    check(reply, "cli", cli=f"docker volume ls --filter name={a}")
    assert [r[1] for r in rows(reply)] == [a]
