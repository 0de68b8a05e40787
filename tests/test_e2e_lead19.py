"""The lead's session-19 kinds (tests/test_parse_lead19.py, test_compared.py, test_got_done_en.py, test_outside.py read
them through the fake world), end to end on the real engine with the fixture world, the engine looked at after: a name
with its state told before a request on another is set apart (it stopped and restarted both); a thing got done is that
request on every name ("get web and cache restarted" had read web and restarted cache); "never started" removes the
created containers only (it had planned a prune, which takes the exited ones too); a write on "the oldest" removes
nothing; an English request asked indirectly runs; what no command answers runs nothing.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said", ["web 안 죽었지 cache 꺼", "web is up, could you maybe restart cache?"])
def test_a_name_with_its_state_told_before_another_touches_nothing(bot, docker_client, world, said):
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    reply = bot.say(said)
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    for n in ("web", "cache"):
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) == before[n]


def test_things_got_done_are_that_request_on_every_name(bot, docker_client, world):
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    reply = bot.say("can we get web and cache restarted?")
    check(reply, "en", cli="docker restart web cache")
    for n in ("web", "cache"):
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) != before[n], n


def test_an_indirect_request_runs(bot, docker_client, world):
    before = started_at(docker_client, "cache")
    check(bot.say("i was wondering if you could restart cache"), "en", cli="docker restart cache")
    assert started_at(docker_client, "cache") != before


def test_never_started_removes_the_created_ones_only(bot, docker_client, world, cleanup):
    made = run_sdk(docker_client, cleanup, "alpine", start=False)
    exited = run_sdk(docker_client, cleanup, "alpine", command=["true"])
    docker_client.api.wait(exited, timeout=30)
    assert inspect(docker_client, exited)["State"]["Status"] == "exited"
    reply = bot.say("한 번도 안 켜진 컨테이너 지워")
    assert reply.status == "done" and reply.cli and reply.cli[0].startswith("docker rm "), reply
    assert made in reply.cli[0] and exited not in reply.cli[0], reply.cli
    assert not exists(docker_client, made) and exists(docker_client, exited)


def test_a_write_on_the_oldest_removes_nothing(bot, docker_client, world):
    images = sorted(t for i in docker_client.images.list() for t in i.tags)
    names = container_names(docker_client)
    for said in ("remove the oldest image", "가장 오래된 컨테이너 지워"):
        reply = bot.say(said)
        assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert sorted(t for i in docker_client.images.list() for t in i.tags) == images
    assert container_names(docker_client) == names


@pytest.mark.parametrize("said,lang,cli", [
    ("가장 오래된 컨테이너가 뭐야?", "ko", "docker ps -a"), ("biggest image here?", "en", "docker images"),
    ("web이랑 cache 중에 뭐가 메모리 더 써?", "ko", "docker stats --no-stream web cache"),
])
def test_a_comparison_asked_is_shown(bot, docker_client, world, said, lang, cli):
    reply = bot.say(said)
    check(reply, lang, cli=cli)
    assert reply.table or reply.code or reply.fields, reply


@pytest.mark.parametrize("said", ["that one too", "are you running inside a container?",
                                  "cache 로그에서 에러만 골라서 보여줘"])
def test_what_no_command_answers_runs_nothing(bot, docker_client, world, said):
    reply = bot.say(said)
    assert not reply.cli and reply.status not in ("done", "confirm"), reply
