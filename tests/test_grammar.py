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
    """As grammar.natural() builds it (its light callbacks in the pickle), without its fast parse."""
    return grammar._build(grammar.grammar_text(grammar.NATURAL), prepare=grammar._light_callbacks,
                          parser="lalr", lexer=grammar.DispatchLexer,
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


def _table(parser: Lark) -> dict:
    return parser.parser.parser.parser.parse_table.states


def test_the_loaded_table_is_lark_table_unpacked_a_row_at_a_time(fresh_cache, monkeypatch):
    """The LALR table is pickled packed (grammar._States): loaded, it is equal to the built one,
    row by row and whole, and a parse unpacks only the rows it reads."""
    built_nat, built_cli = _build_natural(), _build_cli()
    monkeypatch.setattr(grammar, "_BUILT", {})
    loaded_nat, loaded_cli = _build_natural(), _build_cli()
    for built, loaded, text in ((built_nat, loaded_nat, "restart web"), (built_cli, loaded_cli, ["restart", "web"])):
        states = _table(loaded)
        assert isinstance(states, grammar._States)
        assert dict.__len__(states) == 0  # nothing unpacked yet
        assert loaded.parse(text) == built.parse(text)
        unpacked = dict.__len__(states)
        assert 0 < unpacked < len(_table(built)) // 4
        some = next(iter(dict.keys(states)))
        assert states[some] == _table(built)[some]
        assert 0 in states and -1 not in states and states.get(-1) is None
        with pytest.raises(KeyError):
            states[-1]
        assert states == _table(built)  # whole: every row unpacked, each equal to the built one
        assert dict.__len__(states) == len(_table(built))
        def distinct(rows: dict) -> int:
            return len({id(entry) for row in rows.values() for entry in row.values()})

        assert distinct(states) == distinct(_table(built))  # equal entries one object, as _share_actions made them


def test_the_natural_parser_is_pickled_prepared_and_keyed_by_the_code(fresh_cache, monkeypatch):
    """The natural parser's light callbacks are in its pickle (not made again at load), and the
    file's key changes with the preparation and with grammar.py/lexer.py's source."""
    _build_natural()
    monkeypatch.setattr(grammar, "_BUILT", {})

    def not_again(parser):
        raise AssertionError("prepared again at load")

    not_again.__qualname__ = grammar._light_callbacks.__qualname__  # the same key

    monkeypatch.setattr(grammar, "_share_actions", not_again)
    loaded = grammar._build(grammar.grammar_text(grammar.NATURAL), prepare=not_again, parser="lalr",
                            lexer=grammar.DispatchLexer, start="sentence", postlex=grammar.KeywordsAsNames(),
                            propagate_positions=True, maybe_placeholders=False)
    callbacks = loaded.parser.parser.parser.callbacks
    assert {type(f).__name__ for f in callbacks.values()} <= {"_Spans", "_FilteredSpans", "_TreeSpans"}
    text, opts = "start: \"a\"", {"parser": "lalr"}
    key = grammar._cache_key(text, opts, grammar._light_callbacks)
    assert key != grammar._cache_key(text, opts)
    monkeypatch.setattr(grammar, "_code_version", lambda: "another source")
    assert grammar._cache_key(text, opts, grammar._light_callbacks) != key
