"""The speed changes of issue 8 (bench/RESULTS.md, branch cold) read exactly as before.

- grammar._Spans / _FilteredSpans and grammar._FastLALR (session 5): the natural parser's trees
  (names, children, token positions, spans, `meta.empty`) and errors (type and message) equal
  those of Lark's own parse with `propagate_positions=True`.
- engine_clause: a word group without any anchor word is never a clause (the parser agrees).
"""
import random
from pathlib import Path

import pytest
import yaml
from lark import Token, Tree
from lark.exceptions import LarkError, UnexpectedToken

from bot.language import engine_clause, grammar, morph
from bot.language.normalize import normalize
from bot.language.parse import called_off, chat_noise

HERE = Path(__file__).parent
CORPUS = HERE / "corpus" / "dev.yaml"
TABLE = HERE / "data" / "wordings_fresh.yaml"


def _texts() -> list[str]:
    out = []
    for path in (CORPUS, TABLE):
        with open(path, encoding="utf-8") as f:
            out += [row["text"] for row in yaml.safe_load(f)]
    return out


def _lark_own() -> object:
    """The natural parser as Lark builds it (its own callbacks), from the same grammar and options."""
    opts = dict(parser="lalr", lexer=grammar.DispatchLexer, start="sentence", postlex=grammar.KeywordsAsNames(),
                propagate_positions=True, maybe_placeholders=False)
    text = grammar.grammar_text(grammar.NATURAL)
    return grammar._load_or_build(grammar._cache_key(text, opts), text, opts)


def _shape(x: object) -> tuple:
    if isinstance(x, Tree):
        m = x.meta
        span = None if m.empty else (m.start_pos, m.end_pos, m.container_start_pos, m.container_end_pos)
        return ("tree", str(x.data), m.empty, span, [_shape(c) for c in x.children])
    if isinstance(x, Token):
        return ("token", x.type, str(x), x.start_pos, x.end_pos)
    return ("other", repr(x))


def _parsed(parser: object, src: str) -> tuple:
    try:
        return _shape(parser.parse(src))  # type: ignore[attr-defined]
    except UnexpectedToken as e:
        # the same token, place and `expected` set; its message lists the set in iteration order, which
        # differs between two equal sets built from two parse tables (Lark's own is built apart)
        return ("error", type(e).__name__, repr(e.token), e.line, e.column, sorted(e.expected))
    except LarkError as e:
        return ("error", type(e).__name__, str(e))


def test_the_light_callbacks_are_in_place():
    callbacks = grammar.natural().parser.parser.parser.callbacks
    assert {type(f).__name__ for f in callbacks.values()} <= {"_Spans", "_FilteredSpans", "_TreeSpans"}


def test_the_fast_lalr_loop_is_in_place():
    parser = grammar.natural()
    assert "parse" in vars(parser)  # grammar._FastLALR: the instance's own parse, not Lark.parse
    assert parser.parse("restart web").data == "sentence"


def test_trees_and_spans_are_lark_own():
    mine, own = grammar.natural(), _lark_own()
    assert own is not mine
    for text in _texts():
        clean = normalize(text)
        for src in {clean, morph.reading(clean).text}:
            assert _parsed(mine, src) == _parsed(own, src), src


WORDS = ["(", ")", "@", "에서", "모든", "전체", "전", "각", "전부", "다", "every", "all", "the", "each", "everywhere",
         "on", "at", "in", "across", "서버", "호스트", "엔진", "컨텍스트", "host", "server", "engine", "context",
         "hosts", "servers", "engines", "contexts", "prod-1", "web", "staging", "a.b", "Prod", "ON", "실행", "run"]


@pytest.mark.parametrize("seed", range(3))
def test_a_group_without_an_anchor_word_is_never_a_clause(seed):
    rnd = random.Random(seed)
    for _ in range(3000):
        sep = rnd.choice([" ", ""])
        words = sep.join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 4)))
        try:
            engine_clause._parser().parse(words)
            reads = True
        except LarkError:
            reads = False
        if reads:
            assert engine_clause._anchor().search(words), words
        if reads and engine_clause.read(words) is None:
            # "(the)", "(jk)": a word the natural grammar reads as noise or a calling off is no engine
            tree = engine_clause._parser().parse(words)
            engine = next((str(t) for t in tree.scan_values(lambda v: getattr(v, "type", "") == "ENGINE")), "")
            assert engine and (chat_noise(engine) or called_off(engine)), words
        else:
            assert (engine_clause.read(words) is not None) == reads, words


def test_parse_without_detail_reads_the_same():
    """`parse(text, detail=False)` (Gorae._read, a loose engine clause's rest) reads every text as
    `parse(text)` does; only a text not understood comes back without suggestions or proposal."""
    from bot.language.parse import NotUnderstood, parse

    for text in _texts():
        clean = normalize(text)
        full, light = parse(clean), parse(clean, detail=False)
        assert type(full) is type(light), text
        if isinstance(light, NotUnderstood):
            assert light.suggestions == () and light.proposal is None, text
        else:
            assert light == full, text


