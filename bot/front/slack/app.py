"""The Slack app: bolt listeners that turn Slack deliveries into `Gorae.handle` calls.

    gorae slack                 # Socket Mode: SLACK_BOT_TOKEN + SLACK_APP_TOKEN
    gorae slack --http 3000     # HTTP: SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET, POST /slack/events

Every listener does three quick things on the request path — drop what is not a
request (bots, our own messages, edits, deletions), check the delivery keys in
memory (bot/state/dedup.py; the worker records them on disk before anything runs) and hand
the work to the worker queue — and then acks. The one write on the request path: a
request event, slash command and button click (Confirm/Cancel, "which one?") is stored in the
inbox (bot/state/inbox.py, grouped commits) before its ack, so a replica killed after the ack
loses nothing. Nothing on the request path touches
Slack or Docker. Parsing,
policy and Docker all happen in the pipeline, off the request path.
`SLACK_API_URL` points the Web API client elsewhere (Slack-compatible servers, tests).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import signal
import sys
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.front.slack import blocks as bk
from bot.front.slack.deliver import Delivery, Throttle, quick_client
from bot.front.slack.identity import Groups
from bot.front.slack.server import EVENTS_PATH, SlackHTTPServer
from bot.front.slack.worker import Worker
from bot.messages import t
from bot.model import Actor, Msg, Reply, Request
from bot.state.backend import StateUnavailable
from bot.state.dedup import Dedup
from bot.state.inbox import ACTION, COMMAND, STARTED, Inbox, InboxRow

if TYPE_CHECKING:
    from bot.pipeline import Gorae

log = logging.getLogger(__name__)



class Pipeline(Protocol):
    """What the Slack layer needs from bot.pipeline.Gorae."""

    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply: ...

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Callable[[str], None] | None = None,
                accepted: Callable[[], None] | None = None) -> Reply: ...


# Message subtypes that are a person talking: answered like a plain message. Every other
# subtype (bot_message, message_changed, message_deleted, channel_join and the other system
# messages) is not a request. Source: docs.slack.dev, "message" event subtypes.
USER_SUBTYPES = frozenset({"thread_broadcast", "file_share", "me_message"})

# Request.channel for a 1:1 DM between other people (a slash command typed there): not the
# policy's "dm" (a DM with gorae), and no channel binding names it.
OTHERS_DM = "others-dm:"


def guess_lang(text: str) -> str:
    """The placeholder's language before the pipeline has spoken: any Hangul -> ko."""
    from bot.language.normalize import has_hangul

    return "ko" if has_hangul(text) else "en"


def make_client(token: str, api_url: str | None = None, *, rate_limit_retries: int = 5,
                server_error_retries: int = 3) -> WebClient:
    """A WebClient that retries 429 (honouring Retry-After), 5xx and connection errors."""
    kw: dict[str, Any] = {}
    if api_url:
        kw["base_url"] = api_url if api_url.endswith("/") else api_url + "/"
    return WebClient(
        token=token,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=3),
            RateLimitErrorRetryHandler(max_retry_count=rate_limit_retries),
            ServerErrorRetryHandler(max_retry_count=server_error_retries),
        ],
        **kw,
    )


# --------------------------------------------------------------------------- the adapter


