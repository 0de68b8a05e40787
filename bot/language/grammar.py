"""Load the Lark grammar once (LALR, cached on disk) and lex with gorae's rules.

The grammar lives in grammar/*.lark (shipped in the wheel): words.lark (shared
terminals), natural.lark (Korean and English phrases), docker_cli.lark. One
parser serves both start symbols, "sentence" and "cli".
"""
from __future__ import annotations

import gc
import hashlib
import importlib
import io
import os
import pickle
import re
import sys
import threading
import types
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import lark
from lark import Lark, Token, Tree
from lark.common import LexerConf
from lark.lexer import Lexer, LexerState
from lark.parse_tree_builder import ChildFilterLALR_NoPlaceholders, PropagatePositions
from lark.parsers.lalr_analysis import Reduce, Shift
from lark.tree import Meta
from lark.utils import TextSlice

from bot.language.lexer import DispatchLexer

NATURAL = ("words.lark", "natural.lark")
CLI = ("docker_cli.lark",)
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-/:@]*")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
KEYWORD_RE = re.compile(r"[a-z][a-z\-]*")

class Words(Token):
    """The `ARGS` token of grammar/docker_cli.lark: every word after the command words, as typed
    (`words`); its text is those words joined by spaces (for error messages only)."""

    __slots__ = ("words",)
    words: tuple[str, ...]


class ShellWords(Lexer):
    """Lexer of the docker CLI grammar: its input is a list of shell words.

    A word is a keyword token (a string terminal of grammar/docker_cli.lark, compared in lower
    case) only where the parser expects that keyword; at the first word that is not, the words
    from there on are one `ARGS` token (`Words`, as typed). So "docker run ps" runs an image
    named ps, "Docker PS" lists, and "docker rmweb" is no command. `start_pos` and `column` count
    words (the index of the token's first word; column = index + 1).
    """

    __future_interface__ = 2

    def __init__(self, conf: LexerConf) -> None:
        self.keywords = {t.pattern.value: t.name for t in conf.terminals if t.pattern.type == "str"}

    def lex(self, lexer_state: LexerState, parser_state: Any) -> Iterator[Token]:
        states = parser_state.parse_conf.parse_table.states
        words: list[str] = lexer_state.text  # type: ignore[assignment]  # a custom input: the words
        for i, word in enumerate(words):
            kw = self.keywords.get(word.lower())
            if kw is not None and kw in states[parser_state.position]:
                yield Token(kw, word, start_pos=i, line=1, column=i + 1)
                continue
            rest = Words("ARGS", " ".join(words[i:]), start_pos=i, line=1, column=i + 1)
            rest.words = tuple(words[i:])
            yield rest
            return


class KeywordsAsNames:
    """Post-lexer: an English keyword used as a name becomes a NAME again.

    "logs 볼륨 생성" (a volume called logs), "host 네트워크로", "logs를",
    "on the host network", "create volume logs". Everything else passes through unchanged.
    """

    always_accept = ()

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        prev3: Token | None = None
        prev2: Token | None = None
        prev: Token | None = None
        fix = self._fix
        for tok in stream:
            if prev is not None:
                yield prev if prev.type == "NAME" else fix(prev2, prev, tok, prev3)  # a NAME stays one (`_fix`)
            prev3, prev2, prev = prev2, prev, tok
        if prev is not None:
            yield fix(prev2, prev, None, prev3)

    @staticmethod
    def _fix(before: Token | None, tok: Token, after: Token | None, before2: Token | None = None) -> Token:
        if tok.type == "NAME" or not KEYWORD_RE.fullmatch(tok.value):
            return tok
        w = _fix_words()
        if tok.value in w.role_words:
            return tok
        last = after is None or after.value in w.courtesy_last
        if before is not None and before.value in w.names_next:
            return Token.new_borrow_pos("NAME", tok.value, tok)  # "make a volume called logs"
        # ("front network create 해줘": the kind has its name before it, the keyword is the verb)
        # (f22c) … or called so before it: "net22라는 network create 해줘"
        named_kind = before2 is not None and (before2.type == "NAME" or before2.value in w.called_ko)
        listed = before2 is None and tok.value in w.kind_first_listing  # (k16en) "volume list please showing"
        # (f22c) "show the network list": a word of showing or "the" before the kind, the kind's list
        listed = listed or (before2 is not None and tok.value in w.kind_first_listing
                            and before2.value.lower() in w.kind_listing_lead)
        if before is not None and before.value in w.kind_last and last and not named_kind and not listed:
            return Token.new_borrow_pos("NAME", tok.value, tok)  # "create volume logs"
        if after is not None and after.value in w.called_ko:
            return Token.new_borrow_pos("NAME", tok.value, tok)  # "logs라는 볼륨": the thing called so
        if after is not None and tok.value in w.name_before_ko and HANGUL.match(after.value):
            return Token.new_borrow_pos("NAME", tok.value, tok)  # "my 재시작": a name, not "my"
        if after is not None:
            glued = (after.start_pos == tok.end_pos and after.value in w.noun_particles
                     and tok.value not in w.keep_glued)
            ko_kind = ((after.value in w.ko_kind or after.value.startswith(w.ko_kinds))
                       and tok.value not in w.states)  # "stopped 컨테이너 prune": a state, not a name
            en_kind = (after.value in w.en_kind and before is not None
                       and before.value in w.en_det)
            if glued or ko_kind or en_kind:
                return Token.new_borrow_pos("NAME", tok.value, tok)
        return tok


