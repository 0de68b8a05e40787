"""lead29 on the real engine: the kinds read in session 29 do what they ask and nothing else — the container a context
names (where one looked, a ticket, a word Kiwi calls an auxiliary) is untouched; a time to come, a tried write told done
are never run; a name typed in the other keyboard layout is the container meant."""
from __future__ import annotations

import random
import string

import pytest
from test_e2e_core import Pair, exists, inspect, nothing_ran, run_sdk, run_tracked, running_since

from bot.language.keyboard import to_hangul

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "grafana 보니까 {a} 재시작해줘",
    "{b} 보니 {a} 재시작해줘",  # Kiwi's auxiliary 보 after a name: it restarted both
    "INC-4412 {a} 재기동",  # a ticket first: never a name of the request
    "{a} 재시작해 줘 JIRA-88",
    "reset the test env: restart {a}",
    "{a} 재시작해서 초기화해줘",
])
def test_the_one_asked_restarts(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "{b} 나니 {a} 재시작해줘",  # an auxiliary after a name, kept: never dropped
    "{b} 재시작해 보니까 {a} 꺼줘",  # tried, told done: never a second request
    "테스트 끝난 후에 {a} 재시작",  # once it has finished: a time to come
    "{a} down??",  # asked of its state: never taken down
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    if "down" in form:
        assert reply.status == "done" and all(not c.startswith(("docker stop", "docker kill")) for c in reply.cli), reply
    else:
        nothing_ran(reply)
    assert not pair.restarted()


def test_name_typed_in_the_korean_layout(bot, docker_client, world, cleanup):
    # letters only (a digit stays a digit in either layout), with a vowel key: keys no Korean word is
    name = "kbd" + "".join(random.choices(string.ascii_lowercase, k=6))
    run_sdk(docker_client, cleanup, name=name)
    start = running_since(docker_client, name)
    reply = bot.say(f"{to_hangul(name)} 재시작해줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {name}"], reply
    assert running_since(docker_client, name) != start


def test_kill_signal_named_with_send(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{a}에 SIGKILL 보내")
    assert reply.status == "done" and list(reply.cli) == [f"docker kill {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]


@pytest.mark.parametrize("form", [
    "{b} 보니까 이것도 꺼줘",  # what was looked at is what it is of: it stopped every container
    "같이 꺼줘",  # together — with what? it stopped every container
    "{a} 로그 받아서 지워줘",  # received, then acted on: never the logs read then the container removed
])
def test_breaker_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    nothing_ran(reply)
    assert not pair.restarted()


def test_kept_with_noh_da(bot, docker_client, world, cleanup):
    # 놓아두다 said of a name keeps it: it removed both
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    docker_client.api.stop(b, timeout=0)
    reply = bot.say(f"{a}은 놓아두고 {b} 지워줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker rm {b}"], reply
    assert running_since(docker_client, a) and not exists(docker_client, b)