def _every_table_text() -> list[str]:
    out: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "text" and isinstance(v, str):
                    out.append(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for path in sorted((HERE / "data").glob("*.yaml")) + [CORPUS]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return list(dict.fromkeys(out))


def test_a_sentence_without_a_rewritten_phrase_is_read_as_parsed(monkeypatch):
    """parse_natural.read skips `_rewritten` (eleven walks over the sentence) when none of the root's phrases is
    in `_REWRITTEN` (session 8, branch perf9): on every table sentence so skipped, the rewrites keep the phrases
    as given — a rewrite added to `_rewritten` that starts from another phrase fails here until that phrase is
    added to `_REWRITTEN`."""
    from bot.language import parse_natural
    from bot.language.parse import parse

    seen: list[tuple[Tree, str]] = []
    read = parse_natural.read

    def spy(tree, lang, text="", reading=None):  # type: ignore[no-untyped-def]
        seen.append((tree, text))
        return read(tree, lang, text, reading)

    monkeypatch.setattr(parse_natural, "read", spy)
    for text in _every_table_text():
        parse(normalize(text))
    skipped = [(t, s) for t, s in seen
               if parse_natural._REWRITTEN.isdisjoint([c.data for c in t.children if isinstance(c, Tree)])]
    assert len(skipped) > 1000 and len(seen) - len(skipped) > 100, (len(seen), len(skipped))
    changed = [s for t, s in skipped if parse_natural._rewritten(list(t.children), s) != list(t.children)]
    assert not changed, changed[:10]


def test_used_made_field_by_field_is_the_dataclass_value():
    """parse_natural._used (session 11, branch perf12) makes the value `Used(...)` makes: equal, the same hash and
    repr, the same fields in the same order — for the values a reading makes (empty, some read, a phrase added)."""
    from bot.language.parse_natural import Phrase, Used, _used

    added = (Phrase("port", ("8080",), ("INT",), (), None, -1),)
    for fields in [(frozenset(), frozenset(), frozenset(), (), frozenset()),
                   (frozenset({0, 2}), frozenset({"neg", "all"}), frozenset({3}), added, frozenset({"start"}))]:
        made, own = _used(*fields), Used(*fields)
        assert made == own and hash(made) == hash(own) and repr(made) == repr(own)
        assert type(made) is Used and list(vars(made).items()) == list(vars(own).items())
    u = _used(frozenset(), frozenset(), frozenset(), (), frozenset())
    assert u.group("neg") == Used(groups=frozenset({"neg"})) and u.group("neg").group("neg") == u.group("neg")
    with pytest.raises(AttributeError):
        u.args = frozenset({1})  # type: ignore[misc]  # still frozen


def test_said_words_kept_on_the_said_are_the_words_found_again():
    """parse_natural._said_words keeps the words on the frozen `Said` it was asked of (asked up to ~8 times a
    reading): the same words as found in its text, a list of its own for each caller; a `Said` made from it
    (dataclasses.replace) finds its own."""
    import dataclasses
    import re

    from bot.language import parse_natural
    from bot.language.parse_natural import _said_words

    seen: list[parse_natural.Said] = []
    build = parse_natural.build

    def spy(s, u):  # type: ignore[no-untyped-def]
        seen.append(s)
        return build(s, u)

    parse_natural.build = spy  # type: ignore[assignment]
    try:
        from bot.language.parse import parse

        for text in _texts()[:300]:
            parse(normalize(text))
    finally:
        parse_natural.build = build  # type: ignore[assignment]
    assert len(seen) > 200
    for s in seen:
        first = _said_words(s)
        assert first == re.findall(r"[a-z']+", s.text.lower())
        first.append("x")  # a caller's list is its own
        assert _said_words(s) == re.findall(r"[a-z']+", s.text.lower())
        other = dataclasses.replace(s, text=s.text + " extra")
        assert _said_words(other) == re.findall(r"[a-z']+", other.text.lower())


def test_the_shell_check_without_a_character_of_its_own_is_the_loop(monkeypatch):
    """parse_cli._check_shell returns at once when a text holds none of the characters its loop acts on
    (`_SHELL_CHARS`): over random texts of those characters and others, the same outcome (nothing, or the same
    refusal) as the loop walked on every text."""
    from bot.language import parse_cli
    from bot.language.parse import Incomplete

    def outcome(text: str) -> object:
        try:
            parse_cli._check_shell(text)
        except Incomplete as inc:
            return inc.msg
        return None

    rnd = random.Random(8)
    alphabet = list("ab -=/:.,(){}[]#!?*@019") + list("\\'\"`$;|&<>~") + ["\t", "웹"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(4000)]
    texts += [normalize(t) for t in _texts()]
    fast = [outcome(t) for t in texts]
    monkeypatch.setattr(parse_cli, "_SHELL_CHARS", __import__("re").compile(""))  # matches every text: the loop
    assert [outcome(t) for t in texts] == fast
    assert any(x is not None for x in fast) and any(x is None for x in fast)
