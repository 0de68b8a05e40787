"""Wrong-action kinds of wordings_fresh12.yaml's manager, ko-chat, sre-phone and junior rows (branch f12ko), end to
end on the real engine: each goes through the whole pipeline (Gorae.handle, confirmations answered yes), then the
engine is inspected — the container meant was made, changed or left, and nothing else.

- "IMAGE 컨테이너 NAME 생성만": a container NAME created from IMAGE (never a container IMAGE of an image NAME);
- a number glued to the image ("nginx8099로띄워") or said bare after it ("nginx 8080 띄워"): nginx published on that
  host port to the port its image EXPOSEs (80), never an image nginx8099 pulled;
- "NAME 네트워크 NET에서 끊어": the container NAME disconnected from the network NET, nothing else;
- the causatives 쉬게 해 (pause) and 다시 돌아가게 해 (unpause); "실수로 NAME 껐는데 다시 켜주세요" (start).
Names are unique per test; `cleanup` removes what a test makes. Run under the e2e lock.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said, lang", [("nginx 컨테이너 {n} 생성만", "ko"), ("nginx 컨테이너 {n} 만들어만 둬", "ko")])
def test_image_container_name_created(bot, docker_client, world, cleanup, said, lang):
    n = cleanup.container(uid())
    before = container_names(docker_client)
    reply = bot.say(said.format(n=n))
    check(reply, lang, cli=f"docker create --name {n} nginx")
    info = inspect(docker_client, n)
    assert info["State"]["Status"] == "created"
    assert info["Config"]["Image"] in ("nginx", "nginx:latest")
    assert n in container_names(docker_client) - before


def test_name_then_image_said_the_other_way_round_makes_nothing(bot, docker_client, world, cleanup):
    n = uid()
    before = container_names(docker_client)
    reply = bot.say(f"{n} 컨테이너 nginx 생성만")
    assert reply.status not in ("done", "confirm"), reply
    assert not {c for c in container_names(docker_client) - before if n in c or c == "nginx"}


@pytest.mark.parametrize("said", ["nginx{p}로띄워", "nginx {p} 띄워"])
def test_number_with_the_image_is_its_port(bot, docker_client, world, cleanup, free_port, said):
    p = free_port
    reply = bot.say(said.format(p=p))
    made = cleanup.adopt_new()["containers"]
    check(reply, "ko", cli=f"docker run -d -p {p}:80 nginx")
    mine = [c for c in made if str(p) in str(inspect(docker_client, c)["HostConfig"]["PortBindings"])]
    assert len(mine) == 1, made
    info = inspect(docker_client, mine[0])
    assert info["Config"]["Image"] in ("nginx", "nginx:latest")
    assert info["HostConfig"]["PortBindings"]["80/tcp"][0]["HostPort"] == str(p)


def test_version_said_bare_runs_nothing(bot, docker_client, world, cleanup):
    assert bot.plan_cli("nginx 16 띄워") == []
    reply = bot.say("nginx 16 띄워")
    assert reply.status not in ("done", "confirm"), reply


def test_container_and_network_said_the_other_way_round(bot, docker_client, world, cleanup):
    net = cleanup.network(uid())
    docker_client.networks.create(net, driver="bridge")
    n = run_sdk(docker_client, cleanup, "alpine", network=net)
    other = run_sdk(docker_client, cleanup, "alpine", network=net)
    reply = bot.say(f"{n} 네트워크 {net}에서 끊어")
    check(reply, "ko", cli=f"docker network disconnect {net} {n}")
    assert net not in inspect(docker_client, n)["NetworkSettings"]["Networks"]
    assert net in inspect(docker_client, other)["NetworkSettings"]["Networks"]


def test_rest_then_go_again_and_started_again(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "alpine")
    check(bot.say(f"{n} 잠깐 쉬게 해"), "ko", cli=f"docker pause {n}")
    assert inspect(docker_client, n)["State"]["Paused"]
    check(bot.say(f"{n} 다시 돌아가게 해줘"), "ko", cli=f"docker unpause {n}")
    assert not inspect(docker_client, n)["State"]["Paused"]
    docker_client.api.stop(n, timeout=5)
    check(bot.say(f"실수로 {n} 껐는데 다시 켜주세요"), "ko", cli=f"docker start {n}")
    assert inspect(docker_client, n)["State"]["Running"]
