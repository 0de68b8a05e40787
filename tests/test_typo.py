"""bot/language/typo.py: a verb typed one slip off, read as the one verb of the grammar it is near (the sentences
that use it: tests/test_parse_ko9x.py, with the property that a slip never yields another verb's write)."""
from __future__ import annotations

import pytest

from bot.language.typo import correct, distance, jamo


def test_jamo_spells_keys_typed():
    assert jamo("작") == jamo("ㅈㅏㄱ")  # a final consonant is the same key as an initial one
    assert len(jamo("재시작")) == 7


@pytest.mark.parametrize("a, b, d", [
    ("재시잫", "재시작", 1), ("재싲가", "재시작", 1), ("재시ㅏㄱ", "재시작", 1), ("제시작", "재시작", 1),
    ("재시작", "재시작", 0), ("제거", "재시작", 3),
])
def test_distance_by_jamo(a, b, d):
    assert distance(jamo(a), jamo(b), most=2) == min(d, 3)


@pytest.mark.parametrize("text, fixed", [
    ("web 재시잫", "web 재시작"), ("cache 재싲작해줘", "cache 재시작해줘"), ("cache 재시작햊줘", "cache 재시작해줘"),
    ("strat db", "start db"), ("stopp cache", "stop cache"), ("delte web", "delete web"),
])
def test_a_slip_is_read_as_the_verb(text, fixed):
    got = correct(text)
    assert got is not None and got[0] == fixed, got


@pytest.mark.parametrize("text", [
    "web 재시작", "web 시장", "stat web", "stpo cache", "blorp lunch", "crate web", "remote web",
    "/opt/html 디렉토리를 /usr/share/nginx/html에 마운트해서 nginx 실행",  # starts with a word of the grammar
    'web에서 echo "재시잫" 실행',  # quoted: the command's
])
def test_no_slip(text):
    assert correct(text) is None
