"""safe34en on the real engine: the English wrong writes of session 34's breaker run nothing — a setting that makes the
write no order ("I'm only asking hypothetically, remove {a}"), a doubt or names first asked with "?", a correction after a
link, a header to someone else, it after two names, a fenced command told of or asked of otherwise, a modal of what
would be, it after who speaks. Each is refused or asked back; with no yes, every container still runs since the same
start (or, stopped, still exists) and no image is pulled."""
from __future__ import annotations

import pytest
from test_e2e_core import exists, run_tracked, running_since, unanswered

pytestmark = [pytest.mark.docker]


def _no_yes(reply):
    unanswered(reply)  # asked back: a yes/no, nothing run


@pytest.mark.parametrize("form", [
    "note to self: restart {a}",
    "{a}, {b} \u2014 restart?",
    "not now, {a}, restart it",
    "to bob: restart {a}",
    "after restarting {a} and {b}, stop it",
    "```docker stop {a}```\nrun this on {b} instead",
    "```docker stop {a}```\nrun this after the backup",
    "{a} would have to be restarted",
    "{a} here, restart it",
    "I'm testing gorae: stop {a}",
])
def test_running_ones_untouched(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    a_start, b_start = running_since(docker_client, a), running_since(docker_client, b)
    _no_yes(bot.say(form.format(a=a, b=b), yes=False))
    assert running_since(docker_client, a) == a_start and running_since(docker_client, b) == b_start


@pytest.mark.parametrize("form", [
    "I'm only asking hypothetically, remove {a}",
    "I'm passing this on from jane: remove {a}",
    "just joking, remove {a}",
    "restart {b}, and actually remove it",
    "this is what broke prod:\n```docker rm -f {a}```",
])
def test_stopped_one_never_removed(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    docker_client.api.stop(a, timeout=1)
    docker_client.api.stop(b, timeout=1)
    _no_yes(bot.say(form.format(a=a, b=b), yes=False))
    assert exists(docker_client, a) and exists(docker_client, b)


def test_a_word_said_after_the_image_is_never_pulled(bot, docker_client, world, cleanup):
    reply = bot.say("pull alpine bob", yes=False)
    _no_yes(reply)
    assert "docker pull bob" not in list(reply.cli), reply
    assert not docker_client.api.images(name="bob")


def test_a_word_said_after_a_runs_image_is_never_its_command(bot, docker_client, world, cleanup):
    count = len(docker_client.api.containers(all=True))
    reply = bot.say("run alpine bob", yes=False)
    _no_yes(reply)
    assert "docker run alpine bob" not in list(reply.cli), reply
    assert len(docker_client.api.containers(all=True)) == count
