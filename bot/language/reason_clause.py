"""(k16en) English: the reason for a request told in a clause of its own — the thing is not needed any more, or it
does not answer — before or after the request; it changes nothing, and never adds a step.

    "remove web, it's not needed anymore"                 -> docker rm web
    "delete the my-nginx container please, it is not need"  -> docker rm my-nginx
    "kill to my-nginx container, it is not answer"         -> docker kill my-nginx
    "web is not need anymore, remove"                      -> docker rm web (the verb said alone: of the thing told)
    "the busybox image isn't needed, delete it"            -> docker rmi busybox

The reason (grammar/lexicon.txt `reason_unneeded_en`, `reason_unanswering_en`, `_` for a space, then perhaps a word of
`reason_still_en`: "anymore") is said of "it"/"that"/"this" after the request, or of the thing itself before it
(NAME, perhaps "the" and its kind, then is). Its "not" is the reason's own, no ban: but the request must hold no
negation of its own ("don't remove web, it is not needed" is a ban) and must be one the reason asks for — a thing not
needed is removed, stopped or killed (`reason_unneeded_reads`), one that does not answer is restarted, stopped, killed
or looked at (`reason_unanswering_reads`): "restart web, it's not needed" may call the restart off, and stays refused.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

_META = re.compile(r"[;&|`$<>\"']")
_NAME = r"(?P<name>[A-Za-z0-9][\w.\-]*)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the request then the reason said of it, the thing told with its reason then the request)."""
    why = (rf"(?P<why>{grammar.alternation('reason_unneeded_en')}|{grammar.alternation('reason_unanswering_en')})"
           rf"(?:\s+(?:{grammar.alternation('reason_still_en')}))?")
    be = rf"(?:{grammar.alternation('reason_be_en')})"
    kinds = grammar.alternation("antecedent_kind_en")
    # (lead21) or nobody uses it ("remove db, nobody uses it anymore", "stop data, no one needs it"): not needed
    # (lead31) or its users say they do not use it ("delete network backend, we don't use it", "remove web, i don't need
    # it anymore"): not needed
    nobody = (rf"(?P<nobody>(?:(?:{grammar.alternation('reason_nobody_en')})\s+(?:{grammar.alternation('reason_nobody_verb_en')})"
              rf"|(?:{grammar.alternation('reason_we_en')})\s+do\s+not\s+(?:{grammar.alternation('reason_we_verb_en')})"
              # (f22r) … or say so with -ing ("remove the httpd image, we're not shipping it", "stop data, i am not using it")
              rf"|(?:{grammar.alternation('reason_we_be_en')})\s+not\s+(?:{grammar.alternation('reason_we_ing_en')})"
              # "remove cache, web doesn't need it anymore": another thing's need told, never one more target
              rf"|[A-Za-z0-9][\w.\-]*\s+does\s+not\s+(?:{grammar.alternation('reason_we_verb_en')}))"
              rf"\s+(?:{grammar.alternation('reason_subject_en')}))(?:\s+(?:{grammar.alternation('reason_still_en')}))?")
    # (ctxen24) or it refuses what it should do ("kill my-nginx because it won't stop", "stop cache, it does not respond")
    refusing = (rf"(?P<refusing>(?:{grammar.alternation('reason_refusing_aux_en')})\s+not\s+"
                rf"(?:{grammar.alternation('reason_refusing_verb_en')}))(?:\s+(?:{grammar.alternation('reason_still_en')}))?")
    link = rf"(?:(?:{grammar.alternation('context_after_link_en')})\s+)?"
    after = re.compile(rf"(?i)^(?P<req>.+?)\s*[,;.:!]?\s+{link}(?:(?:{grammar.alternation('reason_subject_en')})\s+"
                       rf"(?:{be}\s+{why}|{refusing})|{nobody})\s*[.!]*$")
    before = re.compile(rf"(?i)^(?:the\s+)?{_NAME}(?:\s+(?P<kind>{kinds}))?\s+{be}\s+{why}\s*[,;.:!]\s*(?P<req>.+?)"
                        r"\s*[.!]*$")
    return after, before


