"""A number after "on" is the port a new container publishes (tests/test_explain_path.py), end to end on the
real engine: "fire up nginx on PORT" runs a new nginx publishing PORT -> 80 (the image's EXPOSE), which
answers on 127.0.0.1:PORT; "restart web on prod-9" is still refused as an unknown engine and restarts nothing."""
from __future__ import annotations

from typing import Any

import pytest
from conftest import http_get
from test_e2e_core import Bot, check, inspect

pytestmark = [pytest.mark.docker]


def _names(client: Any) -> set[str]:
    return {c["Names"][0].lstrip("/") for c in client.api.containers(all=True)}


def test_a_number_after_on_is_the_published_port(docker_client, world, cleanup, free_port):
    port = free_port
    before = _names(docker_client)
    reply = Bot().say(f"fire up nginx on {port}")
    new = _names(docker_client) - before
    for name in new:
        cleanup.container(name)
    check(reply, "en", cli=f"docker run -d -p {port}:80 nginx")
    assert len(new) == 1, new
    state = inspect(docker_client, new.pop())
    assert state["State"]["Running"], state["State"]
    assert state["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "", "HostPort": str(port)}]}
    assert http_get(port, timeout=60).status == 200


def test_an_unknown_engine_after_on_restarts_nothing(docker_client, world):
    started = inspect(docker_client, "web")["State"]["StartedAt"]
    reply = Bot().say("restart web on prod-9")
    assert reply.status != "done" and "prod-9" in reply.headline, reply
    assert inspect(docker_client, "web")["State"]["StartedAt"] == started
