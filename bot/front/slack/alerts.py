"""Alerts in Slack: one message per incident, grouped storms, rate limits, and the alert's buttons.

    service = start(app, frontend, client, pipeline, state_file)   # inside `gorae slack`

`SlackAlertSink` receives bot.alerts.incidents.Changes from the watcher (bot/alerts/watch.py) and, on
its own thread:
- posts one message per incident (container x kind) in the channel of the first
  matching route (policy `alerts:` section), in the route's language, mentioning
  whom it names — unless the route is muted now or someone silenced the incident;
- on a repeat, updates that message's counter and adds one thread reply (repeats
  that arrive together are one reply);
- when `storm.count` incidents open within `storm.within` in one channel, posts one
  summary instead ("23 containers are failing at once") whose thread lists them;
- on recovery, updates the message ("recovered after 4 min") and drops its buttons.
Slack's limits: at most `burst` posts at once and then one a second per channel
(chat.postMessage, thread replies included); a message is updated at most once a
`update_every` seconds (changes in between are merged); 429 answers are retried by
the WebClient (app.make_client) honouring Retry-After. A post that still fails is
kept and tried again, and its events stay undelivered (the watcher's cursor waits).

`AlertActions` handles the buttons. Restart, Logs and Inspect become a `Request`
by the person who clicked, in that channel, handled by the pipeline exactly like
typed text (plan, policy with their roles there, confirm/approve, execute, audit),
answered in the alert's thread (a refusal only to them). Silence and "I'm on it"
need the right to operate (silence) or read (take) the container in that channel,
are recorded in the audit log and shown on the alert. Clicks run where messages and
the other buttons run: queued on the Slack workers, the parsing, planning, policy and
Docker work in `work` (`gorae slack`: the worker processes, bot/front/slack/procs.py),
never on the acking interpreter; the clicker is checked like any click (a user of
another organisation gets nothing from channel bindings, a DM is the policy's "dm" only
when it is gorae's own) and a click delivered twice runs once (in memory before the
ack, on disk before the work).
"""
from __future__ import annotations

import json
import logging
import queue
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from bot.alerts.incidents import (
    Change,
    Details,
    Incident,
    commands,
    duration,
    family_of,
    fields,
    gather,
    headline,
    plain,
    short,
)
from bot.front.slack import blocks as bk
from bot.messages import t
from bot.model import Actor, Msg, Plan, Request
from bot.policy.alertrules import AlertRules, Route
from bot.state.backend import StateUnavailable

if TYPE_CHECKING:
    from bot.alerts.watch import WatchStore
    from bot.front.slack.app import SlackFrontEnd
    from bot.model import Reply
    from bot.pipeline import Explanation, Gorae

log = logging.getLogger(__name__)

ACTION_PREFIX = "gorae_alert_"
ACTIONS = ("restart", "logs", "inspect", "silence_1h", "silence_tomorrow", "ack")


# --------------------------------------------------------------------------- rate limit


@dataclass
class Bucket:
    """A token bucket: `burst` at once, then `rate` per second (thread-safe: the sinks of
    several engines post to the same channel and share its bucket)."""

    rate: float = 1.0
    burst: float = 3.0
    tokens: float = 3.0
    at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def take(self, now: float) -> bool:
        with self.lock:
            elapsed = max(0.0, now - self.at)  # two sinks' clocks read a moment apart
            self.tokens = min(self.burst, self.tokens + elapsed * self.rate) if self.at else self.tokens
            self.at = max(self.at, now)
            if self.tokens >= 1.0:
                self.tokens -= 1.0
                return True
            return False

    def wait(self, now: float) -> float:
        """Seconds until a token is there."""
        with self.lock:
            have = min(self.burst, self.tokens + max(0.0, now - self.at) * self.rate) if self.at else self.tokens
            return 0.0 if have >= 1.0 else (1.0 - have) / self.rate


class ChannelBuckets:
    """One `Bucket` per Slack channel, shared by every sink of a process: Slack's limit for
    chat.postMessage is about one message a second per channel, whichever engine an alert
    comes from (https://api.slack.com/methods/chat.postMessage#rate_limiting)."""

    def __init__(self, rate: float = 1.0, burst: float = 3.0) -> None:
        self.rate, self.burst = rate, burst
        self._lock = threading.Lock()
        self._by_channel: dict[str, Bucket] = {}

    def get(self, channel: str) -> Bucket:
        with self._lock:
            b = self._by_channel.get(channel)
            if b is None:
                b = self._by_channel[channel] = Bucket(self.rate, self.burst, self.burst)
            return b


# --------------------------------------------------------------------------- rendering


def mention_text(mentions: tuple[str, ...], handles: dict[str, str]) -> str:
    """Slack markup for a route's mentions (@handle resolved through usergroups.list when possible)."""
    out = []
    for m in mentions:
        if m in ("@here", "@channel"):
            out.append(f"<!{m[1:]}>")
        elif m.startswith("S"):
            out.append(f"<!subteam^{m}>")
        elif m.startswith("U"):
            out.append(f"<@{m}>")
        elif m[1:] in handles:
            out.append(f"<!subteam^{handles[m[1:]]}>")
        else:
            out.append(bk.escape(m))
    return " ".join(out)


