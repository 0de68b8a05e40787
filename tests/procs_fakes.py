"""Pipelines for tests/test_slack_procs.py, importable by a spawned child process."""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from bot.model import Actor, Reply, Request

GO = threading.Event()


class EchoPipeline:
    """Answers with the text and the child's PID; 'die' exits the child mid-request, 'boom'
    raises, 'slow N' sleeps N seconds, 'wait' blocks until a 'go' has run in the same child;
    every request reports two progress lines first."""

    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply:
        if progress is not None:
            progress(f"one {request.text}")
            progress(f"two {request.text}")
        if request.text == "die":
            os._exit(3)
        if request.text == "boom":
            raise ValueError("boom")
        if request.text == "wait":  # answers only once "go" ran in the same child, at the same time
            return Reply("en", "done" if GO.wait(20) else "failed", f"waited in {os.getpid()}")
        if request.text == "go":
            GO.set()
        if request.text.startswith("slow "):
            time.sleep(float(request.text.split()[1]))
        return Reply("en", "done", f"{request.text} in {os.getpid()}", cli=(request.actor.user,))

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Callable[[str], None] | None = None,
                accepted: Callable[[], None] | None = None) -> Reply:
        if accepted is not None and yes:
            accepted()
        if progress is not None:
            progress("running")
        return Reply("en", "done" if yes else "info", f"{pending_id} {actor.user} {channel} {yes} {os.getpid()}")


def echo() -> EchoPipeline:
    return EchoPipeline()
