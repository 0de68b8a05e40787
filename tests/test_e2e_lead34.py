"""lead34 on the real engine: a pasted terminal session (a command after its prompt, then what it printed) and an
English consequence asked ("could this remove X"), a Korean act announced
or asked of the addressee, a removal asked possible run nothing without a yes; the engine is looked at afterwards."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, exists, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "$ docker stop {a}\n{a}",
    "```\n$ docker restart {a}\n{a}\n```",
    "could this restart {a}",
    "what's the stop timeout of {a}",
    "mind the {a} restart",
    "{a} 재시작한다",
    "{a} 끄심?",
    "{a} 삭제 가능?",
    "{a} 끄면 되잖아",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    unanswered(bot.say(form.format(a=a), yes=False))
    assert exists(docker_client, a) and not pair.restarted()
