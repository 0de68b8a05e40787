"""(k16en) English: the asker's own thing said with my or our — their app, their code — is no container's name: the
container it runs in is said beside it, or named after it.

    "i need to know which port my app in web is published on"  -> docker port web
    "hey, could you restart my app container? it's web"        -> docker restart web
    "restart our api, it is cache"                              -> docker restart cache

The thing (grammar/lexicon.txt `asker_thing_en`, perhaps with the word container) after my or our is replaced by the
container said with in/on/inside right after it, or by the one named after it at the end ("it's NAME", "that is NAME",
"called NAME"); the sentence is then read as any sentence is. None otherwise: "restart my app" stays refused (which
container is it?).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

_NAME = r"(?P<name>[A-Za-z0-9][\w.\-]*)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    things = "|".join(re.escape(w) for w in sorted(grammar.words("asker_thing_en"), key=len, reverse=True))
    own = rf"(?:my|our)\s+(?:{things})"
    places = "|".join(re.escape(w) for w in grammar.words("asker_thing_place_en"))
    named = "|".join(re.escape(w.replace("_", " ")) for w in grammar.words("asker_thing_named_en"))
    placed = re.compile(rf"(?i)(?<![\w'-]){own}\s+(?:{places})\s+(?:the\s+)?{_NAME}(?:\s+container)?(?![\w'-])")
    named_after = re.compile(rf"(?i)^(?P<head>.*?)(?<![\w'-]){own}(?:\s+container)?(?P<mid>(?:\s+[a-z]+){{0,3}}?)"
                             rf"\s*[,;.:]?\s+(?:{named})\s+{_NAME}\s*[.!]*$")
    return placed, named_after


def possessed(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """The request `text` makes of the container the asker's thing is in or is (see the module), else None."""
    placed, named_after = _patterns()
    said = None
    if (mt := placed.search(text)) is not None and len(placed.findall(text)) == 1:
        said = text[:mt.start()] + mt["name"] + text[mt.end():]
    elif (mt := named_after.match(text.strip())) is not None:
        said = mt["head"] + mt["name"] + mt["mid"]
    if said is None:
        return None
    res = read(said)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return res
    return None
