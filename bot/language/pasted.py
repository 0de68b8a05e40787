"""(lead32b) The kind `paste`: output pasted before a request — recognized by its shape in the raw text, before
normalize joins the lines — is set aside; the request after it is read alone, and no word of the paste is ever a word
of the order (a write inside it never runs).

    "2026-12-05T03:12:44Z panic: runtime error\\nweb 상태 확인 부탁"              -> docker inspect web
    "```\\nweb   nginx   Restarting (1) 5 seconds ago\\n```\\nweb 로그 봐줘"      -> docker logs web
    "```docker rm web```\\nweb 로그 봐줘"                                       -> docker logs web (never the rm)
    "redis-cli: Could not connect to Redis at 127.0.0.1:6379 → cache 재시작 부탁" -> docker restart cache

The shapes (each ends before the request, which must follow):
  * a code fence (three backticks) opening the text, to its closing fence;
  * whole lines before the request, each a log line opening with a timestamp to the second
    (2026-12-05T03:12:44Z, [2026-12-05 03:12:44]) or a docker daemon's error (grammar/lexicon.txt `pasted_head_en`),
    none with Hangul;
  * one line, then an arrow pointing at the request (→ ⇒ -> =>, spaced): the part before it with no Hangul, holding a
    word of an error (`error_said`) or opening with `pasted_head_en`.
Anything else is left as typed (None).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.language import grammar
from bot.language.grammar import HANGUL

_FENCE = re.compile(r"\A\s*```.*?```[ \t]*(?:\n|\Z)", re.S)
_STAMP = re.compile(r"\A\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")
_ARROW = re.compile(r"\s(?:\u2192|\u21d2|->|=>)\s")


@lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    """grammar/lexicon.txt `pasted_head_en` (`_` for a space): how a docker daemon's error opens."""
    heads = sorted((w.replace("_", " ") for w in grammar.words("pasted_head_en")), key=len, reverse=True)
    return re.compile(r"(?i)\A\s*(?:" + "|".join(re.escape(h) for h in heads) + r")")


@lru_cache(maxsize=1)
def _error_word() -> re.Pattern[str]:
    words = sorted((w.replace("_", " ") for w in grammar.words("error_said")), key=len, reverse=True)
    return re.compile(r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])")


def _log_line(line: str) -> bool:
    return not HANGUL.search(line) and (_STAMP.match(line) is not None or _head().match(line) is not None)


def pasted_apart(text: str) -> str | None:
    """The request after output pasted before it in `text` (see the module), or None when no paste opens the text by
    its shape or nothing follows it."""
    if "`" in text and (fence := _FENCE.match(text)) is not None:
        rest = text[fence.end():].strip()
        return rest or None
    if "\n" in text:
        lines = text.split("\n")
        n = 0
        while n < len(lines) and (not lines[n].strip() or _log_line(lines[n])):
            n += 1
        if n and any(ln.strip() for ln in lines[:n]):
            rest = "\n".join(lines[n:]).strip()
            return rest or None
    first = text.split("\n", 1)[0]
    arrow = _ARROW.search(first)
    if arrow is not None:
        head, rest = first[:arrow.start()], text[arrow.end():].strip()
        if rest and head.strip() and not HANGUL.search(head) and (
                _error_word().search(head) is not None or _head().match(head) is not None):
            return rest
    return None
