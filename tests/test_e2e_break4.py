"""Kinds found by branch `break4` (tests/data/wordings_break4.yaml), end to end on the real engine.

Each test goes through the whole pipeline (Gorae.say, confirmations answered yes) and then looks at the engine:
a Korean tail after a typed docker command that asks whether, tells something done or relays someone else's words
("docker rm X 해볼까", "docker stop X 실행했어", "docker restart X 실행하래") runs nothing (each ran the command);
Hangul typed where a command line has its program ("docker run IMAGE 띄워줘") makes no container; hearsay, a
supposition, the chat nominal -ㅁ, a tag question and an emoji of doubt or of something done change nothing (each
planned the write); a Korean request after the command still runs it. Names are unique per test; `cleanup` removes
what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import ACTOR, CHANNEL, check, container_names, exists, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say", ["docker rm {a} 해볼까", "docker rm -f {a} 부탁할까", "docker rm -f {a} 실행했어",
                                 "docker rm -f {a} 실행하래", "docker rm -f {a} 해도 돼?"])
def test_a_korean_tail_that_asks_nothing_removes_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert exists(docker_client, a), "the container was removed"


@pytest.mark.parametrize("say", ["docker restart {a} 돌려볼까", "docker restart {a} 해봤어",
                                 "docker restart {a} 실행하라는데"])
def test_a_korean_tail_that_asks_nothing_restarts_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert started_at(docker_client, a) == before, "the container was restarted"


def test_a_korean_request_after_a_docker_command_still_runs_it(bot, docker_client, world, cleanup):
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    reply = bot.say(f"docker restart {a} 해줘")
    check(reply, "ko", cli=f"docker restart {a}")
    assert started_at(docker_client, a) != before


@pytest.mark.parametrize("say", ["docker run alpine 띄워줘", "docker run alpine 8080포트", "docker run alpine 포트 80",
                                 "docker create alpine 만들어"])
def test_hangul_as_the_program_makes_no_container(bot, docker_client, world, say):
    before = container_names(docker_client)
    reply = bot.say(say, yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert container_names(docker_client) == before, "a container was made"


@pytest.mark.parametrize("say, lang", [
    ("{a} 재시작하라는데요", "ko"), ("{a} 꺼달라는데", "ko"), ("{a} 재시작한다면?", "ko"), ("{a} 재시작함", "ko"),
    ("{a} 재시작해 둠", "ko"), ("{a} 재시작 🤔", "ko"), ("{a} 재시작 ✅", "ko"),
    ("fyi restarting {a}", "en"), ("restart {a} :thinking_face:", "en"),
])
def test_a_sentence_that_asks_nothing_restarts_nothing(bot, docker_client, world, cleanup, say, lang):
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert started_at(docker_client, a) == before, "the container was restarted"
    assert inspect(docker_client, a)["State"]["Running"]


@pytest.mark.parametrize("say", ["{a} 지운다면?", "{a} 지움", "{a} 지우라는데", "{a} 삭제 🤔"])
def test_a_sentence_that_asks_nothing_removes_nothing(bot, docker_client, world, cleanup, say):
    a = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status not in ("done", "confirm"), reply
    assert exists(docker_client, a), "the container was removed"


@pytest.mark.parametrize("say, lang", [("{a} 재시작할게요?", "ko"), ("{a} 재시작한다?", "ko"), ("restart {a} ok?", "en"),
                                       ("restart {a}, okay?", "en")])
def test_a_tag_question_is_asked_back_and_runs_only_on_the_yes(bot, docker_client, world, cleanup, say, lang):
    """A request closed by a tag question ("ok?", -ㄹ게요?) is asked back (a proposal, yes/no), never run on the
    question (it restarted the container at once); after the yes it runs."""
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    reply = bot.say(say.format(a=a), yes=False)
    assert reply.status == "confirm" and reply.proposal, reply
    assert started_at(docker_client, a) == before, "restarted on the question"
    done = bot.gorae.confirm(reply.pending, ACTOR, CHANNEL, yes=True)
    check(done, lang, cli=f"docker restart {a}")
    assert started_at(docker_client, a) != before