class SlackFrontEnd:
    """Slack deliveries -> Requests -> the pipeline -> Slack messages.

    Args:
        pipeline: a Gorae (or anything with `handle` and `confirm`).
        client: the WebClient every answer goes through.
        dedup: the delivery-key store (persisted: survives restarts).
        groups: user-group lookup; None means no groups.
        worker: the executor for pipeline work.
        inbox: the stored inbox (bot/state/inbox.py): every request event is written there
            before its ack and deleted when done; None: kept in memory only (tests).
        store_in_listener: the listener writes the event to the inbox itself (bolt's own
            SocketModeHandler: the ack follows the listener); False: the HTTP server or
            bot.front.slack.socketmode.EarlyAckHandler has written it (`intake`, `intake_body`).
        inbox_max_age: seconds after which an event taken over from a dead replica is no
            longer run (the asker is told instead).
    """

    def __init__(self, pipeline: Pipeline, client: WebClient, *, dedup: Dedup,
                 groups: Groups | None = None, worker: Worker | None = None,
                 slow_after: float = 1.0, updates_per_minute: float = 50.0,
                 posts_per_second: float = 1.0, inbox: Inbox | None = None,
                 store_in_listener: bool = True, inbox_max_age: float = 600.0) -> None:
        self.pipeline = pipeline
        self.inbox = inbox
        self.store_in_listener = store_in_listener
        self.inbox_max_age = inbox_max_age
        self._stored: OrderedDict[str, deque[str | None]] = OrderedDict()  # event_id -> rows written by intake
        self._unclaimed: dict[str, float] = {}  # row written by intake, not taken by a listener yet -> when
        self._late: OrderedDict[str, None] = OrderedDict()  # events dispatched before their row was written
        self.client = client
        self.dedup = dedup
        self.groups = groups
        self.worker = worker or Worker()
        self.slow_after = slow_after
        self.throttle = Throttle(quick_client(client), per_minute=updates_per_minute,
                                 posts_per_second=posts_per_second)
        self.bot_user_id: str | None = None
        self._team: str | None = None
        self._ims: dict[str, bool] = {}  # DM channel -> is it a DM with gorae
        # action_id prefix -> how a click stored by another listener runs again (`take_over`)
        self._takers: dict[str, Callable[[dict[str, Any], dict[str, Any], str], None]] = {}
        self._lock = threading.Lock()

    # ----------------------------------------------------------------- registration
    def register(self, app: App) -> None:
        app.use(self._log_retries)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.command(re.compile(r"^/gorae"))(self.on_command)
        app.action(bk.CONFIRM)(self.on_confirm)
        app.action(bk.CANCEL)(self.on_confirm)
        app.action(re.compile(rf"^{bk.CHOICE}_\d+$"))(self.on_choice)

    @staticmethod
    def _log_retries(req: BoltRequest, next: Callable[[], Any]) -> Any:
        num = req.headers.get("x-slack-retry-num")
        if num and num[0] != "0":  # Socket Mode sends retry_attempt 0 with a first delivery
            reason = (req.headers.get("x-slack-retry-reason") or ["?"])[0]
            log.info("Slack redelivery #%s (%s); deduplicated by its keys", num[0], reason)
        return next()

    def actor(self, user: str, *, external: bool = False) -> Actor:
        """The asker for the policy. A user of another organisation (Slack Connect) has no
        user groups of ours and gets nothing from channel bindings (`Actor.external`)."""
        if external:
            return Actor(user=user, external=True)
        groups = self.groups.of(user) if self.groups is not None else ()
        return Actor(user=user, groups=groups)

    # ----------------------------------------------------------------- who and where
    def team(self) -> str | None:
        """The workspace gorae is installed in (auth.test, asked once; None if Slack cannot say)."""
        if self._team is None:
            try:
                self._team = str(self.client.auth_test().get("team_id") or "") or None
            except Exception as e:
                log.warning("auth.test failed (%s): users of other teams cannot be told apart", e)
        return self._team

    def is_external(self, user_team: str | None, *, shared: bool = False, ours: str | None = None) -> bool:
        """Is this a user of another organisation? `user_team` is the user's team as the
        payload says it (event.user_team / user.team_id); in a Slack Connect channel
        (`shared`) a user whose team is not said is treated as external (fail closed)."""
        ours = ours or self.team()
        if user_team:
            return ours is not None and user_team != ours
        return shared

    def place(self, channel: str, user: str) -> str:
        """The policy's name for where a slash command or click came from: a 1:1 DM (D…) is
        the policy's "dm" only when it is gorae's own DM with this user (conversations.info);
        a DM between other people becomes OTHERS_DM + its ID. Runs on a worker thread."""
        if not channel.startswith("D"):
            return channel
        with self._lock:
            ours = self._ims.get(channel)
        if ours is None:
            try:
                info = self.client.conversations_info(channel=channel).get("channel") or {}
                ours = bool(info.get("is_im")) and info.get("user") == user
            except Exception as e:  # channel_not_found: gorae is not part of that DM
                log.info("conversations.info %s: %s; not gorae's DM", channel, e)
                ours = False
            with self._lock:
                self._ims[channel] = ours
        return channel if ours else OTHERS_DM + channel

    # ----------------------------------------------------------------- events
    def on_mention(self, body: dict[str, Any], event: dict[str, Any], context: dict[str, Any]) -> None:
        self._on_message_like(body, event, context, kind="mention")

    def on_message(self, body: dict[str, Any], event: dict[str, Any], context: dict[str, Any]) -> None:
        if event.get("channel_type") != "im":
            return  # channel messages reach gorae only as app_mention
        self._on_message_like(body, event, context, kind="im")

    def _ignorable(self, event: dict[str, Any], bot_user_id: str | None) -> str | None:
        if event.get("subtype") and event["subtype"] not in USER_SUBTYPES:
            return f"subtype {event['subtype']}"  # edits, deletions, bot messages, joins
        if event.get("bot_id") or event.get("bot_profile"):
            return "a bot's message"
        if bot_user_id and event.get("user") == bot_user_id:
            return "our own message"
        if event.get("edited"):
            return "an edit"
        if not event.get("user") or not event.get("channel") or not event.get("ts"):
            return "missing user/channel/ts"
        return None

    def _on_message_like(self, body: dict[str, Any], event: dict[str, Any], context: dict[str, Any], *, kind: str,
                         inbox_id: str | None = None) -> None:
        """`inbox_id`: a row taken over from the stored inbox (`recover`): no memory check."""
        recovered = inbox_id is not None
        if not recovered:
            inbox_id = self._inbox_id(body, event, context, kind)
        why = self._ignorable(event, context.get("bot_user_id") or self.bot_user_id)
        if why:
            log.debug("ignored %s event: %s", kind, why)
            self._drop(inbox_id)
            return
        event_id = str(body.get("event_id") or "")
        msg_id = str(event.get("client_msg_id") or "")
        channel, ts = str(event["channel"]), str(event["ts"])
        if kind == "im" and channel.startswith("D"):  # message.im comes only from gorae's own DMs
            with self._lock:
                self._ims[channel] = True
        keys = (f"event:{event_id}" if event_id else "", f"msg:{msg_id}" if msg_id else "", f"ts:{channel}:{ts}")
        if not recovered and not self.dedup.recent(*keys):
            log.info("duplicate delivery ignored (event %s, message %s)", event_id, msg_id or ts)
            self._drop(inbox_id)
            return
        text = event.get("text")
        ours = next((a.get("team_id") for a in body.get("authorizations") or [] if a.get("team_id")), None)
        external = self.is_external(event.get("user_team") or event.get("team"),
                                    shared=bool(body.get("is_ext_shared_channel")),
                                    ours=ours or body.get("team_id"))
        bot = context.get("bot_user_id") or self.bot_user_id or next(
            (a.get("user_id") for a in body.get("authorizations") or [] if isinstance(a, dict) and a.get("user_id")), "")
        if bot and self.bot_user_id is None:
            self.bot_user_id = str(bot)  # kept for a row taken over from the stored inbox (no context there)
        self.submit(text=text if isinstance(text, str) else "", user=str(event["user"]), channel=channel,
                    thread_ts=str(event.get("thread_ts") or ts), request_id=event_id or msg_id or ts,
                    external=external, keys=keys, inbox_id=inbox_id, bot_id=str(bot or ""))

    # ----------------------------------------------------------------- the stored inbox
    def _inbox_row(self, body: dict[str, Any]) -> InboxRow | None:
        """The inbox row of an Events API envelope that the listeners would run, else None."""
        if self.inbox is None or body.get("type") != "event_callback":
            return None
        event = body.get("event")
        if not isinstance(event, dict):
            return None
        if event.get("type") == "app_mention":
            kind = "mention"
        elif event.get("type") == "message" and event.get("channel_type") == "im":
            kind = "im"
        else:
            return None
        auths = [a for a in body.get("authorizations") or [] if isinstance(a, dict)]
        bot = self.bot_user_id or next((a.get("user_id") for a in auths if a.get("user_id")), None)
        if self._ignorable(event, bot) or not body.get("event_id"):
            return None
        text = event.get("text")
        meta = {k: event.get(k) for k in ("ts", "client_msg_id", "user_team", "team", "channel_type", "subtype")
                if event.get(k) is not None}
        meta.update(kind=kind, team_id=body.get("team_id"), shared=bool(body.get("is_ext_shared_channel")),
                    ours=next((a.get("team_id") for a in auths if a.get("team_id")), None))
        return InboxRow.new(self.inbox.owner, user=str(event["user"]), channel=str(event["channel"]),
                            text=text if isinstance(text, str) else "",
                            thread_ts=str(event.get("thread_ts") or event["ts"]), event_id=str(body["event_id"]),
                            team=str(body.get("team_id") or "") or None, meta=meta)

    def intake(self, raw: bytes) -> Future[None] | None:
        """The HTTP server's `store` (on its event loop, before the ack): write a signed event's
        inbox row (grouped with the rest of a burst). None: nothing to store (not a request)."""
        try:
            body = json.loads(raw)
        except ValueError:
            return None
        return self.intake_body(body) if isinstance(body, dict) else None

    def intake_body(self, body: dict[str, Any]) -> Future[None] | None:
        """`intake` of an envelope already decoded (Socket Mode: bot.front.slack.socketmode)."""
        row = self._inbox_row(body)
        if row is None or self.inbox is None:
            return None
        fut = self.inbox.put(row)
        event_id = str(row.event_id)

        def written(f: Future[None]) -> None:  # the listener finds the row by its event id
            ok = f.exception() is None
            with self._lock:
                if event_id in self._late:  # acked and dispatched without it (a slow write): not run from it
                    del self._late[event_id]
                    late = True
                else:
                    late = False
                    self._stored.setdefault(event_id, deque()).append(row.id if ok else None)
                    if ok:
                        self._unclaimed[row.id] = time.monotonic()
            if late and ok:
                self._drop(row.id)

        fut.add_done_callback(written)
        return fut

    def _inbox_id(self, body: dict[str, Any], event: dict[str, Any], context: dict[str, Any], kind: str) -> str | None:
        """The inbox row of this delivery: the one `intake` wrote (HTTP), or written now (Socket
        Mode: before the ack, which follows the listener). None: not stored."""
        if self.inbox is None:
            return None
        event_id = str(body.get("event_id") or "")
        with self._lock:
            rows = self._stored.get(event_id)
            if rows:
                row_id = rows.popleft()
                if not rows:
                    del self._stored[event_id]
                if row_id is not None:
                    self._unclaimed.pop(row_id, None)
                return row_id
            if not self.store_in_listener:  # acked before its write finished (the server's timeout)
                if self._inbox_row(body) is not None:
                    self._late[event_id] = None
                    while len(self._late) > 10_000:
                        self._late.popitem(last=False)
                return None
        row = self._inbox_row(body)
        if row is None:
            return None
        try:
            self.inbox.store(row, timeout=2.0)  # Slack wants the ack within 3 s
        except StateUnavailable as e:
            log.error("an event is acked without being stored: %s", e)
            self.inbox.drop(row.id)  # if it is written after all: not run from the inbox
            return None
        return row.id

    def sweep_inbox(self, older: float = 120.0) -> None:
        """Delete the rows `intake` wrote that no listener took within `older` seconds (an event
        bolt did not hand to a listener): never run from the inbox later (Inbox.watch's tick)."""
        cut = time.monotonic() - older
        with self._lock:
            stale = [row_id for row_id, at in self._unclaimed.items() if at < cut]
            for row_id in stale:
                del self._unclaimed[row_id]
            for event_id in [e for e, rows in self._stored.items() if any(r in stale for r in rows)]:
                left = deque(r for r in self._stored[event_id] if r not in stale)
                if left:
                    self._stored[event_id] = left
                else:
                    del self._stored[event_id]
        for row_id in stale:
            log.warning("inbox: row %s was never taken by a listener; deleted", row_id)
            self._drop(row_id)

    def _drop(self, inbox_id: str | None) -> None:
        if inbox_id is not None and self.inbox is not None:
            self.inbox.drop(inbox_id)

    def recover(self, row: InboxRow) -> None:
        """An inbox row taken over from a replica that died (Inbox.watch's callback). Queued:
        run as if just received (once: `begin`, the dedup keys). Started: never run again — it may
        have written; the asker is told in the thread, as when it is too old or too long to run."""
        assert self.inbox is not None
        if row.kind in (COMMAND, ACTION):
            self._recover_payload(row)
            return
        inbox = self.inbox
        meta = row.meta
        lang = guess_lang(row.text or "")
        key = None
        if row.status == STARTED:
            key = "slack.inbox.stopped"
        elif row.text is None or time.time() - row.received > self.inbox_max_age:
            key = "slack.inbox.not_run"
        if key is not None:
            log.warning("inbox: %r not run again; the asker is told", row)
            d = Delivery(self.client, channel=row.channel, thread_ts=row.thread_ts, user=row.user, lang=lang,
                         throttle=self.throttle, slow_after=self.slow_after)
            notice = t(key, lang, user=row.user)

            def tell() -> None:
                d.notice(notice)
                inbox.finish(row.id)

            if not self.worker.submit(tell):
                threading.Thread(target=tell, daemon=True).start()
            return
        event = {k: meta[k] for k in ("ts", "client_msg_id", "user_team", "team", "channel_type", "subtype")
                 if meta.get(k) is not None}
        event.update(type="app_mention" if meta.get("kind") == "mention" else "message", user=row.user,
                     channel=row.channel, text=row.text)
        if row.thread_ts and row.thread_ts != meta.get("ts"):
            event["thread_ts"] = row.thread_ts
        body: dict[str, Any] = {"type": "event_callback", "event_id": row.event_id, "team_id": meta.get("team_id"),
                                "is_ext_shared_channel": bool(meta.get("shared")), "event": event,
                                "authorizations": [{"team_id": meta["ours"]}] if meta.get("ours") else []}
        self._on_message_like(body, event, {}, kind=str(meta.get("kind") or "mention"), inbox_id=row.id)

    def _store_payload(self, kind: str, body: dict[str, Any], *, user: str, channel: str, text: str,
                       thread_ts: str | None = None) -> str | None:
        """Write a slash command's or a click's inbox row (`kind` COMMAND / ACTION: its payload as
        Slack sent it, minus the verification token) before its ack, grouped with the other writes
        waiting. -> the row id; None: not stored (no inbox, or the database away: logged, the
        request still runs here and fails closed there as any other)."""
        if self.inbox is None:
            return None
        payload = {k: v for k, v in body.items() if k != "token"}
        row = InboxRow.new(self.inbox.owner, user=user, channel=channel, text=text, thread_ts=thread_ts,
                           event_id=str(body.get("trigger_id") or "") or None,
                           team=str(body.get("team_id") or (body.get("team") or {}).get("id") or "") or None,
                           kind=kind, payload=payload)
        try:
            self.inbox.store(row, timeout=1.0)  # Slack wants the ack within 3 s
        except StateUnavailable as e:
            log.error("a %s is acked without being stored: %s", kind, e)
            self.inbox.drop(row.id)  # if it is written after all: not run from the inbox
            return None
        return row.id

    def take_over(self, prefix: str, run: Callable[[dict[str, Any], dict[str, Any], str], None]) -> None:
        """Clicks whose action_id starts with `prefix`, stored by another listener (`store_click`),
        are run again by `run(body, action, inbox_id)` when taken over from a dead replica (the
        alert buttons, bot/front/slack/alerts.py)."""
        self._takers[prefix] = run

    def store_click(self, body: dict[str, Any], *, user: str, channel: str, text: str,
                    thread_ts: str | None = None) -> str | None:
        """A click's inbox row written before its ack (see `_store_payload`); None: not stored."""
        return self._store_payload(ACTION, body, user=user, channel=channel, text=text, thread_ts=thread_ts)

    def owned(self, inbox_id: str | None, job: Callable[[], None], *,
              refused: Callable[[], None] | None = None,
              taken: Callable[[], None] | None = None) -> Callable[[], None]:
        """`job` run only if its inbox row is still ours and queued (`Inbox.begin`), the row
        deleted after; `refused()` when the state cannot be reached (then nothing runs), `taken()`
        when another replica took the row over. No row (`inbox_id` None): `job` itself."""
        inbox = self.inbox
        if inbox is None or inbox_id is None:
            return job

        def run() -> None:
            try:
                mine = inbox.begin(inbox_id)
            except StateUnavailable as e:  # fail closed
                log.error("inbox row %s not run: %s", inbox_id, e)
                if refused is not None:
                    refused()
                inbox.finish(inbox_id)
                return
            if not mine:  # another replica took it over (ours had stopped renewing its lease)
                log.warning("inbox row %s: taken over by another replica; not run here", inbox_id)
                if taken is not None:
                    taken()
                return
            try:
                job()
            finally:
                inbox.finish(inbox_id)

        return run

    def _recover_payload(self, row: InboxRow) -> None:
        """A slash command or click taken over from a dead replica (`recover`). Queued: run again
        through its listener, as received (answered through its response_url / chat.update);
        started, too old or too long: never run, the asker is told through its response_url."""
        assert self.inbox is not None
        inbox = self.inbox
        body = row.payload or {}
        action = next(iter(body.get("actions") or []), None) if row.kind == ACTION else None
        lang = ("ko" if str((action or {}).get("block_id", "")).endswith("_ko") else "en") if action is not None \
            else guess_lang(row.text or "")
        key = None
        if row.status == STARTED:
            key = "slack.inbox.stopped"
        elif row.text is None or time.time() - row.received > self.inbox_max_age or not body:
            key = "slack.inbox.not_run"
        if key is None:
            if row.kind == COMMAND:
                self._command(body, inbox_id=row.id)
                return
            action_id = str((action or {}).get("action_id") or "")
            if action is not None and action_id in (bk.CONFIRM, bk.CANCEL):
                self._confirm(body, action, inbox_id=row.id)
                return
            if action is not None and re.match(rf"^{bk.CHOICE}_\d+$", action_id):
                self._choice(body, action, inbox_id=row.id)
                return
            taker = next((f for prefix, f in self._takers.items() if action_id.startswith(prefix)), None)
            if action is not None and taker is not None:
                taker(body, action, row.id)
                return
            key = "slack.inbox.not_run"  # not a payload gorae stores (never written)
        log.warning("inbox: %r not run again; the asker is told", row)
        response_url = str(body.get("response_url") or "") or None
        d = Delivery(self.client, channel=row.channel, thread_ts=row.thread_ts, user=row.user, lang=lang,
                     throttle=self.throttle, response_url=response_url, slow_after=self.slow_after,
                     via_webhook=bool(response_url))
        notice = t(key, lang, user=row.user)

        def tell() -> None:
            d.notice(notice, private=True)
            inbox.finish(row.id)

        if not self.worker.submit(tell):
            threading.Thread(target=tell, daemon=True).start()

    def on_command(self, ack: Callable[..., Any], body: dict[str, Any]) -> None:
        """A slash command: stored in the inbox, queued, then acked (the ack follows the write)."""
        self._command(body)
        ack()

    def _command(self, body: dict[str, Any], *, inbox_id: str | None = None) -> None:
        """`inbox_id`: a row taken over from the stored inbox (`recover`): no memory check, not
        stored again."""
        recovered = inbox_id is not None
        user, channel = body.get("user_id"), body.get("channel_id")
        if not user or not channel:
            self._drop(inbox_id)
            return
        trigger = body.get("trigger_id") or ""
        keys = (f"command:{trigger}",) if trigger else ()
        if not recovered and not self.dedup.recent(*keys):
            return
        text = str(body.get("text") or "")
        if not recovered:
            inbox_id = self._store_payload(COMMAND, body, user=str(user), channel=str(channel), text=text)
        banner = bk.asked(str(user), str(body.get("command") or "/gorae"), text)
        user_team = body.get("user_team") or body.get("team_id")
        shared = str(body.get("is_ext_shared_channel") or "").lower() == "true"
        self.submit(text=text, user=str(user), channel=str(channel), thread_ts=None,
                    request_id=trigger, response_url=body.get("response_url"), banner=banner,
                    place=True, user_team=str(user_team or "") or None, shared=shared, keys=keys,
                    inbox_id=inbox_id)

    # ----------------------------------------------------------------- the work
    def submit(self, *, text: str, user: str, channel: str, thread_ts: str | None, request_id: str,
               response_url: str | None = None, banner: bk.Banner = None,
               before: Callable[[], None] | None = None, external: bool | None = None,
               place: bool = False, user_team: str | None = None, shared: bool = False,
               via_webhook: bool = False, keys: tuple[str, ...] = (), inbox_id: str | None = None,
               bot_id: str = "") -> None:
        """Queue one request (on the ack path: no Slack, Docker or disk here). On the worker:
        the delivery `keys` are checked and recorded on disk (a duplicate runs nothing), then
        who the asker is (`external`, or from `user_team`/`shared`) and where (`place`: a slash
        command's D… channel is checked) are settled, then the pipeline runs. `inbox_id`: its row
        in the stored inbox, taken first (`Inbox.begin`: not run if another replica took it) and
        deleted when done. `bot_id`: gorae's own user id (another user's mention first is said to them)."""
        lang = guess_lang(text)
        d = Delivery(self.client, channel=channel, thread_ts=thread_ts, user=user, lang=lang,
                     throttle=self.throttle, banner=banner, response_url=response_url,
                     slow_after=self.slow_after, via_webhook=via_webhook)

        def run() -> None:
            try:
                fresh = not keys or self.dedup.first(*keys)
            except StateUnavailable as e:  # fail closed: nothing runs unclaimed (and unaudited)
                log.error("request %s refused: %s", request_id, e)
                d.notice(t("state.unavailable", lang))
                return
            if not fresh:
                log.info("duplicate delivery ignored (%s)", request_id)
                d.abandon()
                return
            if before is not None:
                before()
            d.start()
            try:
                ext = external if external is not None else self.is_external(user_team, shared=shared)
                where = self.place(channel, user) if place else channel
                request = Request(text, self.actor(user, external=ext), channel=where, source="slack",
                                  request_id=request_id, bot_id=bot_id)
                reply = self.pipeline.handle(request, progress=d.progress)
            except Exception:
                log.exception("pipeline failed for %s", request_id)
                d.notice(t("slack.internal_error", lang))
                return
            d.finish(reply)

        job = self.owned(inbox_id, run, refused=lambda: d.notice(t("state.unavailable", lang)), taken=d.abandon)
        if not self.worker.submit(job, on_queued=d.queued):  # past the flood guard only
            log.error("request %s refused: %d requests waiting", request_id, self.worker.waiting)
            self._drop(inbox_id)
            threading.Thread(target=d.notice, args=(t("slack.busy", lang),),
                             kwargs={"private": True}, daemon=True).start()

    # ----------------------------------------------------------------- buttons
    @staticmethod
    def _click(body: dict[str, Any], action: dict[str, Any]) -> tuple[str, str, str, str | None, str] | None:
        """(user, channel, message_ts, thread_ts, lang) of a button click, or None."""
        user = (body.get("user") or {}).get("id")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        message = body.get("message") or {}
        ts = (body.get("container") or {}).get("message_ts") or message.get("ts")
        if not user or not channel or not ts:
            return None
        lang = "ko" if str(action.get("block_id", "")).endswith("_ko") else "en"
        return str(user), str(channel), str(ts), message.get("thread_ts"), lang

    def _clicker_is_external(self, body: dict[str, Any]) -> bool:
        user_team = (body.get("user") or {}).get("team_id")
        shared = bool((body.get("channel") or {}).get("is_ext_shared_channel") or body.get("is_ext_shared_channel"))
        return self.is_external(user_team, shared=shared)

    def on_confirm(self, ack: Callable[..., Any], body: dict[str, Any], action: dict[str, Any]) -> None:
        """Confirm / Cancel. Nothing visible happens before the pipeline has decided that this
        click counts: a refused click (someone else's, a stale one) is answered only to the
        clicker and leaves the question as it was; an accepted one shows who confirmed,
        "working on it", and the result, in place. A question that was ephemeral (asked through
        a response_url) is answered through the click's own response_url. The click is stored in
        the inbox before the ack goes out (bolt sends it when the listener returns)."""
        ack()
        self._confirm(body, action)

    def _confirm(self, body: dict[str, Any], action: dict[str, Any], *, inbox_id: str | None = None) -> None:
        """`inbox_id`: a click taken over from the stored inbox (`recover`)."""
        recovered = inbox_id is not None
        click = self._click(body, action)
        pending = str(action.get("value") or "")
        if click is None or not pending:
            self._drop(inbox_id)
            return
        keys = (f"action:{action.get('action_ts') or ''}:{click[0]}",)
        if not recovered and not self.dedup.recent(*keys):
            return
        user, channel, ts, thread_ts, lang = click
        if not recovered:
            inbox_id = self._store_payload(ACTION, body, user=user, channel=channel, text=pending,
                                           thread_ts=thread_ts or ts)
        yes = action.get("action_id") == bk.CONFIRM
        ephemeral = bool((body.get("container") or {}).get("is_ephemeral"))
        response_url = body.get("response_url") or None
        banner = t("slack.confirmed_by" if yes else "slack.cancelled_by", lang, user=user)
        d = Delivery(self.client, channel=channel, thread_ts=thread_ts or ts, user=user, lang=lang,
                     throttle=self.throttle, ts=None if ephemeral else ts, banner=banner,
                     response_url=response_url, slow_after=self.slow_after,
                     via_webhook=ephemeral and bool(response_url), replace_original=ephemeral)
        self.answer(d, pending, body, yes, keys=keys, inbox_id=inbox_id)

    def answer(self, d: Delivery, pending: str, body: dict[str, Any], yes: bool, *, keys: tuple[str, ...] = (),
               inbox_id: str | None = None) -> None:
        """Run one answer (yes/no) to a pending question on a worker; see on_confirm. `inbox_id`:
        its row in the stored inbox, taken first (`Inbox.begin`) and deleted when done."""
        lang, user, channel = d.lang, d.user, d.channel

        def refused() -> None:  # the state is away: fail closed, tell only the clicker
            d.banner = None
            d.notice(t("state.unavailable", lang), private=True)

        def job() -> None:
            try:
                fresh = not keys or self.dedup.first(*keys)
            except StateUnavailable as e:  # fail closed: the click runs nothing now
                log.error("answer to %s refused: %s", pending, e)
                d.notice(t("state.unavailable", lang), private=True)
                return
            if not fresh:
                return  # the same click delivered twice
            try:
                actor = self.actor(user, external=self._clicker_is_external(body))
                reply = self.pipeline.confirm(pending, actor, self.place(channel, user), yes=yes,
                                              progress=d.progress, accepted=d.start)
            except Exception:
                log.exception("confirm failed for %s", pending)
                d.banner = None
                d.notice(t("slack.internal_error", lang), private=True)
                return
            stale = reply.status == "info" and reply.key == "confirm.unknown"
            if stale and reply.lang != lang:
                # a question no longer pending has no language left in the pipeline: the button's does
                from bot import render

                reply = render.simple("info", Msg.of("confirm.unknown"), lang)
            if reply.status == "denied" or stale:
                # not this person's to answer, or already answered: tell only the clicker and
                # leave the question as it is (nothing was shown before this point)
                d.banner = None
                d.ts = None
                d.finish(reply, private=True)
                return
            d.finish(reply)

        if not self.worker.submit(self.owned(inbox_id, job, refused=refused), on_queued=None):
            self._drop(inbox_id)
            d.banner = None
            threading.Thread(target=d.notice, args=(t("slack.busy", lang),),
                             kwargs={"private": True}, daemon=True).start()

    def on_choice(self, ack: Callable[..., Any], body: dict[str, Any], action: dict[str, Any]) -> None:
        """A "which one?" choice: stored in the inbox before the ack goes out, then run as a request."""
        ack()
        self._choice(body, action)

    def _choice(self, body: dict[str, Any], action: dict[str, Any], *, inbox_id: str | None = None) -> None:
        """`inbox_id`: a click taken over from the stored inbox (`recover`)."""
        recovered = inbox_id is not None
        click = self._click(body, action)
        choice = str(action.get("value") or "")
        if click is None or not choice.strip():
            self._drop(inbox_id)
            return
        user, channel, ts, thread_ts, lang = click
        asker = bk.choice_asker(str(action.get("block_id") or ""))
        if asker is not None and asker != user:  # someone else's question: it stays as it was
            d = Delivery(self.client, channel=channel, thread_ts=thread_ts or ts, user=user, lang=lang,
                         throttle=self.throttle, response_url=body.get("response_url") or None)
            self.worker.submit(lambda: d.notice(t("slack.choice_foreign", lang), private=True))
            self._drop(inbox_id)
            return
        keys = (f"choice:{channel}:{ts}",)  # one choice per question
        if not recovered and not self.dedup.recent(*keys):
            return
        if not recovered:
            inbox_id = self._store_payload(ACTION, body, user=user, channel=channel, text=choice,
                                           thread_ts=thread_ts or ts)
        message = body.get("message") or {}
        if message.get("blocks") and not (body.get("container") or {}).get("is_ephemeral"):
            banner = t("slack.chose", lang, user=user, choice=bk.span(choice))
            blocks = bk.without_actions(message["blocks"], banner)
            text = message.get("text") or banner
        else:
            blocks = None

        def mark() -> None:  # off the request path: the question shows who chose what
            if blocks is None:
                return
            try:
                self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
            except Exception as e:
                log.warning("could not mark the choice on the question: %s", e)

        self.submit(text=choice, user=user, channel=channel, thread_ts=thread_ts or ts,
                    request_id=f"choice:{ts}:{action.get('action_ts') or ''}", before=mark,
                    response_url=body.get("response_url") or None, place=True,
                    user_team=(body.get("user") or {}).get("team_id"),
                    shared=bool((body.get("channel") or {}).get("is_ext_shared_channel")), keys=keys,
                    inbox_id=inbox_id)


