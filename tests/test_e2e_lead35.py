"""lead35 on the real engine: a past told in a dialect's ending ("{a} 지웠쥬", "{a} 재시작했쥬", "{a} 지웠수다") and the act
said as a thing then stopped ("{a} 끄는 거 중지", "{a} 지우는 거 취소") run nothing — both containers still run and
neither was started again (tests/test_parse_lead35.py holds the plans)."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "{a} 지웠쥬",
    "{a} 재시작했쥬",
    "{a} 지웠수다",
    "{a} 껐지유",
    "{a} 끄는 거 중지",
    "{a} 끄는 거 멈춰",
    "{a} 지우는 거 취소",
])
def test_never_run(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)  # refused or asked back: nothing run
    assert not pair.restarted()  # both still run (nothing stopped or removed), neither started again
