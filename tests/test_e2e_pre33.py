"""pre33 on the real engine: a setting said before the request changes nothing — the request alone runs ("QA입니다. {a}
재시작해주세요", "Im on my phone, restart {a}": {a} restarted, {b} untouched); a name stated in a sentence of its own
is never acted on with the request's own ("{b}입니다. {a} 재시작해주세요" runs nothing); touch nothing then a write
never runs."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "QA입니다. {a} 재시작해주세요",
    "SRE 팀인데요, {a} 재시작 부탁드려요",
    "신입입니다. 선배님 말씀대로 {a} 재시작 부탁드립니다",
    "Im on my phone, restart {a}",
    "oncall here; restart {a}",
])
def test_the_request_after_a_setting_runs_alone(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "{b}입니다. {a} 재시작해주세요",
    "아무것도 안 건드리고 {a} 재시작해줘",
    "{b} is down, restart {a}",
    "don't touch {b}: restart {a}",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)
    assert not pair.restarted()