class _FixWords(NamedTuple):
    """The grammar/lexicon.txt roles `KeywordsAsNames._fix` reads, fetched together (one call a token)."""

    role_words: frozenset[str]
    courtesy_last: frozenset[str]
    names_next: frozenset[str]
    kind_last: frozenset[str]
    name_before_ko: frozenset[str]
    noun_particles: frozenset[str]
    keep_glued: frozenset[str]
    ko_kind: frozenset[str]
    ko_kinds: tuple[str, ...]
    states: frozenset[str]
    en_kind: frozenset[str]
    en_det: frozenset[str]
    called_ko: frozenset[str]
    kind_first_listing: frozenset[str]
    kind_listing_lead: frozenset[str]


@lru_cache(maxsize=1)
def _fix_words() -> _FixWords:
    return _FixWords(words("role_words"), words("courtesy_last"), words("names_next"), words("kind_last"),
                     words("name_before_ko"), words("noun_particles"), words("keep_glued"), words("ko_kind"),
                     _ko_kinds(), words("states"), words("en_kind"), words("en_det"), words("called_ko"),
                     words("kind_first_listing"), words("kind_listing_lead"))


def grammar_text(files: tuple[str, ...] = NATURAL) -> str:
    pkg = resources.files("grammar")
    return "\n".join(pkg.joinpath(f).read_text(encoding="utf-8") for f in files)


# --------------------------------------------------------------------------- parser cache
#
# Lark's own cache=True stores a portable form of the parser that is rebuilt entry by entry on
# every start: ~1 s for the natural grammar, whose LALR table has ~340,000 entries (900 states x
# 500 terminals). gorae keeps a pickle of the finished parser instead, with equal table entries
# shared (there are only ~1,700 distinct ones): it loads in under 0.1 s and takes ~20 MB less
# memory. The key covers the grammar, the options and the lark and Python versions; anything
# wrong with the file -> the parser is built as before (cache=True) and the file written again.

CACHE_FORMAT = "3"  # 2: the natural parser's lexer is DispatchLexer; 3: the table's rows packed (_States)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gorae"


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj: Any) -> str | None:
        # the parser compares actions by identity (`action is Shift`): keep the singletons
        if obj is Shift:
            return "lark:Shift"
        if obj is Reduce:
            return "lark:Reduce"
        if isinstance(obj, types.ModuleType):  # the lexer's `re` module
            return "module:" + obj.__name__
        return None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: str) -> Any:
        if pid == "lark:Shift":
            return Shift
        if pid == "lark:Reduce":
            return Reduce
        if pid in ("module:re", "module:regex"):
            return importlib.import_module(pid[len("module:"):])
        raise pickle.UnpicklingError(f"unknown persistent id {pid!r}")


