"""The speed changes of issue 8, session 35 (bench/RESULTS.md "Issue 8, session 35") read exactly as before: each fast
path gives what the formula it replaced gives, over the texts of the dev corpus, the fresh table and fresh23 (and their
readings where a reading is what is asked).
"""
import re
from pathlib import Path

import pytest
import yaml

from bot import model as m
from bot.language import context_clause as cc
from bot.language import grammar, outside, parse
from bot.language.normalize import normalize

HERE = Path(__file__).parent


def _texts() -> list[str]:
    out: list[str] = []
    for path in (HERE / "corpus" / "dev.yaml", HERE / "data" / "wordings_fresh.yaml",
                 HERE / "data" / "wordings_fresh23.yaml"):
        out += [normalize(row["text"]) for row in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return list(dict.fromkeys(out))


TEXTS = _texts()
KOREAN = [t for t in TEXTS if re.search(r"[가-힣]", t)]


def _noun_end_before(toks: list[tuple[str, str]]) -> bool:
    """context_clause._noun_end as it was: every end of `_noun_ends` tried in order."""
    forms = tuple(f for f, _ in toks)
    for end in cc._noun_ends():
        n = len(end)
        before = toks[-n - 1] if len(toks) > n else ("", "")
        if len(forms) > n and forms[-n:] == end and (before[1] in ("NNG", "NNP", "ETN", "XSN", "NNB") or (
                before[1] == "SL" and before[0] in grammar.words("context_event"))):
            if end[0] in grammar.words("context_before") and grammar.words("context_event").isdisjoint(forms):
                return False
            return True
    return False


def test_noun_end_as_before() -> None:
    seen = 0
    for text in KOREAN:
        toks = list(cc.analysed(text))
        for k in range(len(toks) + 1):
            got = cc._noun_end(toks[:k])
            assert got == _noun_end_before(toks[:k]), (text, k)
            seen += got
    assert seen  # some phrases of nouns end so
    assert cc._noun_end([]) is False


def _middles_before(text: str) -> list[tuple[str, str]]:
    """context_clause.middles as it was: every span asked."""
    from bot.language import morph

    if not grammar.words("context_pending").isdisjoint(morph.words(text).split()):
        return []
    words = text.split()
    out = []
    for i in range(1, len(words) - 1):
        if not re.search(r"[A-Za-z]", words[i - 1]) and words[i - 1] not in grammar.words("context_matter_ko"):
            continue
        for j in range(len(words) - 1, i, -1):
            if cc._clause_ok(words[i:j], after=False):
                out.append((" ".join(words[:i] + words[j:]), " ".join(words[i:j])))
    return out


def test_middles_as_before() -> None:
    found = 0
    for text in KOREAN:
        got = cc.middles(text)
        assert got == _middles_before(text), text
        found += bool(got)
    assert found


def test_clause_words_are_the_first_test() -> None:
    # a span with a word `_clause_words` says no clause holds is never a clause; one word alone is asked as before
    for text in KOREAN:
        words = text.split()
        for w, ok in zip(words, cc._clause_words(words)):
            if not ok:
                assert not cc._clause_ok([w], after=False) and not cc._clause_ok([w], after=True), (text, w)


def test_cuts_and_middles_as_when_every_span_was_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # `_clause_words` only lets `cuts` and `middles` skip spans `_clause_ok` says no to: with it saying yes to every
    # word (every span asked, as before), both give the same
    now = {text: (cc.cuts(text), cc.middles(text)) for text in KOREAN}
    monkeypatch.setattr(cc, "_clause_words", lambda words: [True] * len(words))
    found = 0
    for text in KOREAN:
        assert (cc.cuts(text), cc.middles(text)) == now[text], text
        found += bool(now[text][0])
    assert found


@pytest.mark.parametrize("text", ["restart both web", "web cache data 둘 다 재시작", "restart all three: web, cache",
                                  "web 재시작", "restart web", "both"])
def test_count_said_any(text: str) -> None:
    assert (outside._count_said_any().search(text) is not None) == any(
        pat.search(text) for pat, _ in outside._count_said())


def test_count_said_any_over_the_texts() -> None:
    for text in TEXTS:
        assert (outside._count_said_any().search(text) is not None) == any(
            pat.search(text) for pat, _ in outside._count_said()), text


def test_names_of_kept_by_object() -> None:
    a, b = m.Restart(targets=("web",), lang="ko"), m.Restart(targets=("cache",), lang="ko")
    assert m.names_of(a) == ("web",) and m.names_of(a) == ("web",)
    assert m.names_of(b) == ("cache",) and m.names_of(a) == ("web",)
    pull = m.Pull(image="redis", lang="en")
    assert m.names_of(pull) == () and m.names_of(pull, images=True) == ("redis",) and m.names_of(pull) == ()


def test_names_of_as_before_over_the_readings() -> None:
    for text in TEXTS[:400]:
        res = parse.parse(text)
        cmd = res.proposal if isinstance(res, m.NotUnderstood) else res
        if cmd is None:
            continue
        for network in (True, False):
            for images in (True, False):
                assert m.names_of(cmd, network=network, images=images) == m._names_of(cmd, network, images), text


def test_unasked_write_gate_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    # a reading with no write (read or offered) skips the six readers of a write: all eight asked give the same
    now = {}
    for text in TEXTS[:500]:
        res = parse.parse(text)
        now[text] = (res, outside.unasked_write(text, res))
    monkeypatch.setattr(outside, "_a_write_in", lambda cmd, lang, real=outside._a_write_in: real(cmd, lang) or (
        __import__("sys")._getframe(1).f_code.co_name == "unasked_write"))
    for text, (res, got) in now.items():
        assert outside.unasked_write(text, res) == got, text