# --------------------------------------------------------------------------- bolt app


class _TokenFromClient(logging.Filter):
    """Drops bolt's start-up warning that SLACK_BOT_TOKEN "will be unused": bolt reads the variable
    from the environment even when a client is given, and gorae gives the client that very token
    (slack_bolt.logger.messages.warning_client_prioritized_and_token_skipped)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped

        return record.getMessage() != warning_client_prioritized_and_token_skipped()


def build_app(frontend: SlackFrontEnd, *, client: WebClient, signing_secret: str | None = None,
              token_verification: bool = True) -> App:
    """The bolt App with gorae's listeners. The client is injected (tests point it at a fake)."""
    bolt_log = logging.getLogger("gorae.bolt")
    if not any(isinstance(f, _TokenFromClient) for f in bolt_log.filters):
        bolt_log.addFilter(_TokenFromClient())
    app = App(
        client=client,
        signing_secret=signing_secret or "",
        process_before_response=True,  # listeners only record + enqueue: ack after the record
        token_verification_enabled=token_verification,
        raise_error_for_unhandled_request=False,
        logger=logging.getLogger("gorae.bolt"),
    )
    frontend.register(app)
    return app


# --------------------------------------------------------------------------- gorae slack


@dataclass(frozen=True)
class SlackOptions:
    """`gorae slack`'s options (`add_arguments`), read once from the command line (`main`)."""

    http: int | None = None  # --http PORT: the Events API over HTTP; None: Socket Mode
    host: str = "0.0.0.0"  # --host: the address for --http
    policy: str | None = None  # --policy FILE; None: as bot/config.py finds it
    workers: int | None = None  # --workers N; None: $GORAE_SLACK_WORKERS or 4
    state: str | None = None  # --state FILE|URL; None: the state URL of bot/config.py
    health_port: int | None = None  # --health-port PORT: GET /healthz on its own port (readiness.HealthServer)