def _share_actions(parser: Lark) -> None:
    """Make equal (action, argument) entries of the LALR table one object (read-only tuples)."""
    # Lark's parser internals have no typed attributes: another lark layout leaves the table as is
    table = getattr(getattr(getattr(parser.parser, "parser", None), "parser", None), "parse_table", None)
    states = getattr(table, "states", None)
    if not isinstance(states, dict):
        return
    shared: dict[str, Any] = {}
    for actions in states.values():
        for token, action in actions.items():
            actions[token] = shared.setdefault(action, action)


class _States(dict):  # type: ignore[type-arg]  # dict[state, dict[symbol, (action, argument)]], as Lark's
    """The LALR table's `states` (state -> {terminal or rule name: (Shift, next state) or (Reduce,
    rule)}), equal to Lark's dict, that is pickled packed and unpacked a row at a time.

    The natural grammar's table has ~2,400 states of ~700 entries (1.7 million), but only ~4,400
    distinct entries and ~1,100 distinct sets of symbols sharing one entry in a row: ~9,500
    (entry, symbol set) pairs in all. Lark's pickle of the dict costs ~200 ms to load (a one-shot
    `gorae explain` reads a few dozen rows); packed, the table loads in a few ms and a row is made
    (`dict.fromkeys` per pair) the first time it is read (`states[state]`, `get`, `in`). Anything
    that reads it whole (iteration, `len`, `items`, `==`) unpacks every row first, so every reader
    sees Lark's table. Rows are never changed after they are made."""

    __slots__ = ("_packed", "_entries", "_symsets")

    def __init__(self, rows: dict[Any, dict[str, Any]] | None = None) -> None:
        super().__init__(rows or {})
        self._packed: dict[Any, tuple[int, ...]] = {}
        self._entries: tuple[Any, ...] = ()
        self._symsets: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def _unpack(cls, entries: tuple[Any, ...], symsets: tuple[tuple[str, ...], ...],
                packed: dict[Any, tuple[int, ...]]) -> _States:
        states = cls()
        states._entries, states._symsets, states._packed = entries, symsets, packed
        return states

    def __missing__(self, state: Any) -> dict[str, Any]:
        pairs = self._packed.get(state)
        if pairs is None:
            raise KeyError(state)
        entries, symsets = self._entries, self._symsets
        row: dict[str, Any] = {}
        for i in range(0, len(pairs), 2):
            row.update(dict.fromkeys(symsets[pairs[i + 1]], entries[pairs[i]]))
        self[state] = row  # two threads making one row make equal rows: either may stay
        return row

    def _fill(self) -> None:
        for state in self._packed:
            if not dict.__contains__(self, state):
                self.__missing__(state)

    def get(self, state: Any, default: Any = None) -> Any:
        return self[state] if state in self else default

    def __contains__(self, state: object) -> bool:
        return dict.__contains__(self, state) or state in self._packed

    def __len__(self) -> int:
        self._fill()
        return dict.__len__(self)

    def __iter__(self) -> Iterator[Any]:
        self._fill()
        return dict.__iter__(self)

    def keys(self) -> Any:
        self._fill()
        return dict.keys(self)

    def values(self) -> Any:
        self._fill()
        return dict.values(self)

    def items(self) -> Any:
        self._fill()
        return dict.items(self)

    def copy(self) -> dict[Any, dict[str, Any]]:
        self._fill()
        return dict(dict.items(self))

    def __eq__(self, other: object) -> bool:
        self._fill()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # a dict: unhashable

    def __reduce__(self) -> tuple[Any, ...]:
        """(entries, symbol sets, state -> flat (entry index, symbol-set index, ...)): a row's
        symbols grouped by the entry they share, the groups in the order their entries first
        appear in the row."""
        entries: list[Any] = []
        entry_index: dict[int, int] = {}  # by identity: equal entries are one object (_share_actions)
        symsets: dict[tuple[str, ...], int] = {}
        packed: dict[Any, tuple[int, ...]] = {}
        for state, row in self.items():
            groups: dict[int, list[str]] = {}
            for sym, entry in row.items():
                i = entry_index.get(id(entry))
                if i is None:
                    i = entry_index[id(entry)] = len(entries)
                    entries.append(entry)
                groups.setdefault(i, []).append(sym)
            flat: list[int] = []
            for i, syms in groups.items():
                flat += (i, symsets.setdefault(tuple(syms), len(symsets)))
            packed[state] = tuple(flat)
        return (_States._unpack, (tuple(entries), tuple(symsets), packed))


