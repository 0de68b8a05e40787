"""The lead's session-20 kinds (tests/test_parse_lead20.py reads them through the fake world), end to end on the real
engine with the fixture world, the engine looked at after: a state said of a name that is not its state is said in
the reply (the verb acts, as the tables say); a removal of a name that is only an image is asked back and removes the
image on the yes alone; a write read from an English question word, a Korean passive told or guessed, or 아직 beside
a write touches nothing; gorae asked where it runs reads nothing; the Korean reads of fresh18 are shown.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, check, inspect, started_at

pytestmark = [pytest.mark.docker]


def test_a_state_said_that_is_not_the_names_is_said_and_the_verb_acts(bot, docker_client, world):
    before = started_at(docker_client, "cache")
    reply = bot.say("restart the stopped cache")
    check(reply, "en", cli="docker restart cache")
    assert any("cache" in n and "running" in n for n in reply.notes), reply.notes
    assert inspect(docker_client, "cache")["State"]["Running"] and started_at(docker_client, "cache") != before


def test_a_removal_of_an_image_name_is_asked_and_removes_the_image_on_yes(docker_client, world, cleanup):
    docker_client.images.get("alpine").tag("lead20img", "latest")
    cleanup.image("lead20img")
    bot = Bot(docker_client)
    asked = bot.say("lead20img 지워줘", yes=False)
    assert asked.status == "confirm" and asked.proposal and list(asked.cli) == ["docker rmi lead20img"], asked
    assert "lead20img:latest" in {t for i in docker_client.images.list() for t in i.tags}
    check(bot.say("lead20img 지워줘"), "ko", cli="docker rmi lead20img")  # asked again, and answered yes
    assert "lead20img:latest" not in {t for i in docker_client.images.list() for t in i.tags}
    assert "alpine:latest" in {t for i in docker_client.images.list() for t in i.tags}  # the tag alone went


@pytest.mark.parametrize("said", [
    "what does web run?", "who can restart web?", "which containers does cache stop",
    "web 켜짐?", "cache 지워질 거야", "web 지워지겠지", "cache 죽여져 있음", "web 아직 꺼",
    "are you running inside web?",
])
def test_a_write_asked_of_guessed_or_told_touches_nothing(bot, docker_client, world, said):
    before = {n: started_at(docker_client, n) for n in ("web", "cache")}
    reply = bot.say(said)
    assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    for n in ("web", "cache"):
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) == before[n], n


@pytest.mark.parametrize("said,cli", [
    ("my-nginx 아직 떠있지?", "docker inspect my-nginx"),
    ("web 로그 맨 끝 5줄", "docker logs --tail 5 web"),
    ("web 컨테이너에 대한 정보 보여줘", "docker inspect web"),
    ("db 안켜짐", "docker inspect db"),
])
def test_a_korean_read_of_fresh18_is_shown(bot, docker_client, world, said, cli):
    reply = bot.say(said)
    assert reply.status == "done" and reply.cli and reply.cli[0] == cli, (said, reply)
    assert reply.table or reply.code or reply.fields, reply


def test_the_unneeded_images_are_asked_as_a_prune(docker_client, world):
    bot = Bot(docker_client)
    asked = bot.say("remove unneeded images", yes=False)
    assert asked.status == "confirm" and list(asked.cli) == ["docker image prune"], asked


@pytest.mark.parametrize("said", ["renaming web failed", "would renaming web break anything?", "do you remove web?",
                                  "web 삭제해 있음", "what would you do to remove cache?"])
def test_what_the_break_run_found_renames_and_removes_nothing(bot, docker_client, world, said):
    reply = bot.say(said)
    assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    names = {c.name for c in docker_client.containers.list(all=True)}
    assert {"web", "cache"} <= names and "break" not in names and "failed" not in names


@pytest.mark.parametrize("said,lang,cli,name", [
    ("p1 incident: my-nginx restart now", "en", "docker restart my-nginx", "my-nginx"),
    ("cache 재시작 타임아웃 3초", "ko", "docker restart -t 3 cache", "cache"),
    ("restart web but give it 20 seconds", "en", "docker restart -t 20 web", "web"),
])
def test_an_incident_label_or_a_grace_period_in_words_restarts(bot, docker_client, world, said, lang, cli, name):
    before = started_at(docker_client, name)
    check(bot.say(said), lang, cli=cli)
    assert inspect(docker_client, name)["State"]["Running"] and started_at(docker_client, name) != before
