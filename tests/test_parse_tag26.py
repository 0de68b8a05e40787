"""tag26: "alpine 태그 alpine:v1로 달아" — Kiwi reads 달아 after a particle as the irregular of 닫다 (close), a verb that is
regular (닫아): its irregular 닫 is always a typed 달 (attach: a tag), grammar/morphemes.txt `VV-I 닫 달` (a line of
the full tag, bot/language/morph.py `_word`). It was refused (parse.unknown_word `달아`)."""
import pytest
from test_wordings_fresh import answer

from bot.language import morph

READ = [
    ("alpine 태그 alpine:v1로 달아", ["docker tag alpine alpine:v1"]),
    ("alpine 태그 alpine:v1로 달아줘", ["docker tag alpine alpine:v1"]),
    ("redis 태그 redis:old로 달아 주세요", ["docker tag redis redis:old"]),
    ("redis에 redis:v2로 태그 달아", ["docker tag redis redis:v2"]),
    ("alpine에 alpine:v1 태그 달아", ["docker tag alpine alpine:v1"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["alpine 태그 alpine:v1로 달지 마", "web 닫아", "포트 닫아줘", "alpine 태그 alpine:v1로 달았어"])
def test_not_a_tag(text):
    assert not answer(text).cli


def test_only_the_irregular_is_read_so():
    assert morph._word("닫", "VV-I") == "달"
    assert morph._word("닫", "VV-R") == "닫"  # "문 닫아": close, no word of gorae's
