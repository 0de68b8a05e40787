"""Korean kinds of wordings_fresh9.yaml's misses that plan a write (branch f9ko), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: "IMAGE 컨테이너 하나 만들어서 켜줘" (made, then started) is one run of IMAGE left running, never a
create and a start refused as two verbs; "IMAGE를 호스트 아무 포트로나 띄워" publishes the image's port on a
host port the engine picks (-p 80), reachable on 127.0.0.1; a complaint ("X 안 붙어요") reads, X untouched.
`cleanup.adopt_new` removes what a test makes (the runs name no container).
"""
from __future__ import annotations

import pytest
from conftest import http_get
from test_e2e_core import check, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def _made(docker_client, cleanup, image: str) -> list[dict]:
    """The containers made since the test began, of `image`: their `docker inspect` objects."""
    made = [inspect(docker_client, c) for c in cleanup.adopt_new()["containers"]]
    return [c for c in made if c["Config"]["Image"].split(":")[0] == image]


def test_made_then_started_is_one_run(bot, docker_client, world, cleanup):
    """"redis 컨테이너 하나 만들어서 켜줘": `docker run -d redis`, one redis container running (it was refused)."""
    reply = bot.say("redis 컨테이너 하나 만들어서 켜줘")
    check(reply, "ko", cli="docker run -d redis")
    made = _made(docker_client, cleanup, "redis")
    assert len(made) == 1 and made[0]["State"]["Running"], made


def test_any_host_port_said_with_na_is_a_random_port(bot, docker_client, world, cleanup):
    """"nginx를 호스트 아무 포트로나 띄워": `docker run -d -p 80 nginx`, port 80 published on a host port the engine
    picked, where nginx answers on 127.0.0.1 (it was refused)."""
    reply = bot.say("nginx를 호스트 아무 포트로나 띄워")
    check(reply, "ko", cli="docker run -d -p 80 nginx")
    made = _made(docker_client, cleanup, "nginx")
    assert len(made) == 1, made
    bound = made[0]["NetworkSettings"]["Ports"]["80/tcp"]
    host_port = int(next(b["HostPort"] for b in bound if b["HostIp"] in ("0.0.0.0", "127.0.0.1", "")))
    assert http_get(host_port).status == 200


def test_a_complaint_reads_and_touches_nothing(bot, docker_client, world, cleanup):
    """"X 안 붙어요" / "X 접속 안됨 ㅠ": X's status and last lines shown, X still running, not restarted (안 붙어요
    was refused as a prohibition)."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n} 안 붙어요")
    check(reply, "ko", cli=[f"docker inspect {n}", f"docker logs --tail 20 {n}"])
    reply = bot.say(f"{n} 접속 안됨 ㅠ")
    check(reply, "ko", cli=[f"docker inspect {n}", f"docker logs --tail 20 {n}"])
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == started, state
