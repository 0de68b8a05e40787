"""The wrong-action kinds of tests/test_parse_f14ko.py end to end on the real engine, the engine inspected after:
A. a pasted error said to be the reason ("… 라고 해서") before a stop-then-remove: the one container named is stopped
   and removed, the others untouched; B. a command line typed as a comparison ("docker-compose rm -s X 같은 거 해줘, Y
   멈춰"): the typed line lends no name — Y alone is stopped, X untouched; C. a state heard of given as the reason
   ("응답이 없다고 해서요, X 강제로 종료"): X killed, the others untouched. Listings are scoped to this test's label
   (tests/test_e2e_core.py `ScopedClient`): other runs share the engine. Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import docker.errors
import pytest
from test_e2e_core import check, inspect, scoped_bot

pytestmark = [pytest.mark.docker]


def test_a_pasted_error_as_the_reason_then_stop_and_remove(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say("You cannot remove a running container. Stop the container before attempting removal 라고 해서 "
                    f"{a} 먼저 멈추고 지워줘")
    check(reply, "ko", cli=[f"docker stop {a}", f"docker rm {a}"])
    with pytest.raises(docker.errors.NotFound):
        docker_client.containers.get(a)
    assert inspect(docker_client, b)["State"]["Running"]


def test_a_typed_comparison_lends_no_name(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"docker-compose rm -s {a} 같은 거 해줘, {b} 멈춰")
    check(reply, "ko", cli=f"docker stop {b}")
    assert inspect(docker_client, b)["State"]["Status"] == "exited"
    assert inspect(docker_client, a)["State"]["Running"]  # the name of the typed line: never touched


def test_a_state_heard_of_as_the_reason_then_kill(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"응답이 없다고 해서요, {a} 컨테이너 강제로 종료 부탁드립니다")
    check(reply, "ko", cli=f"docker kill {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]
