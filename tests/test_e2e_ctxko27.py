"""ctxko27 on the real engine: the request after a work event typed in ASCII ("QA 전에 X 재시작해줘") or after a
sentence of the speaker's own and "before that" ("점심 먹고 올게요, 그 전에 X 재시작 부탁해요") restarts X and
nothing else."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", ["QA 전에 {a} 재시작해줘", "점심 먹고 올게요, 그 전에 {a} 재시작 부탁해요"])
def test_the_request_after_its_context(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}
