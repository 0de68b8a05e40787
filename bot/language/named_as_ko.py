"""(lead19) Korean: the name of a new container said with (으)로 or (이)라고 after the image said as the object.

    "redis를 q17로 run해줘"          -> docker run -d --name q17 redis
    "httpd를 h17이라고 create만 해줘" -> docker create --name h17 httpd
    "httpd를 edge19로 launch해"       -> docker run -d --name edge19 httpd

"IMAGE로 NAME 실행" stays asked (which is the image?), but with the object particle on the image (grammar/lexicon.txt
`named_as_object_ko`: 을, 를) the word said with (으)로 or (이)라고 (`named_as_ko`) after it is what the new container is
called: the sentence is read again with "NAME라는 이름으로" there, as the grammar reads a name — and kept only when that
reads as a new container (run or create) named NAME of that image. A number there is a port ("nginx를 8080으로 실행"),
never a name; anything else (another verb, a network: "web을 backend로 연결") reads as before. Pure; the reading is
the caller's (`read`).
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
    obj = grammar.alternation("named_as_object_ko")
    named = grammar.alternation("named_as_ko")
    return re.compile(rf"^(?P<image>[A-Za-z0-9][A-Za-z0-9_./:-]*)\s*(?:{obj})\s+(?P<name>[A-Za-z][A-Za-z0-9_.-]*)(?:{named})\s+(?P<rest>.+)$")


def named_as(text: str, res: m.Command | m.NotUnderstood, read: Read) -> m.Command | m.NotUnderstood:
    """`res`, or the run/create of IMAGE named NAME when `text` says so (see the module)."""
    mt = _pattern().match(text.strip())
    if mt is None:
        return res
    said = grammar.lexicon()["named_as_said_ko"][0].replace("~", " ").format(image=mt["image"], name=mt["name"])
    got = read(f"{said} {mt['rest']}")
    if isinstance(got, m.RunContainer) and got.name == mt["name"] and got.image == mt["image"]:
        return got  # a run or a create (create_only)
    return res
