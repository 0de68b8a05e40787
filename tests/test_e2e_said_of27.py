"""said_of27 on the real engine: the words of an English remark that name existing containers are never more targets
of the write — "restart A B is failing" and "all B pls restart A" (B a running container here) are refused and
neither container is restarted."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", ["restart {a} {b} is failing", "all {b} pls restart {a}"])
def test_a_remark_restarts_nothing_it_names(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status != "done" and not any(b in c for c in reply.cli), reply
    assert not pair.restarted()


def test_the_remark_after_a_comma_is_context(bot, docker_client, world, cleanup):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"restart {a}, {b} is failing")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}
