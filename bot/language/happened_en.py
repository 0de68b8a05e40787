"""(dneg23) English: whether something happened to a container, asked with has/did and the container as its subject —
its details, never the verb done and never refused as a deed told.

    "has web been restarted today?"  -> Inspect(web)   (State.StartedAt, RestartCount)
    "has cache restarted?"           -> Inspect(cache)
    "did web restart today?"         -> Inspect(web)
    "did you restart web today?"     -> None           (a person's deed asked: left to the rest of the parser)
    "did db start?"                  -> None           (did with a deed and no time: whether it was done, left)
    "has web been restarted, restart it again" -> None (anything more said: left)

The whole question is grammar/lexicon.txt `happened_aux_en`, one name, "been" or not, a verb of `happened_verb_en`,
and at most a time of `happened_when_en`; asked with did (`happened_deed_aux_en`), a time is said or the verb is one
that happens by itself (`happened_self_en`: crash, die, exit). The name is read by re-reading "inspect NAME" (the caller's parser), and
only an `Inspect` of that one name is returned. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    aux = grammar.alternation("happened_aux_en")
    verb = grammar.alternation("happened_verb_en")
    when = grammar.alternation("happened_when_en").replace("~", " ")
    return re.compile(rf"(?i)^(?P<aux>{aux})\s+(?P<name>[a-z0-9][a-z0-9_.-]*)\s+(?:been\s+)?(?P<verb>{verb})"
                      rf"(?:\s+(?P<when>{when}))?\s*\??$")


def happened(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """The details of the container asked about (see the module), else None. `read` parses a text (no detail)."""
    mt = _pattern().match(text.strip())
    if mt is None or mt["name"].lower() in grammar.words("compared_not_who_en"):
        return None
    if (mt["aux"].lower() in grammar.words("happened_deed_aux_en") and not mt["when"]
            and mt["verb"].lower() not in grammar.words("happened_self_en")):
        return None  # "did db start?": whether it was done (asked of gorae too) — left a question (test_parse_ask9)
    res = read(f"inspect {mt['name']}")
    return res if isinstance(res, m.Inspect) and m.names_of(res) == (mt["name"],) else None
