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


class AlertEcho(EchoPipeline):
    """EchoPipeline with an `explain` for the alert buttons (tests/test_slack_alert_clicks.py),
    no parser and no engine: "restart X" plans as `docker restart X` (so a Restart click reads
    in English), nothing else is understood; the policy: U0VIEWER may only read, anyone
    else may do anything. Every answer names the child's PID, the asker, whether they are
    of another organisation, and the channel as the policy sees it."""

    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply:
        if progress is not None:
            progress(f"working on {request.text}")
        return Reply("en", "done", f"ran {request.text!r} for {request.actor.user} external={request.actor.external} "
                                   f"in {request.channel} pid {os.getpid()}", cli=(request.text,))

    def explain(self, text: str, request: Request | None = None) -> object:
        from bot.model import Decision, Msg, NotUnderstood, Plan, Restart, VerbClass
        from bot.pipeline import Explanation

        words = text.split()
        verb = words[1] if words[0] == "docker" else words[0]
        name = words[-1]
        cls = VerbClass.READ if verb in ("inspect", "ps", "logs") else VerbClass.OPERATE
        plan = Plan(Restart(targets=(name,)), (), (f"docker {verb} {name}",), verb, cls)
        if words[0] != "docker" and verb != "restart":
            return Explanation(text, "en", NotUnderstood(text, "en", Msg.of("parse.no_verb")), None)
        user = request.actor.user if request is not None else ""
        denied = cls is VerbClass.OPERATE and user == "U0VIEWER"
        return Explanation(text, "en", NotUnderstood(text, "en", Msg.of("parse.no_verb")), plan,
                           Decision("deny" if denied else "allow"))


def alert_echo() -> AlertEcho:
    return AlertEcho()


def echo_after(path: str) -> EchoPipeline:
    """An EchoPipeline built once `path` exists (a child slow to start, held by the test)."""
    deadline = time.monotonic() + 60
    while not os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.01)
    return EchoPipeline()


def broken() -> EchoPipeline:
    """A pipeline that cannot be built (a child whose start fails: tests/test_slack_readiness.py)."""
    raise RuntimeError("this pipeline cannot start")