def _code_section(lines: list[str], budget: int = bk.SECTION_MAX - 10) -> dict[str, Any]:
    text = "\n".join(lines)
    if len(text) > budget:
        text = text[-budget:]
    return bk.section(bk.code(text))


def render_alert(inc: Incident, d: Details | None, lang: str, *, rules: AlertRules, mention: str = "",
                 notes: list[str] | None = None, label_engine: bool = False) -> bk.Rendered:
    """The alert message: headline, fields, last log lines, docker commands, notes, buttons.

    `label_engine`: several engines are watched; the headline starts with "[ENGINE] "."""
    safe = Incident(**{**inc.to_json(), "name": bk.escape(inc.name), "engine": bk.escape(inc.engine)})
    head = headline(safe, lang, rules.loop_within)
    if label_engine:
        head = t("alert.engine_label", lang, engine=safe.engine) + head
    blocks: list[dict[str, Any]] = [bk.section(f"{mention} {head}".strip())]
    rows = fields(inc, d or Details(), lang)
    blocks.append({"type": "section", "fields": [
        {"type": "mrkdwn", "text": f"*{bk.escape(k)}*\n{bk.escape(v)}"[:bk.FIELD_MAX]} for k, v in rows[:10]]})
    if d is not None and inc.kind != "engine":
        blocks.append(bk.context(t("alert.f.logs", lang, lines=len(d.logs))))
        blocks.append(_code_section(list(d.logs) or [t("alert.f.no_logs", lang)]))
    blocks.append(bk.context(t("alert.f.commands", lang)))
    blocks.append(_code_section(list(commands(inc))))
    if inc.count > 1:
        blocks.append(bk.context(t("alert.count", lang, count=inc.count, last=_date(inc.last))))
    for note in notes or []:
        blocks.append(bk.context(note))
    if inc.recovered is not None:
        how = t(f"alert.how.{inc.how or 'running'}", lang)
        blocks.append(bk.section(t("alert.recovered", lang, after=duration(inc.recovered - inc.opened, lang),
                                   how=how)))
    else:
        blocks.append(alert_actions(inc, lang))
    text = plain(headline(inc, lang, rules.loop_within))
    if label_engine:
        text = t("alert.engine_label", lang, engine=inc.engine) + text
    if mention:
        text = f"{mention} {text}"
    return bk.Rendered(text[:bk.TEXT_MAX], blocks[:bk.BLOCKS_MAX])


def _date(at: float) -> str:
    """A time Slack shows in each reader's own time zone."""
    from bot.alerts.incidents import iso

    return f"<!date^{int(at)}^{{date_short_pretty}} {{time_secs}}|{iso(at)}>"


def alert_actions(inc: Incident, lang: str) -> dict[str, Any]:
    value = json.dumps({"k": inc.key, "n": inc.name, "f": inc.family, "l": lang}, ensure_ascii=False)
    names = ACTIONS if inc.kind != "engine" else ("silence_1h", "silence_tomorrow", "ack")
    buttons = [bk.button(t(f"alert.btn.{a}", lang), ACTION_PREFIX + a, value,
                         style="danger" if a == "restart" else ("primary" if a == "ack" else None))
               for a in names]
    return {"type": "actions", "block_id": f"gorae_alert_{lang}", "elements": buttons}


def render_storm(engine: str, count: int, lang: str, mention: str = "") -> bk.Rendered:
    head = t("alert.storm", lang, count=count, engine=bk.escape(engine))
    text = f"{mention} {head}".strip()
    return bk.Rendered(plain(text)[:bk.TEXT_MAX], [bk.section(text)])


def storm_lines(items: list[Incident], lang: str) -> list[str]:
    return [t("alert.storm.item", lang, name=bk.escape(i.name), what=short(i, lang)) for i in items]


# --------------------------------------------------------------------------- the sink


@dataclass
class Posted:
    """An incident's message (or its place in a storm summary)."""

    incident: Incident
    channel: str
    lang: str
    ts: str | None = None
    details: Details | None = None
    storm: Storm | None = None
    mention: str = ""
    notes: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    acks: list[tuple[tuple[str, ...], Callable[[tuple[str, ...]], None]]] = field(default_factory=list)
    dirty: bool = False
    regather: bool = False
    last_update: float = 0.0


@dataclass
class Storm:
    channel: str
    lang: str
    engine: str
    mention: str = ""
    ts: str | None = None
    count: int = 0
    unlisted: list[Incident] = field(default_factory=list)  # not yet in the thread
    dirty: bool = False
    last_open: float = 0.0
    last_update: float = 0.0


@dataclass
class _Open:
    change: Change
    done: Callable[[tuple[str, ...]], None]
    route: Route


