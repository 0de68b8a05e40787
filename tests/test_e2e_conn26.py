"""conn26 on the real engine: a Korean connective that does not order the verb before it (the background -는데, the
condition -어야, the purpose -도록, a reason's -니까 closing the sentence), a word that opposes the write, and next
time said with a permission — each said through the whole pipeline, unanswered: nothing is planned or offered, web and
cache run since the same start (never removed, stopped or restarted), no container is new. Before, each planned the
write (or offered it for a yes)."""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("say", [
    "web 지우는데 cache 꺼줘",
    "web 재시작하는데 cache도 꺼줘",
    "web 지워야 cache 꺼줘",
    "web 재시작해야 cache 꺼줘",
    "web 지우도록 cache 꺼줘",
    "web 지우니까",
    "web 지우는 거 반대",
    "web은 재시작 없이 가자",
    "다음에 web 꺼도 돼",
    "web 지운다고 cache 꺼줘",
    "web 지우거든 cache 꺼줘",
    "web 지운다니까",
])
def test_nothing_runs(bot, docker_client, world, say):
    assert_touches_nothing(bot, docker_client, say)
