"""(break8) An alternative asked: two things each asked with a question mark, the second a bare name.

    "remove web? cache?"          -> asked (it planned `docker rm web cache`)
    "cache 지움? 아님 web?"        -> asked (it planned `docker rm web`: 아님, "or", read as 아니, "no")
    "web 재시작? 혹은 cache?"      -> asked
    "web 재시작? 아님 cache 재시작?" -> asked (the second asked whole, after a word of `alternative_or`)
    "stop web? no, cache"         -> not this (a correction: "no" is no word of `alternative_or`)

(brk25) Two names with a word of `alternative_or` alone between them, no question mark needed:

    "web 아님 cache 지워"          -> asked (it removed cache: 아님, "or", read as 아니 + ㅁ, a correction)
    "web 아님, cache 재시작"       -> asked

The text is cut at its question marks; when it ends with one (or the last part starts with a word of
grammar/lexicon.txt `alternative_or`), has two parts or more, and its last part is one name (with or without
that word before it), the sentence asks which of them: nothing is read from it.
"""
from __future__ import annotations

import re

from bot.language import grammar

# one docker name, as typed (a Korean particle or a word after it is another sentence, left to the reader)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")


def asked_which(text: str) -> bool:
    """True when `text` asks which of two things (see the module); never raises."""
    if _or_between_names(text):
        return True
    parts = [p.strip() for p in text.split("?")]
    ends_asked = text.rstrip().endswith("?")
    said = [p for p in parts if p]
    if len(said) < 2 or len(parts) < 2:
        return False
    last = said[-1].split()
    if not ends_asked and (not last or last[0].lower() not in grammar.words("alternative_or")):
        return False
    if last and last[0].lower() in grammar.words("alternative_or"):
        if ends_asked and len(last) > 1:
            return True  # "web 재시작? 아님 cache 재시작?": the other one asked with its verb
        last = last[1:]
    return len(last) == 1 and _NAME.fullmatch(last[0]) is not None


def _or_between_names(text: str) -> bool:
    """(brk25) A docker name, then a Korean word of grammar/lexicon.txt `alternative_or` alone (a comma after it or not),
    then a word starting with a docker name: one of two said ("web 아님 cache 지워" removed cache) — which is asked.
    English "or" is left to the grammar ("is web running or not?" asks its state)."""
    words = text.split()
    return any(_NAME.fullmatch(a) is not None and not w.isascii() and w.rstrip(",") in grammar.words("alternative_or")
               and _NAME.match(b) is not None
               for a, w, b in zip(words, words[1:], words[2:]))
