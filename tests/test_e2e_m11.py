"""Kinds of wrong write found by branch m11 on wordings_fresh11.yaml, end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine:
- a complaint said of one container beside a request said of another in a clause of its own ("A crashed,
  restart B", "A 죽었어 B 재시작해줘"): only B restarts — A prompted the request (it planned `docker restart A B`);
- two things of one name told apart by kind words ("N 컨테이너 말고 N 볼륨 삭제"): the one named is removed and
  the one left out stays (asked before; a reading by the first kind word would remove the container).
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said, lang", [("{a} crashed, restart {b}", "en"), ("{a} 죽었어 {b} 재시작해줘", "ko")])
def test_the_container_complained_of_is_not_restarted(bot, docker_client, world, cleanup, said, lang):
    a = run_sdk(docker_client, cleanup)
    b = run_sdk(docker_client, cleanup)
    a_started, b_started = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(said.format(a=a, b=b))
    check(reply, lang, cli=f"docker restart {b}")
    assert started_at(docker_client, b) != b_started
    assert started_at(docker_client, a) == a_started


def test_the_volume_named_is_removed_not_the_container_left_out(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, start=False)
    cleanup.volume(n)
    docker_client.volumes.create(n)
    reply = bot.say(f"{n} 컨테이너 말고 {n} 볼륨 삭제")
    check(reply, "ko", cli=f"docker volume rm {n}")
    assert not docker_client.volumes.list(filters={"name": f"^{n}$"})
    assert exists(docker_client, n)


def test_the_container_named_is_removed_not_the_volume_left_out(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, start=False)
    cleanup.volume(n)
    docker_client.volumes.create(n)
    reply = bot.say(f"{n} 볼륨 말고 {n} 컨테이너 삭제해")
    check(reply, "ko", cli=f"docker rm {n}")
    assert not exists(docker_client, n)
    assert docker_client.volumes.list(filters={"name": f"^{n}$"})
