"""The real bolt app wired to a fake Slack and a fake (or real) pipeline, for tests.

    h = Harness.start(pipeline=FakePipeline())
    status = h.post_event(mention("web 재시작"))
    h.pipeline.wait(1)
    h.stop()
"""
from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slack_fake import FakeSlack, sign

from bot.front.slack.app import SlackFrontEnd, SlackHTTPServer, build_app, make_client
from bot.front.slack.identity import Groups
from bot.front.slack.worker import Worker
from bot.model import Actor, Reply, Request, Table
from bot.state.dedup import Dedup

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@dataclass
class FakePipeline:
    """Stands in for bot.pipeline.Gorae: records requests, answers from `script`.

    `script` maps a text to a Reply or a callable(request, progress) -> Reply.
    Unknown text -> a "done" reply naming `docker ps`.
    """

    script: dict[str, Any] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    confirms: list[tuple[str, Actor, str, bool]] = field(default_factory=list)
    confirm_reply: Callable[[str, Actor, str, bool], Reply] | None = None
    delay: float = 0.0
    confirm_delay: float = 0.0
    work: float = 0.0
    _lock: threading.Condition = field(default_factory=threading.Condition)

    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply:
        with self._lock:
            self.requests.append(request)
            self._lock.notify_all()
        if self.delay:
            time.sleep(self.delay)
        got = self.script.get(request.text.replace("<@UGORAEBOT>", "").strip())
        if callable(got):
            return got(request, progress)
        if got is not None:
            return got
        return Reply("en", "done", "Listed containers.", cli=("docker ps",),
                     table=Table(("NAMES", "STATUS"), (("web", "Up 2 minutes"),)))

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Callable[[str], None] | None = None,
                accepted: Callable[[], None] | None = None) -> Reply:
        """Like Gorae.confirm: `accepted()` only when the answer counts and the plan runs
        (a "done"/"failed" reply); `confirm_delay` seconds pass before the decision
        (a slow user-group lookup), `work` seconds after it."""
        with self._lock:
            self.confirms.append((pending_id, actor, channel, yes))
            self._lock.notify_all()
        if self.confirm_delay:
            time.sleep(self.confirm_delay)
        if self.confirm_reply is not None:
            reply = self.confirm_reply(pending_id, actor, channel, yes)
        elif not yes:
            reply = Reply("en", "info", "Cancelled: nothing ran.")
        else:
            reply = Reply("en", "done", "Removed web.", cli=("docker rm web",))
        if reply.status in ("done", "failed") and accepted is not None:
            accepted()
            if self.work:
                if progress is not None:
                    progress("removing web")
                time.sleep(self.work)
        return reply

    def wait(self, count: int, timeout: float = 30.0) -> list[Request]:  # an upper bound (slack_fake.WAIT)
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.requests) >= count, timeout):
                raise AssertionError(f"{len(self.requests)} of {count} requests reached the pipeline")
            return list(self.requests)


@dataclass
class Harness:
    fake: FakeSlack
    pipeline: Any
    frontend: SlackFrontEnd
    app: Any
    server: SlackHTTPServer

    @classmethod
    def start(cls, pipeline: Any, *, fake: FakeSlack | None = None, dedup_path: str | Path = ":memory:",
              workers: int = 4, queue: int = 10_000, slow_after: float = 1.0,
              updates_per_minute: float = 6000.0, posts_per_second: float = 100.0,
              secret: str = SECRET, early_ack: bool = True, inbox: str | Path | None = None) -> Harness:
        """`inbox`: a state database (URL or SQLite file) for the stored inbox, as `gorae slack
        --http` has (bot/state/inbox.py: each event written before its ack); None: none."""
        from bot.pipeline import Gorae

        if isinstance(pipeline, Gorae):
            # what `gorae slack` does before its first message (bot.front.slack.procs.warm, in each
            # worker process): the parsers and Kiwi are loaded, so the first Korean request is
            # not ~1 s slower than the next (which made a fast restart show "working on it")
            from bot.front.slack.procs import warm

            warm()
        fake = fake or FakeSlack().start()
        client = make_client("xoxb-test-token", fake.url)
        stored = None
        if inbox is not None:
            from bot.state.backend import as_database
            from bot.state.inbox import Inbox

            stored = Inbox(as_database(inbox))
            stored.heartbeat()
        frontend = SlackFrontEnd(pipeline, client, dedup=Dedup(dedup_path), groups=Groups(client),
                                 worker=Worker(workers=workers, queue=queue), slow_after=slow_after,
                                 updates_per_minute=updates_per_minute, posts_per_second=posts_per_second,
                                 inbox=stored, store_in_listener=False)
        app = build_app(frontend, client=client, signing_secret=secret)
        server = SlackHTTPServer(app, port=0, host="127.0.0.1", signing_secret=secret,
                                 dispatchers=int(os.environ.get("GORAE_ACK_DISPATCHERS", "0")), early_ack=early_ack,
                                 store=frontend.intake if stored is not None else None)
        server.start()
        return cls(fake, pipeline, frontend, app, server)

    def stop(self) -> None:
        self.server.stop()
        self.frontend.worker.join(timeout=15)
        self.frontend.worker.shutdown()
        self.frontend.dedup.close()
        if self.frontend.inbox is not None:
            self.frontend.inbox.close()

    def idle(self, timeout: float = 15.0) -> None:
        assert self.server.quiet(timeout), "acked events not dispatched"
        assert self.frontend.worker.join(timeout), "jobs still running"

    # ----------------------------------------------------------------- requests
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}/slack/events"

    def post_raw(self, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        req = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def post_event(self, envelope: dict[str, Any], *, retry: int | None = None, secret: str = SECRET,
                   ts: int | None = None) -> int:
        body = json.dumps(envelope)
        headers = {"Content-Type": "application/json", **sign(secret, body, ts)}
        if retry:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
        return self.post_raw(body.encode(), headers)[0]

    def post_form(self, fields: dict[str, str], *, secret: str = SECRET) -> tuple[int, bytes]:
        body = urllib.parse.urlencode(fields)
        headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(secret, body)}
        return self.post_raw(body.encode(), headers)

    def post_action(self, payload: dict[str, Any], *, secret: str = SECRET) -> tuple[int, bytes]:
        return self.post_form({"payload": json.dumps(payload)}, secret=secret)
