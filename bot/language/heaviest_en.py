"""(k16en) English: a count of the heaviest containers asked — every running container's use, the heaviest named.

    "top 3 containers by memory"             -> docker stats --no-stream
    "which 2 containers use the most cpu"    -> docker stats --no-stream
    "show me the top 5 containers by cpu"    -> docker stats --no-stream

gorae shows one sample of every running container (as `docker stats --no-stream` prints it, the heaviest named): a
count said there (grammar/lexicon.txt `heaviest_lead_en` then a number, then containers and by or a use of the most)
is the count of the rows looked at first, never a name (`docker top 3`) and never a number of containers made.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    leads = "|".join(re.escape(w) for w in grammar.words("heaviest_lead_en"))
    uses = "|".join(re.escape(w) for w in grammar.words("heaviest_use_en"))
    heads = "|".join(re.escape(w) for w in grammar.words("heaviest_head_en"))
    verbs = "|".join(re.escape(w) for w in grammar.words("heaviest_verb_en"))
    return re.compile(rf"(?i)^(?P<head>(?:(?:{heads})\s+(?:me\s+)?)?(?:the\s+)?)(?:{leads})\s+\d{{1,2}}\s+"
                      rf"(?P<what>containers|ones)\s+(?:(?:by|with\s+the\s+most)\s+(?P<by>{uses})"
                      rf"|(?P<rest>(?:{verbs})\s+the\s+most\s+(?:{uses})))\s*[.!?]*$")


def heaviest(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """Every container's use when `text` asks for a count of the heaviest (see the module), else None."""
    mt = _pattern().match(text.strip())
    if mt is None:
        return None
    said = f"which containers {mt['rest']}" if mt["rest"] else f"which containers use the most {mt['by']}"
    res = read(said)
    return res if isinstance(res, m.Stats) and not res.targets else None