@lru_cache(maxsize=1)
def _unneeded_by_us() -> re.Pattern[str]:
    """(lead28) The thing told unneeded by its users, then the request: "I dont need the data one anymore, can we shut it
    down?", "we don't need web anymore, remove it" — a subject of grammar/lexicon.txt `reason_we_en`, do not need (the
    normalized negation), the thing (perhaps "the", its kind or "one" after it: `reason_one_en`), perhaps "anymore"."""
    kinds = grammar.alternation("antecedent_kind_en") + "|" + grammar.alternation("reason_one_en")
    return re.compile(rf"(?i)^(?:{grammar.alternation('reason_we_en')})\s+(?P<why>do\s+not\s+need)\s+(?:the\s+)?{_NAME}"
                      rf"(?:\s+(?P<kind>{kinds}))?(?:\s+(?:{grammar.alternation('reason_still_en')}))?\s*[,;.:!]\s*"
                      r"(?P<req>.+?)\s*[.!?]*$")


def _fits(why: str | None, cmd: m.Command, refusing: bool = False) -> bool:
    """Whether the request is one the reason asks for (grammar/lexicon.txt `reason_*_reads`: command class names); `why`
    None: nobody uses it (not needed), unless `refusing` (ctxen24: "it won't stop", it does not answer)."""
    unneeded = why is None or why.lower().replace(" ", "_") in grammar.words("reason_unneeded_en")
    if refusing:
        unneeded = False  # (ctxen24) "it won't stop": it does not answer
    role = "reason_unneeded_reads" if unneeded else "reason_unanswering_reads"
    return type(cmd).__name__ in grammar.words(role)


def reason_told(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
                negated: Callable[[str], bool]) -> m.Command | None:
    """The request `text` says with its reason in a clause of its own (see the module), read by `read`; None when
    there is no such clause, the request is negated (`negated`), does not read whole or is not one the reason asks
    for."""
    if _META.search(text):
        return None
    after, before = _patterns()
    said = after.match(text.strip())
    if said is not None:
        req = said["req"]
    else:
        said = before.match(text.strip()) or _unneeded_by_us().match(text.strip())
        if said is None or said["name"].lower() in grammar.keywords():
            return None
        kind = said["kind"] if said["kind"] and said["kind"].lower() in grammar.words("antecedent_kind_en") else ""
        thing = said["name"] + (" " + kind if kind else "")
        req = said["req"]
        pronoun = re.compile(rf"(?i)(?<![\w'-])(?:{grammar.alternation('reason_pronoun_en')})(?![\w'-])")
        if len(pronoun.findall(req)) == 1:
            req = pronoun.sub(thing, req, count=1)  # "web is not needed, remove it"
        elif not pronoun.search(req) and len(req.split()) <= 3:
            alone = read(req)
            if not (isinstance(alone, m.NotUnderstood) and alone.reason.key == "parse.need_target"):
                return None  # "web is not needed, remove cache": the request names its own thing
            req = req + " " + thing  # "web is not need anymore, remove": the verb said alone, of the thing told
        else:
            return None
    if negated(req):
        return None
    res = read(req)
    if isinstance(res, m.NotUnderstood) and res.reason.key == "parse.asked" and res.proposal is not None \
            and said.re is _unneeded_by_us():
        res = res.proposal  # (lead28) "…, can we shut it down?": asked after the reason told, the request itself
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return None
    refusing = "refusing" in said.groupdict() and said["refusing"] is not None
    return res if _fits(said["why"], res, refusing) else None


@lru_cache(maxsize=1)
def _reason_first() -> re.Pattern[str]:
    """(ko33b) A linking word of a reason (grammar/lexicon.txt `reason_first_link_en`), then a thing told in a state
    (a name, perhaps "the" and its kind, then `reason_be_en`) up to a comma, then the request."""
    kinds = grammar.alternation("antecedent_kind_en")
    return re.compile(rf"(?i)^(?:{grammar.alternation('reason_first_link_en')})\s+(?P<told>(?:the\s+)?{_NAME}"
                      rf"(?:\s+(?:{kinds}))?\s+(?:{grammar.alternation('reason_be_en')})\s+[^,;:]+?)\s*[,;]\s*"
                      r"(?P<req>\S.*)$")


