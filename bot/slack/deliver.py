"""One answer in Slack: a placeholder when it is slow, throttled progress, the result.

A `Delivery` belongs to one request. Fast answers are posted once. When the work
takes longer than `slow_after` seconds, or reports progress, a "working on it"
message is posted first and later updated in place (chat.update) with progress
and then the result. Denials meant only for the asker are ephemeral.

Slack's rate limits and 5xx answers are retried by the WebClient's retry
handlers (see app.make_client); what still fails is logged with the full reply
text, so an outcome is never silently dropped.
"""
from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.messages import t
from bot.model import Reply
from bot.slack import blocks as bk

log = logging.getLogger(__name__)

PRIVATE = ("denied",)  # statuses answered only to the asker (outside DMs)


class _Later:
    """Every "working on it" timer on one thread, fired into a small pool (not a Timer thread per request)."""

    def __init__(self) -> None:
        self._jobs: list[tuple[float, int, Callable[[], None]]] = []
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="gorae-slack-working")

    def call(self, delay: float, fn: Callable[[], None]) -> Callable[[], None]:
        """Run `fn` after `delay` seconds (on the scheduler thread); returns a cancel function."""
        entry = (time.monotonic() + delay, next(self._seq), fn)
        with self._cond:
            heapq.heappush(self._jobs, entry)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="gorae-slack-later", daemon=True)
                self._thread.start()
            self._cond.notify()

        def cancel() -> None:
            with self._cond:
                try:
                    self._jobs.remove(entry)
                    heapq.heapify(self._jobs)
                except ValueError:
                    pass

        return cancel

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._jobs or self._jobs[0][0] > time.monotonic():
                    self._cond.wait(None if not self._jobs else self._jobs[0][0] - time.monotonic())
                _, _, fn = heapq.heappop(self._jobs)
            self._pool.submit(self._safe, fn)  # a slow Slack call must not hold up the other timers

    @staticmethod
    def _safe(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:
            log.exception("delayed call failed")


LATER = _Later()


class Delivery:
    """Where and how to answer one request.

    Args:
        client: slack_sdk WebClient.
        channel: the conversation ID.
        thread_ts: the thread to answer in (None: top level).
        user: the asker (for ephemeral answers).
        lang: "ko" or "en", for the placeholder before the reply's own language is known.
        ts: an existing message to update instead of posting (the confirm question).
        banner: trusted mrkdwn shown on top of every update ("Confirmed by …").
        response_url: fallback when gorae is not in the channel (slash commands).
    """

    def __init__(self, client: Any, *, channel: str, thread_ts: str | None, user: str, lang: str,
                 ts: str | None = None, banner: str | None = None, response_url: str | None = None,
                 slow_after: float = 1.0, min_interval: float = 1.0) -> None:
        self.client = client
        self.channel = channel
        self.thread_ts = thread_ts
        self.user = user
        self.lang = lang
        self.ts = ts
        self.banner = banner
        self.response_url = response_url
        self.slow_after = slow_after
        self.min_interval = min_interval
        self.lines: list[str] = []
        self._state = threading.Lock()  # lines and flags: held for microseconds
        self._io = threading.Lock()  # one Slack call at a time, in order; never held by progress()
        self._done = False
        self._last_update = 0.0
        self._cancel: Callable[[], None] | None = None
        self._via_webhook = False  # not in the channel: answered through response_url
        self._flushing = False  # a progress update is scheduled

    @property
    def is_dm(self) -> bool:
        return self.channel.startswith("D")

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> None:
        """Arm the "working on it" timer."""
        if self.slow_after <= 0:
            self.working()
            return
        self._cancel = LATER.call(self.slow_after, self.working)

    def working(self) -> None:
        with self._io:
            with self._state:
                if self._done:
                    return
            self._show_working()

    def progress(self, line: str) -> None:
        """A progress callback for the pipeline: never blocks on Slack (updates are throttled
        and sent from the scheduler's pool, so a rate-limited chat.update cannot stall Docker)."""
        with self._state:
            if self._done:
                return
            self.lines.extend(str(line).splitlines() or [""])
            del self.lines[:-50]
            if self._flushing:
                return
            due = self._last_update + self.min_interval - time.monotonic()
            self._flushing = True
        LATER.call(max(0.0, due), self._flush)

    def _flush(self) -> None:
        with self._io:
            with self._state:
                self._flushing = False
                if self._done:
                    return
            self._show_working()

    def finish(self, reply: Reply, *, private: bool = False) -> None:
        """Deliver the final reply (exactly once); `private`: only to the asker, whatever the status."""
        if self._cancel is not None:
            self._cancel()
        with self._state:
            if self._done:
                return
            self._done = True
        with self._io:
            try:
                self._deliver(reply, private=private)
            except Exception:
                log.exception("could not deliver the reply to %s (%s): %s — %s",
                              self.channel, self.thread_ts, reply.headline, " && ".join(reply.cli))

    def notice(self, text: str, *, private: bool = False) -> None:
        """A one-off message in the asker's language (busy, internal error)."""
        if self._cancel is not None:
            self._cancel()
        with self._state:
            self._done = True
        with self._io:
            try:
                r = bk.notice(text, banner=self.banner)
                if private and not self.is_dm:
                    self._ephemeral(r)
                else:
                    self._post_or_update(r)
            except Exception:
                log.exception("could not deliver a notice to %s: %s", self.channel, text)

    # ----------------------------------------------------------------- internals
    def _show_working(self) -> None:
        if self._via_webhook:
            return
        with self._state:
            lines = list(self.lines)
        r = bk.working(self.lang, lines, banner=self.banner)
        try:
            self._post_or_update(r)
            self._last_update = time.monotonic()
        except SlackApiError as e:
            log.warning("progress update failed: %s", e)

    def _deliver(self, reply: Reply, *, private: bool = False) -> None:
        rendered = bk.render_reply(reply, banner=self.banner)
        if (private or reply.status in PRIVATE) and not self.is_dm:
            if self.ts is not None and self.banner is None:  # our placeholder: say where the answer went
                self._update(bk.notice(t("slack.answered_privately", reply.lang)))
            self._ephemeral(rendered)
            return
        self._post_or_update(rendered)
        if rendered.upload is not None:
            self._upload(rendered.upload)

    def _post_or_update(self, r: bk.Rendered) -> None:
        if self.ts is not None:
            try:
                self._update(r)
                return
            except SlackApiError as e:
                log.warning("chat.update failed (%s); posting instead", e.response.get("error"))
        self._post(r)

    def _post(self, r: bk.Rendered) -> None:
        kw: dict[str, Any] = {"channel": self.channel, "text": r.text, "blocks": r.blocks}
        if self.thread_ts:
            kw["thread_ts"] = self.thread_ts
        try:
            resp = self.client.chat_postMessage(**kw)
        except SlackApiError as e:
            if self.response_url and e.response.get("error") in ("not_in_channel", "channel_not_found"):
                self._via_webhook = True
                self._respond(r)
                return
            raise
        self.ts = resp.get("ts")

    def _update(self, r: bk.Rendered) -> None:
        self.client.chat_update(channel=self.channel, ts=self.ts, text=r.text, blocks=r.blocks)

    def _ephemeral(self, r: bk.Rendered) -> None:
        kw: dict[str, Any] = {"channel": self.channel, "user": self.user, "text": r.text, "blocks": r.blocks}
        if self.thread_ts:
            kw["thread_ts"] = self.thread_ts
        try:
            self.client.chat_postEphemeral(**kw)
        except SlackApiError:
            if not self.response_url:
                raise
            self._respond(r)

    def _respond(self, r: bk.Rendered) -> None:
        from slack_sdk.webhook import WebhookClient

        WebhookClient(self.response_url).send(text=r.text, blocks=r.blocks, response_type="ephemeral")

    def _upload(self, up: bk.Upload) -> None:
        try:
            self.client.files_upload_v2(channel=self.channel, thread_ts=self.thread_ts or self.ts,
                                        content=up.content, filename=up.filename, title=up.title)
        except SlackApiError as e:  # the inline tail is still there
            log.warning("file upload failed: %s", e.response.get("error"))