def _pack_table(parser: Lark) -> None:
    """Make the parser's LALR table a `_States` (the same rows), which pickles packed."""
    table = getattr(getattr(getattr(parser.parser, "parser", None), "parser", None), "parse_table", None)
    states = getattr(table, "states", None)
    if type(states) is dict:  # another lark layout: the table as it is
        table.states = _States(states)  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _code_version() -> str:
    """A digest of this module's and bot/language/lexer.py's source: the pickle holds instances of
    their classes (the lexer, the post-lexer, the light callbacks) as they were made when it was
    written, so a change of either file builds the parsers again."""
    from bot.language import lexer

    digest = hashlib.sha256()
    for module in (__file__, lexer.__file__):
        try:
            digest.update(Path(module).read_bytes())
        except (OSError, TypeError):  # no source (a frozen or zipped install): the format alone
            digest.update(b"?")
    return digest.hexdigest()


def _cache_key(text: str, options: dict[str, Any], prepare: Callable[[Lark], None] | None = None) -> str:
    # a postlexer's `always_accept` (lark's PostLex declares it; ours may not): part of the key
    opts = sorted((k, f"{type(v).__qualname__}{getattr(v, 'always_accept', ())}" if k == "postlex" else repr(v))
                  for k, v in options.items())
    parts = [CACHE_FORMAT, _code_version(), lark.__version__, sys.version, repr(opts),
             prepare.__qualname__ if prepare is not None else "", text]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


_BUILD_LOCK = threading.Lock()
_BUILT: dict[str, Lark] = {}


def _build(text: str, *, prepare: Callable[[Lark], None] | None = None, **options: Any) -> Lark:
    """`Lark(text, **options)`, then `prepare(parser)` — once per process even when several threads
    ask at the same time (the Slack workers' first requests): loaded from gorae's pickle of the
    prepared parser when there is a good one (`prepare` is not run again then)."""
    key = _cache_key(text, options, prepare)
    with _BUILD_LOCK:
        if key not in _BUILT:
            _BUILT[key] = _load_or_build(key, text, options, prepare)
        return _BUILT[key]


def _load_or_build(key: str, text: str, options: dict[str, Any],
                   prepare: Callable[[Lark], None] | None = None) -> Lark:
    path = cache_dir() / f"lark-{key}.pickle"
    try:
        with open(path, "rb") as f:
            data = f.read()
        collecting = gc.isenabled()
        gc.disable()  # ~60,000 objects, none of them garbage: the collector's passes are ~1/3 of the load
        try:
            parser = _Unpickler(io.BytesIO(data)).load()
        finally:
            if collecting:
                gc.enable()
        if isinstance(parser, Lark):
            return parser
    except Exception:  # missing, unreadable, from another version: build it
        pass
    parser = Lark(text, cache=True, **options)
    _share_actions(parser)
    if prepare is not None:
        prepare(parser)
    _pack_table(parser)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(parser)
        os.replace(tmp, path)
    except Exception:  # a read-only home: no cache file, the same parser
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    return parser


@lru_cache(maxsize=1)
def natural() -> Lark:
    """Korean and English: a basic lexer (every keyword everywhere) and the post-lexer above.

    The lexer is Lark's basic lexer with a first-character dispatch (bot/language/lexer.py): the same
    tokens, ~7x cheaper than one alternation of every terminal. Positions (`tree.meta`) are
    propagated by `_Spans`, and rule names are plain strings (`_plain_names`)."""
    parser = _build(
        grammar_text(NATURAL),
        prepare=_light_callbacks,
        parser="lalr",
        lexer=DispatchLexer,
        start="sentence",
        postlex=KeywordsAsNames(),
        propagate_positions=True,
        maybe_placeholders=False,
    )
    _FastLALR.install(parser, "sentence")
    return parser


