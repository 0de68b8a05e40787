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


@lru_cache(maxsize=1)
def _passive() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(f22b34) English, the thing asked for done in the passive: after a need ("the nginx image needs to be pulled
    again": grammar/lexicon.txt `got_done_need_en`), or asked with a modal that requests, first ("can web be
    disconnected from backend?", "would it be possible for cache to be restarted?": `got_done_can_en`); the participle
    one of `got_done_en` or `got_done_passive_en`, the rest after it kept."""
    parts = "|".join(re.escape(p.split("=", 1)[0].replace("_", " "))
                     for p in sorted(grammar.words("got_done_en") | grammar.words("got_done_passive_en"),
                                     key=len, reverse=True))
    rest = r"(?P<rest>(?:[\s,;:.!?\-—–]+\S.*?)?)\W*"
    need = re.compile(rf"(?i)^(?P<what>\w\S*(?:\s+\S+){{0,5}}?)\s+(?:{grammar.alternation('got_done_need_en')})\s+be\s+"
                      rf"(?P<part>{parts})(?![\w\-]){rest}$")
    can = re.compile(rf"(?i)^(?:{grammar.alternation('got_done_can_en')})\s+(?P<what>\w\S*(?:\s+\S+){{0,5}}?)\s+"
                     rf"(?:to\s+)?be\s+(?P<part>{parts})(?![\w\-]){rest}$")
    return need, can


def passive_done(text: str, res: m.Command | m.NotUnderstood, read: Read) -> m.Command | m.NotUnderstood:
    """(f22b34) `res`, or the request "VERB X REST" when `text` asks in the passive for X VERB-ed (`_passive`: "the
    backend network should be inspected" -> "inspect the backend network", "could the logs of db be shown, last 15
    lines?" -> "show the logs of db, last 15 lines"), a read or a write. It stands for a reading not understood; for a
    read when it is a read too, or when the thing is said without a mark ("the redis image has to be pulled" read the
    images); for a command of its own verb that read more names ("my-nginx ought to be paused" paused 'ought'). `res`
    stays on a need closed by "?" ("web should be restarted?" asks), a thing or a rest holding a word of
    grammar/lexicon.txt `got_done_passive_barred_en` (someone else's doing, a time, a condition, a subject told: "I
    think web should be restarted", "cache needs to be restarted if it hangs"), or a reading other than one command (a
    sequence, a ban, help)."""
    from bot.language.parse_natural import reads_only

    said = text.strip()
    need, can = _passive()
    mt = can.match(said) or (None if said.endswith("?") else need.match(said))
    if mt is None:
        return res
    barred = grammar.words("got_done_passive_barred_en")
    if set(re.findall(r"[a-z']+", f"{mt['what']} {mt['rest']}".lower())) & barred:
        return res
    verbs = {k.replace("_", " "): v.replace("_", " ") for k, v in
             (p.split("=", 1) for p in grammar.words("got_done_en") | grammar.words("got_done_passive_en"))}
    # (f22r) the rest set off by a long dash is as after a comma ("web's logs should be looked at — show me the last 50
    # lines": the amount of the logs asked, its dash no word)
    rest = re.sub(r"^\s+[\u2014\u2013]\s+", ", ", mt["rest"])
    got = read(f"{verbs[mt['part'].lower()]} {mt['what']}{rest}".strip())
    if isinstance(got, m.NotUnderstood) or isinstance(got, (m.Sequence, m.Prohibition, m.Help)):
        return res
    if isinstance(res, m.NotUnderstood):
        return got
    if reads_only(res):
        return got if reads_only(got) or not re.search(r"[,;:—–]", mt["what"]) else res
    fewer = set(m.names_of(got, images=True)) < set(m.names_of(res, images=True))
    return got if type(got) is type(res) and fewer else res
