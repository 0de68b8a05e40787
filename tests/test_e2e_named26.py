"""named26 on the real engine: "캐시 쪽이 좀 느린 것 같은데 확인 부탁드려요" shows cache's details and its last lines
(the container it is about, never the list of containers); "data 로그에 에러 찍히는데 봐줄 수 있어?" data's (lead29)."""
from __future__ import annotations

import pytest
from test_e2e_core import started_at

pytestmark = [pytest.mark.docker]


def test_the_complaint_about_cache_looks_at_cache(bot, docker_client, world):
    reply = bot.say("캐시 쪽이 좀 느린 것 같은데 확인 부탁드려요")
    assert reply.status == "done", reply
    assert list(reply.cli) == ["docker inspect cache", "docker logs --tail 20 cache"], reply


def test_a_look_at_data_never_lists_every_container(bot, docker_client, world):
    # (lead29) refused until now; read as the complaint about data it is (its status and last lines: fresh19's row),
    # never the list of containers — and nothing else touched
    before = {n: started_at(docker_client, n) for n in ("web", "cache", "data")}
    count = len(docker_client.containers.list(all=True))
    reply = bot.say("data 로그에 에러 찍히는데 봐줄 수 있어?", yes=False)
    assert reply.status == "done" and list(reply.cli) == ["docker inspect data", "docker logs --tail 20 data"], reply
    assert {n: started_at(docker_client, n) for n in before} == before
    assert len(docker_client.containers.list(all=True)) == count


def test_logs_with_their_times_said_with_do(bot, docker_client, world):
    """"cache 로그 시간도 같이 보여줘": docker logs -t cache — every line shown begins with its time."""
    import re

    reply = bot.say("cache 로그 시간도 같이 보여줘")
    assert reply.status == "done" and list(reply.cli) == ["docker logs -t cache"], reply
    lines = [ln for ln in (reply.code or "").splitlines() if ln.strip()]
    assert lines and all(re.match(r"\d{4}-\d\d-\d\dT", ln) for ln in lines), reply.code
