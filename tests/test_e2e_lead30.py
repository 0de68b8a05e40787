"""lead30 on the real engine: a permission or a yes asked in chat's jamo (ㄱㅊ?, ㅇㅈ?, ㄹㅇ?, ㅇㄸ?) or a tag question before a
laugh is asked back and runs nothing until the yes (then the frozen plan runs); a verdict or a reaction in jamo is never
dropped; a Slack link's label is no container; the reads of this session (compared names, a state asked to be denied, a
read negated twice, logs dumped) are answered from the engine."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, inspect, nothing_ran, run_tracked, running_since

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "{a} 꺼도 ㄱㅊ?",
    "{a} 재시작 ㅇㅈ?",
    "{a} 재시작 ㄱㅊ",
    "{a} 지워 ㄹㅇ?",
    "{a} 재시작 ㅇㄸ?",
    "restart {a} ok? lol",
    "{a} 재시작 ㅇㅋ? ㅋㅋ",
    "{a} 와 재시작하노",
])
def test_asked_back_runs_nothing(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    assert reply.status == "confirm" and reply.pending, reply  # a question with yes/no, nothing run
    assert not pair.restarted()


def test_asked_back_then_yes_restarts_the_one_asked(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"{a} 재시작 ㅇㅈ?", yes=True)
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "{a} 재시작 ㅊㅋ",  # congrats on it: never dropped, never the restart
    "{a} 재시작해줘서 ㄳ",  # thanks for it done: told, never run
    "{b}은 ㄱㅊ {a}만 재시작",  # a verdict on b: it restarted both
    "<https://grafana.internal/d/x|{a}> 보니 이상. 재시작해줘",  # a link's label is no referent
    "{a} 안 끌 수 없잖아 꺼",  # negated twice, a write: never read so
    "{a} 지워줘 기다려",  # wait, said after it: never its reason
    "{a} 재시작해 ㅋㅋ 농담임",  # a joke owned
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    if "{b}은" in form:
        # only the one said: a restart of a alone may be asked back, never b touched
        assert all(b not in c for c in reply.cli), reply
    elif "ㅊㅋ" in form:
        # the word not read said and the rest offered as a question (the partial reading): never run without the yes
        assert reply.status != "done" and "ㅊㅋ" in reply.headline, reply
        assert running_since(docker_client, a) == pair.starts[0]
    else:
        nothing_ran(reply)
        assert running_since(docker_client, a) == pair.starts[0]
    assert running_since(docker_client, b) == pair.starts[1]


def test_compared_names_are_their_details(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(f"{a}이랑 {b} 중에 뭐가 먼저 떴어?")
    assert reply.status == "done" and list(reply.cli) == [f"docker inspect {a} {b}"], reply
    assert running_since(docker_client, a) == a_start


@pytest.mark.parametrize(("form", "cli"), [
    ("{a} 안 켜져 있는 거 아니지?", "docker inspect {a}"),
    ("{a} 로그 안 볼 수가 없네, 보여줘", "docker logs {a}"),
    ("{a} 로그 좀 떠봐", "docker logs {a}"),
    ("{a} 와 이카노 로그 함 보자", "docker logs {a}"),
])
def test_reads(bot, docker_client, world, cleanup, form, cli):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [cli.format(a=a)], reply
    assert running_since(docker_client, a) == a_start and inspect(docker_client, a)["State"]["Running"]
