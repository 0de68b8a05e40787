"""tdc22's session-22 kind (tests/test_parse_tdc22.py reads it through the fake world), end to end on the real engine
with the fixture world, the engine looked at after: a time or an age asked of a container, in Korean or English, is its
details (docker inspect) and restarts nothing — "web 재시작 시간 알려줘" restarted web before.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, inspect, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said,cli", [
    ("web 몇 시간째 돌고 있어?", "docker inspect web"),
    ("cache 마지막으로 재시작된 게 언제야", "docker inspect cache"),
    ("web 재시작 시간 알려줘", "docker inspect web"),
    ("cache 오늘 재시작된 적 있어?", "docker inspect cache"),
    ("web 켜진 지 며칠 됐어?", "docker inspect web"),
    ("since when is web running?", "docker inspect web"),
    ("when did cache die last time", "docker inspect cache"),
])
def test_a_time_asked_is_its_details_and_restarts_nothing(bot, docker_client, world, said, cli):
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    reply = bot.say(said)
    assert reply.status == "done" and list(reply.cli) == [cli], (said, reply)
    for n in ("web", "cache"):
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) == before[n], n


# ("has web been restarted today?" is its details since dneg23, as fresh19 wants: test_e2e_dneg23 runs it, nothing
# restarted)
@pytest.mark.parametrize("said", ["web 몇 분 뒤에 재시작해", "web 지운 적 있어?"])
def test_a_time_said_with_a_write_touches_nothing(bot, docker_client, world, said):
    assert_touches_nothing(bot, docker_client, said)