def reason_first(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
                 negated: Callable[[str], bool]) -> m.Command | None:
    """(ko33b) A reason said first as a clause of its own, then the request: "since cache is hung, kill it", "because
    web is down, restart it" — the sentence read without its linking word, as "cache is hung, kill it" is (`read`),
    when the request is of the thing told and it alone ("since cache is hung, kill it and web" read `docker kill web`);
    None when there is no such clause, the request is negated or the rest does not read whole as one command."""
    said = _reason_first().match(text.strip())
    if said is None or _META.search(text) or said["name"].lower() in grammar.keywords() or negated(said["req"]):
        return None
    res = read(said["told"] + ", " + said["req"])
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return None
    return res if tuple(m.named(res).targets) == (said["name"],) else None  # of the thing told, and it alone


@lru_cache(maxsize=2)
def _after(last: bool = False) -> re.Pattern[str]:
    """The request, then a comma or a linking word, then a clause of its own (grammar/lexicon.txt `context_after_*`)."""
    link = grammar.alternation("context_after_link_en")
    # (lead28) … or a question, then a sentence of its own: "can you start db? need to run my etl", "is the db container
    # up? i need to run a query"
    req = ".+" if last else ".+?"  # (lead28) the first cut, or the last
    return re.compile(rf"(?i)^(?P<req>{req})(?:\s*[,;]\s*(?:(?:{link})\s+)?|\?\s+(?:(?:{link})\s+)?|\s+(?:{link})\s+)"
                      rf"(?P<clause>[^,;?]+?)\s*[.!]*$")


def _own_clause(clause: str) -> bool:
    """Whether `clause` has a subject and a verb of its own: a subject word first, a name (no keyword) then a verb of
    `context_after_be_en` within its next two words, or "the"/"our" and a noun then such a verb within its first four
    words; never a question, a negation, a calling off, a time or a
    condition (`context_after_off_en`, `context_trailing_barred_en`: "restart web so it picks it up tomorrow")."""
    words = re.findall(r"[a-z']+", clause.lower())
    if not words or clause.rstrip().endswith("?"):
        return False
    off = grammar.words("context_after_off_en") | grammar.words("context_trailing_barred_en")
    if any(w in off or w.endswith("n't") for w in words):
        return False
    if words[0] in grammar.words("context_after_subject_en"):
        return len(words) >= 2
    if any(words[:len(need)] == need and len(words) > len(need) for need in _needs()):
        return True  # (lead28) the speaker's need, its subject left unsaid: "need to run my etl", "gotta ship a fix"
    rest = clause.lower().split()[1:3]
    if _name_subject(clause) and any(w in grammar.words("context_after_be_en") for w in rest):
        return True  # (lead17) a thing named as the clause's subject: "remove web, cache already has the data"
    if _bare_thing_told(words):
        return True
    if words[0] not in grammar.words("context_after_the_en"):
        return False
    if any(w in grammar.words("context_after_be_en") for w in words[2:4]):
        return True
    # (lead27) … or a verb in the past tense said of it, the clause ending there ("show me db's logs, my job failed", "…
    # the deploy broke again"; never "my job failed so remove db", whose request after it would be dropped)
    return any((w in grammar.words("context_after_past_en") or (w.endswith("ed") and len(w) > 4))
               and i >= len(words) - 2 for i, w in enumerate(words) if 2 <= i < 4)