class SlackAlertSink:
    """bot.alerts.watch.AlertSink for Slack (see the module docstring).

    Args:
        client: slack_sdk WebClient (with retry handlers).
        rules: the policy's alerts: section.
        store: bot.alerts.watch.WatchStore (delivered events, messages, silences).
        docker: a docker SDK client, to gather each alert's details.
    """

    def __init__(self, client: Any, rules: AlertRules, store: WatchStore, docker: Any, *, burst: float = 3.0,
                 rate: float = 1.0, update_every: float = 1.0, batch: float = 0.03, retry_after: float = 3.0,
                 clock: Callable[[], float] = time.time, label_engine: bool = False,
                 buckets: ChannelBuckets | None = None) -> None:
        self.client = client
        self.label_engine = label_engine  # several engines watched: alerts say which (render_alert)
        self.rules = rules
        self.store = store
        self.docker = docker
        self.burst, self.rate, self.update_every = burst, rate, update_every
        self.batch = batch
        self.retry_after = retry_after
        self.clock = clock
        self.posted: dict[str, Posted] = {}
        self.storms: dict[str, Storm] = {}
        self.opens: dict[str, list[_Open]] = {}
        self._waiting: dict[str, _Open] = {}  # incident key -> its open, until posted
        self.recent: dict[str, deque[float]] = {}
        self.buckets = buckets if buckets is not None else ChannelBuckets(rate, burst)
        self._handles: dict[str, str] | None = None
        self._q: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._stop = threading.Event()
        self._retry_at = 0.0
        self._thread = threading.Thread(target=self._loop, name="gorae-slack-alerts", daemon=True)
        self._restore()

    def _restore(self) -> None:
        for inc, channel, ts in self.store.incidents():
            if channel and ts:
                route = self.rules.route(inc.name, inc.kind)
                self.posted[inc.key] = Posted(inc, channel, route.lang if route else "en", ts)

    def start(self) -> SlackAlertSink:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._q.put(("stop",))
        self._thread.join(timeout)

    # ----------------------------------------------------------------- the AlertSink side
    def deliver(self, changes: list[Change], done: Callable[[tuple[str, ...]], None]) -> None:
        for ch in changes:
            self._q.put(("change", ch, done))

    def note(self, key: str, line: str) -> bool:
        """Add a line to an incident's message ("<@U> is on it"); False if there is no such message."""
        ev = threading.Event()
        box: list[bool] = []
        self._q.put(("note", key, line, ev, box))
        ev.wait(10)
        return bool(box and box[0])

    # ----------------------------------------------------------------- the thread
    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                item = self._q.get(timeout=self._next_due())
            except queue.Empty:
                item = None
            items = [item] if item is not None else []
            if item is not None and self.batch > 0:
                time.sleep(self.batch)  # a storm arrives within milliseconds: see it whole
            while True:
                try:
                    items.append(self._q.get_nowait())
                except queue.Empty:
                    break
            now = self.clock()
            for it in items:
                try:
                    self._take(it, now)
                except Exception:
                    log.exception("alert change not handled: %s", it)
            try:
                self._flush(self.clock())
            except Exception:
                log.exception("alert flush failed")

    def _next_due(self) -> float:
        pending = bool(self.opens and any(self.opens.values())) or any(
            p.dirty for p in self.posted.values()) or any(s.dirty or s.unlisted for s in self.storms.values())
        return 0.2 if pending else 1.0

    def _take(self, item: tuple[Any, ...], now: float) -> None:
        if item[0] == "stop":
            return
        if item[0] == "note":
            _, key, line, ev, box = item
            p = self.posted.get(key)
            if p is not None and p.ts:
                p.notes.append(line)
                p.dirty = True
            box.append(p is not None)
            ev.set()
            return
        _, ch, done = item
        self._accept(ch, done, now)

    def _accept(self, ch: Change, done: Callable[[tuple[str, ...]], None], now: float) -> None:
        inc = ch.incident
        p = self.posted.get(inc.key)
        route = self.rules.route(inc.name, inc.kind)
        if p is not None:
            p.incident = inc
            if p.storm is not None:
                self._ack(ch.events, inc, done, p.channel, p.storm.ts)
                if inc.recovered is not None:
                    self.posted.pop(inc.key, None)
                return
            p.dirty = True
            p.regather = p.regather or ch.what == "escalate"
            silenced = self.store.silenced(inc.name, inc.family, now) is not None
            if ch.what in ("repeat", "escalate") and not silenced:
                p.replies.append(t("alert.repeat", p.lang, what=short(inc, p.lang), count=inc.count))
            p.acks.append((ch.events, done))
            return
        waiting = self._waiting.get(inc.key)
        if waiting is not None:  # not posted yet: post it as it stands now
            waiting.change = Change(waiting.change.what, inc, waiting.change.events + ch.events,
                                    waiting.change.at, ch.event_time)
            return
        if ch.what == "recover" or route is None or self.store.silenced(inc.name, inc.family, now) \
                or self.rules.muted(route, now):
            self._ack(ch.events, inc if ch.what != "recover" else None, done)  # nobody is told: nothing to post
            return
        channel = self.rules.channel_id(route)
        o = _Open(ch, done, route)
        self.opens.setdefault(channel, []).append(o)
        self._waiting[inc.key] = o

    def _ack(self, keys: tuple[str, ...], inc: Incident | None, done: Callable[[tuple[str, ...]], None],
             channel: str | None = None, ts: str | None = None) -> None:
        self.store.delivered(keys, inc, channel=channel, ts=ts)
        done(keys)

    def _bucket(self, channel: str) -> Bucket:
        return self.buckets.get(channel)

    def _handles_map(self) -> dict[str, str]:
        if self._handles is None:
            self._handles = {}
            if any(m.startswith("@") and m not in ("@here", "@channel") for r in self.rules.routes for m in r.mention):
                try:
                    resp = self.client.usergroups_list()
                    self._handles = {g.get("handle", ""): g["id"] for g in resp.get("usergroups") or []}
                except Exception as e:
                    log.warning("usergroups.list failed (mentions stay plain text): %s", e)
        return self._handles

    # ----------------------------------------------------------------- flushing
    def _flush(self, now: float) -> None:
        if now < self._retry_at:
            return
        try:
            for channel in list(self.opens):
                self._flush_opens(channel, now)
            for storm in list(self.storms.values()):
                self._flush_storm(storm, now)
            for p in list(self.posted.values()):
                if p.dirty and p.ts and now - p.last_update >= self.update_every:
                    self._flush_message(p, now)
        except Exception as e:
            log.warning("Slack refused an alert (%s); trying again in %ss", e, self.retry_after)
            self._retry_at = now + self.retry_after

    def _flush_opens(self, channel: str, now: float) -> None:
        opens = self.opens.get(channel) or []
        recent = self.recent.setdefault(channel, deque())
        while recent and recent[0] < now - self.rules.storm_within:
            recent.popleft()
        storm = self.storms.get(channel)
        if storm is not None and now - storm.last_open > self.rules.storm_within and not opens:
            return
        in_storm = storm is not None and now - storm.last_open <= self.rules.storm_within
        if not in_storm and len(recent) + len(opens) >= self.rules.storm_count:
            first = opens[0]
            storm = Storm(channel, first.route.lang, first.change.incident.engine,
                          mention_text(first.route.mention, self._handles_map()))
            self.storms[channel] = storm
            in_storm = True
        if in_storm and storm is not None:
            for o in opens:
                inc = o.change.incident
                storm.count += 1
                storm.unlisted.append(inc)
                storm.last_open = now
                storm.dirty = True
                self._waiting.pop(inc.key, None)
                if inc.recovered is not None:  # already over: listed, nothing more to follow
                    self._ack(o.change.events, inc, o.done)
                    continue
                self.posted[inc.key] = Posted(inc, channel, storm.lang, storm=storm)
                self.posted[inc.key].acks.append((o.change.events, o.done))
            self.opens[channel] = []
            return
        while opens and self._bucket(channel).take(now):
            o = opens[0]
            self._post_alert(channel, o, now)  # raises on failure: the open stays queued
            opens.pop(0)
            self._waiting.pop(o.change.incident.key, None)
            recent.append(now)

    def _post_alert(self, channel: str, o: _Open, now: float) -> None:
        inc = o.change.incident
        d = gather(self.docker, inc)
        mention = mention_text(o.route.mention, self._handles_map())
        r = render_alert(inc, d, o.route.lang, rules=self.rules, mention=mention, label_engine=self.label_engine)
        resp = self.client.chat_postMessage(channel=channel, text=r.text, blocks=r.blocks)
        ts = str(resp.get("ts"))
        if inc.recovered is None:
            self.posted[inc.key] = Posted(inc, str(resp.get("channel") or channel), o.route.lang, ts, d,
                                          last_update=now)
        self._ack(o.change.events, inc, o.done, channel, ts)

    def _flush_storm(self, storm: Storm, now: float) -> None:
        bucket = self._bucket(storm.channel)
        if storm.ts is None:
            if not bucket.take(now):
                return
            r = render_storm(storm.engine, storm.count, storm.lang, storm.mention)
            resp = self.client.chat_postMessage(channel=storm.channel, text=r.text, blocks=r.blocks)
            storm.ts, storm.last_update, storm.dirty = str(resp.get("ts")), now, False
        elif storm.dirty and now - storm.last_update >= self.update_every:
            r = render_storm(storm.engine, storm.count, storm.lang)
            self.client.chat_update(channel=storm.channel, ts=storm.ts, text=r.text, blocks=r.blocks)
            storm.last_update, storm.dirty = now, False
        while storm.unlisted and bucket.take(now):  # the list in the thread, 40 a message
            text = "\n".join(storm_lines(storm.unlisted[:40], storm.lang))
            self.client.chat_postMessage(channel=storm.channel, thread_ts=storm.ts, text=text,
                                         blocks=[bk.section(text[:bk.SECTION_MAX])])
            del storm.unlisted[:40]
        for p in list(self.posted.values()):
            if p.storm is storm and p.acks:
                for keys, done in p.acks:
                    self._ack(keys, p.incident, done, storm.channel, storm.ts)
                p.acks = []
        if now - storm.last_open > self.rules.storm_within and not storm.dirty and not storm.unlisted:
            self.storms.pop(storm.channel, None)

    def _flush_message(self, p: Posted, now: float) -> None:
        inc = p.incident
        if p.details is None or p.regather:
            p.details = gather(self.docker, inc)
            p.regather = False
        if p.replies:
            if not self._bucket(p.channel).take(now):
                return
            text = "\n".join(p.replies[-10:])
            self.client.chat_postMessage(channel=p.channel, thread_ts=p.ts, text=text, blocks=[bk.section(text)])
            p.replies = []
        r = render_alert(inc, p.details, p.lang, rules=self.rules, mention=p.mention, notes=p.notes,
                         label_engine=self.label_engine)
        self.client.chat_update(channel=p.channel, ts=p.ts, text=r.text, blocks=r.blocks)
        p.dirty, p.last_update = False, now
        for keys, done in p.acks:
            self._ack(keys, inc, done, p.channel, p.ts)
        p.acks = []
        if inc.recovered is not None:
            self.posted.pop(inc.key, None)


