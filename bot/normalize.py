"""Text cleanup before parsing: one function, no I/O.

    >>> normalize("<@U123> ｗｅｂ  재시작 &amp; “now”")
    'web 재시작 & "now"'

- Unicode NFKC (full-width ８０ -> 80, ｗｅｂ -> web; Hangul stays composed)
- smart quotes -> ASCII quotes; zero-width and control characters dropped
- Slack markup: <@U123> mentions dropped, <#C1|name> -> #name, <http://x|x> -> x,
  then &lt; &gt; &amp; unescaped (in that order, as Slack documents)
- English contractions: "don't" -> "do not" (so the negation is a word)
- a sentence's closing punctuation, and runs of spaces
"""
from __future__ import annotations

import re
import unicodedata

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")
_SUBTEAM = re.compile(r"<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|mailto|ftp)[^>|]*)(?:\|([^>]*))?>")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "`"})
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_IS = re.compile(r"(?i)\b(what|that|it|who|where|how)[’']s\b")
_NOT = re.compile(r"(?i)\b(do|does|did|ca|wo|should|must|is|are)n[’']?t\b")
_TRAILING = re.compile(r"(?<=[\w가-힣)\]\"'])[.!?~]+(?=\s|$)")
_SPACES = re.compile(r"\s+")
_CODE = re.compile(r"^(```|`)\s*(.*?)\s*\1$", re.S)  # Slack inline code / code block around it all
_PROMPT = re.compile(r"^(\$|#|>)\s+(?=docker\b)|^sudo\s+(?=docker\b)")  # a pasted shell prompt, sudo
_POSSESSIVE = re.compile(r"(?<=[A-Za-z0-9])['’]s\b")  # "cache's logs" -> "cache logs"
_VERB_COLON = re.compile(r"^([A-Za-z]+):\s")  # "restart: web"


def normalize(text: str) -> str:
    """Clean one utterance for the parser (see module doc)."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = text.translate(_QUOTES)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)  # NFKC may produce new quote forms
    text = _MENTION.sub(" ", text)
    text = _CHANNEL.sub(lambda m: "#" + (m.group(1) or ""), text)
    text = _SUBTEAM.sub(lambda m: m.group(1) or "", text)
    text = _SPECIAL.sub(" ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _NOT.sub(lambda m: m.group(1) + " not", text)
    text = _IS.sub(lambda m: m.group(1) + " is", text)
    text = _POSSESSIVE.sub("", text)
    text = text.strip()
    code = _CODE.match(text)
    if code:
        text = code.group(2)
    text = _PROMPT.sub("", text)
    text = _VERB_COLON.sub(lambda m: m.group(1) + " ", text)
    text = _TRAILING.sub("", text)
    return _SPACES.sub(" ", text).strip()
