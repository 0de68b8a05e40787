"""safe35 on the real engine: an aside saying the speaker does it themselves ("restart {a} — i'm on it", "{a} 재시작 — 내가
할게") and a pronoun for earlier things said with a quantity and nothing it points at ("걔네 다 꺼") run nothing, even
said with a yes (a refusal has none): every container of the test's own still runs since the same start. A word glued of a
syllable and a write verb, one jamo from another write verb's word ("{a} 죽켜줘"), runs neither; a slip of a write's verb on
every container ("restrat all") waits for its yes."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, unanswered
from test_wordings_fresh import answer

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "restart {a} — i'm on it",
    "restart {a} i am on it",
    "restart {a} (on it)",
    "stop {a} — doing it now",
    "{a} 재시작 — 내가 할게",
    "{a} 꺼줘 제가 할게요",
])
@pytest.mark.parametrize("yes", [False, True])
def test_the_speakers_own_runs_nothing(bot, docker_client, world, cleanup, form, yes):
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    reply = bot.say(form.format(a=a), yes=yes)
    unanswered(reply)
    assert not reply.pending, reply  # refused: nothing to say yes to
    assert not pair.restarted()


@pytest.mark.parametrize("text", ["걔네 다 꺼", "이것들 다 일시정지", "그것들 모두 재시작해줘"])
@pytest.mark.parametrize("yes", [False, True])
def test_a_pronoun_with_nothing_before_it_runs_nothing(bot, docker_client, world, cleanup, text, yes):
    # never said on the engine unless the reading already runs nothing (a wrong reading would act on every container)
    assert not answer(text).cli and not answer(text).proposal
    pair = Pair(docker_client, cleanup)
    reply = bot.say(text, yes=yes)
    unanswered(reply)
    assert not reply.pending, reply
    assert not pair.restarted()


@pytest.mark.parametrize("form", ["{a} 죽켜줘", "{a} 저기동해줘"])
@pytest.mark.parametrize("yes", [False, True])
def test_a_glued_slip_of_two_verbs_runs_nothing(bot, docker_client, world, cleanup, form, yes):
    """A word glued of a syllable and a write verb, one jamo from another's ("죽켜줘": start or kill?): neither."""
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    docker_client.api.stop(a, timeout=1)  # stopped: a start would show as running again
    reply = bot.say(form.format(a=a), yes=yes)
    unanswered(reply)
    assert not reply.pending, reply
    assert docker_client.api.inspect_container(a)["State"]["Running"] is False


@pytest.mark.parametrize("text", ["restrat all", "다 재싲작"])
def test_a_slip_on_every_container_is_asked(bot, docker_client, world, cleanup, text):
    """A slip of a write's verb on every container: asked back, nothing run without the yes (the yes would restart
    every container on the engine — other runs' too — so it is never said here)."""
    assert not answer(text).cli and answer(text).proposal == ("docker restart $(docker ps -q)",)
    pair = Pair(docker_client, cleanup)
    reply = bot.say(text, yes=False)
    unanswered(reply)
    assert reply.pending, reply  # a question waiting for its yes
    assert not pair.restarted()