# --------------------------------------------------------------------------- the buttons


def click_text(action: str, name: str, lang: str, explain: Callable[[str], Any]) -> str:
    """What a Restart/Logs/Inspect click says, as typed text: in the alert's language when
    gorae reads that phrase as exactly the intended command, else as the docker command."""
    cli = {"restart": f"docker restart {name}", "logs": f"docker logs --tail 100 {name}",
           "inspect": f"docker inspect {name}"}[action]
    phrase = {("restart", "ko"): f"{name} 재시작", ("logs", "ko"): f"{name} 로그 마지막 100줄",
              ("inspect", "ko"): f"{name} 상세 정보", ("restart", "en"): f"restart {name}",
              ("logs", "en"): f"show the last 100 lines of logs from {name}",
              ("inspect", "en"): f"inspect {name}"}[(action, lang)]
    try:
        planned = explain(phrase).planned
    except Exception:
        return cli
    return phrase if isinstance(planned, Plan) and planned.cli == (cli,) else cli


class Notes(Protocol):
    """Where "<@U> is on it" lines go: the sink that posted the alert (SlackAlertSink.note)."""

    def note(self, key: str, line: str) -> bool: ...


class ClickWork(Protocol):
    """Where an alert click's pipeline work runs: a bot.pipeline.Gorae, or the worker
    processes of `gorae slack` (bot.front.slack.procs.ProcessPipeline)."""

    def handle(self, request: Request, *, progress: Callable[[str], None] | None = None) -> Reply: ...

    def explain(self, text: str, request: Request | None = None) -> Explanation: ...