def add_arguments(subparsers: Any) -> argparse.ArgumentParser:
    """Add `gorae slack` to the CLI's subparsers."""
    p = subparsers.add_parser(
        "slack", help="run the Slack app (Socket Mode by default, or HTTP with --http PORT)",
        description="Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN; HTTP mode needs "
                    "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET. SLACK_API_URL overrides the Web API URL.",
    )
    p.add_argument("--http", type=int, metavar="PORT", help="serve the Events API on PORT (POST /slack/events)")
    p.add_argument("--host", default="0.0.0.0", help="address for --http (default 0.0.0.0)")
    p.add_argument("--policy", metavar="FILE", help="policy file (default: $GORAE_POLICY or the config "
                   "file); without one, Slack users may do nothing")
    p.add_argument("--workers", type=int, default=None,
                   help="commands run at once (default $GORAE_SLACK_WORKERS or 4)")
    p.add_argument("--state", metavar="FILE|URL",
                   help="the state database: a SQLite file or a state URL (default $GORAE_STATE, else "
                        "$GORAE_STATE_DIR/state.db): dedup, pending confirmations, rate limits, alerts")
    p.add_argument("--health-port", type=int, metavar="PORT",
                   help="serve GET /healthz on PORT (on --host): 503 'starting' until the worker processes "
                        "have loaded the parsers and Kiwi (and, in Socket Mode, Slack is connected), then 200")
    return p


