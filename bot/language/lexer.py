"""A faster drop-in for Lark's basic lexer (the natural-language parser's).

Lark's `BasicLexer` tries one regex per token: the alternation of every terminal (554 for
grammar/natural.lark, ~300 after the keywords that NAME already matches are folded into it), in
its priority order; the first alternative that matches wins. Python's `re` tries those
alternatives one after the other: ~9 µs a token. A NAME that spells a keyword is then retyped by
a second alternation of ~240 keywords (`UnlessCallback`, ~4 µs).

`DispatchLexer` gives the same tokens with the same positions, cheaper:

* For the character at the current position it keeps only the terminals that can start with it
  (a literal: its first character; a regex: the set of first characters read from its parsed
  form; anything the reading does not understand: always kept) and matches the alternation of
  those, in Lark's order. A terminal that cannot start with that character cannot match there,
  so the first match among the rest is Lark's. One small alternation per distinct first
  character, compiled on first use.
* The keyword retyping is a dict lookup (the keywords are plain literals: an exact match is a
  full match).

Everything else — the token loop, line/column/position bookkeeping, ignored terminals, errors
(`UnexpectedCharacters` with the same position and allowed set), user callbacks — is Lark's own
`BasicLexer` code, inherited. Used as `Lark(..., lexer=DispatchLexer)`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lark.exceptions import LexError, UnexpectedCharacters
from lark.lexer import (
    BasicLexer,
    CallChain,
    LexerState,
    PatternRE,
    PatternStr,
    Scanner,
    TerminalDef,
    Token,
    UnlessCallback,
)
from lark.utils import classify

try:  # Python >= 3.11
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as _sre
    import sre_parse as _sre_parse

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}
_MAX_CACHED_CHARS = 20_000  # distinct first characters remembered (a bound for hostile input)


class _Unknown(Exception):
    """Part of a regex the first-character reading does not handle: keep the terminal everywhere."""


def _char(code: int) -> str:
    return "\\U%08x" % code


def _class_item(op: Any, av: Any) -> str:
    if op is _sre.LITERAL:
        return _char(av)
    if op is _sre.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is _sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unknown(op)


def _first_of_seq(items: Any) -> tuple[list[str], bool]:
    """Regex atoms (each matching one character) for the first character of a sequence, and
    whether the sequence can match the empty string."""
    atoms: list[str] = []
    for op, av in items:
        first, nullable = _first_of_item(op, av)
        atoms += first
        if not nullable:
            return atoms, False
    return atoms, True


def _first_of_item(op: Any, av: Any) -> tuple[list[str], bool]:
    if op is _sre.LITERAL:
        return [_char(av)], False
    if op is _sre.NOT_LITERAL:
        return [f"[^{_char(av)}]"], False
    if op is _sre.IN:
        items = list(av)
        neg = bool(items) and items[0][0] is _sre.NEGATE
        if neg:
            items = items[1:]
        return ["[" + ("^" if neg else "") + "".join(_class_item(o, a) for o, a in items) + "]"], False
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown(op)
        return _first_of_seq(sub)
    if op is _sre.BRANCH:
        atoms: list[str] = []
        nullable = False
        for branch in av[1]:
            first, n = _first_of_seq(branch)
            atoms += first
            nullable = nullable or n
        return atoms, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):  # stdlib re internals: 3.11+ only
        lo, _hi, sub = av
        first, nullable = _first_of_seq(sub)
        return first, nullable or lo == 0
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return [], True  # zero width: only narrows what follows, so looking past it keeps more
    raise _Unknown(op)


def first_char_test(term: TerminalDef, g_regex_flags: int, re_module: Any) -> Any:
    """A compiled one-character regex that every first character of `term`'s matches matches,
    or None when that is not known (the terminal is then tried at every position)."""
    pattern = term.pattern
    if pattern.flags:
        return None
    try:
        atoms, nullable = _first_of_seq(_sre_parse.parse(pattern.value, g_regex_flags))
        if nullable or not atoms:
            return None
        return re_module.compile("(?:%s)" % "|".join(atoms), g_regex_flags)
    except (_Unknown, re.error, ValueError, TypeError, RecursionError):
        return None


class _Retype:
    """`UnlessCallback` for plain keywords: a NAME (FLAGWORD) that spells a keyword is that keyword."""

    __slots__ = ("types",)

    def __init__(self, types: dict[str, str]) -> None:
        self.types = types

    def __call__(self, t: Any) -> Any:
        type_ = self.types.get(t.value)
        if type_ is not None:
            t.type = type_
        return t


def _create_unless(terminals: list[TerminalDef], g_regex_flags: int, re_: Any, use_bytes: bool) -> tuple[list[Any], dict[str, Any]]:
    """`lark.lexer._create_unless`, with a dict instead of a regex scanner for plain keywords."""
    tokens_by_type = classify(terminals, lambda t: type(t.pattern))
    assert len(tokens_by_type) <= 2, tokens_by_type.keys()
    embedded_strs = set()
    callback: dict[str, Any] = {}
    for retok in tokens_by_type.get(PatternRE, []):
        unless = []
        for strtok in tokens_by_type.get(PatternStr, []):
            if strtok.priority != retok.priority:
                continue
            s = strtok.pattern.value
            m = re_.match(retok.pattern.to_regexp(), s, g_regex_flags)
            if m and m.group(0) == s:
                unless.append(strtok)
                if strtok.pattern.flags <= retok.pattern.flags:
                    embedded_strs.add(strtok)
        if unless:
            if any(t.pattern.flags for t in unless) or use_bytes:
                callback[retok.name] = UnlessCallback(Scanner(unless, g_regex_flags, re_, use_bytes=use_bytes))
            else:
                types: dict[str, str] = {}
                for t in unless:  # Lark's scanner: the first alternative that matches the whole value
                    types.setdefault(t.pattern.value, t.name)
                callback[retok.name] = _Retype(types)
    new_terminals = [t for t in terminals if t not in embedded_strs]
    return new_terminals, callback


class _DispatchScanner:
    """What the lexer needs of Lark's `Scanner`: `match`, `allowed_types`, `terminals`."""

    def __init__(self, terminals: list[TerminalDef], g_regex_flags: int, re_module: Any) -> None:
        self.terminals = terminals
        self.allowed_types = {t.name for t in terminals}
        self.g_regex_flags = g_regex_flags
        self.re_ = re_module
        # (terminal, its first-character test or None = always, or the literal's first character)
        self._tests: list[tuple[TerminalDef, Any, str | None]] = []
        for t in terminals:
            if isinstance(t.pattern, PatternStr) and not t.pattern.flags:
                self._tests.append((t, None, t.pattern.value[0]))
            else:
                self._tests.append((t, first_char_test(t, g_regex_flags, re_module), None))
        self._by_char: dict[str, Any] = {}
        self._by_terms: dict[tuple[str, ...], Any] = {}
        self._full: Scanner | None = None

    def _for_char(self, c: str) -> Any:
        terms = []
        for t, test, first in self._tests:
            if first is not None:
                if first == c:
                    terms.append(t)
            elif test is None or test.fullmatch(c):
                terms.append(t)
        key = tuple(t.name for t in terms)
        mre = self._by_terms.get(key)
        if mre is None:
            if terms:  # exactly Lark's alternation, restricted to these terminals, in Lark's order
                pattern = "|".join("(?P<%s>%s)" % (t.name, t.pattern.to_regexp()) for t in terms)
            else:
                pattern = "(?!)"
            mre = self._by_terms[key] = self.re_.compile(pattern, self.g_regex_flags)
        if len(self._by_char) < _MAX_CACHED_CHARS:
            self._by_char[c] = mre
        return mre

    def match(self, text: Any, pos: int) -> tuple[str, str] | None:
        s = text.text
        mre = self._by_char.get(s[pos]) or self._for_char(s[pos])
        m = mre.match(s, pos, text.end)
        if m:
            return m.group(0), m.lastgroup
        return None

    def fullmatch(self, text: str) -> str | None:
        if self._full is None:
            self._full = Scanner(self.terminals, self.g_regex_flags, self.re_, False)
        return self._full.fullmatch(text)