class AlertActions:
    """The alert buttons (see the module docstring). `pipeline` is the Slack process's
    bot.pipeline.Gorae (its audit log and engine list); `work` runs each click's parsing,
    planning, policy and Docker work (default: `pipeline` itself)."""

    def __init__(self, frontend: SlackFrontEnd, pipeline: Gorae, store: WatchStore, sink: Notes,
                 rules: AlertRules, work: ClickWork | None = None) -> None:
        self.frontend = frontend
        self.pipeline = pipeline
        self.work: ClickWork = work if work is not None else pipeline
        self.store = store
        self.sink = sink
        self.rules = rules

    def register(self, app: Any) -> None:
        app.action(re.compile(rf"^{ACTION_PREFIX}(" + "|".join(ACTIONS) + ")$"))(self.on_action)
        self.frontend.take_over(ACTION_PREFIX, self._act)  # a dead replica's stored clicks

    def on_action(self, ack: Callable[..., Any], body: dict[str, Any], action: dict[str, Any]) -> None:
        """An alert button. Stored in the inbox (bot/state/inbox.py) before the ack goes out (bolt
        sends it when the listener returns): a replica killed with it queued loses nothing."""
        ack()
        self._act(body, action)

    def _act(self, body: dict[str, Any], action: dict[str, Any], inbox_id: str | None = None) -> None:
        """`inbox_id`: a click taken over from a dead replica's inbox (SlackFrontEnd.take_over)."""
        recovered = inbox_id is not None
        click = self.frontend._click(body, action)
        try:
            value = json.loads(str(action.get("value") or ""))
            key, name, fam, lang = str(value["k"]), str(value["n"]), str(value["f"]), str(value["l"])
        except (ValueError, KeyError, TypeError):
            self.frontend._drop(inbox_id)
            return
        if click is None or lang not in ("ko", "en"):
            self.frontend._drop(inbox_id)
            return
        user, channel, ts, _thread_ts, _ = click
        dedup = self.frontend.dedup
        keys = (f"alert:{action.get('action_ts') or ''}:{user}:{ts}",)
        if not recovered and not dedup.recent(*keys):  # the ack path: memory only (as every other click)
            return
        if not recovered:
            inbox_id = self.frontend.store_click(body, user=user, channel=channel,
                                                 text=str(action.get("value") or ""), thread_ts=ts)
        what = str(action.get("action_id") or "")[len(ACTION_PREFIX):]

        def job() -> None:  # on a Slack worker, like every other request
            try:
                if not dedup.first(*keys):  # on disk before anything runs: once across restarts
                    return
            except StateUnavailable as e:  # fail closed: the click runs nothing now
                log.error("alert click refused: %s", e)
                self._say(channel, ts, user, lang, t("state.unavailable", lang))
                return
            try:
                actor = self.frontend.actor(user, external=self.frontend._clicker_is_external(body))
                where = self.frontend.place(channel, user)
            except Exception:
                log.exception("alert click failed")
                self._say(channel, ts, user, lang, t("slack.internal_error", lang))
                return
            if what in ("restart", "logs", "inspect"):
                self._typed(what, name, lang, actor, where, channel, ts, str(action.get("action_ts") or ""),
                            engine=key.split("/", 1)[0])
            else:
                self._mark(what, key, name, fam, lang, actor, where, channel, ts)

        run = self.frontend.owned(inbox_id, job,
                                  refused=lambda: self._say(channel, ts, user, lang, t("state.unavailable", lang)))
        if not self.frontend.worker.submit(run):
            self.frontend._drop(inbox_id)
            log.warning("alert click dropped: the worker queue is full")
            self._say(channel, ts, user, lang, t("slack.busy", lang))

    def _say(self, channel: str, ts: str, user: str, lang: str, line: str) -> None:
        """A line only the clicker sees, in the alert's thread."""
        from bot.front.slack.deliver import Delivery

        d = Delivery(self.frontend.client, channel=channel, thread_ts=ts, user=user, lang=lang,
                     throttle=self.frontend.throttle)
        threading.Thread(target=d.notice, args=(line,), kwargs={"private": True}, daemon=True).start()

    def _typed(self, what: str, name: str, lang: str, actor: Actor, where: str, channel: str, ts: str,
               action_ts: str, engine: str | None = None) -> None:
        """Restart / Logs / Inspect: the click as a typed request of the clicker (`where`: the
        policy's name for the channel), run by `work`; answered in the alert's thread."""
        from bot.front.slack.deliver import Delivery

        user = actor.user
        d = Delivery(self.frontend.client, channel=channel, thread_ts=ts, user=user, lang=lang,
                     throttle=self.frontend.throttle, slow_after=self.frontend.slow_after)
        d.start()
        try:
            text = click_text(what, name, lang, self.work.explain)
            known = self.pipeline.known_engines()
            if engine and known.many and known.get(engine) is not None:
                text = f"{text} ({engine})"  # the alert's engine, as a sentence names it
            request = Request(text, actor, channel=where, source="slack", request_id=f"alert:{ts}:{action_ts}")
            reply = self.work.handle(request, progress=d.progress)
        except Exception:
            log.exception("alert click failed")
            d.notice(t("slack.internal_error", lang))
            return
        d.finish(reply)

    def _mark(self, what: str, key: str, name: str, fam: str, lang: str, actor: Actor, where: str, channel: str,
              ts: str) -> None:
        """Silence / I'm on it: allowed when the clicker may operate (silence) or read (take)
        the container there (decided by `work`'s policy), then recorded and shown."""
        from bot.front.slack.deliver import Delivery

        user = actor.user
        need = "read" if what == "ack" else "operate"
        probe = f"docker inspect {name}" if need == "read" else f"docker restart {name}"
        if fam == "engine":
            probe = "docker ps"
        request = Request(probe, actor, channel=where, source="slack", request_id=f"alert:{ts}:{what}:{user}")
        d = Delivery(self.frontend.client, channel=channel, thread_ts=ts, user=user, lang=lang,
                     throttle=self.frontend.throttle)
        try:
            ex = self.work.explain(probe, request)
        except Exception:
            log.exception("alert click failed")
            d.notice(t("slack.internal_error", lang), private=True)
            return
        decision = ex.decision
        if not isinstance(ex.planned, Plan) or decision is None or decision.kind == "deny":
            why = t("alert.unknown", lang) if decision is None or decision.reason is None else \
                _render(decision.reason, lang)
            d.notice(t("alert.refused", lang, name=bk.escape(name), what=t(f"alert.need.{need}", lang), why=why),
                     private=True)
            return
        now = time.time()
        if what == "ack":
            line = t("alert.acked_by", lang, user=user)
            msg = Msg.of("alert.acked_by", user=user)
        else:
            until = now + 3600 if what == "silence_1h" else self.rules.tomorrow(now)
            self.store.silence(name, family_of(fam) if fam != "engine" else "engine", until, user)
            from bot.alerts.incidents import iso

            line = t("alert.silenced_by", lang, user=user, until=f"<!date^{int(until)}^{{date_short_pretty}} "
                                                                f"{{time}}|{iso(until)}>")
            msg = Msg.of("alert.silence.done", name=name, what=fam, until=iso(until))
        audit = self.pipeline.audit
        if audit is not None:
            audit.record(Request(f"alert {what} {name}", actor, channel=channel, source="slack",
                                 request_id=f"alert:{ts}:{what}"), "acknowledged" if what == "ack" else "silenced",
                         message=msg)
        if not self.sink.note(key, line):
            d.notice(line)


