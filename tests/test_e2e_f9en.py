"""English kinds found by wordings_fresh9.yaml (the ninth table, written blind) that plan a write or an exec, end
to end on the real engine (tests/test_parse_f9en.py reads them and other wordings of each kind).

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the engine:
a container asked for a command runs it, "as root on X" and "from /DIR" are the exec's user and directory, "put X on the Y
network" / "pull X off Y" connect and disconnect, "let X continue" unpauses, and "on localhost PORT" publishes on
127.0.0.1 only. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def test_a_container_asked_for_a_command_runs_it(bot, docker_client, world, cleanup):
    """"ask X for cat /etc/hostname": `docker exec X cat /etc/hostname`, the container's hostname printed."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"ask {n} for cat /etc/hostname")
    check(reply, "en", cli=f"docker exec {n} cat /etc/hostname")
    assert (reply.code or "").strip() == inspect(docker_client, n)["Config"]["Hostname"], reply


def test_as_root_on_and_from_a_directory_are_the_execs_user_and_workdir(bot, docker_client, world, cleanup):
    """"run id -un as root on X" runs as root (-u root); "run pwd in X from /tmp" runs in /tmp (-w /tmp)."""
    n = run_sdk(docker_client, cleanup, user="nobody")
    reply = bot.say(f"run id -un as root on {n}")
    check(reply, "en", cli=f"docker exec -u root {n} id -un")
    assert (reply.code or "").strip() == "root", reply
    reply = bot.say(f"run pwd in {n} from /tmp")
    check(reply, "en", cli=f"docker exec -w /tmp {n} pwd")
    assert (reply.code or "").strip() == "/tmp", reply


def test_put_on_and_pull_off_a_network(bot, docker_client, world, cleanup):
    """"put X on the NET network" connects X; "pull X off NET" disconnects it (no verb: refused; pull: an image)."""
    net = cleanup.network(uid())
    docker_client.networks.create(net, driver="bridge")
    n = run_sdk(docker_client, cleanup)
    members = lambda: {m["Name"] for m in (docker_client.api.inspect_network(net)["Containers"] or {}).values()}  # noqa: E731
    check(bot.say(f"put {n} on the {net} network"), "en", cli=f"docker network connect {net} {n}")
    assert members() == {n}
    check(bot.say(f"pull {n} off {net}"), "en", cli=f"docker network disconnect {net} {n}")
    assert members() == set()


def test_let_it_continue_unpauses(bot, docker_client, world, cleanup):
    """"let X continue": `docker unpause X`, X running again."""
    n = run_sdk(docker_client, cleanup)
    docker_client.api.pause(n)
    check(bot.say(f"let {n} continue"), "en", cli=f"docker unpause {n}")
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and not state["Paused"], state


def test_a_port_on_localhost_is_published_there_only(bot, docker_client, world, cleanup, free_port):
    """"run nginx named N only on localhost PORT": -p 127.0.0.1:PORT:80, bound to 127.0.0.1 (never 0.0.0.0)."""
    n = uid()
    cleanup.container(n)
    reply = bot.say(f"run nginx named {n} only on localhost {free_port}")
    check(reply, "en", cli=f"docker run -d --name {n} -p 127.0.0.1:{free_port}:80 nginx")
    binds = inspect(docker_client, n)["HostConfig"]["PortBindings"]["80/tcp"]
    assert binds == [{"HostIp": "127.0.0.1", "HostPort": str(free_port)}], binds
