"""One answer in Slack: "queued", "working on it" and progress while it runs, then the result.

A `Delivery` belongs to one request. Fast answers are posted once. A request
that has to wait for a worker shows "queued, N ahead" (updated in place as the
queue moves); work that takes longer than `slow_after` seconds, or reports
progress, shows "working on it" with the latest progress lines. Both are one
message, edited in place, that the result finally replaces; and since an edit
does not notify anyone, the asker then gets a new threaded message that
mentions them. Denials meant only for the asker are ephemeral.

Slack's limits (docs.slack.dev, "Rate limits"): `chat.update` is Tier 3, about
50 calls a minute per workspace. In-between edits (queued / working /
progress) therefore all go through one `Throttle` per workspace: a token
bucket at `per_minute`, newest content only (an edit waiting for its turn is
replaced, never queued twice), sent by one thread with a client that does not
sleep on 429: a 429 pauses the whole workspace's edits for its Retry-After,
placeholders are posted at most about once a second per channel (chat.postMessage),
and holds no message lock and no timer thread. Final answers do not wait for
the bucket (they only spend from it): they go out as soon as the work is done,
after at most the one in-flight edit of their own message.

Final answers and notices use the full client, which retries 429 (honouring
Retry-After), 5xx and connection errors (app.make_client); what still fails is
logged with the reply's text, so an outcome is never silently dropped. Sends to
a `response_url` are checked and retried the same way.
"""
from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.front.slack import blocks as bk
from bot.messages import t
from bot.model import Reply

log = logging.getLogger(__name__)

PRIVATE = ("denied",)  # statuses answered only to the asker (outside DMs)


class _Later:
    """Every "working on it" timer on one thread. Callbacks must be quick (they mark a
    message for the throttle; no Slack call ever runs on this thread)."""

    def __init__(self) -> None:
        self._jobs: list[tuple[float, int, Callable[[], None]]] = []
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def call(self, delay: float, fn: Callable[[], None]) -> Callable[[], None]:
        """Run `fn` after `delay` seconds; returns a cancel function."""
        entry = (time.monotonic() + delay, next(self._seq), fn)
        with self._cond:
            heapq.heappush(self._jobs, entry)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="gorae-slack-later", daemon=True)
                self._thread.start()
            if self._jobs[0] is entry:
                # the thread sleeps until the earliest entry; only a new earliest one changes that.
                # (Waking it for every entry cost the acking thread the GIL once per request: in a
                # burst of 200 acks, most of the ack thread's time; bench/RESULTS.md, issue 9.)
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
            try:
                fn()
            except Exception:
                log.exception("delayed call failed")


LATER = _Later()


def quick_client(client: Any) -> Any:
    """A copy of `client` that returns a 429 at once instead of sleeping on it (for edits
    the throttle can simply send later). Non-WebClient stand-ins are returned as they are."""
    if not isinstance(client, WebClient):
        return client
    return WebClient(token=client.token, base_url=client.base_url, timeout=client.timeout,
                     retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1)])


def retry_after(e: SlackApiError, default: float = 30.0) -> float | None:
    """Seconds to wait from a 429 answer (its Retry-After), or None when it is not a 429."""
    resp = e.response  # slack_sdk types it loosely: a SlackResponse, or a dict-like in tests and bolt's fakes
    if getattr(resp, "status_code", 200) != 429 and resp.get("error") != "ratelimited":
        return None
    headers = getattr(resp, "headers", None) or {}
    value = headers.get("Retry-After") or headers.get("retry-after")
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(0.0, float(value)) if value is not None else default
    except ValueError:
        return default


