"""(ctxen24) A link pasted beside a request (Slack: a bare https://… URL, or <https://…> without a label, which normalize
leaves as the URL) is context — where the asker looked, what they cite — never a name, an image or part of a command.

    "see https://wiki.internal/runbook/web — step 3: restart web"  -> docker restart web
    "restart cache https://grafana.internal/d/x"                    -> docker restart cache
    "per https://wiki/x, show cache logs"                           -> docker logs cache

The link (with a word of grammar/lexicon.txt `link_refer_en` before it: "see", "per") and a runbook step said right after
it ("step 3:", `link_step_en`) are left out and the rest is read as any sentence is; the reading stands only when it is
a command of `link_beside_reads` (a read, or a container's start/stop/restart/kill/pause of the names said) — never a
command that takes free words (exec, run, pull: "run curl https://x in web" is never "run curl in web"), a help, a ban
or a question asked back. None otherwise, and for any text with a quote (a quoted URL is a command's own argument).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar

# a URL as chat pastes it, up to a blank (its closing punctuation is the sentence's: "see https://x/y, then …")
_URL = r"(?:https?|ftp)://[^\s<>\"'`]+?(?=[.,;:!?)]*(?:\s|$))[.,;:!?)]*"


@lru_cache(maxsize=1)
def _link() -> re.Pattern[str]:
    """A link with the word that cites it before it ("see https://…") and a runbook step after it ("— step 3:")."""
    refer = grammar.alternation("link_refer_en")
    step = grammar.alternation("link_step_en")
    return re.compile(rf"(?i)(?<!\S)(?:(?:{refer})\s+)?{_URL}(?:\s*[\u2014\u2013-]?\s*(?:{step})\s+\d+\s*[:.)]?)?(?!\S)")


def _fits(cmd: m.Command) -> bool:
    """Whether `cmd` (each step of a sequence) is a command of grammar/lexicon.txt `link_beside_reads` (class names)."""
    if isinstance(cmd, m.Sequence):
        return bool(cmd.steps) and all(_fits(step) for step in cmd.steps)
    return type(cmd).__name__ in grammar.words("link_beside_reads")


def without_links(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """The request `text` makes with its links left out (see the module), read by `read`; None when `text` has no
    link, a quote, nothing else, or the rest reads as no command of `link_beside_reads`."""
    if "://" not in text or any(q in text for q in "\"'`"):
        return None
    rest = _link().sub(" ", text)
    if "://" in rest:
        return None  # a link inside a word ("web@https://x"): never cut out of it
    rest = re.sub(r"\s+", " ", rest).strip(" ,:;\u2014\u2013-")
    if not rest:
        return None
    res = read(rest)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)) or not _fits(res):
        return None
    return res
