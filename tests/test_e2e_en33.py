"""en33 on the real engine: a docker command in a Slack code fence asked to be run runs (and only that command); asked
whether, or pasted, it never runs; a docker command word typed with a slip is asked back for a write and runs only on
the yes; the count of the names typed after a docker command ("두 개 다") runs on those names, a count that disagrees
runs nothing."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, inspect, nothing_ran, run_tracked

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "```\ndocker restart {a}\n```\n이거 돌려줘",
    "can you run this?\n```\ndocker restart {a}\n```",
    "```bash\ndocker restart {a}\n```",
])
def test_a_fenced_command_asked_to_run_runs(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


def test_a_fenced_stop_asked_inline_runs(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"이거 실행해줘 ```docker stop {a}```")
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]


def test_the_count_of_the_names_typed_runs_on_them(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"docker restart {a} {b} 두 개 다")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a} {b}"], reply
    assert pair.restarted() == {a, b}


def test_a_misspelt_write_runs_only_on_the_yes(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    asked = bot.say(f"docker stpo {a}", yes=False)
    assert asked.status == "confirm" and asked.pending and list(asked.cli) == [f"docker stop {a}"], asked
    assert inspect(docker_client, a)["State"]["Running"]
    reply = bot.say(f"docker stpo {a}", yes=True)
    assert reply.status == "done" and list(reply.cli) == [f"docker stop {a}"], reply
    assert not inspect(docker_client, a)["State"]["Running"]


@pytest.mark.parametrize("form", [
    "```\ndocker stop {a}\n```\n이거 돌려도 돼요?",
    "```\ndocker rm -f {a}\n```\n절대 이거 치지 마세요",
    "```\ndocker stop {a}\n```\n{b} 로그 봐줘",  # a paste: the request after it only
    "should I run this?\n```\ndocker stop {a}\n```",
    "docker restart {a} 두 개 다",  # one name, two said
    "so docker stop {a}?",
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    if reply.status == "confirm":
        assert reply.pending, reply  # asked back: a yes/no, nothing run
    elif reply.status == "done":
        assert all(" stop " not in c and " rm " not in c and " restart " not in c for c in reply.cli), reply
    else:
        nothing_ran(reply)
    assert not pair.restarted()