class _Rows(dict):  # type: ignore[type-arg]  # state -> its row of `_FastLALR` entries
    """`_FastLALR.rows`: a row read as `rows[state]` (one subscript, no method call: ~50 a parse), made by `make`
    the first time its state is read (`__missing__`, which stores it)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[Any], dict[str, tuple[Any, ...]]]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, state: Any) -> dict[str, tuple[Any, ...]]:
        return self.make(state)


class _FastLALR:
    """`Lark.parse` of an LALR parser with a basic lexer, in one loop: the same tokens (the
    parser's own lexer and post-lexer), the same table, the same callbacks, so the same tree —
    and, on bad input, the same error (an `UnexpectedCharacters` from the lexer as before; an
    `UnexpectedToken` with the same token and `expected` set, so the same column, type and
    message; only its `state` and `interactive_parser` are left empty: nothing in gorae reads them).

    Lark's `ParserState.feed_token` compares every reduction's rule with the end state and looks
    its callback up by the rule (two Python-level `Rule.__eq__`/`__hash__` calls each), reads
    `rule.origin.name` and `len(rule.expansion)` every time, and goes through a lexer thread and a
    parser state per call. Here each table row is turned once into (shift?, next state) or
    (size, callback, name) entries, on first use of that state (~1,700 distinct entries): the
    natural parse is ~1/3 cheaper (bench/RESULTS.md, issue 8 session 5). Installed as the Lark
    object's `parse` (an instance attribute); `Lark.parse` itself is untouched for every other
    caller (`start=` or `on_error=` given: Lark's own)."""

    __slots__ = ("lark", "lexer", "states", "rows", "entries", "start", "end", "callbacks", "token_callbacks",
                 "expected")

    def __init__(self, parser: Lark, start: str) -> None:
        frontend = parser.parser
        lalr = frontend.parser.parser
        table = lalr.parse_table
        self.lark = parser
        self.lexer = frontend.lexer  # the lexer, behind the post-lexer when there is one
        self.states = table.states
        self.start = table.start_states[start]
        self.end = table.end_states[start]
        self.callbacks = lalr.callbacks
        self.token_callbacks = {k for k in lalr.callbacks if isinstance(k, str)}
        self.rows: dict[Any, dict[str, tuple[Any, ...]]] = _Rows(self._row)  # `rows[state]` makes a missing row
        self.entries: dict[int, tuple[Any, ...]] = {}
        self.expected: dict[Any, frozenset[str]] = {}  # state -> the terminals its row has (`_unexpected`)

    @classmethod
    def install(cls, parser: Lark, start: str) -> None:
        frontend = getattr(parser, "parser", None)
        lalr = getattr(getattr(frontend, "parser", None), "parser", None)
        if (getattr(frontend, "skip_lexer", True) or not hasattr(lalr, "parse_table")
                or not isinstance(getattr(lalr, "callbacks", None), dict)
                or getattr(parser.options, "on_error", None) is not None):
            return  # another lark layout: Lark's own parse
        fast = cls(parser, start)
        lark_parse = parser.parse

        def parse(text: str, start: str | None = None, on_error: Any = None) -> Any:
            if start is not None or on_error is not None or not isinstance(text, str):
                return lark_parse(text, start, on_error)
            return fast.parse(text)

        parser.parse = parse  # type: ignore[method-assign,assignment]  # this object's own parse

    def _row(self, state: Any) -> dict[str, tuple[Any, ...]]:
        """State `state`'s actions: symbol -> (True, next state) or (False, size, callback, rule name)."""
        entries = self.entries
        row: dict[str, tuple[Any, ...]] = {}
        for sym, entry in self.states[state].items():
            got = entries.get(id(entry))
            if got is None:
                action, arg = entry
                if action is Shift:
                    got = (True, arg)
                else:
                    got = (False, len(arg.expansion), self.callbacks[arg], arg.origin.name)
                entries[id(entry)] = got  # the table's entries live as long as the table
            row[sym] = got
        self.rows[state] = row
        return row

    def _unexpected(self, token: Token, state: Any) -> Exception:
        """Lark's error for `token` in `state`: the same `expected` set (so the same message)."""
        from lark.exceptions import UnexpectedToken

        # the terminals of a state's row: a function of the table alone, made once per state (a row has ~700
        # symbols: ~50 µs each time a sentence does not read, and a refused sentence is often parsed 2–4 times);
        # each error gets its own set, as Lark gives
        terminals = self.expected.get(state)
        if terminals is None:
            terminals = self.expected[state] = frozenset(s for s in self.states[state].keys() if s.isupper())
        return UnexpectedToken(token, set(terminals), state=None, interactive_parser=None)  # type: ignore[no-untyped-call]

    def parse(self, text: str) -> Any:
        rows = self.rows
        callbacks, token_callbacks = self.callbacks, self.token_callbacks
        state_stack = [self.start]
        value_stack: list[Any] = []
        token = None
        for token in self.lexer.lex(LexerState(TextSlice.cast_from(text)), None):
            type_ = token.type
            state = state_stack[-1]
            while True:
                row = rows[state]
                act = row.get(type_)
                if act is None:
                    raise self._unexpected(token, state)
                if act[0]:
                    state_stack.append(act[1])
                    value_stack.append(callbacks[type_](token) if type_ in token_callbacks else token)
                    break
                _, size, callback, name = act
                if size == 1:  # a rule of one symbol (most reductions): the same as the slices below
                    s = [value_stack.pop()]
                    state_stack.pop()
                elif size:
                    s = value_stack[-size:]
                    del state_stack[-size:]
                    del value_stack[-size:]
                else:
                    s = []
                value_stack.append(callback(s))
                state = state_stack[-1]
                state = rows[state][name][1]
                state_stack.append(state)
        end = Token.new_borrow_pos("$END", "", token) if token else Token("$END", "", 0, 1, 1)
        end_state = self.end
        while True:
            state = state_stack[-1]
            row = rows[state]
            act = row.get("$END")
            if act is None:
                raise self._unexpected(end, state)
            if act[0]:
                raise AssertionError  # Lark: `assert not is_end` (never in a table it built)
            _, size, callback, name = act
            if size:
                s = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                s = []
            value_stack.append(callback(s))
            state = state_stack[-1]
            state_stack.append(rows[state][name][1])
            if state_stack[-1] == end_state:
                return value_stack[-1]


class _Spans:
    """Lark's `PropagatePositions` (propagate_positions=True) for the fields gorae reads.

    A tree's `meta.start_pos` / `meta.end_pos` (character offsets in the parsed text, end
    exclusive) and `meta.empty` get the values Lark gives them — the span of the first and last
    child that has one, counting the tokens the tree leaves out (keywords) — and so do
    `meta.container_start_pos` / `container_end_pos`, which they are made from. Lark also fills
    line/column pairs, which gorae never reads (one line of input): they are left out, and so is
    ~40 % of the LALR parse's time (bench/RESULTS.md, issue 8 item 6)."""

    __slots__ = ("node_builder",)

    def __init__(self, node_builder: Any) -> None:
        self.node_builder = node_builder

    def __call__(self, children: list[Any]) -> Any:
        res = self.node_builder(children)
        if isinstance(res, Tree):
            start = _first_edge(children)
            if start is not None:
                meta: Any = res.meta  # lark's Meta: open to the attributes Lark sets
                if not hasattr(meta, "start_pos"):
                    meta.start_pos = start
                    meta.empty = False
                meta.container_start_pos = start
            end = _last_edge(children)
            if end is not None:
                meta = res.meta
                if not hasattr(meta, "end_pos"):
                    meta.end_pos = end
                    meta.empty = False
                meta.container_end_pos = end
        return res


class _FilteredSpans(_Spans):
    """`_Spans` over Lark's `ChildFilterLALR_NoPlaceholders` over `Tree(name, …)`, in one call:
    the same children kept (the same code as Lark's filter), the same tree, the same spans."""

    __slots__ = ("name", "to_include")

    def __init__(self, name: str, to_include: list[tuple[int, bool]]) -> None:
        super().__init__(None)
        self.name = name
        self.to_include = to_include

    def __call__(self, children: list[Any]) -> Any:
        filtered: list[Any] = []
        for i, to_expand in self.to_include:
            if to_expand:
                if filtered:
                    filtered += children[i].children
                else:  # as Lark: the expanded child's own list (left recursion)
                    filtered = children[i].children
            else:
                filtered.append(children[i])
        return _spanned_tree(self.name, filtered, children)



class _TreeSpans(_Spans):
    """`_Spans` over `Tree(name, children)` (a rule that keeps every child), in one call: the
    same tree, the same spans (its Meta is new, so `_Spans` always sets them)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        super().__init__(None)
        self.name = name

    def __call__(self, children: list[Any]) -> Any:
        return _spanned_tree(self.name, children, children)


_new = object.__new__


def _spanned_tree(name: str, kept: list[Any], children: list[Any]) -> Tree[Any]:
    """`Tree(name, kept)` with the span of `children` (`_first_edge`, `_last_edge`; no meta made when neither
    has one, as before), as `_tree` makes it — their code inlined in one call (a parse reduces ~13 times):
    the same tree, the same spans."""
    start: int | None = None
    end: int | None = None
    found = False
    if children:
        c = children[0]
        if type(c) is Token:
            start, found = c.start_pos, True
        elif type(c) is Tree:
            m = c._meta
            if m is not None and not m.empty:
                start = getattr(m, "container_start_pos", None)
                found = start is not None
        if not found:
            start = _span_edge(children, 0)
        found = False
        c = children[-1]
        if type(c) is Token:
            end, found = c.end_pos, True
        elif type(c) is Tree:
            m = c._meta
            if m is not None and not m.empty:
                end = getattr(m, "container_end_pos", None)
                found = end is not None
        if not found:
            end = _span_edge(reversed(children), 1)
    if start is None and end is None:
        return Tree(name, kept)  # no position: no meta made (as `res.meta` would not be)
    meta: Any = _new(Meta)
    meta.empty = False
    if start is not None:
        meta.start_pos = meta.container_start_pos = start
    if end is not None:
        meta.end_pos = meta.container_end_pos = end
    tree: Any = _new(Tree)
    tree.data = name
    tree.children = kept
    tree._meta = meta
    return tree


_EDGE_ATTRS = (("container_start_pos", "start_pos"), ("container_end_pos", "end_pos"))


def _span_edge(children: Any, side: int) -> int | None:
    """The start (side 0) or end (side 1) offset of the first child in `children` that has a
    position, as Lark's `PropagatePositions._pp_get_meta` finds it; None when none has."""
    for c in children:
        if isinstance(c, Token):
            return c.end_pos if side else c.start_pos
        if isinstance(c, Tree):
            m = c._meta
            if m is None or m.empty:
                continue
        elif hasattr(c, "__lark_meta__"):
            m = c.__lark_meta__()
        else:
            continue
        container, own = _EDGE_ATTRS[side]  # lark's Meta sets its position attributes as it goes
        return getattr(m, container, getattr(m, own))
    return None



def _first_edge(children: list[Any]) -> int | None:
    """`_span_edge(children, 0)`, with the common cases first: a first child that is a plain
    token, or a tree with a span (its container start, as `_span_edge` reads it)."""
    if children:
        c = children[0]
        if type(c) is Token:
            return c.start_pos
        if type(c) is Tree:
            m = c._meta
            if m is not None and not m.empty:
                got = getattr(m, "container_start_pos", None)
                if got is not None:
                    return got
    return _span_edge(children, 0)


def _last_edge(children: list[Any]) -> int | None:
    """`_span_edge(reversed(children), 1)`, with the same common cases first (the last child)."""
    if children:
        c = children[-1]
        if type(c) is Token:
            return c.end_pos
        if type(c) is Tree:
            m = c._meta
            if m is not None and not m.empty:
                got = getattr(m, "container_end_pos", None)
                if got is not None:
                    return got
    return _span_edge(reversed(children), 1)


def _light_callbacks(parser: Lark) -> None:
    """Swap Lark's position propagation for `_Spans`, and make each rule's name (`tree.data`, and
    the key the parse table is read with after a reduction) a plain `str` instead of a lark `Token`
    (equal, same hash: every `tree.data == "x"` then compares strings without Token.__eq__). The
    trees are the same: same names, same children, same spans."""
    callbacks = getattr(getattr(getattr(parser.parser, "parser", None), "parser", None), "callbacks", None)
    if not isinstance(callbacks, dict):  # another lark layout: Lark's own callbacks, the same trees
        return
    for rule, f in list(callbacks.items()):
        if type(rule.origin.name) is Token:  # looked up in the parse table at every reduction
            rule.origin.name = str(rule.origin.name)
        if type(f) is PropagatePositions and f.node_filter is None:
            f = callbacks[rule] = _Spans(f.node_builder)
        inner = f
        while hasattr(inner, "node_builder"):
            outer, inner = inner, inner.node_builder
            if (isinstance(inner, partial) and inner.func is Tree and len(inner.args) == 1
                    and type(inner.args[0]) is Token):
                outer.node_builder = partial(Tree, str(inner.args[0]))
                break
        if type(f) is _Spans:
            flt, build = f.node_builder, getattr(f.node_builder, "node_builder", None)
            if (type(flt) is ChildFilterLALR_NoPlaceholders and isinstance(build, partial)
                    and build.func is Tree and len(build.args) == 1 and not build.keywords):
                callbacks[rule] = _FilteredSpans(build.args[0], flt.to_include)
            elif (isinstance(flt, partial) and flt.func is Tree and len(flt.args) == 1 and not flt.keywords):
                callbacks[rule] = _TreeSpans(flt.args[0])  # every child kept: `Tree(name, children)`


@lru_cache(maxsize=1)
def cli() -> Lark:
    """docker CLI: parses a list of shell words (ShellWords), so that "ls" after `docker exec web`
    is a word, not a verb."""
    return _build(
        grammar_text(CLI),
        parser="lalr",
        lexer=ShellWords,
        start="cli",
        maybe_placeholders=False,
    )


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    """grammar/lexicon.txt: role -> its words, in the order written (words whose meaning
    depends on where they are said, and every word list the Python around the grammar reads;
    see that file). An indented line goes on with the role above. Read once per process; the
    tuples are immutable, the dict must not be changed by callers."""
    text = resources.files("grammar").joinpath("lexicon.txt").read_text(encoding="utf-8")
    roles: dict[str, tuple[str, ...]] = {}
    role = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        ws = line.split()
        if not line[0].isspace():  # a new role; an indented line goes on with the role before it
            role, ws = ws[0], ws[1:]
        roles[role] = roles.get(role, ()) + tuple(ws)
    return roles


@lru_cache(maxsize=None)
def words(role: str) -> frozenset[str]:
    """The words of one role of grammar/lexicon.txt, as a set (KeyError for a role it lacks)."""
    return frozenset(lexicon()[role])


@lru_cache(maxsize=None)
def alternation(role: str) -> str:
    """The phrases of one role of grammar/lexicon.txt (`_` written for a space) as a regex alternation, the longest
    first, each escaped: "reason_unneeded_en" -> "not needed anymore|not needed|…" (KeyError for a role it lacks).
    Memoized: a pure function of the lexicon, asked on every English text some readers see."""
    return "|".join(re.escape(w) for w in sorted((w.replace("_", " ") for w in words(role)), key=len, reverse=True))


@lru_cache(maxsize=1)
def _ko_kinds() -> tuple[str, ...]:
    """grammar/lexicon.txt `ko_kind`, for str.startswith ("볼륨을" starts with a kind noun)."""
    return lexicon()["ko_kind"]


@lru_cache(maxsize=1)
def keywords() -> frozenset[str]:
    """English keywords (lower case) — used to read "Restart Web" like "restart Web"."""
    out = set()
    for term in [*natural().terminals, *cli().terminals]:
        pat = term.pattern
        if pat.type == "str" and re.fullmatch(r"[a-z][a-z\-]*", pat.value):
            out.add(pat.value)
    return frozenset(out)


@lru_cache(maxsize=1)
def _long_keywords() -> tuple[str, ...]:
    return tuple(sorted(k for k in keywords() if len(k) >= 4))


@lru_cache(maxsize=4096)
def near_keyword(word: str, cutoff: float = 0.8) -> bool:
    """Whether `word` is within difflib's `cutoff` ratio of an English keyword of 4+ letters
    ("forec" ~ force): `difflib.get_close_matches(word, those keywords, n=1, cutoff)` is not
    empty. Remembered per word (names and words recur in chat): the first look costs ~3 ms."""
    import difflib

    return bool(difflib.get_close_matches(word, _long_keywords(), n=1, cutoff=cutoff))


@lru_cache(maxsize=1)
def examples() -> dict[str, tuple[str, ...]]:
    """grammar/examples.txt: language ("ko", "en") -> the utterances suggested when a sentence is
    not understood, in the order written."""
    text = resources.files("grammar").joinpath("examples.txt").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {"ko": (), "en": ()}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lang, said = line.split(None, 1)
            out[lang] = out.get(lang, ()) + (said.strip(),)
    return out
