"""Kinds fixed on branch ko8 (issue 8: the Korean rows wordings_fresh7.yaml and wordings_break.yaml still
refused) that plan a write or an exec, end to end on the real engine (Gorae.handle, confirmations answered
yes), the engine looked at afterwards: gorae's verb words typed inside a command line after "X에서" are the
command's (the exec's output holds every argument, nothing else is stopped or removed), a shell's -c script
keeps its pipe, "X에서 root로 CMD" runs as root, "A 말고 B" acts on B only, "A 하고 B하지 마" does A only, a
network made then a container removed are two steps, and "db 안 켜지는데?" starts nothing. Names are unique per
test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import IDLE, check, container_names, exists, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def test_verb_words_typed_in_a_command_are_its_arguments(bot, docker_client, world, cleanup):
    """"X에서 echo restart Y": an exec in X printing both words; Y is not restarted, nothing is made."""
    name = run_sdk(docker_client, cleanup)
    other = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, other)
    before = container_names(docker_client)
    reply = bot.say(f"{name}에서 echo restart {other}")
    check(reply, "ko", cli=f"docker exec {name} echo restart {other}")
    assert f"restart {other}" in (reply.code or ""), reply
    assert started_at(docker_client, other) == started
    assert container_names(docker_client) == before


def test_rm_typed_as_a_program_removes_a_file_not_the_container(bot, docker_client, world, cleanup):
    """"X에서 rm -rf /tmp/x": the file goes, the container X stays (running)."""
    name = run_sdk(docker_client, cleanup)
    docker_client.containers.get(name).exec_run(["touch", "/tmp/x"])
    reply = bot.say(f"{name}에서 rm -rf /tmp/x")
    check(reply, "ko", cli=f"docker exec {name} rm -rf /tmp/x")
    assert inspect(docker_client, name)["State"]["Running"] is True
    code, _ = docker_client.containers.get(name).exec_run(["test", "-e", "/tmp/x"])
    assert code != 0, reply


def test_kill_typed_with_its_signal_target_is_the_programs(bot, docker_client, world, cleanup):
    """"X에서 kill -0 1": kill(1) run in X (signal 0 checks PID 1 exists); X is not killed."""
    name = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{name}에서 kill -0 1")
    check(reply, "ko", cli=f"docker exec {name} kill -0 1")
    assert inspect(docker_client, name)["State"]["Running"] is True


def test_a_shell_script_keeps_its_pipe(bot, docker_client, world, cleanup):
    """'X에서 sh -c "echo one two | wc -w" 실행': the shell reads the pipe — the output is 2."""
    name = run_sdk(docker_client, cleanup)
    reply = bot.say(f'{name}에서 sh -c "echo one two | wc -w" 실행')
    check(reply, "ko", cli=f"docker exec {name} sh -c 'echo one two | wc -w'")
    assert (reply.code or "").strip().splitlines()[-1].strip() == "2", reply


def test_as_a_user_said_with_ro(bot, docker_client, world, cleanup):
    """"X에서 nobody로 id 실행": the command runs as nobody (docker exec -u nobody)."""
    name = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{name}에서 nobody로 id 실행")
    check(reply, "ko", cli=f"docker exec -u nobody {name} id")
    assert "nobody" in (reply.code or ""), reply


def test_a_command_the_grammar_cannot_read_is_run_whole(bot, docker_client, world, cleanup):
    """"X에서 echo set k v 실행해": every word is the command's (`set` is a word of gorae's grammar)."""
    name = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{name}에서 echo set k v 실행해")
    check(reply, "ko", cli=f"docker exec {name} echo set k v")
    assert "set k v" in (reply.code or ""), reply


def test_contrast_acts_on_the_second_only(bot, docker_client, world, cleanup):
    """"A 재시작 말고 B 재시작": B restarted, A untouched."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    started_a, started_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(f"{a} 재시작 말고 {b} 재시작")
    check(reply, "ko", cli=f"docker restart {b}")
    assert started_at(docker_client, a) == started_a
    assert started_at(docker_client, b) != started_b


def test_both_not_only(bot, docker_client, world, cleanup):
    """"A만 말고 B도 꺼줘": both stopped."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{a}만 말고 {b}도 꺼줘")
    check(reply, "ko", cli=f"docker stop {a} {b}")
    assert inspect(docker_client, a)["State"]["Running"] is False
    assert inspect(docker_client, b)["State"]["Running"] is False


def test_a_request_then_something_forbidden_does_the_request_only(bot, docker_client, world, cleanup):
    """"A 껐다가 켜고 B는 건드리지 마": A restarted, B untouched."""
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    started_a, started_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(f"{a} 껐다가 켜고 {b}는 건드리지 마")
    check(reply, "ko", cli=f"docker restart {a}")
    assert started_at(docker_client, a) != started_a
    assert started_at(docker_client, b) == started_b


def test_a_network_made_then_a_container_removed(bot, docker_client, world, cleanup):
    """"N 네트워크 만들고 X 지워": the network exists and X is gone (two steps, confirmed together)."""
    net = cleanup.network(uid())
    name = cleanup.container(uid())
    docker_client.containers.create("alpine", IDLE, name=name)
    reply = bot.say(f"{net} 네트워크 만들고 {name} 지워")
    check(reply, "ko", cli=[f"docker network create {net}", f"docker rm {name}"])
    assert docker_client.networks.list(names=[net]), reply
    assert not exists(docker_client, name)


def test_stopped_then_removed(bot, docker_client, world, cleanup):
    """"X 멈춘 다음에 지워": X stopped, then removed — gone."""
    name = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{name} 멈춘 다음에 지워")
    check(reply, "ko", cli=[f"docker stop {name}", f"docker rm {name}"])
    assert not exists(docker_client, name)


def test_a_passive_complaint_starts_nothing(bot, docker_client, world, cleanup):
    """"X 안 켜지는데?": X's status and logs are shown; a created X stays created (never started)."""
    name = cleanup.container(uid())
    docker_client.containers.create("alpine", IDLE, name=name)
    reply = bot.say(f"{name} 안 켜지는데?")
    check(reply, "ko", cli=[f"docker inspect {name}", f"docker logs --tail 20 {name}"])
    assert inspect(docker_client, name)["State"]["Status"] == "created"


def test_logs_of_two_containers(bot, docker_client, world, cleanup):
    """"A랑 B 로그 보여줘": the logs of each, in the order said."""
    a = cleanup.container(uid())
    b = cleanup.container(uid())
    docker_client.containers.run("alpine", ["sh", "-c", "echo from-a; sleep 300"], name=a, detach=True)
    docker_client.containers.run("alpine", ["sh", "-c", "echo from-b; sleep 300"], name=b, detach=True)
    from test_e2e_core import wait_for

    for n, word in ((a, b"from-a"), (b, b"from-b")):
        wait_for(lambda n=n, word=word: word in docker_client.containers.get(n).logs(), what=f"{n} logs")
    reply = bot.say(f"{a}랑 {b} 로그 보여줘")
    check(reply, "ko", cli=[f"docker logs {a}", f"docker logs {b}"])
    out = reply.code or ""
    assert "from-a" in out and "from-b" in out and out.index("from-a") < out.index("from-b"), reply
