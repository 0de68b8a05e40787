"""ko33a on the real engine: a read said before a write runs both, the read first ("before you restart {a}, dump its
logs": its logs, then the restart); a quoted order said again on a new name runs on that name only ("> restart {a}"
then "same for {b}"); a developer's own service said with its container restarts that container ("우리 서비스 {a}
재시작 한번 해줘"); the lines after a quote that forbid or acknowledge it run nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, nothing_ran, run_tracked, running_since

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "before you restart {a}, dump its logs",
    "{a} 재시작하기 전에 로그 50줄만 떠줘",
])
def test_a_read_said_before_a_write_runs_both_the_read_first(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done", reply
    assert [c.split()[1] for c in reply.cli] == ["logs", "restart"] and all(c.endswith(f" {a}") for c in reply.cli), reply
    assert running_since(docker_client, a) != a_start


@pytest.mark.parametrize("form", [
    "> restart {a}\nsame for {b}",
    "> {a} 재시작해줘\n이번엔 {b} 로",
])
def test_a_quoted_order_on_a_new_name_runs_on_that_name_only(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {b}"], reply
    assert pair.restarted() == {b}


@pytest.mark.parametrize("form", [
    "우리 서비스 {a} 재시작 한번 해줘",
    "I own the {a} container, could you restart it for me?",
])
def test_an_own_service_said_with_its_container_restarts_it(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != a_start


@pytest.mark.parametrize("form", [
    "> {a} 재시작해줘\n이건 하지 마세요",
    "> restart {a}\nwho asked for this?",
    "> {a} 재시작 완료했습니다\n👍",
])
def test_a_quote_forbidden_or_acknowledged_runs_nothing(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a), yes=False)
    nothing_ran(reply)
    assert running_since(docker_client, a) == a_start