def _render(msg: Msg, lang: str) -> str:
    from bot.messages import text

    return text(msg, lang)


# --------------------------------------------------------------------------- wiring (gorae slack)


@dataclass
class AlertService:
    watcher: Any
    sink: SlackAlertSink
    store: Any
    others: list[AlertService] = field(default_factory=list)  # the other engines' watcher and sink

    def stop(self) -> None:
        for other in self.others:
            other.watcher.stop()
            other.sink.stop()
        self.watcher.stop()
        self.sink.stop()
        self.store.close()


@dataclass
class _Setup:
    """What `start` and `start_leased` share: the policy's alert rules, the alert store, the engines
    to watch (name, docker client), whether alerts name their engine, the sinks' options and the
    one rate limit per channel that every engine's sink shares."""
    rules: AlertRules
    store: Any
    targets: list[tuple[str, Any]]
    label: bool
    opts: dict[str, Any]
    shared: ChannelBuckets


def _setup(pipeline: Gorae, state_file: str | None, docker: Any, store_path: str | None,
           sink_options: dict[str, Any] | None) -> _Setup | None:
    """None when the policy has no alert routes (or there is no policy file)."""
    from bot.alerts.watch import WatchStore, engine_label, watched_engines
    from bot.policy.check import Authorizer

    authorizer = pipeline.authorizer  # the policy file's alerts: (none without a policy file)
    rules = authorizer.policy.alerts if isinstance(authorizer, Authorizer) else None
    if rules is None or not rules.routes:
        return None
    store = WatchStore(store_path or state_file)  # None: the state database (bot.state.backend)
    if docker is not None:
        targets: list[tuple[str, Any]] = [(engine_label(), docker)]
    else:  # every engine (bot/engine/named.py), each labelled with its name when there are several
        targets, down = watched_engines()
        for name, why in down:
            log.warning("alerts: engine %s is not watched: %s", name, why)
    label = len(targets) > 1
    opts = dict(sink_options or {})
    shared = ChannelBuckets(opts.get("rate", 1.0), opts.get("burst", 3.0))  # one limit per channel
    return _Setup(rules, store, targets, label, opts, shared)


