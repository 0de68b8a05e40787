"""Which engine a sentence names: "prod-1에서 web 재시작", "restart web on every host", "(staging)".

    >>> find("prod-1에서 web 재시작")
    Clause(rest='web 재시작', engine='prod-1', loose=True, said='prod-1에서')
    >>> find("ps on all hosts").engine
    '*'
    >>> find("web 재시작") is None
    True

The words of a clause are grammar/engines.lark (LALR); this module tries the first
three and the last four words of a sentence against it, the longest first, and hands
back the request without the clause. Pure: no engine, no config. Whether the name is a
known engine is the caller's question (bot/engine/choose.py); a `loose` clause
("web에서 …", "… on web") is also an ordinary phrase and names an engine only when
that engine exists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

EVERY = "*"


@lru_cache(maxsize=1)
def _may_name() -> re.Pattern[str]:
    """Every clause of grammar/engines.lark has one of grammar/lexicon.txt's `engine_hint_ko` (anywhere)
    or `engine_hint_en` (as a word, any case): a quick test before the parser (most sentences name
    no engine, and they never pay for building it). `_may_name_fast` is the same test, faster."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    ko = "|".join(re.escape(w) for w in lex["engine_hint_ko"])
    en = "|".join(re.escape(w) for w in sorted(lex["engine_hint_en"], key=len, reverse=True))
    return re.compile(ko + r"|(?i:\b(" + en + r")\b)")


# the characters that re's IGNORECASE matches with an ASCII letter other than its two cases (found by
# trying every code point: İ ı -> i, ſ -> s, K -> k); no other character's lower() holds an ASCII letter
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_WORD_RUN = re.compile(r"\w+")
_FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=1)
def _hints() -> tuple[re.Pattern[str], frozenset[str]] | None:
    r"""`_may_name`'s two halves: the Korean hints (a plain alternation, which re scans for quickly) and
    the English ones lower-cased — None when an English hint is not all ASCII letters (then only the
    regex says what `\b…\b` matches)."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    if not all(re.fullmatch(r"[A-Za-z]+", w) for w in lex["engine_hint_en"]):
        return None
    return (re.compile("|".join(re.escape(w) for w in lex["engine_hint_ko"])),
            frozenset(w.lower() for w in lex["engine_hint_en"]))


def _may_name_fast(text: str) -> bool:
    r"""`bool(_may_name().search(text))` in about half its time (the regex: 5–20 µs; its `\b(on|at|…)\b`
    is tried at every position): an English hint matched between two `\b` is a whole run of `\w`,
    equal to the hint in re's IGNORECASE sense — lower case after `_FOLD` (tests/test_engine_clause.py
    compares both on every table text and on random text)."""
    hints = _hints()
    if hints is None:
        return bool(_may_name().search(text))
    ko, en = hints
    if ko.search(text):
        return True
    if _FOLDED.search(text):
        text = text.translate(_FOLD)
    # lower() maps every other character to one character, a `\w` to a `\w` (checked on every code point):
    # the runs of the lowered text are the lowered runs
    return not en.isdisjoint(_WORD_RUN.findall(text.lower()))


@lru_cache(maxsize=1)
def _anchor() -> re.Pattern[str]:
    """The words of which every clause of grammar/engines.lark holds at least one (its "(", "@", 에서,
    places and prepositions: see `one` and `every` there; grammar/lexicon.txt `engine_hint_ko` and
    `engine_anchor_en`), as the parser reads them: case-sensitive, anywhere in a word. Words without
    any of them can never be a clause, so the parser is not asked."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    return re.compile("|".join(re.escape(w) for w in (*lex["engine_hint_ko"], *lex["engine_anchor_en"])))
_GLUED_PAREN = re.compile(r"(?<=\S)\(([^()\s]+(?:\s+[^()\s]+){0,3})\)\s*$")  # "재시작해줘(staging)"


@dataclass(frozen=True)
class Clause:
    """`rest`: the sentence without the clause; `engine`: a name, or EVERY; `said`: the clause as typed."""

    rest: str
    engine: str
    loose: bool
    said: str


@lru_cache(maxsize=1)
def _parser() -> Any:
    from lark import Lark

    text = resources.files("grammar").joinpath("engines.lark").read_text(encoding="utf-8")
    return Lark(text, parser="lalr", cache=True)  # the LALR tables cached on disk (Lark's own cache)


@lru_cache(maxsize=4096)
def read(words: str) -> tuple[str, bool] | None:
    """(engine name or EVERY, loose) when `words` are a whole engine clause, else None.

    Remembered per `words` (a sentence's first and last words; the same few recur in chat:
    "web에서", "in web", "run"): a failed parse costs ~30 µs, and `find` tries up to seven."""
    from lark import Token
    from lark.exceptions import LarkError

    if not _anchor().search(words):
        return None

    try:
        tree = _parser().parse(words)
    except LarkError:
        return None
    if tree.data == "every":
        return EVERY, False
    loose = any(t.data == "loose" for t in tree.iter_subtrees())
    token = next(t for t in tree.scan_values(lambda v: isinstance(v, Token) and v.type == "ENGINE"))
    from bot.language.parse import called_off, chat_noise

    if called_off(str(token)) or chat_noise(str(token)):
        return None  # "remove web (jk)": the request called off; "restart web (lol)": noise; no engine
    from bot.language.grammar import words as lexicon_words

    if str(token).lower() in lexicon_words("engine_never_en"):
        return None  # (k16en) "how much ram is data using, in MB": the unit of the answer asked, never an engine
    if loose and str(token).isdigit():
        return None  # (k16en) "which container is on 6379", "which container is listening on 6379": a port said, no engine
    if words.strip() == f"({token})" and len(token) == 1 and str(token) in "123456789":
        return None  # (fix13) "(1) my-volume 멈춤 (2) my-volume 삭제": a step's number in brackets, never an engine
    return str(token), loose


def find(text: str) -> Clause | None:
    """The engine clause at the start (up to 3 words) or the end (up to 4 words) of `text`,
    the longest first; None when there is none or nothing would be left of the request."""
    if not _may_name_fast(text):
        return None
    text = _GLUED_PAREN.sub(r" (\1)", text.strip())
    words = text.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        got = read(" ".join(words[:k]))
        if got is not None:
            return Clause(" ".join(words[k:]), got[0], got[1], " ".join(words[:k]))
    for k in range(min(4, len(words) - 1), 0, -1):
        got = read(" ".join(words[-k:]))
        if got is not None:
            return Clause(" ".join(words[:-k]), got[0], got[1], " ".join(words[-k:]))
    return None
