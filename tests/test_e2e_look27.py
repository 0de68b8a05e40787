"""look27 on the real engine: "X 파일 목록" and "X 안에 파일 뭐 있어요?" list the container's files (the root's etc and
bin in the output, no container made); "X 80 포트 열려 있어?" and "ports on X" show the host port it is published on."""
from __future__ import annotations

import pytest
from test_e2e_core import IDLE, container_names, published_port, run_tracked, uid

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", ["{n} 파일 목록", "{n} 안에 파일 뭐 있어요?", "list files in {n}"])
def test_its_files_listed(bot, docker_client, world, cleanup, form):
    n, _ = run_tracked(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(form.format(n=n))
    assert reply.status == "done" and list(reply.cli) == [f"docker exec {n} ls"], reply
    assert "etc" in (reply.code or "") and "bin" in (reply.code or ""), reply
    assert container_names(docker_client) == before


@pytest.mark.parametrize("form,cli", [("{n} 80번 포트가 호스트 몇 번에 매핑돼 있어?", "docker port {n}"), ("ports on {n}", "docker port {n}")])
def test_its_published_port_shown(bot, docker_client, world, cleanup, form, cli):
    n = uid()
    c = docker_client.containers.run("alpine", IDLE, name=n, detach=True, ports={"80/tcp": ("127.0.0.1", None)})
    cleanup.container(c.id)
    host_port = published_port(docker_client, n)
    reply = bot.say(form.format(n=n))
    assert reply.status == "done" and list(reply.cli) == [cli.format(n=n)], reply
    shown = (reply.code or "") + " ".join(" ".join(map(str, r)) for r in (reply.table.rows if reply.table else ()))
    assert str(host_port) in shown, reply
