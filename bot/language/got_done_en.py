"""(lead19) English: a thing asked to be got done — "get X restarted" — read as the request "restart X".

    "get web and cache restarted"          -> docker restart web cache   (it planned docker inspect web, restart cache)
    "can we get cache stopped?"            -> docker stop cache          (it planned docker inspect cache)
    "let's get the alpine image pulled"    -> docker pull alpine         (it planned docker image inspect alpine)
    "could we get data paused please"      -> docker pause data

The grammar reads "get … restarted" of one name (bot/language/parse_natural.py `_get_it_done`); with two names joined
by "and" it split the sentence at the "and" (a read of the first, the write of the second), and a state word (stopped,
paused, pulled) it read as a state. Here the participle (grammar/lexicon.txt `got_done_en`: PARTICIPLE=VERB) said last
after get and the things is put before them as the verb and the sentence read again — kept only when that reads as
one command of that verb, never a sequence and never a negation (then the first reading stands). A lead of "can we" /
"let's" asks gorae to do it ("can you"). Pure; the reading is the caller's (`read`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

Read = Callable[[str], "m.Command | m.NotUnderstood"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    parts = "|".join(re.escape(p.split("=", 1)[0]) for p in grammar.words("got_done_en"))
    tail = grammar.alternation("got_done_tail_en")
    return re.compile(rf"(?i)^(?P<lead>.*?)\bget\s+(?P<what>\S.*?)\s+(?P<part>{parts})"
                      rf"(?P<tail>(?:\W+(?:{tail}))*)\W*$")


@lru_cache(maxsize=1)
def _requested_that() -> re.Pattern[str]:
    """(ko33b) Formal English, a request that the thing be got done: "We kindly request that the cache container be
    restarted" — the lead only words of grammar/lexicon.txt `got_done_that_lead_en`, a verb of `got_done_that_en`."""
    parts = "|".join(re.escape(p.split("=", 1)[0]) for p in grammar.words("got_done_en"))
    tail = grammar.alternation("got_done_tail_en")
    return re.compile(rf"(?i)^(?P<lead>(?:(?:{grammar.alternation('got_done_that_lead_en')})\s+)*)"
                      rf"(?:{grammar.alternation('got_done_that_en')})\s+that\s+(?P<what>\S.*?)\s+be\s+(?P<part>{parts})"
                      rf"(?P<tail>(?:\W+(?:{tail}))*)\W*$")


def got_done(text: str, res: m.Command | m.NotUnderstood, read: Read) -> m.Command | m.NotUnderstood:
    """`res`, or the request "VERB X" when `text` asks for X got VERB-ed (see the module) and `res` is not already a
    command of that verb."""
    mt = _pattern().match(text.strip()) or _requested_that().match(text.strip())
    if mt is None:
        return res
    verbs = dict(p.split("=", 1) for p in grammar.words("got_done_en"))
    verb = verbs[mt["part"].lower()]
    lead = mt["lead"].strip()
    if mt.re is _requested_that() or lead.lower().replace(" ", "_") in grammar.words("got_done_lead_en"):  # the lexicon writes a space as _
        lead = ""
    said = f"{lead} {verb} {mt['what']}{mt['tail']}".strip()
    got = read(said)
    if isinstance(got, m.NotUnderstood) or isinstance(got, (m.Sequence, m.Prohibition, m.Help)):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(got):
        return res
    return got
