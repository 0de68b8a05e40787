"""Kinds found by wordings_fresh7.yaml (the seventh table, written blind), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then
looks at the engine: 풀다 (release) after a pause unpauses (it pulled an image named like the
container), a step that takes back the one before it runs nothing (it started then stopped), a
count of new containers runs nothing (it ran one), "not A but B" in Korean and English does B
only, a reminder ("잊지 마") does what it reminds of, an address typed in an image's command is
the command's (it was dropped), a place said with nothing after it ("in it") and a quoted
docker command asked about run nothing, and "N분 전까지" is `docker logs --until`.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, nothing_ran, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def test_release_after_a_pause_is_an_unpause(bot, docker_client, world, cleanup):
    """"X 일시정지했다가 다시 풀어": paused, then unpaused (it was `docker pull X`)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 일시정지했다가 다시 풀어")
    check(reply, "ko", cli=[f"docker pause {n}", f"docker unpause {n}"])
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and not state["Paused"], state


def test_a_step_that_takes_back_the_one_before_runs_nothing(bot, docker_client, world, cleanup):
    """"X 켜고 꺼" / "start and stop X": two verbs that conflict — nothing runs."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    for text in (f"{n} 켜고 꺼", f"start and stop {n}", f"remove and restart {n}"):
        nothing_ran(bot.say(text))
    state = inspect(docker_client, n)["State"]
    assert state["Running"] and started_at(docker_client, n) == started, state


def test_a_count_of_new_containers_runs_nothing(bot, docker_client, world, cleanup):
    """"alpine 컨테이너 두 개 띄워줘" ran one container: nothing may run (gorae makes one at a time)."""
    before = container_names(docker_client)
    for text in ("alpine 컨테이너 두 개 띄워줘", "run two alpine containers"):
        nothing_ran(bot.say(text))
    made = container_names(docker_client) - before
    for name in made:
        cleanup.container(name)
    assert not made


def test_not_a_but_b_does_b_only(bot, docker_client, world, cleanup):
    """"X 재시작이 아니라 중지" stops X; "don't kill Y, restart it" restarts Y (never killed)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 재시작이 아니라 중지")
    check(reply, "ko", cli=f"docker stop {n}")
    assert inspect(docker_client, n)["State"]["Status"] == "exited"
    y = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, y)
    reply = bot.say(f"don't kill {y}, restart it")
    check(reply, "en", cli=f"docker restart {y}")
    state = inspect(docker_client, y)["State"]
    assert state["Running"] and started_at(docker_client, y) != started, state


def test_a_reminder_does_what_it_reminds_of(bot, docker_client, world, cleanup):
    """"X 재시작 잊지 마" (don't forget to restart X): X is restarted — a reminder, no prohibition."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n} 재시작 잊지 마")
    check(reply, "ko", cli=f"docker restart {n}")
    assert started_at(docker_client, n) != started


def test_an_address_in_an_images_command_is_its_word(bot, docker_client, world, cleanup):
    """"run busybox ping -c 1 127.0.0.1": the address is the command's (it ran `ping -c 1` without it)."""
    before = container_names(docker_client)
    reply = bot.say("run busybox ping -c 1 127.0.0.1")
    for name in container_names(docker_client) - before:
        cleanup.container(name)
    check(reply, "en", cli="docker run busybox ping -c 1 127.0.0.1")
    made = [inspect(docker_client, c) for c in container_names(docker_client) - before if exists(docker_client, c)]
    assert [c["Args"] for c in made] == [["-c", "1", "127.0.0.1"]], [c["Args"] for c in made]
    assert "127.0.0.1" in (reply.code or ""), reply


def test_a_dangling_place_and_a_quoted_question_run_nothing(bot, docker_client, world, cleanup):
    """"then run echo ok in it" ran an image named echo; "what does 'docker stop X' do" stopped X. Since
    session 7 (branch en8) "it" after a pull is the image pulled: the pull, then a run of alpine — never of echo."""
    n = run_sdk(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say("first pull alpine, then run echo ok in it")
    check(reply, "en", cli=["docker pull alpine", "docker run alpine echo ok"])
    nothing_ran(bot.say(f"what does 'docker stop {n}' do"))
    made = container_names(docker_client) - before
    for name in made:
        cleanup.container(name)
    assert [(inspect(docker_client, m)["Config"]["Image"], inspect(docker_client, m)["Config"]["Cmd"])
            for m in made] == [("alpine", ["echo", "ok"])]
    assert inspect(docker_client, n)["State"]["Running"]


def test_logs_until_a_time_ago(bot, docker_client, world, cleanup):
    """"X 로그 1시간 전까지": `docker logs --until 1h X` — a line written just now is not shown (and is by
    "X 로그": the window, not an empty log, hides it)."""
    n = cleanup.container(uid())
    docker_client.containers.run("alpine", ["echo", "fresh-line"], name=n, detach=True).wait()
    reply = bot.say(f"{n} 로그 1시간 전까지")
    check(reply, "ko", cli=f"docker logs --until 1h {n}")
    assert "fresh-line" not in (reply.code or ""), reply
    reply = bot.say(f"{n} 로그")
    check(reply, "ko", cli=f"docker logs {n}")
    assert "fresh-line" in (reply.code or ""), reply
