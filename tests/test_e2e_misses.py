"""The known misses of issue 8 (session 6), end to end on the real engine (tests/test_wordings_misses.py
holds their wordings against the fake world).

Through the whole pipeline (Gorae.handle, confirmations answered yes), then the engine is looked at:
- an exec said as "hop into X and run …", "X 들어가서 … 실행해줘", "exec … on X", "X에서 … 실행" runs in X
  with every argument (its output holds each one), and no new container is made; `X` is never taken
  for an engine of that name;
- a container said with a run's option ("run whoami as root in X") is never run as an image named X:
  nothing is made, nothing pulled;
- a negation of names first ("not X, restart Y", "X 건드리지 말고 Y 재시작해") restarts Y only;
- a complaint ("X 뻗었어", "is X dead?") shows the status and the recent logs: two reads, nothing restarted.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import Bot, check, exists, started_at, uid

pytestmark = [pytest.mark.docker]

SAYS = ["sh", "-c", "echo ready-$HOSTNAME-log; trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]


@pytest.fixture
def bot(docker_client: Any) -> Bot:
    return Bot()


def _idle(client: Any, cleanup: Any) -> str:
    name = cleanup.container(uid())
    client.containers.run("alpine", SAYS, name=name, detach=True, hostname="h" + name[-8:])
    return name


def _containers(client: Any) -> set[str]:
    return {c.name for c in client.containers.list(all=True)}


@pytest.mark.parametrize("said, lang", [
    ("hop into {n} and run echo alpha beta-1 gamma=2", "en"),
    ("{n} 들어가서 echo alpha beta-1 gamma=2 실행해줘", "ko"),
    ("exec echo alpha beta-1 gamma=2 on {n}", "en"),
    ("{n}에서 echo alpha beta-1 gamma=2 실행", "ko"),
])
def test_an_exec_runs_in_the_container_with_every_argument(bot, docker_client, world, cleanup, said, lang):
    n = _idle(docker_client, cleanup)
    before = _containers(docker_client)
    reply = bot.say(said.format(n=n))
    check(reply, lang, cli=f"docker exec {n} echo alpha beta-1 gamma=2")
    assert reply.code is not None and reply.code.split() == ["alpha", "beta-1", "gamma=2"]
    assert _containers(docker_client) == before  # an exec: no container was made


def test_a_container_with_a_runs_option_is_never_run_as_an_image(bot, docker_client, world, cleanup):
    """"run whoami as root in X" was planned `docker run --name root X whoami` (a pull of an image X); then
    refused; since en6 `as root` is the user the command runs as: `docker exec -u root X whoami`."""
    n = _idle(docker_client, cleanup)
    cleanup.container("root")
    before, started = _containers(docker_client), started_at(docker_client, n)
    reply = bot.say(f"run whoami as root in {n}")
    check(reply, "en", cli=f"docker exec -u root {n} whoami")
    assert (reply.code or "").strip() == "root", reply
    assert not exists(docker_client, "root") and _containers(docker_client) == before
    assert not docker_client.images.list(name=n)  # nothing pulled by the container's name
    assert started_at(docker_client, n) == started


@pytest.mark.parametrize("said, lang", [
    ("not {x}, restart {y}", "en"),
    ("don't touch {x}, just restart {y}", "en"),
    ("{x} 건드리지 말고 {y}만 재시작해", "ko"),
])
def test_the_names_negated_first_are_left_alone(bot, docker_client, world, cleanup, said, lang):
    x, y = _idle(docker_client, cleanup), _idle(docker_client, cleanup)
    x_started, y_started = started_at(docker_client, x), started_at(docker_client, y)
    reply = bot.say(said.format(x=x, y=y))
    check(reply, lang, cli=f"docker restart {y}")
    assert started_at(docker_client, y) != y_started
    assert started_at(docker_client, x) == x_started


@pytest.mark.parametrize("said, lang", [("{n} 뻗었어", "ko"), ("is {n} dead?", "en"), ("{n} 먹통", "ko")])
def test_a_complaint_shows_the_status_and_the_logs_and_restarts_nothing(bot, docker_client, world, cleanup,
                                                                        said, lang):
    n = _idle(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(said.format(n=n))
    check(reply, lang, cli=[f"docker inspect {n}", f"docker logs --tail 20 {n}"])
    assert not bot.asked  # two reads: nothing to confirm
    shown = " ".join((reply.headline, *reply.notes, reply.code or ""))
    assert "ready-h" + n[-8:] + "-log" in shown, shown  # the container's own log line
    assert started_at(docker_client, n) == started


def test_logs_fetched_since_a_time(bot, docker_client, world, cleanup):
    n = _idle(docker_client, cleanup)
    reply = bot.say(f"fetch {n} logs since 10m")
    check(reply, "en", cli=f"docker logs --since 10m {n}")
    assert "ready-h" + n[-8:] + "-log" in (reply.code or "")
