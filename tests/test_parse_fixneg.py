"""Leave X alone, do the rest (a wrong write found in session 9): a verb negated of names, or the names kept
(두다, 놔두다, 만 두고, 살려두다, 살리다) before 나머지/다/전부 and a verb was read as the verb ON those names
("web은 재시작하지 말고 나머지 재시작" -> docker restart web; "web 살려두고 다 꺼" -> a start of web, then a stop of
every container, web too). Meant: every other running container, as "web 빼고 나머지 재시작" — or, when
a wording does not read, nothing; never a write on a kept name.
Run over the fake corpus world (tests/fakes.py: web, my-nginx, cache, my-volume, data running; db created).
"""
from __future__ import annotations

import pytest
from corpus_check import plan_key
from test_wordings_fresh import answer

RUNNING = ["web", "my-nginx", "cache", "my-volume", "data"]


def _others(verb: str, *kept: str) -> str:
    return f"docker {verb} " + " ".join(n for n in RUNNING if n not in kept)


# the sentences found (each a wrong write before), then other wordings of the same kind
FOUND = [
    ("web은 재시작하지 말고 나머지 재시작", "restart", ("web",)),
    ("web이랑 data는 재시작하지 말고 나머지 재시작", "restart", ("web", "data")),
    ("web은 건드리지 말고 다 재시작", "restart", ("web",)),
    ("web 건드리지 말고 다 꺼", "stop", ("web",)),
    ("web만 두고 다 꺼", "stop", ("web",)),
    ("web 살려두고 다 꺼", "stop", ("web",)),
    ("web은 살리고 나머지 꺼", "stop", ("web",)),
]
OTHERS = [
    ("web은 끄지 말고 나머지 다 꺼", "stop", ("web",)),
    ("web은 재시작하지 말고 나머지는 재시작해줘", "restart", ("web",)),
    ("web은 멈추지 말고 나머지 멈춰", "stop", ("web",)),
    ("web만 살려놓고 다 꺼", "stop", ("web",)),
    ("web만 놔두고 나머지 재시작", "restart", ("web",)),
    ("cache 냅두고 다 꺼", "stop", ("cache",)),
    ("web 살려두고 나머지 다 재시작", "restart", ("web",)),
    ("cache는 지우지 말고 나머지 꺼", "stop", ("cache",)),
    # read right before, still so
    ("web은 두고 다 꺼", "stop", ("web",)),
    ("web 놔두고 다 재시작", "restart", ("web",)),
    ("leave web alone and restart the rest", "restart", ("web",)),
]
# the same kind said in ways not read (yet): nothing at all, never a write on the kept name
REFUSED_OR_RIGHT = [
    ("web이랑 cache는 건드리지 말고 전부 재시작해줘", "restart", ("web", "cache")),
    ("web은 재시작하지 마, 나머지 재시작", "restart", ("web",)),
    ("web은 살려둬, 나머지는 꺼", "stop", ("web",)),
    ("web만 빼놓고 다 재시작", "restart", ("web",)),
    ("web 손대지 말고 다 재시작", "restart", ("web",)),
    ("don't restart web, restart the rest", "restart", ("web",)),
]


@pytest.mark.parametrize("said, verb, kept", FOUND + OTHERS)
def test_the_rest_is_done_the_kept_never(said, verb, kept):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key([_others(verb, *kept)]), (said, ans)


@pytest.mark.parametrize("said, verb, kept", REFUSED_OR_RIGHT)
def test_unread_wordings_write_nothing_on_the_kept(said, verb, kept):
    ans = answer(said)
    for c in list(ans.cli) + list(ans.proposal):
        assert not any(k in c.split() for k in kept) and "$(docker" not in c, (said, ans)
    assert not ans.cli or plan_key(list(ans.cli)) == plan_key([_others(verb, *kept)]), (said, ans)


@pytest.mark.parametrize("said, cli", [
    ("web 살리고 로그 보여줘", "docker start web ;; docker logs web"),  # a start then a read: no rest said
    ("web 살리고 cache 꺼", "docker start web ;; docker stop cache"),
    ("web 재시작하지 말고 로그만 보여줘", "docker logs web"),  # not A but B, on A's names
    ("web 건드리지 말고 cache만 재시작", "docker restart cache"),
    ("web만 재시작", "docker restart web"),
    ("web만 두고 cache 꺼", "docker stop cache"),
])
def test_neighbours_read_as_before(said, cli):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key(cli.split(" ;; ")), (said, ans)