class Throttle:
    """The in-between edits of one workspace, at most `per_minute` a minute (Tier 3 ≈ 50).

    `mark(delivery)` says a message has something new to show (cheap, never blocks on
    Slack); one sender thread shows the marked messages, oldest mark first, each with its
    newest content. Posting a placeholder costs no token (chat.postMessage is not Tier 3);
    every chat.update does, finals included (`spend`). A 429 pauses all edits for its
    Retry-After. First posts of placeholders are paced per channel (chat.postMessage allows
    about one message a second per channel, with short bursts).

    Args:
        client: a client that does not sleep on 429 (`quick_client`).
        per_minute: chat.update calls a minute for the workspace (default 50).
        burst: tokens that may accumulate (edits sent back to back after a quiet spell).
        posts_per_second, post_burst: placeholder posts per channel (default 1 a second, 3 at once).
    """

    def __init__(self, client: Any, *, per_minute: float = 50.0, burst: float = 5.0,
                 posts_per_second: float = 1.0, post_burst: float = 3.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.rate = per_minute / 60.0
        self.burst = burst
        self.post_rate = posts_per_second
        self.post_burst = post_burst
        self._posts: dict[str, tuple[float, float]] = {}  # channel -> (tokens, at)
        self.clock = clock
        self._tokens = burst
        self._at = clock()
        self._paused_until = 0.0
        self._dirty: dict[int, Delivery] = {}  # insertion order = order of the first mark
        self._idle = True  # the sender waits for a mark (not for a token)
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self.sent = 0  # edits sent (tests, benchmarks)
        self.rate_limited = 0  # 429 answers seen

    def mark(self, d: Delivery) -> None:
        with self._cond:
            self._dirty.setdefault(id(d), d)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="gorae-slack-edits", daemon=True)
                self._thread.start()
            if self._idle:  # a sender waiting for a token wakes by itself (a burst of marks costs no wake-ups)
                self._cond.notify()

    def forget(self, d: Delivery) -> None:
        with self._cond:
            self._dirty.pop(id(d), None)

    def spend(self) -> None:
        """A final chat.update went out: it counts against the same per-workspace budget."""
        with self._cond:
            self._refill()
            self._tokens = max(-self.burst, self._tokens - 1)

    def pause(self, seconds: float) -> None:
        with self._cond:
            self._paused_until = max(self._paused_until, self.clock() + seconds)
            self.rate_limited += 1

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._dirty)

    def _post_tokens(self, channel: str) -> float:
        now = self.clock()
        tokens, at = self._posts.get(channel, (self.post_burst, now))
        tokens = min(self.post_burst, tokens + (now - at) * self.post_rate)
        self._posts[channel] = (tokens, now)
        if len(self._posts) > 10_000:  # forget quiet channels
            self._posts = {c: v for c, v in self._posts.items() if v[0] < self.post_burst}
        return tokens

    def _refill(self) -> None:
        now = self.clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now

    def _next(self) -> Delivery:
        with self._cond:
            while True:
                if self._dirty:
                    self._refill()
                    wait = self._paused_until - self.clock()
                    if wait <= 0:
                        # the oldest mark that can go now: an edit needs a workspace token, a
                        # first post a token of its channel
                        can_edit = self._tokens >= 1
                        d = next((x for x in self._dirty.values()
                                  if (can_edit if x.ts is not None else self._post_tokens(x.channel) >= 1)), None)
                        if d is not None:
                            del self._dirty[id(d)]
                            if d.ts is not None:
                                self._tokens -= 1
                            else:
                                tokens, at = self._posts[d.channel]
                                self._posts[d.channel] = (tokens - 1, at)
                            return d
                        wait = min((1 - self._tokens) / self.rate if self.rate > 0 else 60.0,
                                   1 / self.post_rate if self.post_rate > 0 else 60.0)
                    self._idle = False
                    self._cond.wait(min(max(wait, 0.005), 60.0))
                else:
                    self._idle = True
                    self._cond.wait()

    def _loop(self) -> None:
        while True:
            d = self._next()
            try:
                d._show(self.client)
                self.sent += 1
            except SlackApiError as e:
                wait = retry_after(e)
                if wait is None:
                    log.warning("progress edit failed: %s", e.response.get("error"))
                    continue
                log.info("Slack rate limit on %s: edits paused for %.0f s", e.response.get("error"), wait)
                self.pause(wait)
                d.remark()  # shown later, with whatever is newest then
            except Exception:
                log.exception("progress edit failed")


