"""safe33ko on the real engine: Korean wordings whose steps or clauses were merged never run what was not meant — a
topic name before another name's step, a purpose or the speaker's plan told beside an order, the past before -길래, the
weighed -느니, two names each with its own verb, an event after an order, "the rest" after a step: nothing runs without
a yes (every container still runs since the same start, none removed), nor an order said to someone else called first
("민수씨 …", never offered either); on the yes to a purpose told after an order, only the order runs; on the yes to a topic name said before
another name's step, each name's step alone."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, exists, nothing_ran, run_tracked, running_since

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize(("form", "offered"), [
    ("{b}는 {a} 끈 다음에 지워줘", ["docker stop {a}", "docker rm {b}"]),  # never both verbs on both names
    ("{b} 좀 {a} 끄고 지워줘", ["docker stop {a}", "docker rm {b}"]),
    ("{a} 꺼줘 {b} 지울 수 있도록", ["docker stop {a}"]),  # a purpose: only the stop is asked
    ("{b} 지울 거야. {a} 꺼줘", ["docker stop {a}"]),  # the speaker's plan, then an order
    ("{b} 지우느니 {a} 재시작하자", None),  # rather than removing b
    ("{b} 지웠길래 {a} 재시작해줘", None),  # b's removal told as done
    ("{b} 강제종료 {a} 정지", None),  # two verbs on two names: never one kill of both
    ("{b} 꺼줘 {a} 죽은 다음에", None),  # a's dying is an event, no order
    ("{a} 재시작한 다음에 나머지 지워", None),  # the rest: never removed silently
    ("{b} 지울 수 있도록 {a} 꺼줘", ["docker stop {a}"]),  # a purpose said first
    ("민수씨 {b} 지워주세요", None),  # said to someone else: never run nor offered
    ("수진아 {a} 재시작해줘", None),
])
def test_nothing_runs_without_a_yes(bot, docker_client, world, cleanup, form, offered):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    if offered is not None:
        # asked back with the steps meant, a yes/no: nothing run
        assert reply.status == "confirm" and reply.pending, reply
        assert list(reply.cli) == [c.format(a=a, b=b) for c in offered], reply
    else:
        nothing_ran(reply)
    assert exists(docker_client, a) and exists(docker_client, b)
    assert not pair.restarted()


def test_a_purpose_told_after_an_order_runs_the_order_alone_on_the_yes(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    b_start = running_since(docker_client, b)
    reply = bot.say(f"{a} 꺼줘 {b} 지울 수 있도록", yes=True)
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert not docker_client.api.inspect_container(a)["State"]["Running"]
    assert exists(docker_client, b) and running_since(docker_client, b) == b_start


def test_a_topic_name_before_another_step_runs_each_at_its_step_on_the_yes(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    docker_client.api.stop(b, timeout=1)
    reply = bot.say(f"{b}는 {a} 끈 다음에 지워줘", yes=True)
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}", f"docker rm {b}"], reply
    assert exists(docker_client, a) and not docker_client.api.inspect_container(a)["State"]["Running"]
    assert not exists(docker_client, b)
