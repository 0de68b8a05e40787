"""A neutral word never changes a plan, wherever it is said (issue 8's property, session 14, props14; hypothesis).

Seeds: every row of tests/data/wordings_fresh14.yaml, wordings_fresh15.yaml and wordings_en13.yaml that gorae reads
today (its answer is the row's plan), said in chat (not typed docker CLI, no quote, no command text of its own: an
exec's or an attached run's words are the command's, where an inserted word rightly changes it).

  * Korean (any Hangul in the row): a word of the closed neutral set (좀, 빨리, 얼른, 바로, 한번, 제발, 일단, ㅋㅋ, ㅎㅎ,
    !!, emoji, …) inserted at ANY word boundary — between two Hangul words, between a name and a Hangul word, between
    two names, at either end — never changes the plan into another plan, nor proposes another (a refusal is a miss,
    not asserted here: tests/test_properties_fresh.py holds the xfail); the boundaries barred are only those inside one
    word split on purpose ("재 시작", "강제 종료"), after a number or a quantity (a count, a port, "10분 전": "좀 전" is
    a while ago) and between a name and its kind noun ("nginx 이미지").
  * English: an emoji at the start, the end or after a comma, a courtesy (please, pls, real quick, lol, …) at the start
    or the end (a word in the middle may be a name, "run nginx named please edge", or split a phrase, "up to").

Derandomized, as the other property files (tests/hypothesis_pinned.py: the same examples in any group of tests). The
kinds it found are fixed (bot/language/parse_natural.py `_off_then_on_ko`: "web 껐다 좀 켜줘" planned a stop, then a
start; grammar/natural.lark `_said_between`: "cache 메모리 좀 제한 얼마야" offered stats; bot/language/parse.py
`_keyboard_slip`: ㅋㅋ read as zz offered to pause web in "web만 ㅋㅋ 빼고 다 일시정지") and kept as explicit examples.
"""
from __future__ import annotations

import re

from corpus_check import plan_key
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_properties_fresh import NO_SPLIT_AFTER, _has_command_text
from test_wordings_en13 import ROWS_EN13
from test_wordings_fresh import answer
from test_wordings_fresh14 import ROWS14
from test_wordings_fresh15 import ROWS15

SETTINGS = settings(max_examples=250, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")
# the closed neutral set of issue 8 (Korean side), and the English courtesies said around a request
KO_NEUTRAL = ["좀", "빨리", "얼른", "바로", "한번", "제발", "일단", "ㅋㅋ", "ㅎㅎ", "!!", "🙏", "😅", "그냥"]
EN_EMOJI = ["🙏", "😅", "👍"]
EN_PREFIX = ["please", "pls", "hey", "ok", "yo", "umm", "🙏"]
EN_SUFFIX = ["please", "pls", "real quick", "asap", "thanks", "thx", "!!", "🙏", "lol", "if you can"]


def _seed(row: dict) -> bool:
    if row["expect"] == "none" or row.get("kind") in ("cli", "autocorrect", "exec-text", "misspelling", "typo",
                                                      "spacing"):
        return False
    text = row["text"]
    if text.lstrip().lower().startswith("docker ") or any(q in text for q in "\"'`“”‘’"):
        return False
    plans = [row["expect"]] + row.get("alt", [])
    if any(_has_command_text(c) for p in plans for c in p):
        return False
    ans = answer(text)
    return bool(ans.cli) and plan_key(list(ans.cli)) in {plan_key(p) for p in plans}


SEEDS = [r for r in ROWS14 + ROWS15 + ROWS_EN13 if _seed(r)]
BY_TEXT = {r["text"]: r for r in SEEDS}


def korean(text: str) -> bool:
    return bool(HANGUL.search(text))


KIND_NOUNS = ("이미지", "컨테이너", "볼륨", "네트워크")


def boundaries(words: list[str]) -> list[int]:
    """Every index i (0..len) where a word may go before words[i], but inside a word split on purpose and after a
    number or a quantity ("10분 전": 좀 before 전 is "좀 전", a while ago — no neutral word there)."""
    return [i for i in range(len(words) + 1)
            if not (i and (words[i - 1] in NO_SPLIT_AFTER or words[i - 1][:1].isdigit()))
            and not (0 < i < len(words) and words[i].startswith(KIND_NOUNS) and not korean(words[i - 1]))]


def en_boundaries(words: list[str]) -> list[int]:
    """English: the start, the end, and after a comma (a word inside a phrase, "up to", "logs of", is no boundary)."""
    return [0, len(words)] + [i for i in range(1, len(words)) if words[i - 1].endswith(",")]


@st.composite
def with_neutral(draw):
    row = draw(st.sampled_from(SEEDS))
    words = row["text"].split()
    if korean(row["text"]):
        i = draw(st.sampled_from(boundaries(words)))
        return row, " ".join(words[:i] + [draw(st.sampled_from(KO_NEUTRAL))] + words[i:])
    how = draw(st.integers(0, 2))
    if how == 0:
        return row, draw(st.sampled_from(EN_PREFIX)) + " " + row["text"]
    if how == 1:
        return row, row["text"] + " " + draw(st.sampled_from(EN_SUFFIX))
    i = draw(st.sampled_from(en_boundaries(words)))
    return row, " ".join(words[:i] + [draw(st.sampled_from(EN_EMOJI))] + words[i:])


def case(text: str, changed: str) -> tuple[dict, str]:
    """An explicit example: a seed row (or a row written here) and its changed wording."""
    return BY_TEXT.get(text, {"text": text, "expect": list(answer(text).cli)}), changed


def test_seeds_are_enough():
    assert len(SEEDS) >= 600, len(SEEDS)


@SETTINGS
@given(with_neutral())
@example(case("web 껐다 켜줘", "web 껐다 좀 켜줘"))
@example(case("web 껐다 켜줘", "web 껐다가 빨리 켜줘"))
@example(case("web 껐다 켜줘", "web 껐다 얼른 켜줘"))
@example(case("db 내렸다 올려줘", "db 내렸다 좀 올려줘"))
@example(case("cache 메모리 제한 얼마야", "cache 메모리 좀 제한 얼마야"))
@example(case("cache 메모리 제한 얼마야", "cache 메모리 빨리 제한 얼마야"))
@example(case("web만 빼고 다 일시정지", "web만 ㅋㅋ 빼고 다 일시정지"))
def test_a_neutral_word_anywhere_never_changes_the_plan(case):
    row, text = case
    before, after = answer(row["text"]), answer(text)
    if after.cli:
        assert plan_key(list(after.cli)) == plan_key(list(before.cli)), (
            f"{row['text']!r} -> {list(before.cli)}; {text!r} -> {list(after.cli)}")
    if after.proposal:
        assert plan_key(list(after.proposal)) == plan_key(list(before.cli)), (
            f"{row['text']!r} -> {list(before.cli)}; {text!r} proposes {list(after.proposal)}")
