"""The kinds inc21 fixed (incidents and complaints, logs followed and counted, state filters, a grace period said as a
wait, two containers connected), end to end on the real engine: each goes through the whole pipeline (Gorae.handle,
confirmations answered yes), then the engine is looked at. A complaint with a look asked ("X 좀 봐줘 이상해", "sev1 X
502 확인좀", "X is not response, please check") shows X's status and its last log lines and writes nothing (X still
running, not restarted, nothing asked); "Tail X" follows X's logs (bounded: GORAE_FOLLOW_SECONDS) and leaves it
running; "X 10초 기다렸다 꺼" stops X with a 10 s grace period; "A랑 B를 NET에 연결" connects both to NET. Names are
unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import check, inspect, reply_words, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]

# a container that prints one line, then idles until stopped
SAYS = ["sh", "-c", "echo inc21-said-this; trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]


def _network(client: Any, cleanup: Any) -> str:
    name = cleanup.network(uid())
    client.networks.create(name, driver="bridge")
    return name


@pytest.mark.parametrize("said, lang", [("{n} 좀 봐줘 이상해", "ko"), ("sev1 {n} 502 확인좀", "ko"),
                                        ("{n} is not response, please check", "en"), ("{n} down?? check", "en")])
def test_a_complaint_looked_at_shows_status_and_logs_and_writes_nothing(bot, docker_client, world, cleanup, said, lang):
    n = run_sdk(docker_client, cleanup, command=SAYS)
    started = started_at(docker_client, n)
    reply = bot.say(said.format(n=n))
    check(reply, lang, cli=[f"docker inspect {n}", f"docker logs --tail 20 {n}"])
    assert not bot.asked  # two reads: nothing to confirm
    shown = " ".join((reply_words(reply), reply.code or ""))
    assert "inc21-said-this" in shown, shown  # its own log line
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == started, state


def test_tail_follows_the_logs_and_ends_by_itself(bot, docker_client, world, cleanup, monkeypatch):
    monkeypatch.setenv("GORAE_FOLLOW_SECONDS", "2")
    n = run_sdk(docker_client, cleanup, command=SAYS)
    reply = bot.say(f"Tail {n}")
    check(reply, "en", cli=f"docker logs -f {n}")
    assert "inc21-said-this" in (reply.code or ""), reply
    assert inspect(docker_client, n)["State"]["Running"]  # a read: still running


def test_tail_put_on_in_korean_follows(bot, docker_client, world, cleanup, monkeypatch):
    monkeypatch.setenv("GORAE_FOLLOW_SECONDS", "2")
    n = run_sdk(docker_client, cleanup, command=SAYS)
    reply = bot.say(f"{n} tail 걸어")
    check(reply, "ko", cli=f"docker logs -f {n}")
    assert inspect(docker_client, n)["State"]["Running"]


def test_the_last_line_alone(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, command=SAYS)
    reply = bot.say(f"{n} logs, just the last line")
    check(reply, "en", cli=f"docker logs --tail 1 {n}")
    assert "inc21-said-this" in (reply.code or ""), reply


def test_a_wait_of_seconds_before_a_stop_is_its_grace_period(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, command=SAYS)
    reply = bot.say(f"{n} 10초 기다렸다 꺼")
    check(reply, "ko", cli=f"docker stop -t 10 {n}")
    assert not inspect(docker_client, n)["State"]["Running"]


def test_a_wait_of_minutes_is_a_schedule_refused(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, command=SAYS)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n} 10분 뒤에 꺼")
    assert reply.status != "done" and not bot.asked, reply
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and state["StartedAt"] == started, state


def test_two_containers_connected_to_one_network(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    net = _network(docker_client, cleanup)
    reply = bot.say(f"{a}랑 {b}를 {net}에 연결")
    check(reply, "ko", cli=[f"docker network connect {net} {a}", f"docker network connect {net} {b}"])
    for n in (a, b):
        assert net in inspect(docker_client, n)["NetworkSettings"]["Networks"], n


def test_stopped_listed_by_status_and_created_ones(bot, docker_client, world, cleanup):
    made = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say("생성만 되고 안 켜진 컨테이너 보여줘")
    check(reply, "ko", cli="docker ps -a --filter status=created")
    assert made in str(reply.table), reply  # its row
    reply = bot.say("stopped 상태인 컨테이너 있나?")
    check(reply, "ko", cli="docker ps -a --filter status=exited")
    assert made not in str(reply.table), reply  # created, never exited
    assert inspect(docker_client, made)["State"]["Status"] == "created"
