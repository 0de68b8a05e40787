"""f22b34 on the real engine: English passive and modal requests run the write they ask ("{a} ought to be paused for a
bit", "would it be possible for {a} to be restarted?"); a list joined by "as well as" acts on each; a disconnect of
several from one network disconnects each; "instead" said last after a ban runs only the request; a paused state guessed
before the unpause (-ㄹ 텐데) unpauses it — and a passive asked, told or conditioned never runs."""
from __future__ import annotations

import pytest
from test_e2e_core import inspect, run_tracked, running_since, uid, unanswered

pytestmark = [pytest.mark.docker]


def _paused(client, name: str) -> bool:
    return bool(inspect(client, name)["State"]["Paused"])


@pytest.mark.parametrize("form", [
    "{a} ought to be paused for a bit",
    "{a} needs to be paused",
])
def test_a_passive_need_pauses(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker pause {a}"], reply
    assert _paused(docker_client, a)
    docker_client.api.unpause(a)


@pytest.mark.parametrize("form", [
    "would it be possible for {a} to be restarted?",
    "{a} would benefit from a restart, go ahead",
])
def test_a_modal_request_restarts(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    before = running_since(docker_client, a)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != before


def test_as_well_as_pauses_both(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"pause {a} as well as {b}")
    assert reply.status == "done" and list(reply.cli) == [f"docker pause {a} {b}"], reply
    assert _paused(docker_client, a) and _paused(docker_client, b)
    docker_client.api.unpause(a)
    docker_client.api.unpause(b)


def test_instead_said_last_runs_only_the_request(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    a_start, b_start = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"don't restart {b}, restart {a} instead")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != a_start and running_since(docker_client, b) == b_start


def test_a_paused_state_guessed_then_unpaused(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    docker_client.api.pause(a)
    reply = bot.say(f"{a} 지금 일시정지돼 있을 텐데 풀어줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker unpause {a}"], reply
    assert not _paused(docker_client, a)


def test_a_disconnect_of_several(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    net = cleanup.network(uid())
    docker_client.networks.create(net, driver="bridge")
    for c in (a, b):
        docker_client.api.connect_container_to_network(c, net)
    reply = bot.say(f"{a}과 {b}를 {net}에서 빼줘")
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker network disconnect {net} {a}", f"docker network disconnect {net} {b}"], reply
    for c in (a, b):
        assert net not in inspect(docker_client, c)["NetworkSettings"]["Networks"], c


@pytest.mark.parametrize("form", [
    "should {a} be restarted?",
    "{a} should be restarted?",
    "{a} may be restarted if needed",
    "I think {a} should be restarted",
    "{a} was restarted by Jane at 2am",
    "{a} should not be restarted",
    "never remove {a}, stop it instead",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)  # asked back: a yes/no, nothing run
    assert running_since(docker_client, a) == a_start
