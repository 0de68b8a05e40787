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


def _table_words() -> list[str]:
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent
    text = " ".join(p.read_text(encoding="utf-8") for p in [*sorted((root / "data").glob("*.yaml")),
                                                             root / "corpus" / "dev.yaml"])
    return sorted(set(re.findall(r"[\uac00-\ud7a3\u3131-\u318e]+|[a-z]{3,}", text)))


def test_the_index_finds_what_the_whole_pool_gives():
    """`_near` and `_slip_candidates` look words up by their one-character deletions (speed, bench/RESULTS.md
    session 9): the same words as trying every word of the pool, for 120 table words, each of its prefixes
    and each with a slip of its own (a jamo dropped, two swapped, one added)."""
    import random
    import unicodedata

    from bot.language.grammar import keywords
    from bot.language.typo import _endings, _grammar_words, _keyboard_slip, _near, _slip_candidates

    _, ko, en, nouns = _grammar_words()
    rnd = random.Random(9)
    table = _table_words()
    words = set(rnd.sample(table, min(len(table), 120))) | set(nouns)
    for w in list(words):
        d = unicodedata.normalize("NFD", w)
        i = rnd.randrange(len(d))
        for slip in (d[:i] + d[i + 1:], d[:i] + d[i + 1:i + 2] + d[i] + d[i + 2:], d[:i] + "\u1161" + d[i:]):
            words.add(unicodedata.normalize("NFC", slip))
    for w in sorted(words - {""}):
        if w.isascii():
            assert ({k for k in _slip_candidates(w) if _keyboard_slip(w, k)}
                    == {k for k in en | keywords() if _keyboard_slip(w, k)}), w
            continue
        for pool in (nouns, ko, _endings()):
            for k in range(1, len(w) + 1):
                assert _near(w[:k], pool, True) == {p for p in pool if distance(jamo(w[:k]), jamo(p)) <= 1}, w[:k]
