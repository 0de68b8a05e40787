"""(corr24) A deferral in two clauses — one order put off, then the one for now: only the one for now is read.

    "cache 지우는 건 나중에 하고 지금은 멈추기만 해줘"  -> Stop(cache)     (지우다 put off, never run)
    "we'll delete web later, for now just stop it"      -> Stop(web)       (it = the first clause's name)
    "remove web later, stop it for now"                 -> Stop(web)
    "rm은 내일 하고 오늘은 restart만"                     -> None            (restart of what? nothing)

The first clause must say a word that puts it off (grammar/lexicon.txt `deferred_when_ko` / `deferred_when_en`); the
second opens with (Korean) or holds (English) a word of now (`deferred_now_ko` / `deferred_now_en`), which is dropped.
The second is read alone when it names its containers; when it names none (Korean) or says them with it/them
(English, `deferred_pronoun_en`), it is read on the names said in the first. Only a single Command that is not a
Prohibition, a Help nor a Sequence, a read or a start/stop/restart/pause/unpause (never a removal or a kill), and
whose targets are exactly those names when it took them, is returned; anything else is None (the refusal stands). Pure: `read` parses a text (no detail).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot import model as m
from bot.language import grammar
from bot.language.normalize import HANGUL

Read = Callable[[str], m.Command | m.NotUnderstood]

_NAME = re.compile(r"(?<![\w.'-])[A-Za-z0-9][\w.'-]*")


def _names(first: str) -> list[str]:
    """The ASCII words of the first clause that are no words of gorae's grammar ("rm", "delete", "we"): its names."""
    said = grammar.keywords() | grammar.words("deferred_when_en") | grammar.words("deferred_pronoun_en") \
        | grammar.words("deferred_not_names_en")
    return [w for w in _NAME.findall(first) if w.lower() not in said]


def _split_ko(text: str) -> tuple[str, str] | None:
    words = text.split()
    now = grammar.words("deferred_now_ko")
    for i, w in enumerate(words[1:], 1):
        if w.strip(",") in now:
            first = " ".join(words[:i])
            if any(d in [f.strip(",") for f in first.split()] for d in grammar.words("deferred_when_ko")):
                return first, " ".join(words[i + 1:])
            return None
    return None


def _split_en(text: str) -> tuple[str, str] | None:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not all(parts):
        return None
    first, second = parts
    if not set(re.findall(r"[a-z]+", first.lower())) & grammar.words("deferred_when_en"):
        return None
    now = grammar.alternation("deferred_now_en")
    rest, n = re.subn(rf"(?i)(?<![\w])(?:{now})(?![\w])", " ", second)
    if n != 1:
        return None
    rest = re.sub(rf"(?i)^\s*(?:{grammar.alternation('deferred_only_en')})\s+", "", rest).strip(" .!")
    return first, re.sub(r"\s+", " ", rest)


def _mild(res: m.Command | m.NotUnderstood) -> m.Command | None:
    """`res` when it is one command gorae may read for now: a read, or a start, stop, restart, pause or unpause — never
    a removal or a kill (the order put off is most often one: "remove web later, for now remove it" says it twice),
    never a ban, a help or steps."""
    from bot.language.parse_natural import reads_only

    if not isinstance(res, m.Command) or isinstance(res, (m.Prohibition, m.Help, m.Sequence)):
        return None
    if isinstance(res, (m.Start, m.Stop, m.Restart, m.Pause, m.Unpause)) or reads_only(res):
        return res
    return None


def _said_of(res: m.Command) -> set[str]:
    """The containers `res` is said of (its targets, or its one target)."""
    named = m.named(res)
    return set(named.targets) | ({named.target} if named.target else set())


def deferred_then_now(text: str, read: Read) -> m.Command | None:
    """The order for now of `text` (module docstring), or None."""
    split = _split_ko(text) if HANGUL.search(text) else _split_en(text)
    if split is None or not split[1]:
        return None
    first, rest = split
    names = _names(first)
    alone = _mild(read(rest))
    if alone is not None and _said_of(alone) and not (set(grammar.words("deferred_pronoun_en"))
                                                & set(re.findall(r"[a-z]+", rest.lower()))):
        return alone  # "…, for now stop cache": the one for now names its own
    if not names:
        return None
    if HANGUL.search(text):
        said = " ".join(names) + " " + rest
    else:
        pronoun = rf"(?i)(?<![\w])(?:{'|'.join(sorted(grammar.words('deferred_pronoun_en')))})(?![\w])"
        said, n = re.subn(pronoun, " and ".join(names), rest, count=1)
        if n != 1:
            return None
    res = _mild(read(said))
    return res if res is not None and _said_of(res) == set(names) else None
