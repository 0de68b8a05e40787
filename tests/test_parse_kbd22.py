"""(kbd22) A word typed with the other keyboard layout left on (issue 8, tests/data/wordings_fresh19.yaml kind kbd):
the Korean 2-set layout on for an ASCII word ("ㅈ듀" = web, "ㅔㄴ -ㅁ" = ps -a) or the English layout on for a Korean word
("fhrm" = 로그, "Rjwnj" = 꺼줘). A read is answered with the decoding said; a write is only asked back (a proposal),
never planned on a decoding — but (lead23) one that loses nothing whose decoded words are its verb alone ("web
Rjwnj") is planned; a sentence that reads as it is is never decoded."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

from bot.language.keyboard import to_hangul

READS = [
    ("ㅊㅁ촏 로그 보여줘", "docker logs cache"),
    ("cache fhrm 보여줘", "docker logs cache"),
    ("web fhrm qhduwnj", "docker logs web"),
    ("애찯ㄱ ㅔㄴ", "docker ps"),
    ("ㅔㄴ -ㅁ", "docker ps -a"),
    ("web ㅣㅐㅎㄴ", "docker logs web"),
    ("web 로그 fhrm", "docker logs web"),
    ("ㅈ듀 로그 마지막 20줄", "docker logs --tail 20 web"),
    ("my-nginx tkdxo qhduwnj", "docker inspect my-nginx"),
    ("web tkdxo", "docker inspect web"),
    ("cache 로그 tlftlrks으로", "docker logs -f cache"),
    ("ㅈ듀 ㅣㅐㅎㄴ -ㄹ", "docker logs -f web"),
    ("web fhrm 100wnf", "docker logs --tail 100 web"),
    ("ㅇㅁㅅㅁ 로그", "docker logs data"),
    # own wordings of the same kind
    ("ㅈ듀 tkdxo", "docker inspect web"),
    ("ㅇㅁㅅㅁ fhrm", "docker logs data"),
    ("ㅔㄴ", "docker ps"),
]

ASKED = [  # a write that destroys, or a name decoded from a word Korean has: asked back, never planned
    ("data wldnj", "docker rm data"),
    ("ㅈ듀 지워", "docker rm web"),
    ("ㅈ듀 죽여", "docker kill web"),
    ("ㅊㅁ촏 wotlwkr", "docker restart cache"),  # every word decoded (fresh13's kind keyboard: "ㅈ듀 ㄴ새ㅔ")
    ("ㄱㄷㄴㅅㅁㄳ web?", "docker restart web"),  # asked with a "?" (brk25)
]

# (lead29) a write that loses nothing whose words decoded from Hangul are no Korean words (bare jamo with a vowel or a
# syllable beside them, or four jamo and more: bot/language/parse.py `_no_korean_word`): planned as said, the decoding
# said in a note — kbd22 asked these back; fresh19's kind kbd reads them, and no sentence of Korean is typed so
# (a real word, "내" = so, "유" = db, or chat's "ㅇㅇ", "ㄴㄴ", is never decoded into a name to write on)
PLANNED_JAMO = [
    ("ㅈ듀 재시작해줘", "docker restart web"),
    ("ㄱㄷㄴㅅㅁㄳ cache", "docker restart cache"),
    ("ㅡㅛ-ㅜ햐ㅜㅌ 재시작", "docker restart my-nginx"),
    ("ㅊㅁ촏 재시작 ㄱ", "docker restart cache"),
    ("ㄴ새ㅔ web", "docker stop web"),
    # own wordings of the same kind
    ("ㅇㅁㅅㅁ 멈춰", "docker stop data"),
    ("ㅈ듀 꺼줘", "docker stop web"),
    ("ㅊㅁ촏 켜", "docker start cache"),
]


@pytest.mark.parametrize(("text", "cli"), PLANNED_JAMO)
def test_jamo_name_write_planned(text: str, cli: str) -> None:
    assert answer(text).cli == (cli,), answer(text)


@pytest.mark.parametrize("text", ["내 재시작해줘", "유 켜줘", "ㅇㅇ 재시작", "ㄴㄴ web 재시작", "ㅈ듀 안 재시작해", "ㅈ듀 재시작하지마"])
def test_korean_word_never_decoded_into_a_write(text: str) -> None:
    assert not answer(text).planned or not answer(text).cli, answer(text)

# (lead23) a write that loses nothing whose decoded words are the verb's alone (the names typed in ASCII as they
# are): planned as said, the decoding said in a note (bot/language/parse.py `_keyboard_write_planned`)
PLANNED = [
    ("web Rjwnj", "docker stop web"),
    ("cache wotlwkrgownj", "docker restart cache"),
    ("db zuwnj", "docker start db"),
    ("cache 재시작 wotlwkr 해줘", "docker restart cache"),
    ("data wkaRks ajacnj", "docker pause data"),
    ("cache wndwl", "docker stop cache"),
    ("web ajacnj", "docker stop web"),
]


@pytest.mark.parametrize(("text", "cli"), PLANNED)
def test_verb_decoded_write_planned(text: str, cli: str) -> None:
    assert answer(text).cli == (cli,), answer(text)


NOT_DONE = ["유 켜줘", "I forgot to restart web", "remind me to restart web"]  # not read yet (kbd22): never a write either


@pytest.mark.parametrize(("text", "cli"), READS)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and ans.cli == (cli,), ans


@pytest.mark.parametrize(("text", "cli"), ASKED)
def test_write_asked_back(text: str, cli: str) -> None:
    ans = answer(text)
    assert not ans.planned and ans.proposal == (cli,), ans


@pytest.mark.parametrize("text", NOT_DONE)
def test_not_done_is_no_write(text: str) -> None:
    assert not answer(text).planned


@pytest.mark.parametrize("text", ["restart web", "web 재시작해줘", "web 로그", "docker ps -a", "cache 멈춰"])
def test_read_as_it_is_never_decoded(text: str) -> None:
    ans = answer(text)
    assert ans.planned, ans


_NAME = st.from_regex(r"[a-z][a-z0-9]{1,7}", fullmatch=True)
_READS_CLI = ("docker logs", "docker inspect", "docker ps", "docker stats", "docker top", "docker port")


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(_NAME, st.sampled_from(["web", "cache", "data"]))
def test_random_ascii_never_decodes_into_a_write(word: str, name: str) -> None:
    # a random ASCII word beside a name, and the same word typed in the Korean layout: never a planned write
    for text in (f"{name} {word}", f"{word} {name}", f"{name} {to_hangul(word)}", f"{to_hangul(word)} {name} 로그"):
        ans = answer(text)
        assert not ans.planned or all(c.startswith(_READS_CLI) for c in ans.cli), (text, ans)


@pytest.mark.parametrize("text", ["web만 ㅋㅋ 빼고 다 일시정지", "cache ㅋㅋ 빼고 다 꺼줘", "ㅎㅎ 빼고 다 재시작", "web ㅠㅠ 말고 다 멈춰"])
def test_laughter_is_never_a_key_of_the_other_layout(text: str) -> None:
    # (props14) ㅋㅋ read as "zz" once made "web만 ㅋㅋ 빼고 다 일시정지" offer `docker pause web`, the one left out
    ans = answer(text)
    assert not any(c == "docker pause web" or c == "docker stop cache" for c in ans.cli + ans.proposal), ans