def make_pipeline(policy: str | None, state_file: str | None = None) -> Gorae:
    """A Gorae for Slack: the policy (found as `gorae policy` finds it; without one the default
    policy, under which Slack users may do nothing), the audit log, and pending confirmations
    in the state database (`state_file`: a SQLite file or URL; default the state URL), so a
    restart between question and click loses nothing and any replica can take the click."""
    from bot.front.compose import make_gorae
    from bot.state.pending import StatePending

    return make_gorae(policy, pending=StatePending(state_file))  # raises PolicyInvalid on a broken file


def _open_inbox(state: str | None) -> Inbox:
    """This process's stored inbox (bot/state/inbox.py) in the state database, its lease taken
    before the first ack (when the database is away, the watcher takes it once it is back)."""
    from bot.state.backend import as_database

    inbox = Inbox(as_database(state))
    try:
        inbox.heartbeat()
    except StateUnavailable as e:
        log.warning("inbox: lease not taken yet (%s)", e)
    return inbox


def _health_reporter(opts: SlackOptions, *, slack: Callable[[], bool], ready: Callable[[], bool] | None = None) -> Any:
    """Start writing health.json next to the dedup store (read by `gorae health`, the HEALTHCHECK);
    `ready()`: start-up is over (bot/front/slack/readiness.py; "starting" until then)."""
    from bot.front import health

    state = opts.state
    path = health.status_path(os.path.dirname(state) if state and "://" not in state else None)
    engine: dict[str, Any] = {}

    def engine_up() -> bool:
        from bot.engine.view import docker_client

        if "client" not in engine:  # the environment's engine, TLS included (bot.engine.named.client_for)
            engine["client"] = docker_client(timeout=5)
        return bool(engine["client"].ping())

    return health.Reporter(path, slack=slack, engine=engine_up, ready=ready).start()


