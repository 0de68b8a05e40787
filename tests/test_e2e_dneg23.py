"""The kinds of tests/test_parse_dneg23.py end to end on the real engine, the engine inspected after:
A. a negation that asks for a read ("X 로그 좀 안 보여줄래?", "can't you just show me the logs of X?") shows it and
   changes nothing; a negated write asked the same way ("X 재시작 좀 안 해줄래?", "can't you restart X?") runs nothing;
B. who uses a host port ("N 포트 누가 쓰고 있어?", "who's using port N"): the container published there is listed;
C. two containers compared ("X vs Y memory", "compare the logs of X and Y"): read, nothing changed; a write on the
   comparison ("X랑 Y 중에 더 무거운 거 지워") runs nothing.
D. 확인 said alone runs nothing; "has X been restarted today?" is its details.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, check, exists, nothing_ran, run_sdk, running_since, scoped_bot

pytestmark = [pytest.mark.docker]


def test_a_negation_asking_a_read_shows_it_and_a_negated_write_runs_nothing(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    check(bot.say(f"{a} 로그 좀 안 보여줄래?"), "ko", cli=f"docker logs {a}")
    check(bot.say(f"can't you just show me the logs of {a}?"), "en", cli=f"docker logs {a}")
    for said in (f"{a} 재시작 좀 안 해줄래?", f"can't you restart {a}?", f"{a} 재시작 안 하면 안 될까?"):
        reply = bot.say(said, yes=True)
        nothing_ran(reply)
        assert not reply.cli, (said, reply)
    assert running_since(docker_client, a) == since  # never restarted, never stopped


def test_who_uses_a_host_port_lists_the_container_published_there(docker_client, world, cleanup, free_port):
    bot = Bot()
    name = run_sdk(docker_client, cleanup, "alpine", ports={"80/tcp": ("127.0.0.1", free_port)})
    for said, lang in ((f"{free_port} 포트 누가 쓰고 있어?", "ko"), (f"who's using port {free_port}", "en")):
        reply = bot.say(said)
        check(reply, lang, cli=f"docker ps --filter publish={free_port}")
        assert reply.table is not None and [name] == [c for row in reply.table.rows for c in row if c == name], reply
        assert len(reply.table.rows) == 1, reply  # only the one published there
    running_since(docker_client, name)


def test_two_containers_compared_are_read_and_a_write_on_the_comparison_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    before = {n: running_since(docker_client, n) for n in (a, b)}
    check(bot.say(f"{a} vs {b} memory"), "en", cli=f"docker stats --no-stream {a} {b}")
    check(bot.say(f"compare the logs of {a} and {b}"), "en", cli=[f"docker logs {a}", f"docker logs {b}"])
    check(bot.say(f"{a}하고 {b} 메모리 비교해줘"), "ko", cli=f"docker stats --no-stream {a} {b}")
    reply = bot.say(f"{a}랑 {b} 중에 더 무거운 거 지워", yes=True)
    nothing_ran(reply)
    assert not reply.cli, reply
    assert all(exists(docker_client, n) for n in (a, b))
    assert {n: running_since(docker_client, n) for n in (a, b)} == before


def test_confirm_alone_runs_nothing_and_what_happened_is_its_details(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    reply = bot.say("확인", yes=True)
    nothing_ran(reply)
    assert not reply.cli, reply
    check(bot.say(f"has {a} been restarted today?"), "en", cli=f"docker inspect {a}")
    assert running_since(docker_client, a) == since
