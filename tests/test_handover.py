"""(hand21) bot/language/handover.py: sentences, and the one request of a handover (tests/test_parse_hand21.py reads
whole messages through the pipeline)."""
from __future__ import annotations

import pytest

from bot.language.handover import handed_over, sentences
from bot.language.normalize import normalize
from bot.language.parse import negated, parse


def _read(said: str):
    return parse(normalize(said), detail=False)


@pytest.mark.parametrize("text,want", [
    ("EOD handover. I stopped my-volume at 6pm. Please start it again.",
     ["EOD handover.", "I stopped my-volume at 6pm.", "Please start it again."]),
    ("pull nginx:1.25 please", ["pull nginx:1.25 please"]),
    ("web 죽었어요!\ncache 로그 보여줘", ["web 죽었어요!", "cache 로그 보여줘"]),
    ("Is web up? Show its logs.", ["Is web up?", "Show its logs."]),
])
def test_sentences(text, want):
    assert sentences(text) == want


@pytest.mark.parametrize("text,want", [
    ("EOD handover. I stopped my-volume at 6pm. Please start it again.", "Please start my-volume again."),
    ("Quick update. cache was slow. Please restart cache.", "Please restart cache."),
    ("인계요. data 일시정지해 뒀어요. 작업 끝났으니 다시 풀어주세요.", "작업 끝났으니 data 다시 풀어주세요."),
    ("인계: web 이상 없음. 근데 cache 로그 한번 확인 부탁.", "cache 로그 한번 확인 부탁."),
])
def test_the_request(text, want):
    assert handed_over(text, _read, negated) == want


@pytest.mark.parametrize("text", [
    "restart web",                                         # one sentence: never this path
    "Restart web. Stop cache.",                            # two requests
    "Don't touch web. Restart cache.",                     # a ban before the write
    "Restart cache. Or not.",                              # words after the write
    "web restarted, cache restarted. Start it again.",     # two referents
    "cache 어제 재시작함. web 건드리지 마세요. web 로그 보여줘.",  # a told write never runs (nothing here is the request)
])
def test_no_request(text):
    got = handed_over(text, _read, negated)
    assert got is None or "cache 어제" not in got
