"""What every executor handler is given: the client, progress reporting, the asker's language.

`bot.engine.execute` (the op table) and `bot.engine.execute_run` (run/create/pull/push)
both take a `Ctx`; it lives here so that neither imports the other's module for it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.config import number
from bot.model import Call, Msg, Outcome

Progress = Callable[[str], None]

ATTACH_TIMEOUT = number("GORAE_RUN_TIMEOUT")  # attached run and exec, seconds (bot/config.py)


@dataclass
class Ctx:
    """What every handler needs: the client, how to report progress, display names."""

    client: Any
    progress: Progress
    lang: str = "en"
    attach_timeout: float = ATTACH_TIMEOUT
    names: dict[str, str] = field(default_factory=dict)  # id -> name, from plan.targets

    @property
    def api(self) -> Any:
        return self.client.api

    def name(self, target: str | None) -> str:
        return self.names.get(target or "", target or "?")

    def say(self, key: str, **params: Any) -> None:
        """One progress line, in the asker's language, secrets masked (`bot.redact`)."""
        from bot.messages import text
        from bot.redact import redact

        try:
            self.progress(redact(text(Msg.of(key, **params), self.lang)) or "")
        except Exception:  # a broken progress sink never fails the action
            pass


Handler = Callable[[Call, Ctx], Outcome]
