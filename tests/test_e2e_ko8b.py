"""Korean kinds of wordings_fresh8.yaml (the eighth table) that plan a write, end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: a polite request asked as "wouldn't it do if you did it" (해주시면 안될까요) with a title said to the
one asked restarts the container, a particle typed twice after a name is one, "running or not, remove it"
(켜져 있어도 삭제해) removes a running container (rm -f), and a command typed "in its shell" (쉘에서) is an
exec whose output holds every argument. Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def test_a_polite_request_frame_restarts(bot, docker_client, world, cleanup):
    """"사장님 X 재시작 좀 해주시면 안될까요": X restarted (사장님 and 안될까요 were unread words)."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"사장님 {n} 재시작 좀 해주시면 안될까요")
    check(reply, "ko", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != started
    assert inspect(docker_client, n)["State"]["Running"]


def test_a_doubled_particle_is_one(bot, docker_client, world, cleanup):
    """"X를를 재시작": X restarted (`X를를` was an unknown word)."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n}를를 재시작")
    check(reply, "ko", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != started


def test_running_or_not_remove_it_is_a_forced_remove(bot, docker_client, world, cleanup):
    """"X 켜져 있어도 그냥 삭제해": the running X removed (`docker rm -f X`, confirmed)."""
    n = run_sdk(docker_client, cleanup)
    assert inspect(docker_client, n)["State"]["Running"]
    reply = bot.say(f"{n} 켜져 있어도 그냥 삭제해")
    check(reply, "ko", cli=f"docker rm -f {n}")
    assert not exists(docker_client, n)


def test_a_command_typed_in_its_shell_is_an_exec(bot, docker_client, world, cleanup):
    """"X 쉘에서 echo ko8b hi 쳐줘": `docker exec X echo ko8b hi`, whose output holds every word."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 쉘에서 echo ko8b hi 쳐줘")
    check(reply, "ko", cli=f"docker exec {n} echo ko8b hi")
    assert (reply.code or "").strip() == "ko8b hi", reply
