"""bot/language/lexer.py: DispatchLexer gives exactly Lark's BasicLexer tokens (type, value,
position, line, column) and the same errors, on every text the natural parser is handed for
every row of the corpus and the wordings tables (the Korean ones after their morpheme reading).

DispatchLexer reads Lark's and `re`'s internals (terminal patterns, sre_parse); this pins it
to the public path it replaces, so a Lark upgrade that changes either shows here."""
from __future__ import annotations

import os

import pytest
import yaml
from lark.exceptions import UnexpectedCharacters
from lark.lexer import BasicLexer, LexerState

from bot.language import grammar
from bot.language.lexer import DispatchLexer
from bot.language.normalize import normalize
from bot.language.parse import parse

HERE = os.path.dirname(__file__)


def _texts() -> list[str]:
    from test_wordings import TABLE

    out = [row[0] for row in TABLE]
    for path in ("corpus/dev.yaml", "data/wordings_fresh.yaml", "data/wordings_fresh2.yaml"):
        out += [row["text"] for row in yaml.safe_load(open(os.path.join(HERE, path), encoding="utf-8"))]
    return list(dict.fromkeys(t for t in out if isinstance(t, str)))


@pytest.fixture(scope="module")
def handed() -> list[str]:
    """Every string the natural parser is handed while parsing every row (normalized, read)."""
    parser = grammar.natural()
    seen: list[str] = []
    original = parser.parse
    own = vars(parser).get("parse")  # grammar._FastLALR's instance parse: put back afterwards

    def recording(text: str, *args: object, **kw: object) -> object:
        seen.append(text)
        return original(text, *args, **kw)

    parser.parse = recording  # type: ignore[method-assign]
    try:
        for t in _texts():
            parse(normalize(t))
    finally:
        if own is None:
            del parser.parse
        else:
            parser.parse = own  # type: ignore[method-assign]
    return list(dict.fromkeys(seen))


def _state(text: str) -> LexerState:
    try:
        from lark.utils import TextSlice
    except ImportError:  # pragma: no cover - lark < 1.2.2
        return LexerState(text)  # type: ignore[arg-type]
    return LexerState(TextSlice.cast_from(text))


def _lex(lexer: BasicLexer, text: str) -> tuple[list[tuple[object, ...]], tuple[int, ...] | None]:
    """Every field of every token (DispatchLexer makes its tokens field by field), or the error's place."""
    out: list[tuple[object, ...]] = []
    try:
        for tok in lexer.lex(_state(text), None):
            out.append((type(tok), tok.type, str(tok), tok.value, tok.start_pos, tok.line, tok.column,
                        tok.end_line, tok.end_column, tok.end_pos))
    except UnexpectedCharacters as e:
        return out, (e.pos_in_stream, e.line, e.column)
    return out, None


def test_the_rows_reach_the_natural_parser(handed):
    assert len(handed) > 1000


def test_dispatch_lexer_gives_lark_basic_lexers_tokens_on_every_row(handed):
    conf = grammar.natural().lexer_conf
    lark_lexer, ours = BasicLexer(conf), DispatchLexer(conf)
    different = [t for t in handed if _lex(lark_lexer, t) != _lex(ours, t)]
    assert not different, different[:5]


@pytest.mark.parametrize("text", ["web ¤ 재시작", "restart web §", "", "   ", "web\n재시작"])
def test_same_errors_and_positions_on_text_no_terminal_matches(text):
    conf = grammar.natural().lexer_conf
    assert _lex(BasicLexer(conf), text) == _lex(DispatchLexer(conf), text)
