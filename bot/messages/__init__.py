"""Every sentence gorae says, in Korean and English — the one place for wording.

Catalogs are plain dicts `{key: (korean, english)}` in the modules of this
package (core, policy, slack); `text(msg, lang)` picks and formats one.

    >>> text(Msg.of("done.restart", names="web"), "ko")
    'web 컨테이너를 재시작했습니다.'
"""
from __future__ import annotations

from typing import Any

from bot.model import Msg

from . import asking as _asking
from . import core as _core
from . import docker_cli as _docker_cli
from . import swarm as _swarm
from . import understanding as _understanding

CATALOG: dict[str, tuple[str, str]] = {}
for _mod in (_core, _understanding, _asking, _docker_cli, _swarm):
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
    """Render a message in `lang` ("ko" or anything else -> English)."""
    if isinstance(msg, str):
        msg = Msg.of(msg, **params)
    ko, en = CATALOG.get(msg.key, (msg.key, msg.key))
    template = ko if lang == "ko" else en
    kw = msg.kw()
    try:
        return template.format(**kw)
    except (KeyError, IndexError, ValueError):
        return template


def t(key: str, lang: str, **params: Any) -> str:
    """Shorthand: t("done.restart", "ko", names="web")."""
    return text(Msg.of(key, **params), lang)
