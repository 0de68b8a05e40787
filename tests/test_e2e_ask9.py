"""Questions about an object and complaints about a container (issue 8, ask9; tests/test_parse_ask9.py), end to end
on the real engine.

Each test goes through the whole pipeline (Gorae.handle, a confirmation answered yes) and then compares the
answer with the engine's own word: a complaint ("X 안 돼", "X is super slow today", "why won't X start") shows the
container's status as `docker inspect` has it and its last log lines as `docker logs --tail 20` gives them, and
changes nothing; an ID asked is the container's ID; several containers' details are each one's; a network's
members are the containers the engine attached to it; where a volume's data is kept is its Mountpoint; whether an
image is there is `docker images NAME` (the API's `name`); "restart X and check it's healthy" restarts X (its
StartedAt moves) then shows it. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, inspect, run_sdk, started_at, uid, wait_for

pytestmark = [pytest.mark.docker]

# a container that prints numbered lines, then idles (its logs are known: line-1 … line-30)
LINES = ["sh", "-c", "for i in $(seq 1 30); do echo line-$i; done; trap 'exit 0' TERM; while :; do sleep 3600 & wait $!; done"]


def _logged(client, name: str) -> None:
    wait_for(lambda: b"line-30" in client.api.logs(name), what=f"{name}'s logs")


def _unchanged(client, name: str, before: dict) -> None:
    after = inspect(client, name)
    assert (after["State"]["Status"], after["State"]["StartedAt"]) == (before["State"]["Status"], before["State"]["StartedAt"])


@pytest.mark.parametrize("say, lang", [("{} 안 돼", "ko"), ("{} is super slow today", "en"), ("{} won't respond", "en")])
def test_a_complaint_shows_the_status_and_the_last_lines(bot, docker_client, world, cleanup, say, lang):
    n = run_sdk(docker_client, cleanup, command=LINES)
    _logged(docker_client, n)
    before = inspect(docker_client, n)
    reply = bot.say(say.format(n))
    check(reply, lang, cli=[f"docker inspect {n}", f"docker logs --tail 20 {n}"])
    assert dict(reply.fields).get("ID") == before["Id"][:12], reply.fields
    assert reply.code is not None, reply
    want = docker_client.api.logs(n, tail=20).decode().split()
    assert reply.code.split() == want and want[0] == "line-11" and want[-1] == "line-30", reply.code
    _unchanged(docker_client, n, before)


@pytest.mark.parametrize("say, lang", [("why won't {} start", "en"), ("{} 왜 꺼져 있지?", "ko"), ("{} 왜 안 떠 있어?", "ko")])
def test_why_a_container_is_down_shows_its_state_and_logs_and_starts_nothing(bot, docker_client, world, cleanup, say, lang):
    n = run_sdk(docker_client, cleanup, command=["sh", "-c", "echo failing-now; exit 3"])
    wait_for(lambda: inspect(docker_client, n)["State"]["Status"] == "exited", what=f"{n} to exit")
    before = inspect(docker_client, n)
    reply = bot.say(say.format(n))
    check(reply, lang, cli=[f"docker inspect {n}", f"docker logs --tail 20 {n}"])
    assert "failing-now" in (reply.code or ""), reply
    fields = dict(reply.fields)
    assert fields.get("Exit code", fields.get("종료 코드")) == str(before["State"]["ExitCode"]) == "3", reply.fields
    _unchanged(docker_client, n, before)


def test_the_id_asked_is_the_engines(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    want = inspect(docker_client, n)["Id"][:12]
    for say, lang in ((f"{n} 컨테이너 ID 알려줘", "ko"), (f"what's the id of {n}", "en")):
        reply = bot.say(say)
        check(reply, lang, cli=f"docker inspect {n}")
        assert dict(reply.fields).get("ID") == want, reply.fields


def test_several_containers_details_are_each_ones(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    reply = bot.say(f"{a}랑 {b} 상세 보여줘")
    check(reply, "ko", cli=f"docker inspect {a} {b}")
    ids = [v for k, v in reply.fields if k == "ID"]
    assert ids == [inspect(docker_client, a)["Id"][:12], inspect(docker_client, b)["Id"][:12]], reply.fields


def test_who_is_on_a_network_is_its_members(bot, docker_client, world, cleanup):
    net = uid()
    cleanup.network(net)
    docker_client.networks.create(net)
    a = run_sdk(docker_client, cleanup, network=net)
    assert {c["Name"] for c in docker_client.api.inspect_network(net)["Containers"].values()} == {a}
    for say, lang in ((f"who's on {net}", "en"), (f"{net}에 누구누구 붙어있어", "ko")):
        reply = bot.say(say)
        check(reply, lang, cli=f"docker network inspect {net}")
        assert a in " ".join(v for _, v in reply.fields) + (reply.code or "") + str(reply.table), reply


def test_where_a_volume_is_kept_is_its_mountpoint(bot, docker_client, world, cleanup):
    vol = uid()
    cleanup.volume(vol)
    docker_client.volumes.create(vol)
    want = docker_client.api.inspect_volume(vol)["Mountpoint"]
    for say, lang in ((f"{vol} 어디에 저장돼 있어?", "ko"), (f"where does {vol} live on disk", "en")):
        reply = bot.say(say)
        check(reply, lang, cli=f"docker volume inspect {vol}")
        assert want in [v for _, v in reply.fields], reply.fields


def test_whether_an_image_is_there_lists_its_tags_only(bot, docker_client, world):
    before = container_names(docker_client)
    reply = bot.say("nginx 이미지 있나?")
    check(reply, "ko", cli="docker images nginx")
    want = {t for i in docker_client.api.images(name="nginx") for t in i["RepoTags"] or ()}
    assert want and reply.table is not None, reply
    shown = {":".join(r[:2]) for r in reply.table.rows}
    assert shown == want, (shown, want)
    reply = bot.say("nginx 이미지 받아져 있어?")  # pulled, a state asked: listed, never pulled
    check(reply, "ko", cli="docker images nginx")
    assert {":".join(r[:2]) for r in reply.table.rows} == want, reply
    reply = bot.say("docker images nope-not-here")
    check(reply, "en", cli="docker images nope-not-here")
    assert reply.table is None, reply  # none of that name: nothing listed
    assert container_names(docker_client) == before


def test_restart_then_check_it_is_healthy(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"restart {n} and check it's healthy")
    check(reply, "en", cli=[f"docker restart {n}", f"docker inspect {n}"])
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] != started, state
    assert dict(reply.fields).get("ID") == inspect(docker_client, n)["Id"][:12], reply.fields
