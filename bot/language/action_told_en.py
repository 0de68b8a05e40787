"""(brk21) English: a write said as the subject of another verb — a report of what happened, never a request.

    "stopping cache hung"              -> refused (parse.action_told)   (it planned docker stop cache)
    "the rm of cache"                  -> asked back (parse.action_topic: the definite noun alone is a topic)
    "the rm of cache failed"           -> refused                       (it proposed docker rm cache)
    "restarting web took forever"      -> refused                       (it read "took" and "forever" as names)
    "web's removal was a mistake"      -> refused
    "killing cache is needed now"      -> as read: needed asks for it (grammar/natural.lark `is_needed`)

The write is a gerund said first ("restarting"), or a noun of gorae's verbs after a determiner (grammar/lexicon.txt
`action_told_det_en`: "the restart") or before "of" ("restart of web"), or said right after the name ("web removal":
normalize drops the possessive 's). Its names follow (or precede), joined only by `action_told_between_en`; then the
very next word is a predicate (`action_told_pred_en`, or any word ending in -ed) unless what follows it asks for the
write after all (`action_asked_after_en`). Only a reading that writes (or proposes a write) on exactly those names is
refused; a read, a ban or a help stays as read. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot import model as m
from bot.language import grammar

_WORD = re.compile(r"[A-Za-z0-9][\w.\-]*|,")
# the phrases (natural.lark rule names) a text read alone makes: bot/language/parse.py `_alone`
Phrases = Callable[[str], "tuple[str, ...] | None"]


def _predicate(word: str, nxt: str) -> bool:
    """`word` (then `nxt`) makes what is before it a subject: a predicate that does not ask for the write."""
    asked = grammar.words("action_asked_after_en")
    if word in asked or nxt in asked:
        return False
    return word in grammar.words("action_told_pred_en") or (len(word) > 4 and word.endswith("ed"))


def _verb_said(words: list[str], alone: Phrases) -> tuple[int, bool] | None:
    """Where the write word is in `words` and whether the names come before it (`web removal was …`); None when the
    sentence starts otherwise. The word is one of gorae's verbs, read alone (`alone`: "restarting", "removal")."""
    def verb(word: str) -> bool:
        said = alone(word)
        return said is not None and len(said) == 1 and said[0].startswith("v_")

    dets = grammar.words("action_told_det_en")
    at = 1 if words[0] in dets else 0
    if len(words) > at + 1 and verb(words[at]):
        noun = at == 1 or words[at + 1] == "of"
        if noun or words[at].endswith("ing"):
            return at, False
    if at == 0 and len(words) > 2 and not verb(words[0]) and verb(words[1]):
        return 1, True
    return None


def action_told(text: str, res: m.Command | m.NotUnderstood, alone: Phrases) -> m.Command | m.NotUnderstood:
    """`res`, or the refusal parse.action_told when `text` reports a write as the subject of another verb (see the
    module) and `res` writes, or proposes a write, on the names said with it; `alone` is bot/language/parse.py's."""
    cmd = res.proposal if isinstance(res, m.NotUnderstood) else res
    if cmd is None or isinstance(cmd, (m.Help, m.Prohibition)):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(cmd):
        return res
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or (said := _verb_said(words, alone)) is None:
        return res
    at, names_first = said
    names = {n.lower() for n in m.names_of(cmd, network=False, images=True)}
    between = grammar.words("action_told_between_en")
    named = words[:at] if names_first else []
    i = at + 1
    if not names_first:
        while i < len(words) and (words[i] in between or (
                words[i] in names and not _predicate(words[i], words[i + 1] if i + 1 < len(words) else ""))):
            if words[i] not in between:
                named.append(words[i])
            i += 1
    if not named or not set(named) <= names:
        return res
    if i >= len(words):
        if words[0] == "the" and words[at + 1] == "of" and not isinstance(res, m.NotUnderstood):
            # "the rm of cache": the definite noun alone names a thing done or to be done, a topic — asked back
            return m.NotUnderstood(text, "en", m.Msg.of("parse.action_topic", said=" ".join(words)), proposal=cmd)
        return res
    if not _predicate(words[i], words[i + 1] if i + 1 < len(words) else ""):
        return res
    return m.NotUnderstood(text, "en", m.Msg.of("parse.action_told", said=" ".join(words[:i]), word=words[i]))