def _say(key: str, **params: Any) -> str:
    """An operator's line of `gorae slack` (stderr), in the operator's language (bot.config.cli_lang)."""
    from bot.config import cli_lang
    from bot.messages import text

    return text(Msg.of(key, **{k: str(v) for k, v in params.items()}), cli_lang())


def tune_for_latency(nice: int = 0) -> None:
    """Hand the GIL over sooner (1 ms, default 5 ms): acks must not wait behind other threads.

    `nice` < 0 (`$GORAE_SLACK_ACK_NICE`, e.g. -5) also raises the acking process's CPU priority
    above dockerd, containerd and runc (nice 0), which start the containers of a burst on the
    same CPUs while the next burst is acked; the worker processes started afterwards inherit it
    and add +10 (bot/front/slack/procs.py NICE). Needs CAP_SYS_NICE (root, or
    `cap_add: [SYS_NICE]`); without it a warning is logged and the priority stays as it is.
    Source of the effect: bench/RESULTS.md, issue 9 session 5."""
    sys.setswitchinterval(0.001)
    if nice < 0:
        try:
            os.setpriority(os.PRIO_PROCESS, 0, nice)
        except OSError as e:
            log.warning("could not raise the acking process's CPU priority to nice %s: %s", nice, e)


def _ack_nice(env: Mapping[str, str]) -> int:
    """`$GORAE_SLACK_ACK_NICE`: the acking process's nice value, -20..0 (default 0: unchanged;
    a wrong value stops `gorae slack` at start: bot/config.py NUMBERS)."""
    from bot.config import number

    return int(number("GORAE_SLACK_ACK_NICE", env))