class Delivery:
    """Where and how to answer one request.

    Args:
        client: slack_sdk WebClient (retries 429 / 5xx; used for finals and notices).
        channel: the conversation ID.
        thread_ts: the thread to answer in (None: top level).
        user: the asker (for ephemeral answers and the "done" mention).
        lang: "ko" or "en", for the placeholder before the reply's own language is known.
        ts: an existing message to update instead of posting (the confirm question).
        banner: trusted mrkdwn shown on top of every update ("Confirmed by …").
        response_url: where to answer when gorae is not in the channel (slash commands,
            clicks on ephemeral messages).
        throttle: the workspace's edit throttle (one per client).
        via_webhook: answer only through `response_url` (the question was ephemeral).
        replace_original: a `response_url` answer replaces the message clicked on.
    """

    def __init__(self, client: Any, *, channel: str, thread_ts: str | None, user: str, lang: str,
                 throttle: Throttle, ts: str | None = None, banner: bk.Banner = None,
                 response_url: str | None = None, slow_after: float = 1.0, via_webhook: bool = False,
                 replace_original: bool = False) -> None:
        self.client = client
        self.throttle = throttle
        self.channel = channel
        self.thread_ts = thread_ts
        self.user = user
        self.lang = lang
        self.ts = ts
        self.banner = banner
        self.response_url = response_url
        self.slow_after = slow_after
        self.replace_original = replace_original
        self.lines: list[str] = []
        self.ahead: int | None = None  # waiting for a worker, this many in front
        self._state = threading.Lock()  # lines and flags: held for microseconds
        self._io = threading.Lock()  # one Slack call at a time for this message, in order
        self._done = False
        self._started = False
        self._working = False  # "working on it" is due (slow, or progress reported)
        self._shown = False  # an in-between message was shown: the asker gets a mention at the end
        self._cancel: Callable[[], None] | None = None
        self._cancel_queue: Callable[[], None] | None = None
        self._queue_armed = False  # the "queued" timer is set
        self._queue_due = False  # waited long enough: "queued" is shown
        self._via_webhook = via_webhook

    @property
    def is_dm(self) -> bool:
        return self.channel.startswith("D")

    # ----------------------------------------------------------------- lifecycle
    def queued(self, ahead: int) -> None:
        """The request waits for a worker, `ahead` requests in front of it (Worker.on_queued).
        Shown once it has waited `slow_after` seconds (a short wait shows nothing, and a burst
        of acks is not slowed by posting placeholders), then kept up to date."""
        with self._state:
            if self._done or self._started:
                return
            self.ahead = ahead
            due, arm = self._queue_due, not self._queue_armed and not self._queue_due
            self._queue_armed = True
        if due:
            self.throttle.mark(self)
        elif arm:
            self._cancel_queue = LATER.call(self.slow_after, self._queued_due)

    def _queued_due(self) -> None:
        with self._state:
            if self._done or self._started:
                return
            self._queue_due = True
        self.throttle.mark(self)

    def start(self) -> None:
        """The work begins: arm the "working on it" timer (shown at once if "queued" was shown)."""
        if self._cancel_queue is not None:
            self._cancel_queue()
        with self._state:
            self._started = True
            self.ahead = None
            shown = self._shown or self._queue_due
        if shown or self.slow_after <= 0:
            self.working()
            return
        self._cancel = LATER.call(self.slow_after, self.working)

    def working(self) -> None:
        """Show "working on it" (through the throttle)."""
        with self._state:
            if self._done:
                return
            self._working = True
        self.throttle.mark(self)

    def progress(self, line: str) -> None:
        """A progress callback for the pipeline: never blocks on Slack."""
        with self._state:
            if self._done:
                return
            self.lines.extend(str(line).splitlines() or [""])
            del self.lines[:-50]
            self._working = True
        self.throttle.mark(self)

    def remark(self) -> None:
        with self._state:
            if self._done:
                return
        self.throttle.mark(self)

    def finish(self, reply: Reply, *, private: bool = False) -> None:
        """Deliver the final reply (exactly once); `private`: only to the asker, whatever the status."""
        if not self._close():
            return
        with self._io:
            try:
                self._deliver(reply, private=private)
            except Exception:
                log.exception("could not deliver the reply to %s (%s): %s — %s",
                              self.channel, self.thread_ts, reply.headline, " && ".join(reply.cli))

    def notice(self, text: str, *, private: bool = False) -> None:
        """A one-off message in the asker's language (busy, internal error)."""
        self._close()
        with self._io:
            try:
                r = bk.notice(text, banner=self.banner)
                if self._via_webhook:
                    self._respond(r, replace=self.replace_original and not private)
                elif private and not self.is_dm:
                    self._ephemeral(r)
                else:
                    self._post_or_update(r)
            except Exception:
                log.exception("could not deliver a notice to %s: %s", self.channel, text)

    def abandon(self) -> None:
        """Nothing to answer (a duplicate delivery): close, and remove a placeholder if one was shown."""
        self._close()
        with self._io:
            if self._shown and self.ts is not None:
                try:
                    self.client.chat_delete(channel=self.channel, ts=self.ts)
                except SlackApiError as e:
                    log.warning("could not remove the placeholder of a duplicate: %s", e.response.get("error"))

    def _close(self) -> bool:
        if self._cancel is not None:
            self._cancel()
        if self._cancel_queue is not None:
            self._cancel_queue()
        with self._state:
            if self._done:
                return False
            self._done = True
        self.throttle.forget(self)
        return True

    # ----------------------------------------------------------------- in-between (throttle thread)
    def _current(self) -> bk.Rendered | None:
        with self._state:
            if self._done:
                return None
            if self._working:
                return bk.working(self.lang, list(self.lines), banner=self.banner)
            if self.ahead is not None and self._queue_due:
                return bk.queued(self.lang, self.ahead, banner=self.banner)
            return None

    def _show(self, client: Any) -> None:
        """Send the newest in-between state (called by the throttle; raises SlackApiError)."""
        if self._via_webhook:
            return
        if not self._io.acquire(blocking=False):  # the final is going out: nothing to show
            return
        try:
            r = self._current()
            if r is None:
                return
            if self.ts is None:
                kw: dict[str, Any] = {"channel": self.channel, "text": r.text, "blocks": r.blocks}
                if self.thread_ts:
                    kw["thread_ts"] = self.thread_ts
                try:
                    resp = client.chat_postMessage(**kw)
                except SlackApiError as e:
                    if e.response.get("error") in ("not_in_channel", "channel_not_found"):
                        self._via_webhook = True  # the final goes through response_url
                        return
                    raise
                self.ts = resp.get("ts")
            else:
                client.chat_update(channel=self.channel, ts=self.ts, text=r.text, blocks=r.blocks)
            self._shown = True
        finally:
            self._io.release()

    # ----------------------------------------------------------------- finals
    def _deliver(self, reply: Reply, *, private: bool = False) -> None:
        rendered = bk.render_reply(reply, banner=self.banner, asker=self.user)
        if self._via_webhook:
            self._respond(rendered, replace=self.replace_original and not private)
            return
        if (private or reply.status in PRIVATE) and not self.is_dm:
            if self._shown and self.banner is None:  # our placeholder: say where the answer went
                self._update(bk.notice(t("slack.answered_privately", reply.lang)))
            self._ephemeral(rendered)
            return
        self._post_or_update(rendered)
        if rendered.upload is not None:
            self._upload(rendered.upload)
        if self._shown:
            self._mention(reply)

    def _mention(self, reply: Reply) -> None:
        """The result of a slow request was an edit, which notifies nobody: tell the asker."""
        where = self.thread_ts or self.ts
        icon = bk.ICONS.get(reply.status, "")
        head = reply.headline[:500]
        text = t("slack.finished", reply.lang, user=self.user, icon=icon, headline=bk.escape(head))
        # the mention is gorae's (mrkdwn); the headline may quote the asker: plain text
        said = t("slack.finished", reply.lang, user=self.user, icon=icon, headline="").rstrip()
        try:
            self.client.chat_postMessage(channel=self.channel, thread_ts=where, text=text,
                                         blocks=[bk.section(said), bk.plain_section(head)])
        except SlackApiError as e:
            log.warning("could not notify %s of the result: %s", self.user, e.response.get("error"))

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
        self.throttle.spend()
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

    def _respond(self, r: bk.Rendered, *, replace: bool = False) -> None:
        """Answer through response_url: checked, 429 and 5xx retried; a failure raises (and is logged)."""
        if not self.response_url:
            raise RuntimeError("no response_url to answer through")
        send_response_url(self.response_url, r, replace=replace)

    def _upload(self, up: bk.Upload) -> None:
        try:
            self.client.files_upload_v2(channel=self.channel, thread_ts=self.thread_ts or self.ts,
                                        content=up.content, filename=up.filename, title=up.title)
        except SlackApiError as e:  # the inline tail is still there
            log.warning("file upload failed: %s", e.response.get("error"))


