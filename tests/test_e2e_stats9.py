"""`docker stats --no-stream` and a bounded `docker logs -f`, end to end on the real engine (issue 8, stats9).

Stats: a container with a CPU quota of a fifth of a core kept busy and a 64 MiB memory limit — its row
names it, its CPU % is within what the quota allows, its memory limit is the one set and its use below
it; the world's containers asked in Korean and English ("web 메모리 얼마나 먹어?", "리소스 사용량": every
running container, no other). Follow: a container printing a numbered line every 0.2 s is followed for
GORAE_FOLLOW_SECONDS=3 — the lines come as progress while it runs, new ones (numbered past the last one
printed before the follow) among them, and the follow ends by itself and says so; a container that
stops ends the follow with its log. Nothing is created or changed by these reads (engine checked after).
"""
from __future__ import annotations

import re

import pytest
from test_e2e_core import check, container_names, run_sdk, wait_for

from bot.engine import docker_format as fmt

pytestmark = [pytest.mark.docker]

BUSY = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do :; done"]
COUNTER = ["sh", "-c", "trap 'exit 0' TERM INT; i=0; while :; do i=$((i+1)); echo line $i; sleep 0.2; done"]
SHORT = ["sh", "-c", "for i in 1 2 3 4 5; do echo tick $i; sleep 0.3; done"]


def _pct(cell: str) -> float:
    return float(cell.rstrip("%"))


def _bytes(cell: str) -> float:
    """"3.164MiB" -> bytes (go-units BytesSize, as the table prints it)."""
    num, unit = re.fullmatch(r"([0-9.e+]+)([A-Za-z]+)", cell).groups()  # type: ignore[union-attr]
    return float(num) * 1024 ** ["B", "KiB", "MiB", "GiB", "TiB"].index(unit)


def test_stats_of_a_busy_container_with_limits(bot, docker_client, world, cleanup):
    name = run_sdk(docker_client, cleanup, command=BUSY, nano_cpus=200_000_000, mem_limit="64m")
    wait_for(lambda: docker_client.api.inspect_container(name)["State"]["Running"], what="running")
    before = container_names(docker_client)
    reply = bot.say(f"docker stats --no-stream {name}")
    check(reply, "en", cli=f"docker stats --no-stream {name}")
    assert reply.table is not None and reply.table.columns == fmt.STATS_COLUMNS, reply
    [row] = reply.table.rows
    cid = docker_client.api.inspect_container(name)["Id"]
    assert row[0] == cid[:12] and row[1] == name, row
    cpu = _pct(row[2])
    assert 0.0 < cpu <= 40.0, row  # a fifth of a core (20 %), measured over about a second by the engine
    used, limit = (_bytes(x) for x in row[3].split(" / "))
    assert limit == 64 * 1024 ** 2, row  # the limit set, as docker prints it: 64MiB
    assert 0 < used < limit, row
    assert 0.0 < _pct(row[4]) < 100.0, row
    assert int(row[7]) >= 1, row
    assert container_names(docker_client) == before  # a read: nothing made


def test_stats_asked_in_korean_and_english_of_the_world(bot, docker_client, world):
    reply = bot.say("web 메모리 얼마나 먹어?")
    check(reply, "ko", cli="docker stats --no-stream web")
    assert reply.table is not None and [r[1] for r in reply.table.rows] == ["web"], reply
    reply = bot.say("cpu usage of cache")
    check(reply, "en", cli="docker stats --no-stream cache")
    assert reply.table is not None and [r[1] for r in reply.table.rows] == ["cache"], reply
    running = {c.name for c in docker_client.containers.list()}
    reply = bot.say("리소스 사용량")
    check(reply, "ko", cli="docker stats --no-stream")
    assert reply.table is not None and {r[1] for r in reply.table.rows} == running, reply
    assert "db" not in {r[1] for r in reply.table.rows}  # created, never started: not running
    for row in reply.table.rows:
        assert 0.0 <= _pct(row[2]) and 0.0 <= _pct(row[4]) <= 100.0, row


def test_plain_docker_stats_is_one_sample_and_says_so(bot, world):
    reply = bot.say("docker stats web")
    check(reply, "en", cli="docker stats --no-stream web")
    assert any("--no-stream" in n for n in reply.notes), reply.notes


def test_follow_sees_new_lines_and_ends_by_itself(bot, docker_client, world, cleanup, monkeypatch):
    monkeypatch.setenv("GORAE_FOLLOW_SECONDS", "3")
    name = run_sdk(docker_client, cleanup, command=COUNTER)
    wait_for(lambda: b"line 3" in docker_client.api.logs(name), what="the first lines")
    printed = re.findall(rb"line (\d+)", docker_client.api.logs(name))
    last_before = max(int(n) for n in printed)
    seen: list[str] = []
    reply = bot.say(f"follow {name} logs", progress=seen.append)
    check(reply, "en", cli=f"docker logs -f {name}")
    assert reply.key is None or reply.key.startswith("done.logs_follow")
    assert "3 s" in reply.headline and "stopped" in reply.headline, reply.headline
    numbers = [int(m.group(1)) for line in seen if (m := re.fullmatch(r"line (\d+)\n", line))]
    assert numbers and max(numbers) > last_before, (last_before, seen[-5:])  # printed while it followed
    assert numbers == sorted(numbers), numbers  # in the order printed
    assert f"line {max(numbers)}" in (reply.code or ""), reply
    assert docker_client.api.inspect_container(name)["State"]["Running"]  # a read: still running


def test_follow_in_korean_ends_with_the_log_of_a_container_that_stops(bot, docker_client, world, cleanup,
                                                                       monkeypatch):
    monkeypatch.setenv("GORAE_FOLLOW_SECONDS", "30")
    name = run_sdk(docker_client, cleanup, command=SHORT)
    reply = bot.say(f"{name} 로그 실시간으로")
    check(reply, "ko", cli=f"docker logs -f {name}")
    assert "컨테이너가 멈춤" in reply.headline, reply.headline  # the log ended before the 30 s
    assert "tick 5" in (reply.code or ""), reply
