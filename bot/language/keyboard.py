"""(kbd22) A word typed with the wrong keyboard layout left on: the Korean 2-set (두벌식) layout on for an ASCII
word ("ㅈ듀" = web, "ㅊㅁ촏" = cache, "ㅔㄴ -ㅁ" = ps -a), or the English layout on for a Korean word ("Rjwnj" =
꺼줘, "fhrm" = 로그, "100wnf" = 100줄, "tlftlrks으로" = 실시간으로).

The keys are data (grammar/keyboard_2set.txt); jamo compose into syllables by Unicode arithmetic. This module only
turns one token into the other layout's text and says which tokens may have been typed so (`candidates`): a token
that reads as it is never is one (bot/language/parse.py `_keyboard_slip` decodes only a sentence that does not read,
and only keeps a decoding whose whole sentence reads)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_ASCII_TYPED = re.compile(r"^(\d*)([A-Za-z]+)([\uac00-\ud7a3]*)$")  # "fhrm", "100wnf", "tlftlrks으로"
_HANGUL_TYPED = re.compile(r"^[\uac00-\ud7a3\u3131-\u3163\-0-9]+$")  # "ㅈ듀", "ㅡㅛ-ㅜ햐ㅜㅌ", "-ㄹ" ("-f")
_JAMO = re.compile(r"[\u3131-\u3163]")
_SYLLABLES = re.compile(r"[\uac00-\ud7a3]")


@cache
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """grammar/keyboard_2set.txt: (key -> jamo, jamo -> key, two-key jamo -> its two jamo)."""
    keys: dict[str, str] = {}
    pairs: dict[str, str] = {}
    text = resources.files("grammar").joinpath("keyboard_2set.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "key":
            keys[parts[1]] = parts[2]
        elif len(parts) == 3 and parts[0] == "pair":
            pairs[parts[1]] = parts[2]
    return keys, {j: k for k, j in keys.items()}, pairs


@cache
def _rows() -> tuple[str, ...]:
    """grammar/keyboard_2set.txt `row` lines: the letter keys' rows, top first."""
    text = resources.files("grammar").joinpath("keyboard_2set.txt").read_text(encoding="utf-8")
    rows = sorted((int(p[1]), p[2]) for p in (line.split() for line in text.splitlines())
                  if len(p) == 3 and p[0] == "row")
    return tuple(r for _, r in rows)


@cache
def _positions() -> dict[str, tuple[int, int]]:
    """Each letter key's (row, place in the row), from `_rows`."""
    return {ch: (r, i) for r, row in enumerate(_rows()) for i, ch in enumerate(row)}


def neighbours(a: str, b: str) -> bool:
    """(en24b) Whether letter keys `a` and `b` touch on the keyboard (the same row side by side, or the row above or
    below at the same place or half a key over: "s" touches a, d, w, e, z, x). Any case; False for a non-letter.

    >>> neighbours("s", "a"), neighbours("s", "e"), neighbours("s", "f")
    (True, True, False)
    """
    where = _positions()
    pa, pb = where.get(a.lower()), where.get(b.lower())
    if pa is None or pb is None or pa == pb:
        return False
    (ra, ia), (rb, ib) = pa, pb
    if ra == rb:
        return abs(ia - ib) == 1
    if abs(ra - rb) != 1:
        return False
    upper, lower = (ia, ib) if ra < rb else (ib, ia)  # a lower row sits half a key right: i under i and i+1 above
    return lower in (upper - 1, upper)


@cache
def _order() -> dict[str, str]:
    """grammar/keyboard_2set.txt `order` lines: the jamo in Unicode syllable order (leads, vowels, tails)."""
    text = resources.files("grammar").joinpath("keyboard_2set.txt").read_text(encoding="utf-8")
    return {p[1]: p[2].replace("_", " ") for p in (line.split() for line in text.splitlines()) if len(p) == 3 and p[0] == "order"}




def _compose(jamo: str) -> str:
    """Jamo as typed, key by key, into syllables the way a 2-set input method composes them."""
    _, _, pairs = _table()
    joined = {v: k for k, v in pairs.items()}
    out: list[str] = []
    lead = vowel = tail = ""

    def flush() -> None:
        nonlocal lead, vowel, tail
        if lead and vowel:
            out.append(chr(0xAC00 + (_order()["leads"].index(lead) * 21 + _order()["vowels"].index(vowel)) * 28 + _order()["tails"].index(tail or " ")))
        else:
            out.append(lead + vowel)
        lead = vowel = tail = ""

    for j in jamo:
        if j in _order()["vowels"]:
            if lead and vowel and tail:
                first, second = (pairs[tail][0], pairs[tail][1]) if tail in pairs else ("", tail)
                tail = first
                flush()
                if second in _order()["leads"]:
                    lead, vowel = second, j
                else:
                    out.append(second)
                    vowel = j
            elif vowel and vowel + j in joined:
                vowel = joined[vowel + j]
            elif lead and not vowel:
                vowel = j
            else:
                flush()
                vowel = j
        elif j in _order()["leads"] or j in _order()["tails"]:
            if lead and vowel and not tail and j in _order()["tails"]:
                tail = j
            elif tail and tail + j in joined and joined[tail + j] in _order()["tails"]:
                tail = joined[tail + j]
            else:
                flush()
                lead = j if j in _order()["leads"] else ""
                if not lead:
                    out.append(j)
        else:
            flush()
            out.append(j)
    flush()
    return "".join(out)


def to_hangul(word: str) -> str:
    """An ASCII word as it reads typed on the 2-set layout: "Rjwnj" -> "꺼줘", "fhrm" -> "로그"."""
    keys, _, _ = _table()
    return _compose("".join(keys.get(c, keys.get(c.lower(), c)) for c in word))


def to_ascii(word: str) -> str:
    """Hangul as the keys it was typed with on the English layout: "ㅈ듀" -> "web", "ㅔㄴ" -> "ps"."""
    _, jamo_key, pairs = _table()
    keys: list[str] = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            parts = _order()["leads"][code // 588] + _order()["vowels"][code % 588 // 28] + _order()["tails"][code % 28].strip()
        else:
            parts = ch
        for p in parts:
            for q in pairs.get(p, p):
                keys.append(jamo_key.get(q, q))
    return "".join(keys).lower()


def decoded(token: str) -> str | None:
    """`token` typed in the other layout, when it may have been: ASCII letters whose 2-set reading is whole
    syllables ("wotlwkr" -> "재시작", "100wnf" -> "100줄"), or Hangul with a lone jamo or a dash ("애찯ㄱ" ->
    "docker", "-ㅁ" -> "-a") read as ASCII; None otherwise. Whether the reading reads is the caller's question."""
    mt = _ASCII_TYPED.match(token)
    if mt:
        hangul = to_hangul(mt.group(2))
        if _JAMO.search(hangul) or not hangul or (len(hangul) < 2 and not mt.group(1)):
            return None  # a lone jamo left, or one syllable ("to" = 새, "db는" = 유는): a word more likely than a slip
        return mt.group(1) + hangul + mt.group(3)
    if _HANGUL_TYPED.match(token) and _JAMO.search(token):
        keys = to_ascii(token)
        if len(keys) < 2 or _SYLLABLES.findall(to_hangul(keys)) != _SYLLABLES.findall(token):
            return None  # one key ("ㅁ"), or jamo the keyboard would have joined ("푸ㄹ" is 풀 typed apart)
        return keys
    return None
