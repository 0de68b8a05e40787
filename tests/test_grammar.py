"""bot/language/grammar.py: gorae's pickle of the finished Lark parsers (the parser cache).

The pickle is a private form (Lark's parser objects, the LALR table with shared entries, the
lexer's `re` module by name): a parser loaded from it must parse exactly as one built from the
grammar, a damaged file must only cost a rebuild, and the unpickler must load nothing but Lark's
two action singletons and the `re` modules."""
from __future__ import annotations

import io
import pickle

import pytest
from lark import Lark

from bot.language import grammar

TEXTS = ["restart web", "web 재시작", "run nginx on port 8080 named edge", "stop all containers",
         "logs of db last 20 lines", "remove the cache container"]
CLI_TEXTS = ["docker restart web", "docker run -d -p 8080:80 --name edge nginx", "docker ps -a",
             "docker logs --tail 20 db"]


def _handed() -> tuple[list[str], list[str]]:
    """What bot.language.parse hands each parser for TEXTS and CLI_TEXTS."""
    from bot.language.parse import parse

    seen: dict[str, list[str]] = {"natural": [], "cli": []}
    parsers = {"natural": grammar.natural(), "cli": grammar.cli()}
    own = {name: vars(p).get("parse") for name, p in parsers.items()}  # grammar._FastLALR's: put back
    for name, parser in parsers.items():
        original = parser.parse

        def recording(text, *a, _orig=original, _name=name, **kw):
            seen[_name].append(text)
            return _orig(text, *a, **kw)

        parser.parse = recording
    try:
        for t in TEXTS + CLI_TEXTS:
            parse(t)
    finally:
        for name, parser in parsers.items():
            if own[name] is None:
                del parser.parse
            else:
                parser.parse = own[name]
    return seen["natural"], seen["cli"]


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(grammar, "_BUILT", {})
    return tmp_path / "gorae"


def _outcome(parser: Lark, text: str) -> object:
    """The tree, or the error's kind and position (a text the grammar refuses is also an answer)."""
    try:
        return parser.parse(text)
    except Exception as e:
        return type(e).__name__, getattr(e, "pos_in_stream", None)


def _build_natural() -> Lark:
    return grammar._build(grammar.grammar_text(grammar.NATURAL), parser="lalr", lexer=grammar.DispatchLexer,
                          start="sentence", postlex=grammar.KeywordsAsNames(), propagate_positions=True,
                          maybe_placeholders=False)


def _build_cli() -> Lark:
    return grammar._build(grammar.grammar_text(grammar.CLI), parser="lalr", lexer=grammar.ShellWords, start="cli",
                          maybe_placeholders=False)


def test_a_parser_loaded_from_the_pickle_parses_as_the_one_built(fresh_cache, monkeypatch):
    nat_texts, cli_texts = _handed()
    assert nat_texts and cli_texts
    built_nat, built_cli = _build_natural(), _build_cli()
    files = sorted(fresh_cache.glob("lark-*.pickle"))
    assert len(files) == 2
    monkeypatch.setattr(grammar, "_BUILT", {})

    def no_build(*a, **kw):
        raise AssertionError("built again instead of loaded from the pickle")

    monkeypatch.setattr(grammar, "_share_actions", no_build)  # runs only after a build
    loaded_nat, loaded_cli = _build_natural(), _build_cli()
    assert loaded_nat is not built_nat
    for t in nat_texts:
        assert _outcome(loaded_nat, t) == _outcome(built_nat, t), t
    for t in cli_texts:
        assert _outcome(loaded_cli, t) == _outcome(built_cli, t), t
    assert any(not isinstance(_outcome(built_cli, t), tuple) for t in cli_texts)


def test_a_damaged_pickle_costs_only_a_rebuild(fresh_cache, monkeypatch):
    good = _build_cli()
    [path] = fresh_cache.glob("lark-*.pickle")
    path.write_bytes(b"not a pickle")
    monkeypatch.setattr(grammar, "_BUILT", {})
    again = _build_cli()
    for t in _handed()[1]:
        assert _outcome(again, t) == _outcome(good, t)
    assert path.read_bytes().startswith(b"\x80")  # written again, whole


def test_the_unpickler_loads_nothing_but_lark_actions_and_re():
    class Evil:
        def __reduce__(self):
            return (print, ("pwned",))

    class Tagged(pickle.Pickler):
        def persistent_id(self, obj):
            return "module:os" if obj is Evil else None

    buf = io.BytesIO()
    Tagged(buf).dump([Evil])
    with pytest.raises(pickle.UnpicklingError):
        grammar._Unpickler(io.BytesIO(buf.getvalue())).load()
    for pid in ("lark:Shift", "lark:Reduce", "module:re"):
        assert grammar._Unpickler(io.BytesIO(b"")).persistent_load(pid) is not None
