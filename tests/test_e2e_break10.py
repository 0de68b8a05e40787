"""Kinds found by branch `break10` (tests/data/wordings_break3.yaml), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine: a Slack strikethrough (~X~) is a word crossed out — only the other container is restarted (both
were); the program `env` typed in a run of an image ("alpine을 env 실행") runs nothing rather than a new
container with the word dropped; a choice between names ("X 또는 Y 재시작") restarts neither (both were);
and "run stop", said without `docker`, with a container named stop, starts that container — never a new
container of an image named stop. Names are unique per test (but `stop`); `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say, lang", [("restart ~{a}~ {b}", "en"), ("~{a}~ {b} 재시작", "ko")])
def test_a_struck_out_name_is_not_restarted(bot, docker_client, world, cleanup, say, lang):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b))
    check(reply, lang, cli=f"docker restart {b}")
    assert started_at(docker_client, b) != before_b
    assert started_at(docker_client, a) == before_a, "the struck-out container was restarted"


@pytest.mark.parametrize("say", ["alpine을 env 실행", "alpine env 실행"])
def test_the_program_env_in_a_run_of_an_image_is_never_dropped(bot, docker_client, world, say):
    before = container_names(docker_client)
    reply = bot.say(say)
    assert reply.status not in ("done", "confirm"), reply
    assert container_names(docker_client) == before, "a container was made"


@pytest.mark.parametrize("say", ["{a} 또는 {b} 재시작", "{a}이나 {b} 재시작", "{a}이든 {b}든 재시작"])
def test_a_choice_between_two_names_restarts_neither(bot, docker_client, world, cleanup, say):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(say.format(a=a, b=b))
    assert reply.status not in ("done", "confirm"), reply
    assert (started_at(docker_client, a), started_at(docker_client, b)) == (before_a, before_b)


def test_run_of_a_container_named_like_a_verb_starts_it(bot, docker_client, world, cleanup):
    """"run stop" (no `docker` typed) with a stopped container named stop: `docker start stop`, never
    `docker run -d stop` (an image named after the container, pulled and run)."""
    assert not exists(docker_client, "stop"), "a container named stop is on the engine already"
    run_sdk(docker_client, cleanup, name="stop", start=False)
    before = container_names(docker_client)
    reply = bot.say("run stop")
    check(reply, "en", cli="docker start stop")
    assert inspect(docker_client, "stop")["State"]["Running"]
    assert container_names(docker_client) == before, "a new container was made"


@pytest.mark.parametrize("say", ["🙅 {a} 재시작", "restart {a} :no_entry:", "{a} 재시작 ❌"])
def test_an_emoji_that_says_no_restarts_nothing(bot, docker_client, world, cleanup, say):
    """An emoji that says no (Unicode or Slack's shortcode) is never chat noise: the container is not restarted."""
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    reply = bot.say(say.format(a=a))
    assert reply.status not in ("done", "confirm"), reply
    assert started_at(docker_client, a) == before


def test_a_slack_shortcode_is_chat_noise(bot, docker_client, world, cleanup):
    """"restart X :fire:" as Slack sends it: X restarted (the shortcode was read as a name: refused)."""
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    reply = bot.say(f"restart {a} :fire:")
    check(reply, "en", cli=f"docker restart {a}")
    assert started_at(docker_client, a) != before


def test_a_volume_and_a_container_of_one_name_removed_together_remove_nothing(bot, docker_client, world, cleanup):
    """"N 볼륨이랑 N 컨테이너 지워" with a volume and a stopped container both named N: nothing removed (it
    planned `docker volume rm N N`: the volume twice, the container never)."""
    n = run_sdk(docker_client, cleanup, start=False)
    cleanup.volume(n)
    docker_client.volumes.create(n)
    reply = bot.say(f"{n} 볼륨이랑 {n} 컨테이너 지워")
    assert reply.status not in ("done", "confirm"), reply
    assert exists(docker_client, n)
    assert docker_client.volumes.list(filters={"name": f"^{n}$"})
