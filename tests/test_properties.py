"""Property-based tests of the parser and planner (hypothesis).

Arbitrary and mutated utterances never raise out of the pipeline's
understanding stages and always get a reply; nonsense never plans a write.
"""
import os
import string

import yaml
from fakes import FakeView
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import render
from bot.engine.plan import plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import NotUnderstood, Plan, Reply, Unresolved

HERE = os.path.dirname(__file__)
CORPUS = [c["text"] for c in yaml.safe_load(open(os.path.join(HERE, "corpus", "dev.yaml"), encoding="utf-8"))]
VIEW = FakeView()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def understand(text: str):
    """normalize -> parse -> plan -> (a reply when nothing would run)."""
    cmd = parse(normalize(text))
    if isinstance(cmd, NotUnderstood):
        reply = render.not_planned(cmd, None, "ko" if cmd.lang == "ko" else "en")
        return cmd, None, reply
    result = plan(cmd, VIEW)
    reply = None
    if isinstance(result, Unresolved):
        reply = render.not_planned(cmd, result, "en")
    return cmd, result, reply


def assert_reply(reply: Reply | None, result) -> None:
    if reply is not None:
        assert isinstance(reply, Reply) and reply.headline.strip()
        assert reply.status in ("not_understood", "question", "failed", "info")
    else:
        assert isinstance(result, Plan) and (result.cli or result.verb == "help")


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    cmd, result, reply = understand(text)
    assert_reply(reply, result)


@SETTINGS
@given(st.binary(max_size=200))
def test_binary_junk_never_plans_a_write(data):
    text = data.decode("utf-8", errors="replace")
    _, result, reply = understand(text)
    assert_reply(reply, result)
    assert not (isinstance(result, Plan) and result.writes)


HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)


def _korean_keywords() -> frozenset[str]:
    """The Hangul words of the natural grammar (실행, 삭제…): random syllables that spell one are
    gorae's vocabulary, not nonsense ("실행 blorp" rightly runs the image blorp)."""
    from bot.language import grammar

    return frozenset(t.pattern.value for t in grammar.natural().terminals
                     if t.pattern.type == "str" and any("\uac00" <= c <= "\ud7a3" for c in t.pattern.value))


def _nonsense_hangul(word: str) -> bool:
    return not any(k in word for k in _korean_keywords() if len(k) >= 2)


NONSENSE_WORDS = st.one_of(
    # random syllables: not gorae's vocabulary
    st.text(HANGUL, min_size=2, max_size=4).filter(_nonsense_hangul),
    st.sampled_from(["blorp", "quux", "zzz", "foo", "lorem", "ipsum", "banana", "weather", "lunch"]),
    st.text(st.sampled_from("😀🐳🔥💥✨"), min_size=1, max_size=3),
    st.text(st.sampled_from(string.punctuation.replace(";", "").replace("&", "")), min_size=1, max_size=3),
)


@SETTINGS
@given(st.lists(NONSENSE_WORDS, min_size=1, max_size=8))
def test_nonsense_never_plans_a_write(words):
    _, result, reply = understand(" ".join(words))
    assert_reply(reply, result)
    assert not (isinstance(result, Plan) and result.writes), result


MUTATIONS = st.sampled_from(["delete", "insert", "swap", "dup", "meta"])


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(CORPUS))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(MUTATIONS)
        i = draw(st.integers(0, max(0, len(text) - 1)))
        if kind == "delete" and text:
            text = text[:i] + text[i + 1:]
        elif kind == "insert":
            text = text[:i] + draw(st.characters()) + text[i:]
        elif kind == "swap" and len(text) > 1 and i + 1 < len(text):
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        elif kind == "dup":
            text = text[:i] + text[i:] * 2
        elif kind == "meta":
            text = text[:i] + draw(st.sampled_from([";", "&&", "|", "`", "$("])) + text[i:]
    return text


@SETTINGS
@given(mutated())
def test_mutated_utterances_always_get_an_answer(text):
    cmd, result, reply = understand(text)
    assert_reply(reply, result)


@SETTINGS
@given(st.sampled_from(CORPUS), st.sampled_from([";", "&&", "||", "|", "`", "$(", ">", "<"]), st.data())
def test_shell_metacharacters_never_plan(text, meta, data):
    i = data.draw(st.integers(0, len(text)))
    _, result, _ = understand(text[:i] + meta + text[i:])
    assert not isinstance(result, Plan)


def test_bad_inputs_have_clear_answers():
    for text in ["", " ", "x" * 10_000, "\x00\x01\x02", "🐳🐳🐳", "８０포트", "&lt;web&gt; 재시작", "\u202e\u200b"]:
        _, result, reply = understand(text)
        assert reply is not None and reply.headline, text
        assert not isinstance(result, Plan)
