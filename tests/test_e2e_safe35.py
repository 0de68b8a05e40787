"""safe35 on the real engine: an aside saying the speaker does it themselves ("restart {a} — i'm on it", "{a} 재시작 — 내가
할게") and a pronoun for earlier things said with a quantity and nothing it points at ("걔네 다 꺼") run nothing, even
said with a yes (a refusal has none): every container of the test's own still runs since the same start."""
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
