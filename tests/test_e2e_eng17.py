"""eng17 on the real engine: the README's config names the local socket `staging` beside the docker
CLI's `default` (and a link to the socket a third time): "restart web on every host" restarts the
container once, and "web 재시작" asks nothing. The container says `started` at each start: its logs
count the starts. Run under `flock /tmp/gorae-e2e.lock`.
"""
from __future__ import annotations

import os
from typing import Any

import pytest

from bot.engine.named import load_engines
from bot.model import Actor, Reply, Request
from bot.pipeline import Gorae

pytestmark = pytest.mark.docker

ACTOR = Actor("local:tester", local=True)
NAME = "eng17-web"
IDLE = "echo started; trap 'exit 0' TERM INT; while :; do sleep 1; done"


def _rm(client: Any) -> None:
    try:
        client.api.remove_container(NAME, force=True, v=True)
    except Exception:
        pass


@pytest.fixture
def web(docker_client: Any) -> Any:
    _rm(docker_client)
    docker_client.containers.run("alpine", ["sh", "-c", IDLE], name=NAME, detach=True,
                                 labels={"gorae.test": "eng17"})
    yield docker_client
    _rm(docker_client)


@pytest.fixture
def gorae(tmp_path: Any) -> Gorae:
    host = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
    link = tmp_path / "docker.sock"
    if host.startswith("unix://"):
        os.symlink(host[len("unix://"):], link)
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", ""), "DOCKER_HOST": host}
    config = {"engines": {"staging": host, **({"linked": f"unix://{link}"} if link.exists() else {})}}
    engines = load_engines(env=env, config=config)
    assert "staging" in engines.names() and "default" in engines.names()
    return Gorae(engines=engines)


def say(g: Gorae, sentence: str) -> Reply:
    reply = g.handle(Request(sentence, ACTOR, "terminal", source="cli"))
    if reply.status == "confirm":
        reply = g.confirm(reply.pending, ACTOR, "terminal", yes=True)
    return reply


def starts(client: Any) -> int:
    return client.api.logs(NAME).decode().count("started")


def _wait_starts(client: Any, n: int) -> int:
    import time

    for _ in range(50):
        if starts(client) >= n:
            break
        time.sleep(0.1)
    time.sleep(0.3)
    return starts(client)


@pytest.mark.parametrize("sentence", ["restart eng17-web on every host", "모든 서버에서 eng17-web 재시작"])
def test_every_host_restarts_the_one_daemon_once(web, gorae, sentence):
    assert _wait_starts(web, 1) == 1
    before = web.api.inspect_container(NAME)["State"]["StartedAt"]
    reply = say(gorae, sentence)
    assert reply.status == "done", reply
    assert reply.cli == ("docker --context default restart eng17-web",)
    assert _wait_starts(web, 2) == 2  # once, not twice (or three times)
    state = web.api.inspect_container(NAME)["State"]
    assert state["Running"] and state["StartedAt"] != before


@pytest.mark.parametrize("sentence", ["eng17-web 재시작", "restart eng17-web"])
def test_no_question_which_engine(web, gorae, sentence):
    assert _wait_starts(web, 1) == 1
    reply = say(gorae, sentence)
    assert reply.status == "done", reply
    assert reply.cli == ("docker --context default restart eng17-web",)
    assert _wait_starts(web, 2) == 2


def test_the_name_said_runs_there_once(web, gorae):
    assert _wait_starts(web, 1) == 1
    reply = say(gorae, "docker --context staging restart eng17-web")
    assert reply.status == "done", reply
    assert reply.cli == ("docker --context staging restart eng17-web",)
    assert _wait_starts(web, 2) == 2


def test_alerts_watch_one_daemon_once(docker_client: Any, tmp_path: Any, monkeypatch: Any) -> None:
    """`gorae alerts`'s engines: the config's `staging` on the local socket beside the CLI's `default` is one
    daemon, watched once (two watches posted every event twice)."""
    from bot.alerts.watch import watched_engines

    host = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"engines:\n  staging: {host}\n")
    monkeypatch.setenv("GORAE_CONFIG", str(cfg))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path / "docker"))
    targets, down = watched_engines(timeout=30)
    try:
        assert [n for n, _ in targets] == ["default"] and down == []
        assert targets[0][1].ping()
    finally:
        for _, c in targets:
            c.close()
