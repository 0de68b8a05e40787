"""(k16en) English: a teammate's request relayed, then taken up by the one who relays it — a lead delegating.

    "Sam wants data stopped, go ahead and do it"                     -> docker stop data
    "Jane asked me to get you to remove the stopped containers, please do" -> docker container prune
    "do what Priya asked in #ops: pause data"                       -> docker pause data
    "Priya says data should be paused. pause it please"             -> docker pause data
    "Tom asked for the logs of my-nginx, can you show them?"        -> docker logs my-nginx
    "Mike's asking for the backend network details, can you pull those up?" -> docker network inspect backend
    "can you take care of Ana's ticket? she needs redis pulled"     -> docker pull redis

The relaying words (grammar/lexicon.txt `relayed_*_en`, `_` for a space) are left out and the request read whole as the
relayer's own; only with the relayer's own ask: hearsay alone ("Sam wants data stopped", "Priya says data should be
paused") stays told, a negated sentence is never read here, and a thing asked for and then shown with a pronoun ("show
them") is only ever read (a write named so is refused).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

Read = Callable[[str], "m.Command | m.NotUnderstood"]
_META = re.compile(r"[;&|`$<>\"]")
# (f22b34) … or a ticket with its number ("Ticket 4411 asks us to restart cache")
_WHO = r"(?P<who>(?:the\s+)?[A-Za-z][\w.\-]*(?:\s+team|\s+#?\d+)?)"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    wish, asked, says = grammar.alternation("relayed_wish_en"), grammar.alternation("relayed_asked_en"), grammar.alternation("relayed_says_en")
    return {
        # WHO wants/asked (me) to REQUEST, then a go-ahead
        "go_ahead": re.compile(rf"(?i)^{_WHO}\s+(?:(?P<wish>{wish})|(?P<asked>{asked})(?:\s+(?:me|us))?\s+to"
                               rf"(?:\s+(?:{grammar.alternation('relayed_get_you_en')}))?)\s+(?P<req>.+?)\s*[,;:.!]\s*"
                               rf"(?:(?:\w+\s+){{1,3}}(?:{grammar.alternation('relayed_approved_en')})\s*[,;:.!]\s*)?"
                               r"(?P<tail>[^,;:]+?)\s*[.!]*$"),
        # (I) need REQUEST DONE, a participle the grammar reads as no verb ("need redis pulled")
        "own": re.compile(rf"(?i)^(?:(?:i|we)\s+)?(?:{wish})\s+(?P<req>(?:the\s+)?[A-Za-z0-9][\w.:/\-]*(?:\s+image)?\s+[a-z]+)"
                          rf"(?:\s+(?:{grammar.alternation('courtesy_last')}))?\s*[.!]*$"),
        # do what WHO asked (in #channel): REQUEST
        "do_what": re.compile(rf"(?i)^(?:{grammar.alternation('relayed_do_what_en')})\s+{_WHO}\s+(?:{asked}|{says}|{wish})"
                              r"(?:\s+(?:in|on)\s+#?[\w\-]+)?\s*[:,\-\u2014]\s*(?P<req>.+)$"),
        # WHO says NAME should be DONE, then the request of it
        "says": re.compile(rf"(?i)^{_WHO}\s+(?:{says})\s+(?P<name>[A-Za-z0-9][\w.\-]*)\s+(?:{grammar.alternation('relayed_should_en')})\s+be"
                           r"\s+(?P<done>[a-z]+)\s*[.,;:]?\s+(?P<req>.+)$"),
        # WHO asked for / wants THING, then the request showing them
        "thing": re.compile(rf"(?i)^{_WHO}\s+(?:is\s+asking\s+for|asked\s+for|{wish})\s+(?P<thing>[^,;:]+?)\s*[,;:.]\s*"
                            r"(?P<req>.+)$"),
        # take care of WHO's ticket: (s)he needs REQUEST
        "ticket": re.compile(rf"(?i)^(?:(?:{grammar.alternation('request_opener_en')})\s+)*(?:you\s+)?(?:{grammar.alternation('adopt_do_en')})\s+"
                             rf"{_WHO}'s\s+(?:{grammar.alternation('relayed_ticket_en')})\s*[?,;:.]?\s+(?:{grammar.alternation('relayed_they_en')}|(?P=who))\s+"
                             rf"(?:{wish})\s+(?P<req>.+?)\s*[.!]*$"),
    }


def _own_wish(req: str) -> str:
    """The wish said as the relayer's own: "data stopped" -> "i want data stopped"; a participle the grammar reads as
    no verb (grammar/lexicon.txt `relayed_participle_en`: "redis pulled") -> its verb ("pull redis")."""
    words = req.split()
    verbs = dict(w.split("=", 1) for w in grammar.words("relayed_participle_en"))
    if len(words) >= 2 and words[-1].lower() in verbs:
        return verbs[words[-1].lower()] + " " + " ".join(words[:-1])
    return "i want " + req


def _whole(res: m.Command | m.NotUnderstood) -> m.Command | None:
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return res
    return None


def relayed(text: str, read: Read, negated: Callable[[str], bool]) -> m.Command | None:
    """The request `text` relays and takes up (see the module), read by `read`; None otherwise."""
    said = text.strip()
    if _META.search(re.sub(r";(?=\s)", ",", said, count=1)) or negated(said):
        return None  # (f22b34) one ";" before a space parts clauses of prose, as a comma ("…restart cache; engineering …")
    p = _patterns()
    go_ahead = {w.replace("_", " ") for w in grammar.words("relayed_go_ahead_en")}
    mt = p["go_ahead"].match(said)
    if mt is not None and mt["tail"].lower().strip() in go_ahead:
        return _whole(read(_own_wish(mt["req"]) if mt["wish"] else mt["req"]))
    if (mt := p["own"].match(said)) is not None and mt["req"].split()[-1].lower() in {
            w.split("=", 1)[0] for w in grammar.words("relayed_participle_en")}:
        return _whole(read(_own_wish(mt["req"])))  # "need redis pulled": one's own wish of it
    if (mt := p["do_what"].match(said)) is not None:
        return _whole(read(mt["req"]))
    if (mt := p["ticket"].match(said)) is not None:
        return _whole(read(_own_wish(mt["req"])))
    if (mt := p["says"].match(said)) is not None:
        pronoun = re.compile(r"(?i)(?<![\w'-])it(?![\w'-])")
        if len(pronoun.findall(mt["req"])) == 1:
            res = _whole(read(pronoun.sub(mt["name"], mt["req"])))
            if res is not None and set(m.named(res).targets) <= {mt["name"]}:
                return res
        return None
    if (mt := p["thing"].match(said)) is not None:
        from bot.language.parse_natural import reads_only

        req = re.sub(rf"(?i)\s+for\s+(?:{grammar.alternation('relayed_for_whom_en')})\s*[.!?]*$", "", mt["req"])
        pronoun = re.compile(rf"(?i)(?<![\w'-])(?:{grammar.alternation('relayed_pronoun_en')})(?![\w'-])")
        if len(pronoun.findall(req)) != 1:
            return None
        # a phrasal verb's particle said after the pronoun goes before the thing ("pull those up" -> "pull up THING")
        req = re.sub(rf"(?i)(?<![\w'-])((?:{grammar.alternation('relayed_pronoun_en')}))\s+(up|out)(?![\w'-])", r"\2 \1", req)
        res = _whole(read(pronoun.sub(lambda _: mt["thing"], req)))
        return res if res is not None and reads_only(res) else None
    return None