class ResponseURLError(RuntimeError):
    """A response_url send that Slack did not accept (after retries)."""


def send_response_url(url: str, r: bk.Rendered, *, replace: bool = False, retries: int = 5) -> None:
    """POST a message to a `response_url` (slash command or click), ephemeral to the asker.

    `replace`: it replaces the message that was clicked (an ephemeral question). 429
    (honouring Retry-After), 5xx and connection errors are retried; a final non-200 raises
    ResponseURLError (callers log it with the reply). Source: docs.slack.dev,
    "Handling user interaction" (response_url: 5 uses within 30 minutes).
    """
    from slack_sdk.webhook import WebhookClient

    hook = WebhookClient(url, retry_handlers=[
        ConnectionErrorRetryHandler(max_retry_count=3),
        RateLimitErrorRetryHandler(max_retry_count=retries),
        ServerErrorRetryHandler(max_retry_count=3),
    ])
    kw: dict[str, Any] = {"text": r.text, "blocks": r.blocks}
    if replace:
        kw["replace_original"] = True
    else:
        kw["response_type"] = "ephemeral"
    resp = hook.send(**kw)
    if resp.status_code != 200:
        log.error("response_url answered %s (%s) to: %s", resp.status_code, (resp.body or "")[:200], r.text[:300])
        raise ResponseURLError(f"response_url answered {resp.status_code}")
