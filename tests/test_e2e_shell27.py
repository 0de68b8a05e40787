"""shell27 on the real engine: "X에서 ls" and "ls in X" list X's working directory (the exec's output holds a file
of the image's root), "X에서 ps" shows X's processes; no container is made."""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, run_tracked

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", ["{n}에서 ls", "ls in {n}", "{n} 안에서 ls 해줘"])
def test_ls_runs_in_the_container(bot, docker_client, world, cleanup, form):
    n, _ = run_tracked(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(form.format(n=n))
    assert reply.status == "done" and list(reply.cli) == [f"docker exec {n} ls"], reply
    assert "etc" in (reply.code or "") and "bin" in (reply.code or ""), reply
    assert container_names(docker_client) == before


def test_ps_shows_its_processes(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{n}에서 ps")
    assert reply.status == "done" and list(reply.cli) == [f"docker top {n}"], reply
    assert reply.table is not None and reply.table.rows, reply
