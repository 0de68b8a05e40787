"""lead32c on the real engine: docker's several-name inspects (`docker volume inspect A B`, `docker network inspect A B`)
show each one in the order typed, and `docker network ls --filter driver=…` / `docker volume ls --filter name=…` list only
what the filter keeps (the SDK's filters, as docker sends them); the English writes of fresh20's kinds act on the one
meant only — a reason or an aside naming another container, a hesitation and a self-report around the request, names
joined by "/", a stop emoji after a stop, "kick X off the Y network" — and their negatives run nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, check, inspect, nothing_ran, run_tracked, running_since, uid

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


@pytest.mark.parametrize(("form", "cli"), [
    ("um, can you maybe restart {a}? i think it's stuck", "docker restart {a}"),
    ("restart {a}, dump is done", "docker restart {a}"),
    ("restart {a} – it's a duplicate of {b} anyway", "docker restart {a}"),
    ("restart {a}, {b} is broken", "docker restart {a}"),
])
def test_restart_the_one_meant(bot, docker_client, world, cleanup, form, cli):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [cli.format(a=a, b=b)], reply
    assert pair.restarted() == {a}


def test_slash_list_of_three_restarts_each(bot, docker_client, world, cleanup):
    names = [run_tracked(docker_client, cleanup)[0] for _ in range(3)]
    other, _ = run_tracked(docker_client, cleanup)
    starts = {n: running_since(docker_client, n) for n in [*names, other]}
    reply = bot.say("restart " + "/".join(names))
    assert reply.status == "done" and list(reply.cli) == ["docker restart " + " ".join(names)], reply
    assert all(running_since(docker_client, n) != starts[n] for n in names)
    assert running_since(docker_client, other) == starts[other]


def test_stop_emoji_after_stop_stops_it(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    b_start = running_since(docker_client, b)
    reply = bot.say(f"stop {a} 🙅")
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == b_start


def test_kick_off_the_network_disconnects(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    net = cleanup.network(uid())
    docker_client.networks.create(net, driver="bridge").connect(a)
    assert net in inspect(docker_client, a)["NetworkSettings"]["Networks"]
    reply = bot.say(f"kick {a} off the {net} network")
    assert reply.status == "done" and list(reply.cli) == [f"docker network disconnect {net} {a}"], reply
    assert net not in inspect(docker_client, a)["NetworkSettings"]["Networks"]
    assert running_since(docker_client, a) == a_start  # never a restart


@pytest.mark.parametrize("form", [
    "stop {a}/{b}",  # two names with a slash in English: shaped as typed docker CLI
    "restart {a} 🛑",  # a stop emoji after another order
    "stop {a} – it's a duplicate of {b}, {b} too",
    "i was told to check {a} logs, could you restart it?",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    nothing_ran(reply)
    assert not pair.restarted()
