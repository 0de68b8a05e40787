"""(lead28) English: a statement told before the request — what someone said, what happened, what the speaker knows or is
doing — set off by a semicolon or by "but"/"so" after a comma: the request alone, its pronoun (it, its) read as the one
thing the statement says something of.

    "I was told web had an outage this morning; could you show me its recent logs?" -> Logs(web)
    "i know you restarted it yesterday, but restart web again"                      -> Restart(web)
    "we talked about removing web, but for now just stop it"                        -> Stop(web)
    "i'm heading into a meeting so please restart web now"                          -> Restart(web)
    "we removed web, but restart cache"                                             -> Restart(cache)
    "i want you to remove web, but stop it first"                                   -> None (a request in the statement)
    "i was told to check my-nginx's logs, could you show them?"                     -> Logs(my-nginx) (`told_task`)

The statement (grammar/lexicon.txt `preamble_*_en`) begins with a subject of `preamble_subject_en`, says a verb of
`preamble_verb_en` or one in -ed, holds no word of `preamble_barred_en` (a wish, an ask, a condition, a negation, a
time to come) and names at most one thing: a word right before a verb said of it ("web had", "web crashed") or right
after a verb of gorae's told in -ing or -ed ("removing web", "restarted web"). The request after the link holds no word
of `preamble_request_barred_en` ("too", "first", "then": it would lean on the statement) and reads whole, by the
caller's parser, with its one pronoun in the thing's place. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

_NAME = re.compile(r"[A-Za-z0-9][\w.\-]*")
_TIME = re.compile(r"(?i)\d{1,2}(?::\d{2})?(?:am|pm)?")


@lru_cache(maxsize=1)
def _link() -> re.Pattern[str]:
    """The statement, then a semicolon, or a comma (perhaps with a word of `preamble_link_en`), or a word of it then a
    request opener (`request_opener_en`: "so please …"), then the request."""
    link = grammar.alternation("preamble_link_en")
    opener = grammar.alternation("request_opener_en")
    return re.compile(rf"(?i)^(?P<said>[^;,]+?)(?:\s*;\s*|\s*,\s*(?:(?:{link})\s+)?|\s+(?:{link})\s+(?=(?:{opener})\s))"
                      rf"(?P<req>[^;]+)$")


def _words(text: str) -> list[str]:
    return [w.strip(".,:;!?()\"").lower() for w in text.split() if w.strip(".,:;!?()\"")]


def _statement(said: str) -> str | None:
    """The one thing the statement `said` names ("" when none), or None when `said` is no statement of this kind."""
    words = _words(said)
    if len(words) > 2 and words[0] in grammar.words("preamble_the_en") and (
            words[2] in grammar.words("preamble_verb_en") or (words[2].endswith("ed") and len(words[2]) > 4)):
        words = words[2:]  # (lead28) "the alert fired at 3am": a thing told of as the subject, its verb told done
        said = " ".join(said.split()[2:])
    elif len(words) < 2 or len(words) > 14 or words[0] not in grammar.words("preamble_subject_en"):
        return None
    if not grammar.words("preamble_barred_en").isdisjoint(words) or any(w.endswith("n't") for w in words):
        return None
    if not any(w in grammar.words("preamble_verb_en") or (w.endswith("ed") and len(w) > 4) for w in words):
        return None
    kws = grammar.keywords()
    common = (grammar.words("preamble_subject_en") | grammar.words("preamble_verb_en")
              | grammar.words("context_after_be_en") | grammar.words("context_after_past_en")
              | grammar.words("antecedent_pronoun_en"))
    of = grammar.words("context_after_be_en") | grammar.words("context_after_past_en")
    raw = [w.strip(".,:;!?()\"") for w in said.split()]
    things: set[str] = set()
    for i, w in enumerate(raw):
        if not _NAME.fullmatch(w) or w.lower() in kws or w.lower() in common or _TIME.fullmatch(w):
            continue  # (lead28) a time of day told ("at 3am", "at 14:02"): when it happened, never a name
        after = raw[i + 1].lower() if i + 1 < len(raw) else ""
        before = raw[i - 1].lower() if i else ""
        if (after in of or (after.endswith("ed") and len(after) > 4)
                or (before in kws and before.endswith(tuple(grammar.words("preamble_told_suffix_en"))))):
            things.add(w)
        elif re.search(r"[0-9_.\-]", w):
            return None  # a name said otherwise ("we moved web-2 yesterday"): never left out unread
    if len({t.lower() for t in things}) > 1:
        return None
    return next(iter(things), "")


def preamble(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
             negated: Callable[[str], bool]) -> m.Command | None:
    """The request after a statement told before it (see the module), read by `read`; None when `text` is not so."""
    mt = _link().match(text.strip())
    if mt is None:
        return None
    thing = _statement(mt["said"])
    req = mt["req"].strip()
    if thing is None or negated(req):
        return None
    words = _words(req)
    if not words or not grammar.words("preamble_request_barred_en").isdisjoint(words):
        return None
    pronouns = [w for w in re.findall(r"[A-Za-z']+", req) if w.lower() in grammar.words("preamble_pronoun_en")]
    if len(pronouns) > 1 or (pronouns and not thing):
        return None
    if pronouns and not grammar.words("preamble_gone_en").isdisjoint(_words(mt["said"])):
        return None  # "i accidentally removed web, restart it": it is gone — what is meant? asked
    if pronouns:
        mine = pronouns[0].lower() in grammar.words("preamble_possessive_en")
        req = re.sub(r"(?i)(?<![\w'-])" + re.escape(pronouns[0]) + r"(?![\w'-])", thing + ("'s" if mine else ""), req,
                     count=1)
    from bot.language.normalize import normalize
    from bot.language.parse_natural import reads_only

    res = read(normalize(req))
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    plain = not re.search(r";|,\s*(?:" + grammar.alternation("preamble_link_en") + r")\s", text[mt.end("said"):mt.start("req")])
    if (plain and not reads_only(res)
            and not grammar.words("preamble_saying_en").isdisjoint(_words(mt["said"]))):
        return None  # "someone said web is throwing 503s, restart it": the restart may be what was said — never run
    first = next((w for w in words if w not in grammar.words("context_told_then_en")), "")
    if first.endswith("ing") and first in grammar.keywords():
        return None  # "the deploy finished, now restarting web": announced, never asked
    return res


@lru_cache(maxsize=1)
def _source() -> re.Pattern[str]:
    """(lead28) What a tool or a person reports, said first: "dashboard says cache is slow, show logs", "grafana shows web is
    down, check status" — one word (perhaps after "the"), a verb of `preamble_source_verb_en`, perhaps "that", then the
    report: a name and a verb of `context_after_be_en` (a statement, never an order relayed: "grafana says remove web")."""
    return re.compile(rf"(?i)^(?:the\s+)?[a-z][\w\-]*\s+(?:{grammar.alternation('preamble_source_verb_en')})\s+(?:that\s+)?"
                      rf"(?P<rest>(?P<name>[A-Za-z0-9][\w.\-]*)\s+(?:{grammar.alternation('context_after_be_en')})\s.+)$")


def reported_by(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """(lead28) The read asked after what a tool or a person reports (`_source`), read by `read` without the source; None
    when `text` is not so, the report's subject is a keyword, or the rest does not read whole as a read (a write after it
    may be what was said)."""
    mt = _source().match(text.strip())
    if mt is None or mt["name"].lower() in grammar.keywords():
        return None
    from bot.language.parse_natural import reads_only

    res = read(mt["rest"])
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)) or not reads_only(res):
        return None  # "someone says web is down, restart it": the restart may be what was said — a read only
    return res


@lru_cache(maxsize=1)
def _aim() -> re.Pattern[str]:
    """(lead29) The aim said first, before a colon, a dash or a comma: a few words of grammar/lexicon.txt `aim_word_en`, one
    of them a thing set up of `aim_noun_en` ("reset the test env: …", "clean slate pls — …")."""
    word = grammar.alternation("aim_word_en")
    noun = grammar.alternation("aim_noun_en")
    return re.compile(rf"(?i)^(?P<aim>(?:(?:{word})\s+){{0,4}}(?:{noun})(?:\s+(?:{word})){{0,2}})"
                      rf"\s*(?::|,|\s[\u2014\u2013-])\s*(?P<req>\S.*)$")


def aim_first(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """(lead29) The request said after its aim ("reset the test env: restart web and cache", "clean slate pls — remove all
    stopped containers"): the aim names nothing (its words are `aim_word_en` and `aim_noun_en` only — a test env, a clean
    slate), so the request alone is read by `read` and must read whole; None otherwise, or when it reads as a help or a
    ban."""
    mt = _aim().match(text.strip())
    if mt is None:
        return None
    res = read(mt["req"])
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    from bot.language.parse_natural import reads_only

    scoped = not grammar.words("aim_scope_en").isdisjoint(mt["aim"].lower().split())
    if scoped and not reads_only(res) and not m.names_of(res, images=True):
        return None  # (breaker29) "reset the test env: stop everything": that env's, never every container here
    return res



@lru_cache(maxsize=1)
def _names_then_verb() -> re.Pattern[str]:
    """(ko33b) Names (perhaps announced by "these N:", `names_announced_en`), a dash, then the verb alone (perhaps "them"
    or a courtesy of `names_then_tail_en`)."""
    # (f22r) … or "both" first and a colon after them, and the read said of "their" noun ("both web and my-nginx: show
    # their ports": `names_both_en`, `names_their_en`)
    return re.compile(rf"(?i)^(?:(?:{grammar.alternation('names_announced_en')})\s+(?P<count>\d+)?\s*:\s*)?"
                      rf"(?:(?P<both>{grammar.alternation('names_both_en')})\s+)?"
                      r"(?P<names>[A-Za-z0-9][\w.\-]*(?:\s*,?\s+(?:and\s+)?[A-Za-z0-9][\w.\-]*)*)(?:\s+[\u2014\u2013-]+\s+|"
                      r"(?P<colon>\s*:\s+))"
                      rf"(?P<verb>[a-z]+)(?:\s+(?:{grammar.alternation('names_their_en')})\s+(?P<noun>[a-z]+))?"
                      rf"(?:\s+(?:{grammar.alternation('names_then_tail_en')}))*\s*[.!]*$")


def names_then_verb(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """(ko33b) The names said first, then a dash and the verb alone: "these 3: web, cache, data — restart", "web, cache —
    stop them" — read as the verb said first ("restart web, cache, data"); it must read whole as one command on exactly
    the names said (a count announced must be theirs), never a ban or help; None otherwise."""
    mt = _names_then_verb().match(text.strip())
    if mt is None:
        return None
    names = _NAME.findall(mt["names"].replace(",", " "))
    names = [n for n in names if n.lower() != "and"]
    if mt["count"] is not None and int(mt["count"]) != len(names):
        return None  # "these 3: web, cache — restart": which third?
    if (mt["both"] and len(names) != 2) or (mt["colon"] and len(names) < 2):
        return None  # (f22r) a colon after two names or more ("web: restart" is read elsewhere)
    if mt["noun"] is not None:
        # (f22r) "both web and my-nginx: show their ports": the noun of theirs, of each name — a read only
        from bot.language.parse_natural import reads_only

        res = read(f"{mt['verb']} {mt['noun']} of {mt['names']}")
        if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)) or not reads_only(res):
            return None
        steps = res.steps if isinstance(res, m.Sequence) else (res,)
        return res if sorted(n for st in steps for n in m.names_of(st, images=True)) == sorted(names) else None
    res = read(f"{mt['verb']} {mt['names']}")
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return None
    return res if sorted(m.names_of(res, images=True)) == sorted(names) else None


@lru_cache(maxsize=1)
def _told_task() -> re.Pattern[str]:
    """(lead32c) The task the speaker was told or asked to do (grammar/lexicon.txt `told_task_subject_en`,
    `told_task_be_en`, `told_task_verb_en`), then a comma or a semicolon and the request of it by a pronoun."""
    alt = grammar.alternation
    return re.compile(rf"(?i)^(?:{alt('told_task_subject_en')})\s+(?:{alt('told_task_be_en')})\s+"
                      rf"(?:{alt('told_task_verb_en')})\s+to\s+(?P<task>[^,;]+?)\s*[,;]\s*(?P<req>[^,;]+?)[\s.!?]*$")


def told_task(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
              negated: Callable[[str], bool]) -> m.Command | None:
    """(lead32c) A junior's self-report of the task, then the request of it by a pronoun: "i was told to check my-nginx's
    logs, could you show them?" -> Logs(my-nginx). The task must read alone, by `read`, as a read (a write told is never
    run on this reading) and the request, its one pronoun (`told_task_pronoun_en`) in the place of the task's object
    (the task's words after its verb), must read as the same command; None otherwise."""
    mt = _told_task().match(text.strip())
    if mt is None or negated(text):
        return None
    from bot.language.normalize import normalize
    from bot.language.parse_natural import reads_only

    task = read(normalize(mt["task"]))
    if not isinstance(task, m.Command) or isinstance(task, (m.Help, m.Prohibition)) or not reads_only(task):
        return None
    pronoun = re.compile(rf"(?i)(?<![\w'-])(?:{grammar.alternation('told_task_pronoun_en')})(?![\w'-])")
    if len(pronoun.findall(mt["req"])) != 1 or len(mt["task"].split()) < 2:
        return None
    asked = read(normalize(pronoun.sub(mt["task"].split(None, 1)[1], mt["req"], count=1)))
    return task if asked == task else None


@lru_cache(maxsize=1)
def _verbs_en() -> frozenset[str]:
    """(pre33) The English words that begin an alternative of a `v_*` rule of grammar/natural.lark (restart, show, pull,
    …) less grammar/lexicon.txt `setting_not_verb_en` (a phrasal verb's particles: in, on, up …)."""
    from bot.language.context_clause import _rule_text

    found = {mt.group("w").lower() for line in _rule_text(r"v_\w+").split("\n")
             for mt in re.finditer(r"(?:^|[:|])\s*\(*\s*\"(?P<w>[A-Za-z][A-Za-z\-]*)\"", line.split("//")[0])}
    return frozenset(found) - grammar.words("setting_not_verb_en")


@lru_cache(maxsize=1)
def _setting_splits() -> re.Pattern[str]:
    """(pre33) Where a setting said first may end: a semicolon, a colon, a dash, a comma, or a space before a request opener
    typed in capitals (`setting_opener_en`: the full stop between the sentences is gone once normalized)."""
    # a mark inside a word is never where a setting ends ("gim;me the last 50 log lines of cache": a shell meta, refused)
    return re.compile(r"\s*(?:[;:,](?=\s)|\s[\u2014\u2013-])\s*|\s(?=(?:" + "|".join(sorted(grammar.words("setting_opener_en")))
                      + r")\s)")


def setting_first(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
                  negated: Callable[[str], bool]) -> m.Command | None:
    """(pre33) The request after a setting the speaker says first in a sentence or a label of its own — who they are, where
    they stand — which names nothing and asks nothing: "Im on my phone, restart web" -> Restart(web), "new hire here —
    please inspect the pgdata volume", "First day on the team. Could you pull the redis image …", "audit: which containers
    exist, including stopped ones?", "for the demo: show the network list". The setting holds no verb of gorae's
    (`_verbs_en`); the request after it reads whole by `read`. Before a write the setting is a plain statement — words of
    letters only, none of `setting_barred_en` (a negation, a condition, a time to come, what was said or asked: the write
    may be what the setting is about) — and the write names its own things ("for the test env: stop everything" is that
    env's, never every container here); a read after it asks nothing more. (safe34en) Before a write every word of the
    setting is of the closed list `setting_neutral_en` (on my phone, on call, new hire here …): any other may make the
    write no order ("I'm only asking hypothetically, remove data", "I'm passing this on from jane: remove data"). None
    when no such reading."""
    verbs = _verbs_en()
    for mt in _setting_splits().finditer(text):
        said, req = text[:mt.start()].strip(), text[mt.end():].strip()
        if not said or not req or len(said.split()) > 14:
            continue
        words = _words(said)
        if not words or not verbs.isdisjoint(words):
            return None  # a verb of gorae's said first: a request of its own, never a setting
        plain = [w.strip(".,!?\u2014\u2013-") for w in said.split()]
        joined = False  # (f22r) a word of letters joined by a hyphen ("post-deploy sanity check: web logs …")
        if any(w and not re.fullmatch(r"[A-Za-z]+(?:'[a-z]+)?|\d+[a-z]{0,2}", w) for w in plain):
            if any(w and not re.fullmatch(r"[A-Za-z]+(?:'[a-z]+)?|\d+[a-z]{0,2}|[A-Za-z]+(?:-[A-Za-z]+)+", w) for w in plain):
                return None  # a name, a path, a pasted row: never a setting left out
            joined = True  # … it may be a name ("my-nginx"): left out only before a read of a thing named, after a label
        res = read(req)
        if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
            continue
        from bot.language.parse_natural import reads_only

        if joined and not (reads_only(res) and m.names_of(res, images=True) and mt.group().strip()[:1] == ":"):
            return None
        if not grammar.words("setting_pronoun_en").isdisjoint(_words(req)) and not (
                m.names_of(res, images=True) and {n.lower() for n in m.names_of(res, images=True)} <= set(_words(req))):
            continue  # the request leans on what was said first ("my app is cache, can you check if it's up?"), unless
            # (f22r) its pronoun is of a thing it names itself ("first day: I paused data earlier, can you unpause it?")
        from bot.language.parse_natural import reads_only

        own = words[0] in grammar.words("setting_self_en") or words[-1] in grammar.words("setting_here_en")
        be = grammar.words("context_after_be_en")
        if (not own and grammar.words("setting_self_en").isdisjoint(words)
                and any(w in be and (i == 0 or words[i - 1] not in grammar.words("setting_pronoun_en"))
                        for i, w in enumerate(words))):
            return None  # a thing's state ("the site is down, web is returning 502"): `site` may be a name — never set aside
            # (but the speaker's own, "It's my first day, …", or of the ask itself, "Apologies if this is a silly ask, …")
        if reads_only(res) and (own or m.names_of(res, images=True) or mt.group().strip()[:1] in ":\u2014\u2013-"):
            return res  # a read naming nothing only after the speaker's own setting or a label ("audit: …"): never
            # after a thing's state said with a comma ("cache oom, stats" — its stats, never every container's)
        if (reads_only(res) or negated(said) or not grammar.words("setting_barred_en").isdisjoint(words)
                or any(re.search(r"\d", w) for w in plain) or not m.names_of(res, images=True) or not own):
            return None
        own_names = {n.lower() for n in m.names_of(res, images=True)} | grammar.words("setting_state_en")
        lesson = grammar.words("setting_lesson_en")
        if not lesson.isdisjoint(words):  # (f23y) "I'm doing a course lab: create a volume called labvol23"
            own_names |= lesson | grammar.words("setting_lesson_do_en")
        if not set(words) <= grammar.words("setting_neutral_en") | own_names:
            return None  # (safe34en) "I'm only asking hypothetically, remove data": a setting not known to be neutral
        return res
    return None