class DispatchLexer(BasicLexer):
    """Lark's basic lexer, with a first-character dispatch in place of its one big alternation."""

    __future_interface__ = 2

    def _build_scanner(self) -> Any:
        if self.use_bytes:
            return super()._build_scanner()
        terminals, self.callback = _create_unless(list(self.terminals), self.g_regex_flags, self.re, self.use_bytes)
        for type_, f in self.user_callbacks.items():
            if type_ in self.callback:
                self.callback[type_] = CallChain(self.callback[type_], f, lambda t: t.type == type_)  # as Lark
            else:
                self.callback[type_] = f
        return _DispatchScanner(terminals, self.g_regex_flags, self.re)

    def match(self, text: Any, pos: int) -> Any:
        return self.scanner.match(text, pos)

    def lex(self, state: LexerState, parser_state: Any) -> Iterator[Token]:
        """Lark's `BasicLexer.lex` (its `next_token` in a loop), with the dispatch scanner's match
        inlined and the lexer's attributes read once per text instead of once per token: the same
        tokens, positions, callbacks and errors (bench/RESULTS.md, issue 8 session 5)."""
        scanner: Any = self.scanner
        text = state.text
        if type(scanner) is not _DispatchScanner or not isinstance(text.text, str):
            yield from super().lex(state, parser_state)
            return
        line_ctr = state.line_ctr
        s, end = text.text, text.end
        by_char, for_char = scanner._by_char, scanner._for_char
        ignore, callback, newline_types = self.ignore_types, self.callback, self.newline_types
        new_str = str.__new__
        newline = line_ctr.newline_char
        while line_ctr.char_pos < end:
            pos = line_ctr.char_pos
            c = s[pos]
            m = (by_char.get(c) or for_char(c)).match(s, pos, end)
            if not m:
                allowed = scanner.allowed_types - ignore
                if not allowed:
                    allowed = {"<END-OF-FILE>"}
                raise UnexpectedCharacters(s, pos, line_ctr.line, line_ctr.column, allowed=allowed,
                                           token_history=state.last_token and [state.last_token],
                                           state=parser_state, terminals_by_name=self.terminals_by_name)
            value, type_ = m.group(0), m.lastgroup
            ignored = type_ in ignore
            t = None
            if not ignored or type_ in callback:
                # Lark's `Token(type_, value, pos, line, column)` (its __new__ and _future_new) field by field
                t = new_str(Token, value)
                t.type = type_
                t.start_pos = pos
                t.value = value
                t.line = line_ctr.line
                t.column = line_ctr.column
            if type_ in newline_types and newline in value:
                line_ctr.feed(value, True)
            else:  # `LineCounter.feed(value, …)` without a newline in the value: the line stays
                line_ctr.char_pos = pos + len(value)
                line_ctr.column = line_ctr.char_pos - line_ctr.line_start_pos + 1
            if t is not None:
                t.end_line = line_ctr.line
                t.end_column = line_ctr.column
                t.end_pos = line_ctr.char_pos
                if t.type in callback:
                    t = callback[t.type](t)
                if not ignored:
                    if not isinstance(t, Token):
                        raise LexError("Callbacks must return a token (returned %r)" % t)
                    state.last_token = t
                    yield t

