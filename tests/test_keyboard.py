"""(kbd22) bot/language/keyboard.py: the 2-set (두벌식) layout both ways, from grammar/keyboard_2set.txt."""
from __future__ import annotations

import pytest

from bot.language.keyboard import decoded, to_ascii, to_hangul


@pytest.mark.parametrize(("typed", "meant"), [
    ("Rjwnj", "꺼줘"), ("wotlwkr", "재시작"), ("fhrm", "로그"), ("tkdxo", "상태"), ("wldnj", "지워"),
    ("100wnf", "100줄"), ("tlftlrks으로", "실시간으로"), ("wotlwkrgownj", "재시작해줘"), ("qhduwnj", "보여줘"),
    ("zuwnj", "켜줘"), ("wkaRks", "잠깐"), ("ajacnj", "멈춰"), ("wndwl", "중지"), ("dlfrrl", "읽기"), ("dlfrl", "일기"),
    ("ㅈ듀", "web"), ("ㅊㅁ촏", "cache"), ("애찯ㄱ", "docker"), ("ㅔㄴ", "ps"), ("-ㅁ", "-a"),
    ("ㅡㅛ-ㅜ햐ㅜㅌ", "my-nginx"), ("ㅣㅐㅎㄴ", "logs"), ("ㄴ새ㅔ", "stop"), ("ㄱㄷㄴㅅㅁㄳ", "restart"),
    ("ㅇㅁㅅㅁ", "data"), ("-ㄹ", "-f"), ("ㄷㅌㄷㅊ", "exec"),
])
def test_decoded(typed: str, meant: str) -> None:
    assert decoded(typed) == meant


@pytest.mark.parametrize("word", ["web", "cache", "data", "restart", "logs", "로그", "재시작", "유", "abc1", "to", "db", "go"])
def test_not_decoded(word: str) -> None:
    # an ASCII word whose 2-set reading leaves a lone jamo ("web" -> "ㅈ듀"), or Hangul with no lone jamo
    assert decoded(word) is None


@pytest.mark.parametrize("name", ["web", "cache", "my-nginx", "api-2", "redis7", "worker-db"])
def test_round_trip(name: str) -> None:
    assert to_ascii(to_hangul(name)) == name


def test_neighbour_keys_touch_on_the_keyboard():
    """(en24b) `neighbours`: side by side in a row, or above/below at the same place or half a key over."""
    from bot.language.keyboard import neighbours

    assert neighbours("s", "a") and neighbours("s", "d") and neighbours("s", "w") and neighbours("s", "e")
    assert neighbours("s", "z") and neighbours("s", "x") and neighbours("A", "q")
    assert not neighbours("s", "f") and not neighbours("s", "q") and not neighbours("s", "c")
    assert not neighbours("s", "s") and not neighbours("s", "1")
