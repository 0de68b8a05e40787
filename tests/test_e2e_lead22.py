"""The lead's session-22 kinds (tests/test_parse_lead22.py reads them through the fake world), end to end on the real
engine, the engine looked at after: a new container said under a name a container already has starts nothing and
leaves that container as it was (docker would answer 409 Conflict: gorae says so before, never plans a run that fails);
a recurrence said with each ("restart X each night") is a schedule, refused as today: nothing restarts.
"""
from __future__ import annotations

import pytest
from test_e2e_core import inspect, run_tracked, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said", [
    "redis 이미지로 {c} 띄워", "run nginx named {c}", "{c}이라는 이름으로 alpine 컨테이너 만들어",
    "restart {c} each night",
])
def test_a_run_under_a_taken_name_or_a_recurrence_touches_nothing(bot, docker_client, cleanup, said):
    c, cid = run_tracked(docker_client, cleanup)
    before = started_at(docker_client, c)
    count = len(docker_client.containers.list(all=True))
    reply = bot.say(said.format(c=c), yes=False)
    assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    after = inspect(docker_client, c)
    assert after["Id"] == cid and after["State"]["Running"] and after["State"]["StartedAt"] == before
    assert len(docker_client.containers.list(all=True)) == count  # no new container either


def test_a_run_under_a_free_name_runs(bot, docker_client, cleanup):
    c, _ = run_tracked(docker_client, cleanup)
    new = f"{c}-2"
    cleanup.container(new)
    reply = bot.say(f"run alpine named {new}")
    assert reply.status == "done" and list(reply.cli) == [f"docker run -d --name {new} alpine"], reply
    assert inspect(docker_client, new)["Config"]["Image"] == "alpine"


@pytest.mark.parametrize("said,cli", [
    ("is {c} on port 8080?", "docker port {c}"), ("{c} 8080 포트야?", "docker port {c}"),
    ("is {c} an alpine container?", "docker inspect {c}"), ("{c}가 alpine 맞아요?", "docker inspect {c}"),
])
def test_a_value_asked_yes_or_no_shows_it_and_changes_nothing(bot, docker_client, cleanup, said, cli):
    c, cid = run_tracked(docker_client, cleanup)
    before = started_at(docker_client, c)
    reply = bot.say(said.format(c=c))
    assert reply.status == "done" and list(reply.cli) == [cli.format(c=c)], (said, reply)
    after = inspect(docker_client, c)
    assert after["Id"] == cid and after["State"]["Running"] and after["State"]["StartedAt"] == before
