"""lead28 on the real engine: a request with what is told around it does what it asks and nothing else — the container the
context names is untouched; a rejected matter, a request leaning on the statement, are never run."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, exists, inspect, nothing_ran, run_tracked, running_since

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "can you restart {a}? need to run my etl",
    "QA here, can you restart {a} so i get a clean state",
    "{b} 로그 봤는데 이상해서 그런데 {a} 재시작해줘",
    "i know you restarted {b} yesterday, but restart {a} again",
    "{a} 컨테이너 재시작 건 승인되었으므로 진행 부탁드립니다.",
    "아니요 그거 말고 {a} 재시작해줘",
])
def test_the_request_alone_restarts(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "we talked about removing {a}, but for now just stop it",
    "{a} 안 쓰니까 꺼줘",
])
def test_stopped_never_removed(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert exists(docker_client, a) and not inspect(docker_client, a)["State"]["Running"]


def test_logs_of_the_one_told(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"오늘 오전에 {a}에 문제가 있었다고 들었는데, 지금 로그를 좀 보여주시겠어요?")
    assert reply.status == "done" and list(reply.cli) == [f"docker logs {a}"], reply


@pytest.mark.parametrize("form", [
    "{a} 삭제 건 반려되었으므로 진행 부탁드립니다",
    "we talked about removing {a}, but stop it first",
    "{a} 재시작했는데 지워줘",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a), yes=False)
    nothing_ran(reply)
    assert running_since(docker_client, a) == a_start


def test_a_ban_on_one_then_but_the_request(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"don't touch {b}, but restart {a}")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form,want", [
    ("what does the {a} box do", "docker inspect {a}"),
    ("{a} 버전 뭐야?", "docker inspect {a}"),
    ("dashboard says {a} is slow, show logs", "docker logs {a}"),
    ("방금 전 {a} 로그 10줄", "docker logs --tail 10 {a}"),
])
def test_reads_asked(bot, docker_client, world, cleanup, form, want):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [want.format(a=a)], reply
    assert running_since(docker_client, a) == a_start


def test_two_reads_each_with_its_amount(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{a} 로그 10줄이랑 {b} 로그 5줄")
    assert reply.status == "done" and list(reply.cli) == [f"docker logs --tail 10 {a}", f"docker logs --tail 5 {b}"], reply


@pytest.mark.parametrize("form,want,seen", [
    ("{a} /etc/hostname 내용 보여줘", "docker exec {a} cat /etc/hostname", None),
    ("{a} /tmp에서 ls -al", "docker exec -w /tmp {a} ls -al", "total"),
    ("check disk on {a} with df -h", "docker exec {a} df -h", "Filesystem"),
])
def test_a_command_in_the_container_said(bot, docker_client, world, cleanup, form, want, seen):
    a, cid = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [want.format(a=a)], reply
    assert (seen or cid[:12]) in (reply.code or ""), reply  # its output: the hostname is the container's short id
