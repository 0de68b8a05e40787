"""The watcher: one engine's event stream -> bot.alerts.incidents.Tracker -> an AlertSink (Slack, a terminal).

    gorae watch            # the alerts, live, as text
    gorae watch --json     # one JSON object per line (bot.alerts.incidents.to_json)

Nothing lost, nothing twice. The store (the state database, bot.state.backend:
SQLite or PostgreSQL shared by replicas; tables alert_*) keeps the engine's cursor (the timestamp up to which every event has
been handled) and the keys of the events whose alerts were delivered. After a
restart of gorae or a dropped connection the watcher asks the engine again with
`since` = cursor minus a look-back (to rebuild "was it stopped by a person?" and the
restart-loop window): an event already delivered, or older than the cursor, only
rebuilds state; a newer one is alerted. A sink reports delivery with `Watcher.done`,
so an alert that was never posted keeps the cursor before its event.

If the stream breaks and the engine does not answer a ping, an `engine` incident
opens; it recovers when the stream is back (and what happened meanwhile is read with `since`).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from bot.alerts.incidents import Change, EngineEvent, Incident, Thresholds, Tracker, gather, to_json, to_text
from bot.state.backend import Database, Tx, as_database

log = logging.getLogger(__name__)
DAY = 24 * 3600
MARGIN = 5 * 10**9  # ns: events may be published this much out of order; read again, deduplicated by key


def default_path() -> str:
    """$GORAE_STATE_DIR/alerts.sqlite: beside the Slack dedup store."""
    from bot.state.dedup import default_path as dedup_path

    return os.path.join(os.path.dirname(dedup_path()), "alerts.sqlite")


def engine_key(client: Any, label: str) -> str:
    """A name for the engine that differs between hosts: the label, and for a "local" engine
    (each host's own socket) also the daemon's ID (`docker info`). Raises docker errors."""
    if label != "local":
        return label
    return f"local:{client.info()['ID']}"


def engine_label() -> str:
    """How alerts name the engine: "local" for the default socket, else DOCKER_HOST."""
    from bot.config import DEFAULT_DOCKER_HOST, docker_host

    host = docker_host()
    return "local" if host == DEFAULT_DOCKER_HOST else host


def watched_engines(timeout: int = 60) -> tuple[list[tuple[str, Any]], list[tuple[str, str]]]:
    """The engines to watch, each with an SDK client: ([(label, client)], [(name, why unreachable)]).

    One engine (no contexts, no `engines:`): [(engine_label(), the DOCKER_HOST client)] as before.
    Several (bot/engine/named.py): one per daemon (`Engines.distinct`: a config's `staging` on the
    local socket beside the CLI's `default` is one daemon, watched once — two watches would post each
    event twice), by its name, side by side; one that does not answer is listed with why, and the
    others are watched. Raises EngineUnavailable when none answers.
    """
    from bot.engine.named import DEFAULT, client_for, load_engines, side_by_side
    from bot.engine.view import EngineUnavailable, docker_client

    engines = load_engines()
    if not engines.many:
        return [(engine_label(), docker_client(timeout=timeout))], []

    def connect(name: str) -> Any:
        spec = engines.get(name)
        assert spec is not None
        try:
            if spec.name == DEFAULT and spec.source == "env":
                client = docker_client(timeout=timeout)
            else:
                client = client_for(spec, timeout=timeout)
            client.ping()
            return client
        except Exception as e:
            return EngineUnavailable(f"{spec.where}: {e}")

    got = side_by_side(engines.distinct(), connect)
    up = [(n, c) for n, c in got.items() if not isinstance(c, EngineUnavailable)]
    down = [(n, str(c)) for n, c in got.items() if isinstance(c, EngineUnavailable)]
    if not up:
        raise EngineUnavailable("; ".join(why for _, why in down))
    return up, down


# --------------------------------------------------------------------------- the store


class WatchStore:
    """Cursor, delivered events, open incidents with their Slack message, silences (the state database).

    Thread-safe; every method is one short transaction. `path`: a Database, a state URL, a SQLite
    file, ":memory:" (a throw-away store), or None (the state URL). Raises StateUnavailable when
    the database cannot be reached.
    """

    def __init__(self, path: str | Path | Database | None = None) -> None:
        self._owned = str(path) == ":memory:"
        self.db = as_database(path)
        self.path = self.db.path or self.db.label

    def _tx(self, fn: Callable[[Tx], Any]) -> Any:
        with self.db.tx() as tx:
            return fn(tx)

    # ----------------------------------------------------------------- cursor and seen
    def cursor(self, engine: str) -> int | None:
        row = self._tx(lambda tx: tx.one("SELECT time_nano FROM alert_cursor WHERE engine = ?", (engine,)))
        return None if row is None else int(row["time_nano"])

    def set_cursor(self, engine: str, time_nano: int) -> None:
        self._tx(lambda tx: tx.run(
            "INSERT INTO alert_cursor (engine, time_nano) VALUES (?, ?) "
            "ON CONFLICT (engine) DO UPDATE SET time_nano = excluded.time_nano", (engine, time_nano)))

    def seen(self, key: str) -> bool:
        return self._tx(lambda tx: tx.one("SELECT 1 AS x FROM alert_seen WHERE key = ?", (key,))) is not None

    def delivered(self, keys: Iterable[str], incident: Incident | None = None, *, channel: str | None = None,
                  ts: str | None = None) -> None:
        """Mark events delivered and keep the incident (with its message) in one transaction."""
        now = time.time()
        keys = list(keys)

        def tx(db: Tx) -> None:
            for k in keys:
                db.run("INSERT INTO alert_seen (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (k, now))
            if incident is not None:
                old = db.one("SELECT channel, ts FROM alert_incidents WHERE key = ?", (incident.key,))
                ch, mts = (channel, ts) if ts else ((old["channel"], old["ts"]) if old and incident.recovered is None
                                                     and old["ts"] else (None, None))
                if incident.recovered is not None:
                    db.run("DELETE FROM alert_incidents WHERE key = ?", (incident.key,))
                else:
                    db.run("INSERT INTO alert_incidents (key, data, channel, ts, open, updated) "
                           "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data, "
                           "channel = excluded.channel, ts = excluded.ts, open = 1, updated = excluded.updated",
                           (incident.key, json.dumps(incident.to_json()), ch, mts, now))

        self._tx(tx)

    def incidents(self) -> list[tuple[Incident, str | None, str | None]]:
        """Open incidents with their (channel, ts) message, if one was posted."""
        rows = self._tx(lambda tx: tx.all("SELECT data, channel, ts FROM alert_incidents WHERE open = 1"))
        return [(Incident.from_json(json.loads(r["data"])), r["channel"], r["ts"]) for r in rows]

    def message(self, key: str) -> tuple[str, str] | None:
        row = self._tx(lambda tx: tx.one("SELECT channel, ts FROM alert_incidents WHERE key = ?", (key,)))
        return (row["channel"], row["ts"]) if row and row["ts"] else None

    # ----------------------------------------------------------------- silences
    def silence(self, name: str, family: str, until: float, by: str) -> None:
        self._tx(lambda tx: tx.run(
            "INSERT INTO alert_silences (name, family, until, by_user) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name, family) DO UPDATE SET until = excluded.until, by_user = excluded.by_user",
            (name, family, until, by)))

    def silenced(self, name: str, family: str, now: float | None = None) -> float | None:
        """Until when alerts of this container and family are silenced (None: not silenced)."""
        now = time.time() if now is None else now
        row = self._tx(lambda tx: tx.one(
            "SELECT until FROM alert_silences WHERE name = ? AND family IN (?, '*') AND until > ? "
            "ORDER BY until DESC", (name, family, now)))
        return None if row is None else float(row["until"])

    def prune(self, now: float | None = None, keep: float = DAY) -> None:
        now = time.time() if now is None else now
        self._tx(lambda tx: (tx.run("DELETE FROM alert_seen WHERE at < ?", (now - keep,)),
                             tx.run("DELETE FROM alert_silences WHERE until < ?", (now,))))

    def close(self) -> None:
        if self._owned:
            self.db.close()


# --------------------------------------------------------------------------- sinks


class AlertSink(Protocol):
    """Where Changes go. `deliver` must not block for long; call `done(keys)` once delivered."""

    def deliver(self, changes: list[Change], done: Callable[[tuple[str, ...]], None]) -> None: ...


class TerminalSink:
    """`gorae watch`: each change printed (text or one JSON object per line), then acknowledged."""

    _print_lock = threading.Lock()  # several engines' sinks share one terminal

    def __init__(self, client: Any, *, as_json: bool = False, lang: str = "en", out: Any = None,
                 loop_within: float = 300.0, label: bool = False) -> None:
        self.client = client
        self.as_json = as_json
        self.lang = lang
        self.out = out or sys.stdout
        self.loop_within = loop_within
        self.label = label  # several engines: each text line starts with "[ENGINE] " (JSON has "engine")

    def deliver(self, changes: list[Change], done: Callable[[tuple[str, ...]], None]) -> None:
        for ch in changes:
            d = gather(self.client, ch.incident) if ch.what in ("open", "escalate") else None
            if self.as_json:
                line = json.dumps(to_json(ch, d, self.lang, self.loop_within), ensure_ascii=False)
            else:
                line = to_text(ch, d, self.lang, self.loop_within)
                if self.label:
                    from bot.messages import t

                    line = t("alert.engine_label", self.lang, engine=ch.incident.engine) + line
            with self._print_lock:
                print(line, file=self.out, flush=True)
            done(ch.events)


# --------------------------------------------------------------------------- the watcher


class Watcher:
    """Follows one engine's container events and feeds the tracker; see the module docstring.

    Args:
        client: a docker SDK DockerClient for the event stream (it blocks one connection).
        tracker: bot.alerts.incidents.Tracker (its thresholds decide loops and recoveries).
        store: WatchStore (cursor, delivered events).
        sink: where Changes go.
        lookback: seconds of events read again at (re)start to rebuild state.
        fresh_since: without a stored cursor, start here (epoch s; default: now).
        cursor_key: the cursor's name in the store (default the engine's label; replicas on
            several hosts each watching a "local" engine need one per engine: `engine_key`).
    """

    def __init__(self, client: Any, tracker: Tracker, store: WatchStore, sink: AlertSink, *,
                 lookback: float = 300.0, tick: float = 0.5, fresh_since: float | None = None,
                 retry: float = 1.0, ping_every: float = 15.0, cursor_key: str | None = None) -> None:
        self.client = client
        self.tracker = tracker
        self.store = store
        self.sink = sink
        self.engine = tracker.engine
        self.cursor_key = cursor_key or self.engine
        self.lookback = lookback
        self.tick_every = tick
        self.retry = retry
        self.ping_every = ping_every
        self.stop_event = threading.Event()
        self.connected = threading.Event()
        self.events = 0  # events received (benchmarks, tests)
        self._lock = threading.RLock()
        self._pending: dict[str, int] = {}  # event key -> time_nano, alerted but not yet delivered
        self._last_nano: int | None = None
        self._recent: set[str] = set()  # keys of the last events read, against overlaps
        self._recent_order: deque[str] = deque()
        self._stream: Any = None
        self._down = False
        self._threads: list[threading.Thread] = []
        cursor = store.cursor(self.cursor_key)
        if cursor is None:
            cursor = int((time.time() if fresh_since is None else fresh_since) * 1e9)
            store.set_cursor(self.cursor_key, cursor)
        self._cursor = cursor
        self._resume = cursor  # events before it were handled before this start: state only
        tracker.restore([inc for inc, _, _ in store.incidents() if inc.engine == self.engine])

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> Watcher:
        for target, name in ((self._run, "gorae-watch"), (self._ticker, "gorae-watch-tick")):
            th = threading.Thread(target=target, name=name, daemon=True)
            th.start()
            self._threads.append(th)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.stop_event.set()
        self._close_stream()
        for th in self._threads:
            th.join(timeout)
        self._save_cursor()

    def _close_stream(self) -> None:
        stream = self._stream
        if stream is not None:
            try:
                stream.close()
            except Exception:
                pass

    # ----------------------------------------------------------------- delivery bookkeeping
    def done(self, keys: tuple[str, ...]) -> None:
        """A sink delivered the change these events caused (the sink marked them in the store)."""
        with self._lock:
            for k in keys:
                self._pending.pop(k, None)

    def _save_cursor(self) -> None:
        with self._lock:
            if self._last_nano is None:
                return
            cursor = min([self._last_nano - MARGIN, *self._pending.values()])
        if cursor != self._cursor:
            self._cursor = cursor
            self.store.set_cursor(self.cursor_key, cursor)

    # ----------------------------------------------------------------- the loops
    def _since(self) -> str:
        with self._lock:
            base = self._last_nano - MARGIN if self._last_nano is not None else self._cursor - int(self.lookback * 1e9)
        return f"{base // 1_000_000_000}.{base % 1_000_000_000:09d}"

    def _run(self) -> None:
        delay = self.retry
        while not self.stop_event.is_set():
            try:
                self._stream = self.client.api.events(since=self._since(), decode=True,
                                                      filters={"type": "container"})
                self.connected.set()
                with self._lock:
                    changes = self.tracker.engine_up(time.time()) if self._down else []
                    self._down = False
                self._emit(changes)
                delay = self.retry
                for raw in self._stream:
                    if self.stop_event.is_set():
                        break
                    self._on_raw(raw)
            except Exception as e:  # the engine went away, the connection dropped
                if self.stop_event.is_set():
                    break
                if "timed out" in str(e).lower():  # a quiet engine: the client's read timeout, not a failure
                    log.debug("event stream of %s idle past the client's timeout; reconnecting", self.engine)
                    delay = 0.0
                else:
                    log.warning("event stream of %s broke: %s", self.engine, e)
                    self._check_engine(str(e))
            finally:
                self.connected.clear()
                self._close_stream()
                self._stream = None
            if not self.stop_event.is_set():
                self.stop_event.wait(delay)
                delay = min(max(delay, self.retry) * 2, 10.0)

    def _check_engine(self, error: str) -> None:
        try:
            self.client.ping()
        except Exception as e:
            with self._lock:
                if self._down:
                    return
                self._down = True
                changes = self.tracker.engine_down(time.time(), f"{error} / {e}"[:300])
            self._emit(changes)

    def _on_raw(self, raw: dict[str, Any]) -> None:
        ev = EngineEvent.from_docker(raw, self.engine)
        self.events += 1
        if ev is None:
            return
        with self._lock:
            if ev.key in self._recent:
                return  # already read (a `since` overlap after a reconnect)
            # The engine publishes concurrent events slightly out of timestamp order: never drop one
            # for being older than the last, only for having been read (its key) or delivered.
            self._last_nano = ev.time_nano if self._last_nano is None else max(self._last_nano, ev.time_nano)
            self._recent.add(ev.key)
            self._recent_order.append(ev.key)
            if len(self._recent_order) > 4096:
                self._recent.discard(self._recent_order.popleft())
            replay = ev.time_nano < self._resume or self.store.seen(ev.key)
            changes = self.tracker.feed(ev, replay=replay)
        self._emit(changes)

    def _emit(self, changes: list[Change]) -> None:
        if not changes:
            return
        with self._lock:
            for ch in changes:
                for k in ch.events:
                    self._pending[k] = _pending_time(k)
        try:
            self.sink.deliver(changes, self.done)
        except Exception:
            log.exception("alert sink failed; the events stay pending and are read again at restart")

    def _ticker(self) -> None:
        last_prune = last_ping = time.time()
        while not self.stop_event.wait(self.tick_every):
            if self.ping_every and time.time() - last_ping >= self.ping_every and not self._down:
                last_ping = time.time()  # a hung engine keeps the stream open but answers nothing
                try:
                    self.client.ping()
                except Exception as e:
                    self._check_engine(f"ping: {e}")
                    self._close_stream()
            with self._lock:
                changes = self.tracker.tick(time.time())
            self._emit(changes)
            self._save_cursor()
            if time.time() - last_prune > 3600:
                self.store.prune()
                last_prune = time.time()


def _pending_time(key: str) -> int:
    """The engine timestamp (ns) at the front of an EngineEvent.key."""
    try:
        return int(key.split(":", 1)[0])
    except ValueError:
        return 0


# --------------------------------------------------------------------------- gorae watch


def add_arguments(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser("watch", help="print the engines' alerts live (died, OOM, unhealthy, restart loops)",
                              description="Alerts as gorae raises them in Slack (docs/alerts.md). Thresholds come "
                                          "from the policy's alerts: section when there is one.")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--lang", choices=("ko", "en"), default=None, help="language of the text (default from LANG)")
    p.add_argument("--since", default=None, metavar="DURATION",
                   help="also alert what happened this long ago (e.g. 10m); default: from now on")
    p.add_argument("--policy", default=None, metavar="FILE", help="policy file (for the alerts: thresholds)")
    p.add_argument("--state", default=None, metavar="FILE",
                   help="keep the cursor here so a restarted watch resumes (default: nothing kept)")
    return p


def thresholds_of(policy_file: str | None) -> Thresholds:
    """The alerts: thresholds of the configured policy (defaults without one)."""
    from bot.config import policy_path
    from bot.policy.check import load_authorizer

    rules = load_authorizer(policy_path(policy_file)).policy.alerts
    if rules is None:
        return Thresholds()
    return Thresholds(rules.loop_count, rules.loop_within, rules.recover_after)


def main(args: argparse.Namespace) -> int:
    from bot.config import cli_lang
    from bot.engine.view import EngineUnavailable
    from bot.messages import t
    from bot.policy.check import format_problems
    from bot.policy.policyfile import PolicyInvalid, parse_duration

    lang = args.lang or cli_lang()
    try:
        th = thresholds_of(args.policy)
    except PolicyInvalid as e:
        print(format_problems(e, lang), file=sys.stderr)
        return 1
    try:
        targets, down = watched_engines(timeout=30)
    except (EngineUnavailable, Exception) as e:
        print(t("alert.watch.no_engine", lang, where=str(e)), file=sys.stderr)
        return 1
    for _name, why in down:  # several engines: the others are watched
        print(t("alert.watch.no_engine", lang, where=why), file=sys.stderr)
    back = parse_duration(args.since) if args.since else 0.0
    store = WatchStore(args.state or ":memory:")
    watchers = []
    for label, client in targets:
        sink = TerminalSink(client, as_json=args.json, lang=lang, loop_within=th.loop_within,
                            label=len(targets) + len(down) > 1)
        tracker = Tracker(th, engine=label)
        watchers.append(Watcher(client, tracker, store, sink, lookback=max(60.0, th.loop_within),
                                fresh_since=time.time() - (back or 0.0)))
        if not args.json:
            print(t("alert.watch.start", lang, engine=tracker.engine), file=sys.stderr, flush=True)
    for watcher in watchers:
        watcher.start()
    try:
        while not watchers[0].stop_event.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for watcher in watchers:
            watcher.stop()
        store.close()
    return 0
