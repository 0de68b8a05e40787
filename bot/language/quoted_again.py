"""(ko33a) A quoted previous message asked of again, after Slack's quoted lines (bot/language/normalize.py
`_quoted_lines_dropped`): the text to read instead of the lines after the quote.

    again("web 재시작해줘", "이거 다시")            -> "web 재시작해줘"       (the quoted order, asked again)
    again("restart web", "same for cache")        -> "restart cache"       (the quoted verb on the new name)
    again("web 로그 보여줘", "이번엔 cache 로")     -> "cache 로그 보여줘"
    again("pause data", "now unpause it")         -> "now unpause data"    (it: the quoted one name)
    again("web 502 나요", "확인 부탁드려요")         -> "web 확인 부탁드려요"   (a look of the quote's one name)
    again("web 재시작 완료했습니다", "👍")           -> None                  (an acknowledgement: the lines after it)

A quote is context — someone else's words — and the lines after it are the request (en22). Those lines may point back
at it: every word one of grammar/lexicon.txt `quote_again_word` with one of `quote_again_mark` (again, 다시, 한 번 더,
me too: "이거 다시", "same again pls", "run that again please", "저도 이거 보고 싶어요") ask for the quoted message
itself; `quote_same_for_en` / `quote_this_time_ko` then a name ("same for cache", "이번엔 cache 로") ask for it on that
name, which replaces the quote's one name; a pronoun of a thing (`step_pronoun_en`: "now unpause it") is the quote's one
name; a bare look asked with no name (`quote_check_word`: "확인 부탁드려요") is of the quote's one name when so read it
is a read naming it. What the
result means is the parser's: a quoted past, a question or a prohibition after it still runs nothing.
Pure; the parser only through `read` (the caller's), never on a text with a quote.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot import model as m
from bot.language import grammar
from bot.model import NotUnderstood

_Read = Callable[[str], "m.Command | NotUnderstood"]
_WORD = re.compile(r"[^\s,.!?~]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _one_name(quote: str, read: _Read) -> str | None:
    """The one thing the quoted message names as it is written in it, or None."""
    res = read(quote)
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None:
        return None
    names = m.names_of(cmd)
    if len(names) != 1 or len(re.findall(rf"(?<![\w.\-]){re.escape(names[0])}(?![\w\-])", quote)) != 1:
        return None
    return names[0]


def _said_again(own: str, pointed: bool = False) -> bool:
    words = _words(own)
    return (bool(words) and set(words) <= grammar.words("quote_again_word") | grammar.words("quote_again_mark")
            and (pointed or not grammar.words("quote_again_mark").isdisjoint(words)))


def _pointed(own: str) -> str | None:
    """(f23y) The lines after a quote with a mark pointing up at it first (grammar/lexicon.txt `quote_pointer`: "^ 이거
    해줘", "^ do this pls"): the words after the mark, said of the quote itself; None when no such mark leads."""
    for mark in sorted(grammar.words("quote_pointer"), key=len, reverse=True):
        if own.startswith(mark) and (rest := own[len(mark):].strip()):
            return rest
    return None


def _new_name(own: str) -> str | None:
    """The name of "same for NAME" / "이번엔 NAME 로" (with courtesy words around it), or None."""
    rest = _words(own)
    while rest and rest[-1] in grammar.words("quote_again_word"):
        rest.pop()  # "same for db please"
    lead = grammar.words("quote_same_for_en") | grammar.words("quote_this_time_ko")
    for n in (2, 1):
        head = "_".join(rest[:n])
        tail = rest[n:]
        if head in lead and tail and all(w in grammar.words("quote_name_particle_ko") for w in tail[1:]):
            name = tail[0]
            for p in sorted(grammar.words("quote_name_particle_ko"), key=len, reverse=True):
                if name.endswith(p) and len(name) > len(p) and name[: -len(p)].isascii():
                    name = name[: -len(p)]
                    break
            return name if re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*", name) else None
    return None


def again(quote: str, own: str, read: _Read) -> str | None:
    """The text to read for the lines `own` said after the quoted `quote` (see the module), or None to read `own`."""
    quote, own = quote.strip(), own.strip()
    if not quote or not own:
        return None
    if "?" in own and (isinstance(quoted := read(quote), NotUnderstood) or _writes_any(quoted)):
        return None  # (breaker33) "> data 지워줘\n이거 다시?", "> restart web\nagain?": asked, never the write run
    pointed = _pointed(own)
    own = pointed if pointed is not None else own
    if _said_again(own, pointed is not None):
        if (not grammar.words("quote_me_too").isdisjoint(_words(own))
                and (isinstance(quoted := read(quote), NotUnderstood) or _writes_any(quoted))):
            return None  # (safe34ko) "> rm data\n저도": someone's order agreed with — never run as an order to gorae
        return quote
    name = _one_name(quote, read)
    if name is None:
        return None
    if (new := _new_name(own)) is not None:
        if new in grammar.keywords() or new in grammar.words("quote_not_a_name"):
            return None  # (safe34ko) "> stop web\nsame for all": all is no name — never every container stopped
        return re.sub(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-])", new, quote, count=1)
    alone = read(own)
    if not isinstance(alone, NotUnderstood) and m.names_of(alone):
        return None  # the lines after it name their own things
    if pointed is not None and (said := _pointed_on(quote, name, own, read)) is not None:
        return said
    pronoun = rf"(?i)\b(?:{grammar.alternation('step_pronoun_en')})\b"
    if own.isascii() and re.search(pronoun, own) and isinstance(alone, NotUnderstood):
        said = re.sub(pronoun, name, own)
        return said if not isinstance(read(said), NotUnderstood) else None
    words = set(_words(own))
    if (words <= grammar.words("quote_check_word") | grammar.words("quote_again_word")
            and not grammar.words("quote_check_word").isdisjoint(words)
            and not isinstance(alone, (NotUnderstood, m.Prohibition, m.Help)) and not _writes_any(alone)):
        # "확인 부탁드려요" (a bare look, asked) — never "why?", "안 돼", "list containers" (a question, a ban, a read of
        # its own)
        joined = f"{name} {own}"
        res = read(joined)
        if not isinstance(res, NotUnderstood) and not _writes_any(res) and name in m.names_of(res):
            return joined
    return None


def _pointed_on(quote: str, name: str, own: str, read: _Read) -> str | None:
    """(f23y) The lines after a mark pointing up at the quote, naming nothing: a verb of their own said of the quote's
    one name ("> data 일시정지" then "^ 이제 풀어줘": "data 이제 풀어줘"), or, after `quote_this_time_ko`, a way of doing
    the quoted order ("> web 로그 보여줘" then "^ 이번엔 실시간으로": "web 로그 보여줘 실시간으로"); None when neither
    reads as a request of that one name."""
    words = own.split()
    tries = [f"{name} {own}"]
    if len(words) > 1 and words[0] in grammar.words("quote_this_time_ko"):
        tries.append(f"{quote} {' '.join(words[1:])}")
    for said in tries:
        res = read(said)
        if not isinstance(res, (NotUnderstood, m.Prohibition, m.Help)) and list(m.names_of(res)) == [name]:
            return said
    return None


def _writes_any(cmd: m.Command) -> bool:
    from bot.language.outside import _a_write_in

    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    return any(_a_write_in(s, cmd.lang) for s in steps)
