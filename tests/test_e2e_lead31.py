"""lead31 on the real engine: a question closing with no "?" (-나, -니) runs nothing; a tag question after a write then
more words, an aside in brackets making a step of its own, a write's noun made a topic are asked back and run nothing
until the yes (then only the one asked); a verdict or a thumbs-up on a name, a request said to someone else, a name
owning the next one, a slip between names, stop + -ing, the speaker's offer and a strike inside italics are never run;
a name after "for" is the purpose of a write, never one more target."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, nothing_ran

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize(("form", "cli"), [
    ("restart {a} ok? {b} too", "docker restart {a} {b}"),
    ("{a} 재시작 ㄹㅇ? 지금?", "docker restart {a}"),
    ("{a} 멈출 필요 있음?", "docker stop {a}"),
    ("{a} 재시작해줘 (etl 돌려야 함)", "docker restart {a}"),
    ("{a} 재시작 결과 알려줘", "docker restart {a}"),
    ("todo: {a} 재시작", "docker restart {a}"),
])
def test_asked_back_runs_nothing(bot, docker_client, world, cleanup, form, cli):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    assert reply.status == "confirm" and reply.pending, reply  # a question with yes/no, nothing run
    assert list(reply.cli) == [cli.format(a=a, b=b)], reply
    assert not pair.restarted()


def test_aside_asked_back_then_yes_restarts_the_one_asked(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"{a} 재시작해줘 ({b} 꺼야 함)", yes=True)
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "{a} 재시작하나",
    "{a} 재시작하니",
    "{a} 재시작할 거니",
    "{b} 👍 {a} 재시작",
    "{b} ok {a} 재시작",
    "restart {a}, {b} ok",
    "bob can you restart {a}",
    "{b}의 {a} 재시작",
    "{a} 꺼줘 아 {b}",
    "restart {a} uh {b}",
    "stop killing {a}",
    "want me to restart {a}",
    "_~restart {a}~_",
    # lead31c: a Korean write said without ordering it
    "{a} 재시작하는지 봐",
    "{a} 재시작하라니",
    "{a} 재시작 때림",
    "{a} 재시작해줘 배포 끝나고 나서",
    "{a} 재시작 잠깐만",
    "{a} 재시작하기엔 좀 그런데",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    nothing_ran(reply)
    assert not pair.restarted()


def test_a_name_after_for_is_the_purpose(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"restart {a} for {b}")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize(("form", "restarted"), [
    ("{a} 재시작 — 메모리 샘", "a"),  # lead31b: a reason after a dash is context
    ("restart {a} (OOM again)", "a"),
    ("{a}/{b} 재시작", "ab"),  # names joined by a slash: both
    ("{a}&{b} 재기동", "ab"),
])
def test_asides_and_lists(bot, docker_client, world, cleanup, form, restarted):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done", reply
    assert pair.restarted() == {n for n, k in zip(pair.names, "ab") if k in restarted}
