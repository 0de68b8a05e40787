"""f22c on the real engine: the write kinds f22c newly reads, each through the whole pipeline (Gorae.handle,
confirmations answered yes), then the engine inspected — a restart asked with "if possible" / 가능하면 (lead34: courtesy-if
decided — the request runs) or after a deed told as its reason ("{a} 재배포했으니 재시작 한번 해줘") restarts that one
container only; a memory said with its Korean unit and no memory word ("nginx 64메가로 띄워") or in English words ("one
gig of memory") is the new container's limit; a network called so with the English noun and verb ("X라는 network create
해줘") is made. The near misses (a negation or a condition with "if possible") change nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, inspect, nothing_ran, run_tracked, running_since, uid

pytestmark = [pytest.mark.docker]


def _made_one(cleanup) -> str:
    made = cleanup.adopt_new()["containers"]
    assert len(made) == 1, made
    return made[0]


@pytest.mark.parametrize("form", [
    "restart {a} if possible, thanks",
    "가능하면 {a} 재시작 부탁드려요",
    "{a} 재배포했으니 재시작 한번 해줘",
])
def test_a_courtesy_or_a_reason_restarts_the_one_said(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    a_start, b_start = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != a_start and running_since(docker_client, b) == b_start


@pytest.mark.parametrize("form", [
    "if possible, don't restart {a}",  # a courtesy never hides a negation
    "가능하면 {a} 재시작하지 마",
    "if possible, restart {a} if it is down",  # … nor a condition on a state
])
def test_if_possible_never_hides_a_negation_or_a_condition(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    nothing_ran(bot.say(form.format(a=a)))
    assert running_since(docker_client, a) == a_start


@pytest.mark.parametrize("say,cli,limit", [
    ("nginx 64메가로 띄워", "docker run -d --memory 64m nginx", 64 * 1024 * 1024),
    ("run nginx with sixty-four megs of memory", "docker run -d --memory 64m nginx", 64 * 1024 * 1024),
])
def test_a_memory_said_in_words_is_the_limit(bot, docker_client, world, cleanup, say, cli, limit):
    reply = bot.say(say)
    name = _made_one(cleanup)
    assert reply.status == "done", reply
    assert list(reply.cli) == [cli], reply
    assert inspect(docker_client, name)["HostConfig"]["Memory"] == limit


def test_a_network_called_so_with_the_english_words_is_made(bot, docker_client, world, cleanup):
    net = f"net-{uid()}"
    cleanup.network(net)
    reply = bot.say(f"{net}라는 network create 해줘")
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker network create {net}"], reply
    assert docker_client.api.inspect_network(net)["Name"] == net


def test_a_size_with_another_verb_touches_nothing(bot, docker_client, world, cleanup):
    assert_touches_nothing(bot, docker_client, "web 512메가로 재시작")
