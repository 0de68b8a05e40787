"""Every sentence gorae says, in Korean and English — the one place for wording.

Catalogs are plain dicts `{key: (korean, english)}` in the modules of this
package (core, policy, slack); `text(msg, lang)` picks and formats one.

    >>> text(Msg.of("done.restart", names="web"), "ko")
    'web 컨테이너를 재시작했습니다.'
"""
from __future__ import annotations

import re
import string
from typing import Any

from bot.model import Msg

from . import asking as _asking
from . import core as _core
from . import docker_cli as _docker_cli
from . import stats as _stats
from . import swarm as _swarm
from . import understanding as _understanding

CATALOG: dict[str, tuple[str, str]] = {}
for _mod in (_core, _understanding, _asking, _docker_cli, _swarm, _stats):
    CATALOG.update(_mod.MESSAGES)


def register(messages: dict[str, tuple[str, str]]) -> None:
    """Add a catalog (used by optional packages: policy, slack)."""
    CATALOG.update(messages)


def _load_optional() -> None:
    import importlib

    for name in ("policy", "slack", "config", "alerts", "engines", "state"):
        try:
            mod = importlib.import_module(f"bot.messages.{name}")
        except ModuleNotFoundError:
            continue
        CATALOG.update(mod.MESSAGES)


_load_optional()


def text(msg: Msg | str, lang: str, **params: Any) -> str:
    """Render a message in `lang` ("ko" or anything else -> English).

    A value shown in backticks (`` `{name}` `` in the template) that holds a backtick itself
    would end the code span and break Slack's and Markdown's rendering (```` ``` is a shell
    metacharacter ````): a lone backtick is named in words (`core.backtick`), any other such
    value gets a CommonMark double-backtick span (`` `` we`b `` ``).
    """
    if isinstance(msg, str):
        msg = Msg.of(msg, **params)
    ko, en = CATALOG.get(msg.key, (msg.key, msg.key))
    template = ko if lang == "ko" else en
    kw = msg.kw()
    if any("`" in str(v) for v in kw.values()):
        template = _ticks_in_spans(template, kw, lang)
    try:
        return template.format(**kw)
    except (KeyError, IndexError, ValueError):
        return template


_SPAN = re.compile(r"`([^`\n]*)`")  # a code span of a template


def _ticks_in_spans(template: str, kw: dict[str, Any], lang: str) -> str:
    """`template` with every code span whose values hold a backtick made safe (see `text`)."""
    if "```" in template:  # a code block of its own: its content is shown as it is
        return template

    def safe(m: re.Match[str]) -> str:
        inner = m.group(1)
        names = [f for _, f, _, _ in string.Formatter().parse(inner) if f]
        values = [str(kw.get(n, "")) for n in names]
        if not any("`" in v for v in values):
            return m.group(0)
        if values == ["`"] and inner == "{" + names[0] + "}":
            ko, en = CATALOG["core.backtick"]
            word = (ko if lang == "ko" else en).replace("{", "{{").replace("}", "}}")
            return word[:1].upper() + word[1:] if m.start() == 0 else word
        longest = max(len(run) for v in values for run in re.findall("`+", v))
        if longest > 1:  # a longer fence would be ``` (a code block in Slack): quoted instead
            return f"“{inner}”"
        return f"`` {inner} ``"

    return _SPAN.sub(safe, template)


def t(key: str, lang: str, **params: Any) -> str:
    """Shorthand: t("done.restart", "ko", names="web")."""
    return text(Msg.of(key, **params), lang)
