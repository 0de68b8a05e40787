"""brk35b on the real engine: a write said with an emoji of fear first ("😱 restart {a}"), after a trial's label
("test: restart {a}"), with 그만 before its verb ("{a} 그만 재시작해"), with "nay" after it ("restart {a}? nay") or with an
approval asked of a person ("{a} 재시작 승인 요청") never runs without its yes."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "😱 restart {a}",
    "🧪 {a} 재시작해",
    "test: restart {a}",
    "action item: restart {a}",
    "{a} 그만 재시작해",
    "restart {a}? nay",
    "{a} 재시작 승인 요청",
    "{a} 재시작 승인해주세요",
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)
    assert not pair.restarted()
