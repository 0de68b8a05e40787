"""(lead22) A value of one container asked yes or no — its details, never a write and never unread.

    value_asked("is web on port 80?", res)            -> Port(target="web")      (docker port web)
    value_asked("does web use port 80?", res)         -> Port(target="web")
    value_asked("is cache redis?", res)               -> Inspect(target="cache") (docker inspect cache: its image)
    value_asked("is data a running container?", res)  -> Inspect(target="data")
    value_asked("cache가 redis 맞아요?", res)          -> Inspect(target="cache")
    value_asked("web 80 포트야?", res)                 -> Port(target="web")
    value_asked("db 컨테이너 상태가 created 맞죠?", res) -> Inspect(target="db")

gorae compares nothing itself: the container's details (or its published ports, when every value said is a port) hold
the answer, shown to whoever asked. Read only when the parser read nothing (`res` is NotUnderstood) and EVERY word is
accounted for: English opening with a word of grammar/lexicon.txt `value_asked_open_en`, then the one name, then only
words of `value_asked_filler_en`, states (`value_asked_state_en`) and values (a number, a port with its protocol, an
image reference, a name that is no keyword of the grammar); Korean by morphemes (Kiwi, bot/language/context_clause.py
`analysed`): the name first, then values (ASCII), particles, the nouns of `value_asked_noun_ko`, and one predicate
asking it (the copula 이다, or `value_asked_pred_ko`: 맞다, 쓰다, 붙다, 돌다) with "?" or 맞다. Any other word — a verb
of gorae's ("does cache need restarting?"), a Korean verb ("web 꺼진 거 맞지?", "web 지워도 되는 거 맞아?") — leaves
`res` as it was. Pure; Kiwi only for Korean text.
"""
from __future__ import annotations

import re

from bot import model as m
from bot.language import grammar
from bot.language.normalize import HANGUL
from bot.model import NotUnderstood

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_REF = re.compile(r"[a-z0-9][a-z0-9_.\-/]*(?::[A-Za-z0-9_.\-]+)?")
# Kiwi's tags of what a value typed in ASCII is split into: letters, numbers, `:`/`/`/`-`/`.` inside it
_VALUE_TAGS = ("SL", "SN", "SP", "SO", "SW", "SH")
_PARTICLE = re.compile(r"J[A-Z]+")
_ENTITY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/\-]*")


def value_asked(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """`res`, or the read that answers a value of one container asked yes or no (see the module)."""
    if not isinstance(res, NotUnderstood) or res.lang == "cli":
        return res
    read = _korean(text) if HANGUL.search(text) else _english(text)
    return res if read is None else read


def _english(text: str) -> m.Command | None:
    words = text.strip().rstrip("?!. ").split()
    if len(words) < 3 or words[0].lower() not in grammar.words("value_asked_open_en"):
        return None
    name, rest = words[1], [w.strip(",").lower() for w in words[2:]]
    keywords = grammar.keywords()
    filler, states = grammar.words("value_asked_filler_en"), grammar.words("value_asked_state_en")
    if not _NAME.fullmatch(name) or name.lower() in keywords | filler | states:
        return None
    port = re.compile(rf"\d{{1,5}}(?:/(?:{grammar.alternation('value_asked_proto_en')}))?")
    not_value = grammar.words("value_asked_not_value_en")
    ports, others = 0, 0
    for w in rest:
        if w in filler and w not in states:
            continue
        if w in states:
            others += 1
        elif port.fullmatch(w):
            ports += 1
        elif _REF.fullmatch(w) and w not in keywords | not_value:
            others += 1
        else:
            return None  # a word of gorae's or anything else: not this question
    if not ports + others:
        return None
    return m.Port(target=name, lang="en") if ports and not others else m.Inspect(target=name, lang="en")


def _korean(text: str) -> m.Command | None:
    from bot.language.context_clause import analysed

    # ASCII entities stay whole (Kiwi splits "e2e-2da1" and "redis:7" at every digit and sign): each one that is not
    # only letters or only digits is analysed as a word of letters standing for it, then read back
    kept: dict[str, str] = {}

    def keep(mt: re.Match[str]) -> str:
        word = mt.group()
        if word.isalpha() or word.isdigit():
            return word
        stand = "zqx" + "".join(chr(ord("a") + int(d)) for d in str(len(kept)))
        kept[stand] = word
        return stand

    toks = tuple((kept.get(f, f), t) for f, t in analysed(_ENTITY.sub(keep, text)))
    if not toks or toks[0][1] != "SL":
        return None
    name = toks[0][0]
    if not _NAME.fullmatch(name) or name.lower() in grammar.keywords():
        return None
    nouns, preds = grammar.words("value_asked_noun_ko"), grammar.words("value_asked_pred_ko")
    states = grammar.words("value_asked_state_en")
    values, ports, pred, right = [], 0, False, False
    for i, (form, tag) in enumerate(toks[1:], 1):
        if tag in _VALUE_TAGS:
            if tag == "SL" and form.lower() in grammar.keywords() and form.lower() not in states:
                return None  # "web restart 맞아?": a verb of gorae's, not a value
            values.append(form)
            if tag == "SN" and i + 1 < len(toks) and toks[i + 1][0] in grammar.words("value_asked_port_ko"):
                ports += 1
        elif _PARTICLE.fullmatch(tag) or tag in ("EF", "EC", "EP", "ETN", "SF") or (tag == "VX" and form in grammar.words("value_asked_aux_ko")):
            continue
        elif tag in ("NNG", "NNB") and form in nouns | grammar.words("value_asked_port_ko"):
            continue
        elif tag == "VCP" or (tag == "VV" and form in preds):
            pred, right = True, right or form in grammar.words("value_asked_right_ko")
        else:
            return None  # any other Korean word ("web 꺼진 거 맞지?": 끄다 said): not this question
    if not values or not pred or not (right or text.rstrip().endswith("?")):
        return None
    digits = [v for v in values if v.isdigit()]
    if ports and len(digits) == len(values):
        return m.Port(target=name, lang="ko")
    return m.Inspect(target=name, lang="ko")