def settle() -> None:
    """Once started: everything loaded so far (bolt, the SDKs, the policy, ~10^5 objects) is
    moved out of the garbage collector's reach (gc.freeze), so that a full collection during a
    burst scans only what the requests made. Measured: a full collection in the middle of a
    burst of 200 acks stopped the acking thread for 26 ms (bench/RESULTS.md, issue 9)."""
    import gc

    gc.collect()
    gc.freeze()


def main(args: argparse.Namespace | SlackOptions, *, pipeline: Pipeline | None = None,
         ready: Callable[[Any], None] | None = None, stop: threading.Event | None = None) -> int:
    """Run the Slack app until interrupted (or `stop` is set). Returns the exit code.

    `pipeline`, `ready(server_or_handler)` and `stop` are for tests and embedding.
    """
    from bot import config
    from bot.front.compose import read_options

    opts = args if isinstance(args, SlackOptions) else read_options(SlackOptions, args)

    try:  # tokens from the environment, or from files: SLACK_BOT_TOKEN_FILE, Docker secrets in /run/secrets
        env: Mapping[str, str] = config.with_secrets(os.environ)
    except config.SettingsInvalid as e:
        print(config.format_problems(e.problems, config.cli_lang(), prefix="gorae slack: cannot start: "),
              file=sys.stderr)
        return 1
    bot_token = env.get("SLACK_BOT_TOKEN")
    http_port = opts.http
    secret = env.get("SLACK_SIGNING_SECRET")
    app_token = env.get("SLACK_APP_TOKEN")
    missing = ["SLACK_BOT_TOKEN"] if not bot_token else []
    if http_port is not None and not secret:
        missing.append("SLACK_SIGNING_SECRET")
    if http_port is None and not app_token:
        missing.append("SLACK_APP_TOKEN")
    if missing:
        print(_say("slack.start.missing", names=", ".join(missing)), file=sys.stderr)
        return 1
    try:
        settings = config.load_settings(env, slack=True)
    except config.SettingsInvalid as e:
        print(config.format_problems(e.problems, config.cli_lang(), prefix=_say("slack.start.failed")),
              file=sys.stderr)
        return 1
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    workers = opts.workers or settings.slack_workers
    tune_for_latency(settings.slack_ack_nice)
    client = make_client(str(bot_token), env.get("SLACK_API_URL"))
    from bot.front.slack.readiness import HealthServer, ThreadWarming, Warming, ready_line, wait_warm

    work: Pipeline | None = pipeline  # what the Slack workers run requests on
    procs = None
    warming: Warming  # what loads before gorae is ready (bot/front/slack/readiness.py)
    if pipeline is None:
        found = config.policy_path(opts.policy)
        problem = (config.check_policy_file(found) if found else None) or config.check_engine(settings.docker_host)
        if problem is not None:  # one clear line, not a traceback or a bot that answers "no permission"
            print(config.format_problems([problem], config.cli_lang(), prefix=_say("slack.start.failed")),
                  file=sys.stderr)
            return 1
        try:
            pipeline = make_pipeline(opts.policy, opts.state)
        except Exception as e:  # a broken policy file: gorae must not start on it
            from bot.policy.check import format_problems
            from bot.policy.policyfile import PolicyInvalid

            why = format_problems(e, config.cli_lang()) if isinstance(e, PolicyInvalid) else str(e)
            print(_say("slack.start.failed").rstrip() + "\n" + why, file=sys.stderr)
            return 1
        # requests run in worker processes: this interpreter only acks, dedups and delivers
        # (the Gorae above stays here for the alerts' routes, the engine list and the audit log)
        from functools import partial

        from bot.front.slack.procs import ProcessPipeline, make_gorae

        procs = ProcessPipeline.for_workers(
            partial(make_gorae, opts.policy, opts.state), max(1, workers))
        work = procs
        warming = procs  # ready once every worker process has loaded the parsers and Kiwi
    else:
        from bot.language import morph

        warming = ThreadWarming(morph.preload(background=True))  # Korean morphemes (Kiwi) before the first message
    assert work is not None
    inbox = _open_inbox(opts.state)
    frontend = SlackFrontEnd(work, client, dedup=Dedup(opts.state),
                             groups=Groups(client), worker=Worker(workers=max(1, workers)),
                             updates_per_minute=settings.slack_updates_per_minute,
                             inbox=inbox, store_in_listener=False)  # stored by the server / EarlyAckHandler
    try:
        app = build_app(frontend, client=client, signing_secret=secret)
    except Exception as e:  # auth.test failed: wrong token, no network
        print(_say("slack.start.failed") + str(e), file=sys.stderr)
        if procs is not None:
            procs.close()
        inbox.close(release=False)
        return 1
    inbox.watch(frontend.recover, on_tick=frontend.sweep_inbox)  # what a dead replica (or this one, before a restart) left queued
    from bot.front.slack.alerts import start_safely as start_alerts  # on-call alerts (docs/alerts.md)
    from bot.pipeline import Gorae

    # the alerts come with the policy of a Gorae (an embedding's own Pipeline has no alerts: section);
    # the alert buttons' work runs where every other request runs (the worker processes)
    alerts = start_alerts(app, frontend, client, pipeline, opts.state, work=procs) \
        if isinstance(pipeline, Gorae) else None
    stop = stop or threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(sig, lambda *_: stop.set())
        except ValueError:  # not the main thread (tests)
            pass
    up = threading.Event()  # start-up is over: the workers warm (and, in Socket Mode, Slack connected)

    def is_ready() -> bool:  # and still warm: a worker process started again (one died) loads anew
        return up.is_set() and warming.ready()

    probe = HealthServer(is_ready, port=opts.health_port, host=opts.host) if opts.health_port is not None else None
    try:
        if probe is not None:
            probe.start()
    except OSError as e:  # port in use, address not available
        print(_say("slack.start.listen", port=opts.health_port, why=e), file=sys.stderr)
        if procs is not None:
            procs.close()
        return 1
    if http_port is not None:
        server = SlackHTTPServer(app, port=http_port, host=opts.host,
                                 signing_secret=str(secret), store=frontend.intake, ready=is_ready)
        try:
            server.start()
        except OSError as e:  # port in use, address not available
            print(_say("slack.start.listen", port=http_port, why=e), file=sys.stderr)
            if probe is not None:
                probe.stop()
            if procs is not None:
                procs.close()
            return 1
        log.info("gorae slack: HTTP on %s:%s%s", opts.host, server.port, EVENTS_PATH)
        settle()
        health = _health_reporter(opts, slack=lambda: True, ready=is_ready)
        failed: list[str] = []

        def announce() -> None:  # events are acked meanwhile; their work waits for the workers
            try:
                if wait_warm(warming, stop):
                    up.set()
                    health.poke()
                    log.info(ready_line("HTTP"))
            except Exception as e:  # a worker process could not start: gorae must not run half
                failed.append(str(e))
                stop.set()

        threading.Thread(target=announce, name="gorae-slack-warm", daemon=True).start()
        if ready:
            ready(server)
        stop.wait()
        health.stop()
        server.stop()
        if probe is not None:
            probe.stop()
        if failed:
            print(_say("slack.start.failed") + failed[0], file=sys.stderr)
            if alerts is not None:
                alerts.stop()
            frontend.worker.shutdown(wait=False)
            if procs is not None:
                procs.close()
            inbox.close(release=False)
            return 1
    else:
        from bot.front.slack.health import EXIT_UNHEALTHY, SocketHealth
        from bot.front.slack.socketmode import EarlyAckHandler

        # events stored, acked, then dispatched after their burst (as over HTTP)
        # ping_interval: also the period of the SDK's session monitor, which reconnects a lost session
        handler = EarlyAckHandler(app, str(app_token), store=frontend.intake_body,
                                  ping_interval=settings.socket_ping_interval)
        watchdog = SocketHealth(stop, interval=settings.socket_check_interval, grace=settings.socket_grace,
                                failures=settings.socket_failures)
        watchdog.attach(handler.client)
        health = _health_reporter(opts, slack=handler.client.is_connected, ready=is_ready)  # "starting"

        def give_up(line: str) -> int:
            print(line, file=sys.stderr)
            health.stop()
            if probe is not None:
                probe.stop()
            handler.client.close()
            if alerts is not None:
                alerts.stop()
            frontend.worker.shutdown(wait=False)
            if procs is not None:
                procs.close()
            inbox.close(release=False)
            return 1

        # the websocket opens once the workers are warm: until then Slack sends this replica nothing
        # (the other one, if any, answers); what the inbox held from before waits for the same load
        try:
            warm = wait_warm(warming, stop)
        except Exception as e:  # a worker process could not start (procs.WorkerDied)
            return give_up(_say("slack.start.failed") + str(e))
        if warm:
            try:
                handler.connect()
            except Exception as e:  # a wrong app token, no network
                return give_up(_say("slack.start.socket", why=e))
            log.info("gorae slack: Socket Mode connected")
            up.set()
            health.poke()
            log.info(ready_line("Socket Mode"))
            settle()
            watchdog.check()
            threading.Thread(target=watchdog.watch, name="gorae-slack-watchdog", daemon=True).start()
            if ready:
                ready(handler)
        stop.wait()
        health.stop()
        if probe is not None:
            probe.stop()
        closer = threading.Thread(target=handler.close, name="gorae-slack-close", daemon=True)
        closer.start()
        closer.join(5)  # the SDK may still be inside a reconnect attempt: do not wait for it
        if watchdog.fatal is not None:
            print(_say("slack.start.unhealthy", why=watchdog.fatal), file=sys.stderr)
            if alerts is not None:
                alerts.stop()
            frontend.worker.join(timeout=30)
            frontend.worker.shutdown(wait=False)
            if procs is not None:
                procs.close()
            inbox.close()
            return EXIT_UNHEALTHY
    if alerts is not None:
        alerts.stop()
    frontend.worker.join(timeout=30)
    frontend.worker.shutdown(wait=False)
    if procs is not None:
        procs.close()
    inbox.close()  # what is left (past the 30 s) goes to the other replica at once
    return 0