def start(app: Any, frontend: Any, client: Any, pipeline: Gorae, state_file: str | None = None, *,
          docker: Any = None, store_path: str | None = None, sink_options: dict[str, Any] | None = None,
          fresh_since: float | None = None, work: ClickWork | None = None) -> AlertService | None:
    """Watch the engine and alert in Slack when the policy has an `alerts:` section with routes.

    Registers the alert buttons on `app` (a bolt App) and returns the running service, or None
    (nothing to do). `work` runs the buttons' pipeline work (AlertActions; default `pipeline`).
    `docker`, `store_path`, `sink_options` and `fresh_since` are for tests.
    """
    from bot.alerts.incidents import Thresholds, Tracker
    from bot.alerts.watch import Watcher

    setup = _setup(pipeline, state_file, docker, store_path, sink_options)
    if setup is None:
        return None
    rules, store, targets, label, opts, shared = (setup.rules, setup.store, setup.targets, setup.label,
                                                  setup.opts, setup.shared)
    services: list[AlertService] = []
    for engine, dclient in targets:
        sink = SlackAlertSink(client, rules, store, dclient, label_engine=label, buckets=shared, **opts).start()
        if not services:
            AlertActions(frontend, pipeline, store, sink, rules, work).register(app)
        tracker = Tracker(Thresholds(rules.loop_count, rules.loop_within, rules.recover_after), engine=engine)
        watcher = Watcher(dclient, tracker, store, sink, lookback=min(600.0, max(60.0, rules.loop_within)),
                          fresh_since=fresh_since).start()
        services.append(AlertService(watcher, sink, store))
    first = services[0]
    first.others = services[1:]
    return first


class _CurrentSinks:
    """Notes go to the sinks of this replica's engines whose watch lease it holds now; an alert
    message no sink here posted is not updated (the caller posts the line in the thread instead)."""

    def __init__(self) -> None:
        self.sinks: dict[str, SlackAlertSink] = {}  # engine key -> its running sink

    def note(self, key: str, line: str) -> bool:
        return any(sink.note(key, line) for sink in list(self.sinks.values()))