def _bare_thing_told(words: list[str]) -> bool:
    """(lead32c) A thing said bare (no article: one to three words, none a verb of gorae's — grammar/lexicon.txt
    `aside_verb_en`), then a verb of being (`context_after_be_en`) or a past one (`context_after_past_en`, a regular
    -ed), the clause ending within two words after it: "dump is done", "new patch release came out", "backup finished",
    "cert got renewed" — told, never a target (a name said so is checked by `_request_before`)."""
    verbs = grammar.words("aside_verb_en")
    if words[0] in grammar.words("aside_asked_first_en") or not grammar.words(
            "context_after_subject_en").isdisjoint(words[:3]):
        return False  # asked ("remove web, can someone look"), or said of someone: never a thing told
    if not (grammar.words("included") | grammar.words("bare_told_barred_en")).isdisjoint(words):
        return False  # a name said included or left out ("restart web, cache included"): the request's own
    for i, w in enumerate(words[1:4], 1):
        told = (w in grammar.words("context_after_be_en") or w in grammar.words("context_after_past_en")
                or (w.endswith("ed") and len(w) > 4))
        if told:
            return len(words) - i - 1 <= 2 and verbs.isdisjoint(words[:i + 1]) and all(x.isalpha() for x in words[:i])
    return False


@lru_cache(maxsize=1)
def _needs() -> tuple[list[str], ...]:
    """(lead28) grammar/lexicon.txt `context_after_need_en`, each split at `_` into words: need_to -> [need, to]."""
    return tuple(w.split("_") for w in grammar.words("context_after_need_en"))


def _name_subject(clause: str) -> str | None:
    """The clause's first word when it is a name (no keyword of gorae's): "cache already has the data" -> "cache"."""
    first = clause.split()[0].lower() if clause.split() else ""
    if re.fullmatch(r"[a-z0-9][\w.\-]*", first) and first not in grammar.keywords():
        return first
    return None


def context_after(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
                  negated: Callable[[str], bool],
                  read_whole: Callable[[str], m.Command | m.NotUnderstood] | None = None) -> m.Command | None:
    """(w17) English: the request `text` says before a clause of its own ("restart web, it's leaking memory", "pull
    redis again, we heard there's a fix" — it pulled heard and fix): the request alone, read by `read`; the clause is
    context, its words never targets. None when there is no such clause, the request is negated or does not read
    whole as one command."""
    text = text.strip()
    said = _after().match(text)
    if said is None:
        return None
    res = _request_before(text, said, read, negated)
    if res is not None:
        return res
    last = _after(last=True).match(text)
    if last is not None and last.end("req") != said.end("req"):
        # (lead28) … or the last cut: "QA here, can you restart cache so i get a clean state" (the first comma ends the
        # asker's name, never the request), its request read by `read_whole` (all of parse's readers: "QA here, …")
        res = _request_before(text, last, read_whole or read, negated)
    return res


def _request_before(text: str, said: re.Match[str], read: Callable[[str], m.Command | m.NotUnderstood],
                    negated: Callable[[str], bool]) -> m.Command | None:
    """`context_after` at the cut `said` (the request, then the clause)."""
    if not _own_clause(said["clause"]) or negated(said["req"]):
        return None
    link = re.sub(r"[,;\s]+", " ", text.strip()[said.end("req"):said.start("clause")]).strip().lower()
    aim = (link in grammar.words("context_aim_link_en")
           and said["clause"].split()[0].lower() in grammar.words("context_aim_subject_en"))
    alone = read(said["clause"].strip())
    if aim:
        pass  # (run26) "remove pgdata volume so we start clean": what we then do, the aim — its verbs never run
    elif isinstance(alone, m.NotUnderstood):
        if alone.reason.key in grammar.words("context_after_told"):
            return None  # "it was restarted yesterday": a verb of gorae's said in the clause
    elif type(alone).__name__ not in grammar.words("context_after_reads"):
        return None
    res = read(said["req"].strip())
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return None
    if (subject := _name_subject(said["clause"])) is not None and subject not in (
            grammar.words("context_after_subject_en") | grammar.words("context_after_the_en")):
        # (lead17) a clause said of another thing by its name: only after a request that names its own things, none of
        # them that one, and no quantity ("restart everything, cache is ok" is set apart, never the request alone)
        said_of = m.named(res)
        own = {n.lower() for n in (*said_of.targets, *said_of.names, said_of.target, said_of.name, said_of.container)
               if n}
        quantity = grammar.words("context_after_all_en")
        if not own or subject in own or any(w in quantity for w in re.findall(r"[a-z]+", said["req"].lower())):
            return None
    return res
