"""bot/language/quoted_again.py (ko33a): the lines after a quoted message pointing back at it."""
from __future__ import annotations

import pytest

from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.language.quoted_again import again


def _read(text):
    return parse(normalize(text))


CASES = [
    ("web 재시작해줘", "이거 다시", "web 재시작해줘"),
    ("restart cache", "same again pls", "restart cache"),
    ("cache 로그 마지막 50줄", "이거 한 번 더 보여줘", "cache 로그 마지막 50줄"),
    ("my-nginx 로그 보여줘", "저도 이거 보고 싶어요", "my-nginx 로그 보여줘"),
    ("restart web", "same for cache", "restart cache"),
    ("stop web", "same for db please", "stop db"),
    ("web 로그 보여줘", "이번엔 cache 로", "cache 로그 보여줘"),
    ("pause data", "now unpause it", "now unpause data"),
    ("web 502 나요", "확인 부탁드려요", "web 확인 부탁드려요"),
]

NONE = [
    ("web 재시작 완료했습니다", "👍"),
    ("restart web", "who asked for this?"),
    ("data 지워줘", "이건 하지 마세요"),
    ("web is down", "can you check web"),
    ("restart web", "same for"),
]


@pytest.mark.parametrize(("quote", "own", "said"), CASES)
def test_quoted_again(quote, own, said):
    assert again(quote, own, _read) == said


@pytest.mark.parametrize(("quote", "own"), NONE)
def test_own_lines_read_alone(quote, own):
    assert again(quote, own, _read) is None


def test_normalize_reads_the_quote_asked_again():
    assert normalize("> web 재시작해줘\n이거 다시") == "web 재시작해줘"
    assert normalize("> web is down\ncan you check web") == "can you check web"


# (breaker33) a quoted write asked again with "?" is a question: never the write run
@pytest.mark.parametrize("text", ["> data 지워줘\n이거 다시?", "> restart web\nagain?", "> restart web\nagain??",
                                  "> restart web\nsame for cache?", "> web 재시작해줘\n이번엔 cache 로?",
                                  "> rm -f data\nthis again?", "> data 지워줘\n이거 한 번 더?"])
def test_a_quoted_write_asked_again_with_a_question_mark_never_runs(text):
    from test_wordings_fresh import answer

    assert not answer(text).cli, answer(text)
