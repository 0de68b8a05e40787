"""The Korean kinds of tests/test_parse_f17ko.py that write, end to end on the real engine, the engine inspected after:
A. the formal "부탁드려도 되겠습니까?" is a request: the container is restarted (a new StartedAt);
B. the dialect imperative -소 on 주다 ("켜 주소", Kiwi's noun 주소): the created container is started;
C. a purpose said first (QA용) and a port said in Korean numerals (팔천팔십, 팔공팔공 — digits by their names): the
   container is run with that name, published on that port;
D. what must stay: a permission asked in the formal -겠습니까 ("지워도 되겠습니까?"), answered no, removes nothing; a
   ban after a purpose ("QA용 X 재시작하지 마") restarts nothing.
Containers are made per test (unique names; `cleanup` removes them). Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import socket

import pytest
from test_e2e_core import Bot, check, exists, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]

_SINO = "일이삼사오육칠팔구"


def _sino(n: int) -> str:
    """n (1..9999) in Sino-Korean numerals: 8080 -> 팔천팔십."""
    out = ""
    for power, word in ((1000, "천"), (100, "백"), (10, "십"), (1, "")):
        d, n = divmod(n, power)
        if d:
            out += ("" if d == 1 and word else _SINO[d - 1]) + word
    return out


def _digits(n: int) -> str:
    """n digit by digit, zero as 공: 8080 -> 팔공팔공."""
    return "".join("공" if c == "0" else _SINO[int(c) - 1] for c in str(n))


def _free(candidates: range, zero: bool) -> int:
    """A port of `candidates` nothing listens on (and, with `zero`, holding a 0 digit)."""
    for port in candidates:
        if zero != ("0" in str(port)):
            continue
        with socket.socket() as s:
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                continue
            return port
    raise AssertionError("no free port")


def test_a_formal_may_i_ask_is_the_request(docker_client, world, cleanup):
    name = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, name)
    reply = Bot(docker_client).say(f"{name} 재시작 좀 부탁드려도 되겠습니까?")
    check(reply, "ko", cli=f"docker restart {name}")
    assert started_at(docker_client, name) != before


def test_b_dialect_juso_is_the_request(docker_client, world, cleanup):
    name = run_sdk(docker_client, cleanup, start=False)
    reply = Bot(docker_client).say(f"{name} 좀 켜 주소")
    check(reply, "ko", cli=f"docker start {name}")
    assert inspect(docker_client, name)["State"]["Running"]


@pytest.mark.parametrize("spell, zero", [(_sino, False), (_digits, True)])
def test_c_purpose_and_korean_numeral_port(docker_client, world, cleanup, spell, zero):
    name = uid()
    cleanup.container(name)
    port = _free(range(8101, 9999), zero)
    reply = Bot(docker_client).say(f"QA용 nginx를 {name} 이름으로 {spell(port)} 포트에 띄워주세요")
    check(reply, "ko", cli=f"docker run -d --name {name} -p {port}:80 nginx")
    binds = inspect(docker_client, name)["HostConfig"]["PortBindings"]["80/tcp"]
    assert [b["HostPort"] for b in binds] == [str(port)]


def test_d_permission_asked_and_ban_run_nothing(docker_client, world, cleanup):
    name = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, name)
    bot = Bot(docker_client)
    reply = bot.say(f"{name} 지워도 되겠습니까?", yes=False)
    assert reply.status != "done", reply
    assert exists(docker_client, name)
    reply = bot.say(f"QA용 {name} 재시작하지 마")
    assert reply.status != "done" or not reply.cli, reply
    assert started_at(docker_client, name) == before
