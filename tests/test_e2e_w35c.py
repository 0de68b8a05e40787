"""w35c on the real engine: a state or a time said after in / on / at ("restart X in progress", "restart X at
midnight") names no engine and runs nothing; a thing said to be kept ("{a} 재시작 {b} 유지") is never a target and
nothing runs. ("stop all save X" stops every other container of the engine: not run on a shared engine; its plan is
tests/test_parse_w35c.py.)"""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "restart {a} in progress",
    "{a} restart in flight",
    "restart {a} at midnight",
    "restart {a} on friday",
    "{a} 재시작 {b} 유지",
    "{b} 재시작, {a} 유지",
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)  # refused or asked back: nothing run
    assert not pair.restarted()