class LeasedAlerts:
    """The alert service of one replica among several, for one engine (docs/ha.md): every replica
    answers the alert buttons, only the holder of the lease `watch:<engine key>` watches that engine
    and posts. On gaining the lease a fresh sink and watcher start from the shared store (cursor,
    delivered events, open incidents and their messages); on losing it they stop.

    `keeper` is the bot.state.lease.Keeper; `service` the running AlertService while held;
    `others` the same for the other engines (several engines: bot/engine/named.py).
    """

    def __init__(self, key: str, make: Callable[[], AlertService], ref: _CurrentSinks, store: Any) -> None:
        self.key = key
        self._make = make
        self._ref = ref
        self.store = store
        self.service: AlertService | None = None
        self.keeper: Any = None
        self.others: list[LeasedAlerts] = []
        self._lock = threading.Lock()

    @property
    def watcher(self) -> Any:
        service = self.service
        return service.watcher if service is not None else None

    def gain(self) -> None:
        with self._lock:
            if self.service is None:
                self.service = self._make()
                self._ref.sinks[self.key] = self.service.sink

    def lose(self) -> None:
        with self._lock:
            service, self.service = self.service, None
            self._ref.sinks.pop(self.key, None)
        if service is not None:
            try:
                service.watcher.stop()  # saves the cursor: fails while the database is away (kept as is)
            except Exception as e:
                log.warning("alerts: the watcher stopped without saving its cursor (%s)", e)
            finally:
                service.sink.stop()

    def stop(self) -> None:
        for one in [*self.others, self]:
            if one.keeper is not None:
                one.keeper.stop()
            one.lose()
        self.store.close()


def start_leased(app: Any, frontend: Any, client: Any, pipeline: Gorae, state_file: str | None = None, *,
                 docker: Any = None, store_path: str | None = None, leases: Any = None,
                 ttl: float | None = None, sink_options: dict[str, Any] | None = None,
                 work: ClickWork | None = None) -> LeasedAlerts | None:
    """`start` for a replica among several: each engine is watched only while this replica holds
    its lease `watch:<engine key>` (bot.alerts.watch.engine_key; bot.state.lease: a row in the state
    database beside the alert store, unless `leases`, a bot.state.lease.LeaseStore, says otherwise).
    Returns None when the policy has no alert routes. `docker` and `store_path` are for tests.
    Raises StateUnavailable, EngineUnavailable (no engine answers)."""
    from bot.alerts.incidents import Thresholds, Tracker
    from bot.alerts.watch import Watcher, engine_key
    from bot.state.lease import Keeper, Leases

    setup = _setup(pipeline, state_file, docker, store_path, sink_options)
    if setup is None:
        return None
    rules, store, targets, label, opts, shared = (setup.rules, setup.store, setup.targets, setup.label,
                                                  setup.opts, setup.shared)
    ref = _CurrentSinks()
    AlertActions(frontend, pipeline, store, ref, rules, work).register(app)
    lease_store = leases or Leases(store.db)
    services: list[LeasedAlerts] = []
    for engine, dclient in targets:
        key = engine_key(dclient, engine)  # one lease and one cursor per engine, whichever host it is on
        if key != engine and store.cursor(key) is None and store.cursor(engine) is not None:
            store.set_cursor(key, store.cursor(engine) or 0)  # a single gorae before: resume where it was

        def make(engine: str = engine, dclient: Any = dclient, key: str = key) -> AlertService:
            sink = SlackAlertSink(client, rules, store, dclient, label_engine=label, buckets=shared,
                                  **opts).start()
            tracker = Tracker(Thresholds(rules.loop_count, rules.loop_within, rules.recover_after), engine=engine)
            watcher = Watcher(dclient, tracker, store, sink, lookback=min(600.0, max(60.0, rules.loop_within)),
                              cursor_key=key).start()
            log.info("alerts: this replica watches engine %s", engine)
            return AlertService(watcher, sink, store)

        service = LeasedAlerts(key, make, ref, store)
        service.keeper = Keeper(lease_store, f"watch:{key}", on_gain=service.gain, on_loss=service.lose,
                                ttl=ttl).start()
        services.append(service)
    first = services[0]
    first.others = services[1:]
    return first


def start_safely(app: Any, frontend: Any, client: Any, pipeline: Gorae, state_file: str | None,
                 work: ClickWork | None = None) -> AlertService | LeasedAlerts | None:
    """`start_leased` for `gorae slack`: a problem with alerting is logged and never stops the app.
    With one replica the lease is simply always ours. `work`: where the buttons' pipeline work
    runs (the worker processes)."""
    try:
        service = start_leased(app, frontend, client, pipeline, state_file, work=work)
    except Exception:
        log.exception("alerts are off: could not start watching the engine")
        return None
    if service is not None:
        leases = ", ".join(one.keeper.name for one in [service, *service.others])
        log.info("alerts: on; each engine is watched by the replica holding its lease (%s)", leases)
    return service
