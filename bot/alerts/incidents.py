"""Incidents from engine events: what is alerted, grouped how, and what an alert says.

    tracker = Tracker(Thresholds(loop_count=3, loop_within=300, recover_after=30), engine="local")
    for change in tracker.feed(EngineEvent.from_docker(raw)):   # raw: one `docker events` object
        ...                                                      # open / repeat / update / escalate / recover
    tracker.tick(time.time())                                    # recoveries are noticed by time

What raises an incident (one per container x kind; repeats only count):
- `died`: a `die` with a non-zero exit code that no `kill`/`stop` event announced
  (a person's or gorae's `docker stop`, `kill`, `restart`, `rm -f` sends `kill` first);
- `oom`: an `oom` event (the `die` that follows adds its exit code to the same incident);
- `unhealthy`: `health_status: unhealthy` (recovered by `health_status: healthy`);
- `restart_loop`: N unannounced exits within M seconds (whatever the exit code: `--restart
  always` loops too); the `died` incident of that container becomes this one;
- `engine`: the event stream broke and the engine does not answer (bot/alerts/watch.py says so).
A container that stays running `recover_after` seconds again is recovered; so is one removed.

Everything here is pure (no I/O) except `gather`, which reads the engine for an alert's details.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from collections import deque
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from bot.messages import t
from bot.redact import redact

ANNOUNCED = 15.0  # seconds a kill/stop event covers the die that follows it
OOM_JOIN = 10.0  # seconds an oom event claims the die that follows it
LOG_LINES = 20

Family = Literal["exit", "oom", "unhealthy", "engine"]
What = Literal["open", "repeat", "update", "escalate", "recover"]


@dataclass(frozen=True)
class Thresholds:
    """Counts and seconds (from bot.policy.alertrules.AlertRules, or the defaults)."""

    loop_count: int = 3
    loop_within: float = 300.0
    recover_after: float = 30.0


@dataclass(frozen=True)
class EngineEvent:
    """One container event of the engine (`docker events`), as much of it as alerting needs.

    `time_nano` is the engine's timestamp (ns since the epoch); `action` is Docker's
    ("die", "oom", "kill", "stop", "start", "destroy", "health_status: unhealthy", ...).
    """

    time_nano: int
    action: str
    id: str
    name: str
    image: str = ""
    exit_code: int | None = None
    engine: str = "local"

    @property
    def at(self) -> float:
        return self.time_nano / 1e9

    @property
    def key(self) -> str:
        """Unique per event on one engine (what "seen" and dedup are keyed on)."""
        return f"{self.time_nano}:{self.engine}:{self.id[:12]}:{self.action}"

    @staticmethod
    def from_docker(raw: dict[str, Any], engine: str = "local") -> EngineEvent | None:
        """A decoded `docker events` object -> EngineEvent; None for other types or exec_* noise."""
        if raw.get("Type") != "container":
            return None
        action = str(raw.get("Action") or raw.get("status") or "")
        if action.startswith("exec_") or not action:
            return None
        actor = raw.get("Actor") or {}
        attrs = actor.get("Attributes") or {}
        code = attrs.get("exitCode")
        tn = raw.get("timeNano") or int(raw.get("time") or 0) * 1_000_000_000
        return EngineEvent(int(tn), action, str(actor.get("ID") or raw.get("id") or ""),
                           str(attrs.get("name") or ""), str(attrs.get("image") or raw.get("from") or ""),
                           int(code) if code not in (None, "") and str(code).lstrip("-").isdigit() else None,
                           engine)


@dataclass
class Incident:
    """One open problem of one container (or engine) of one family. Times are epoch seconds."""

    key: str
    engine: str
    name: str
    kind: str  # died | oom | unhealthy | restart_loop | engine
    opened: float
    last: float
    container_id: str = ""
    image: str = ""
    count: int = 1
    exit_code: int | None = None
    exits: int = 0  # unannounced exits within the loop window, when last counted
    recovered: float | None = None
    how: str | None = None  # running | healthy | engine | removed
    error: str | None = None  # engine incidents: why it is unreachable

    @property
    def family(self) -> Family:
        return family_of(self.kind)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_json(data: dict[str, Any]) -> Incident:
        known = {f for f in Incident.__dataclass_fields__}
        return Incident(**{k: v for k, v in data.items() if k in known})


def family_of(kind: str) -> Family:
    return {"died": "exit", "restart_loop": "exit", "oom": "oom", "unhealthy": "unhealthy"}.get(
        kind, "engine")  # type: ignore[return-value]


def incident_key(engine: str, name: str, family: str) -> str:
    return f"{engine}/{name}/{family}"


@dataclass(frozen=True)
class Change:
    """Something to tell people: an incident opened, happened again, changed, or recovered.

    `incident` is a snapshot; `events` the keys of the engine events that caused it.
    """

    what: What
    incident: Incident
    events: tuple[str, ...] = ()
    at: float = 0.0
    event_time: float | None = None  # the engine's timestamp of the newest cause (latency)


@dataclass
class Tracker:
    """Engine events in, Changes out. Keeps only what recent events need (memory stays flat)."""

    thresholds: Thresholds = field(default_factory=Thresholds)
    engine: str = "local"
    incidents: dict[str, Incident] = field(default_factory=dict)
    _announced: dict[str, float] = field(default_factory=dict)  # name -> time of kill/stop
    _oom: dict[str, float] = field(default_factory=dict)
    _exits: dict[str, deque[float]] = field(default_factory=dict)
    _running: dict[str, float] = field(default_factory=dict)

    def restore(self, incidents: list[Incident]) -> None:
        """Open incidents kept across a restart (their messages are updated, not posted again)."""
        for inc in incidents:
            if inc.recovered is None:
                self.incidents[inc.key] = inc

    # ----------------------------------------------------------------- events
    def feed(self, ev: EngineEvent, *, replay: bool = False) -> list[Change]:
        """Apply one event. `replay`: rebuild the short-term state only (an event already alerted)."""
        name, at, action = ev.name or ev.id[:12], ev.at, ev.action
        if action in ("kill", "stop"):
            self._announced[name] = at
            return []
        if action in ("start", "restart", "unpause"):
            self._running[name] = at
            return []
        if action == "destroy":
            self._forget(name)
            return [] if replay else self._close_all(name, at, "removed", ev)
        if action == "oom":
            self._oom[name] = at
            return [] if replay else self._raise(ev, "oom", name)
        if action == "die":
            return self._die(ev, name, replay)
        if action.startswith("health_status"):
            status = action.split(":", 1)[-1].strip()
            if replay:
                return []
            if status == "unhealthy":
                return self._raise(ev, "unhealthy", name)
            if status == "healthy":
                inc = self.incidents.get(incident_key(self.engine, name, "unhealthy"))
                if inc is not None:
                    return [self._recover(inc, at, "healthy", ev)]
        return []

    def _die(self, ev: EngineEvent, name: str, replay: bool) -> list[Change]:
        at = ev.at
        self._running.pop(name, None)
        announced = self._announced.pop(name, None)
        if announced is not None and at - announced <= ANNOUNCED:
            return []  # a person (or gorae) stopped or killed it
        exits = self._exits.setdefault(name, deque())
        exits.append(at)
        while exits and exits[0] < at - self.thresholds.loop_within:
            exits.popleft()
        if replay:
            return []
        oom_at = self._oom.get(name)
        oom = self.incidents.get(incident_key(self.engine, name, "oom"))
        if oom_at is not None and at - oom_at <= OOM_JOIN and oom is not None:
            oom.exit_code, oom.last = ev.exit_code, at
            if len(exits) < self.thresholds.loop_count:
                return [Change("update", replace(oom), (ev.key,), time.time(), at)]
        looping = len(exits) >= self.thresholds.loop_count
        if not looping and not ev.exit_code:
            return []  # exit 0 (or unknown), not in a loop: a job that finished
        key = incident_key(self.engine, name, "exit")
        inc = self.incidents.get(key)
        if inc is None:
            inc = Incident(key, self.engine, name, "restart_loop" if looping else "died", at, at, ev.id,
                           ev.image, 1, ev.exit_code, len(exits))
            self.incidents[key] = inc
            return [Change("open", replace(inc), (ev.key,), time.time(), at)]
        inc.count += 1
        inc.last, inc.exit_code, inc.exits = at, ev.exit_code, len(exits)
        inc.container_id, inc.image = ev.id or inc.container_id, ev.image or inc.image
        what: What = "repeat"
        if looping and inc.kind == "died":
            inc.kind, what = "restart_loop", "escalate"
        return [Change(what, replace(inc), (ev.key,), time.time(), at)]

    def _raise(self, ev: EngineEvent, kind: str, name: str) -> list[Change]:
        key = incident_key(self.engine, name, family_of(kind))
        inc = self.incidents.get(key)
        if inc is None:
            inc = Incident(key, self.engine, name, kind, ev.at, ev.at, ev.id, ev.image)
            self.incidents[key] = inc
            return [Change("open", replace(inc), (ev.key,), time.time(), ev.at)]
        inc.count += 1
        inc.last = ev.at
        return [Change("repeat", replace(inc), (ev.key,), time.time(), ev.at)]

    def _recover(self, inc: Incident, at: float, how: str, ev: EngineEvent | None = None) -> Change:
        self.incidents.pop(inc.key, None)
        inc.recovered, inc.how = at, how
        return Change("recover", replace(inc), (ev.key,) if ev else (), time.time(), at)

    def _close_all(self, name: str, at: float, how: str, ev: EngineEvent) -> list[Change]:
        return [self._recover(inc, at, how, ev) for inc in list(self.incidents.values())
                if inc.name == name and inc.kind != "engine"]

    def _forget(self, name: str) -> None:
        for table in (self._announced, self._oom, self._exits, self._running):
            table.pop(name, None)

    # ----------------------------------------------------------------- time and the engine
    def tick(self, now: float) -> list[Change]:
        """Recoveries due by now (running `recover_after` seconds again); prunes old state."""
        out = []
        for inc in list(self.incidents.values()):
            if inc.family in ("exit", "oom"):
                since = self._running.get(inc.name)
                if since is not None and since >= inc.last and now - since >= self.thresholds.recover_after:
                    out.append(self._recover(inc, now, "running"))
        for table in (self._announced, self._oom):
            for name, at in list(table.items()):
                if now - at > 60:
                    del table[name]
        for name, exits in list(self._exits.items()):
            while exits and exits[0] < now - self.thresholds.loop_within:
                exits.popleft()
            if not exits:
                del self._exits[name]
        for name, at in list(self._running.items()):  # stable and nothing open: nothing to remember
            if now - at > self.thresholds.recover_after and not any(
                    i.name == name for i in self.incidents.values()):
                del self._running[name]
        return out

    def engine_down(self, at: float, error: str) -> list[Change]:
        key = incident_key(self.engine, "-", "engine")
        if key in self.incidents:
            return []
        inc = Incident(key, self.engine, "-", "engine", at, at, error=error)
        self.incidents[key] = inc
        return [Change("open", replace(inc), (), time.time(), at)]

    def engine_up(self, at: float) -> list[Change]:
        inc = self.incidents.get(incident_key(self.engine, "-", "engine"))
        return [] if inc is None else [self._recover(inc, at, "engine")]

    def state_size(self) -> int:
        """Entries held (for the memory benchmark)."""
        return (len(self.incidents) + len(self._announced) + len(self._oom) + len(self._running)
                + sum(len(d) for d in self._exits.values()))


# --------------------------------------------------------------------------- details


@dataclass(frozen=True)
class Details:
    """What the engine says about an incident's container when the alert is written."""

    image: str = ""
    exit_code: int | None = None
    oom_killed: bool | None = None
    restart_count: int | None = None
    status: str = ""
    health: str | None = None  # the last health check's output
    logs: tuple[str, ...] = ()  # the last LOG_LINES lines, redacted
    error: str | None = None


def gather(client: Any, inc: Incident, *, lines: int = LOG_LINES) -> Details:
    """Inspect the container and read its last `lines` log lines (redacted) through `client`
    (a docker SDK DockerClient). A container already gone gives Details with `error` set."""
    if inc.kind == "engine":
        return Details(error=inc.error)
    ref = inc.container_id or inc.name
    for attempt in range(6):
        try:
            info = client.api.inspect_container(ref)
        except Exception as e:  # removed meanwhile, engine gone
            from docker.errors import APIError

            why = e.explanation if isinstance(e, APIError) else None
            return Details(image=inc.image, exit_code=inc.exit_code, error=str(why or e))
        state = info.get("State") or {}
        if inc.kind != "oom" or not state.get("Running") or attempt == 5:
            break
        time.sleep(0.05)  # the oom event comes just before the die: wait for OOMKilled and the exit code
    health = None
    log = ((state.get("Health") or {}).get("Log") or [])
    if log:
        health = redact(str(log[-1].get("Output") or "").strip()) or ""
    try:
        raw = client.api.logs(ref, tail=lines, stdout=True, stderr=True, timestamps=False)
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    except Exception:
        text = ""
    out = tuple((redact(text) or "").splitlines()[-lines:])
    code = state.get("ExitCode")
    running = bool(state.get("Running"))
    return Details(image=str((info.get("Config") or {}).get("Image") or inc.image),
                   exit_code=inc.exit_code if inc.exit_code is not None else (None if running else code),
                   oom_killed=bool(state.get("OOMKilled")), restart_count=int(info.get("RestartCount") or 0),
                   status=str(state.get("Status") or ""), health=health, logs=out)


# --------------------------------------------------------------------------- wording


def duration(seconds: float, lang: str) -> str:
    s = max(0, int(round(seconds)))
    if s < 60:
        return t("alert.dur.s", lang, n=s)
    if s < 3600:
        return t("alert.dur.m", lang, n=s // 60)
    return t("alert.dur.h", lang, n=s // 3600, m=(s % 3600) // 60)


def headline(inc: Incident, lang: str, loop_within: float = 300.0) -> str:
    """The first line of an alert (Slack mrkdwn: `*name*`)."""
    if inc.kind == "engine":
        return t("alert.engine", lang, engine=inc.engine)
    return t(f"alert.{inc.kind}", lang, name=inc.name, exit_code=_code(inc.exit_code),
             count=max(inc.exits, inc.count), within=duration(loop_within, lang))


def plain(mrkdwn: str) -> str:
    """A headline without its leading :emoji: and *bold* marks (terminal, JSON, notifications)."""
    return re.sub(r"^:[a-z0-9_+-]+:\s*", "", mrkdwn).replace("*", "")


def short(inc: Incident, lang: str) -> str:
    """A few words: "exit code 3", "out of memory (OOM)"..."""
    return t(f"alert.short.{inc.kind}", lang, exit_code=_code(inc.exit_code), count=max(inc.exits, inc.count))


def _code(code: int | None) -> str:
    return "?" if code is None else str(code)


def commands(inc: Incident) -> tuple[str, ...]:
    """The docker commands that look further (shown with every alert)."""
    if inc.kind == "engine":
        return ("docker info", "docker version")
    n = inc.name
    cli = [f"docker logs --tail 100 {n}", f"docker inspect {n}"]
    if inc.kind == "unhealthy":
        cli.append(f"docker inspect --format '{{{{json .State.Health}}}}' {n}")
    else:
        cli.append(f"docker events --since 1h --filter container={n}")
    return tuple(cli)


def iso(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def fields(inc: Incident, d: Details, lang: str) -> list[tuple[str, str]]:
    """(label, value) rows of an alert, in `lang`; values are plain text (escape before mrkdwn)."""
    rows = [(t("alert.f.engine", lang), inc.engine)]
    if inc.kind != "engine":
        rows.insert(0, (t("alert.f.container", lang), inc.name))
        rows.append((t("alert.f.image", lang), d.image or inc.image or "?"))
    rows.append((t("alert.f.when", lang), iso(inc.opened)))
    if inc.family in ("exit", "oom"):
        code = inc.exit_code if inc.exit_code is not None else d.exit_code
        rows.append((t("alert.f.exit_code", lang), _code(code)))
        if d.oom_killed is not None:
            rows.append((t("alert.f.oom_killed", lang), t("alert.yes" if d.oom_killed else "alert.no", lang)))
    if d.restart_count is not None:
        rows.append((t("alert.f.restarts", lang), str(d.restart_count)))
    if d.health:
        rows.append((t("alert.f.health", lang), d.health[-500:]))
    if d.error and inc.kind == "engine":
        rows.append((t("alert.f.error", lang), d.error[:300]))
    return rows


def to_json(change: Change, d: Details | None, lang: str = "en", loop_within: float = 300.0) -> dict[str, Any]:
    """One line of `gorae watch --json`."""
    inc = change.incident
    out: dict[str, Any] = {
        "what": change.what, "kind": inc.kind, "container": None if inc.kind == "engine" else inc.name,
        "engine": inc.engine, "image": (d.image if d else "") or inc.image or None,
        "at": iso(inc.last), "opened": iso(inc.opened), "count": inc.count,
        "exit_code": inc.exit_code if inc.exit_code is not None else (d.exit_code if d else None),
        "headline": plain(headline(inc, lang, loop_within)), "cli": list(commands(inc)),
    }
    if d is not None:
        out.update(oom_killed=d.oom_killed, restart_count=d.restart_count, health=d.health, logs=list(d.logs))
        if d.error:
            out["error"] = d.error
    if inc.recovered is not None:
        out.update(recovered=iso(inc.recovered), recovered_after=round(inc.recovered - inc.opened, 3),
                   how=inc.how)
    if change.event_time is not None:
        out["event_time"] = change.event_time
    return out


def to_text(change: Change, d: Details | None, lang: str = "en", loop_within: float = 300.0) -> str:
    """The same alert for a terminal (several lines)."""
    inc = change.incident
    if change.what == "recover":
        how = t(f"alert.how.{inc.how or 'running'}", lang)
        return f"{iso(inc.recovered or inc.last)} {inc.name if inc.kind != 'engine' else inc.engine}: " + \
            t("alert.recovered", lang, after=duration((inc.recovered or inc.last) - inc.opened, lang),
              how=how).replace(":white_check_mark: ", "")
    if change.what in ("repeat", "update"):
        return f"{iso(inc.last)} " + t("alert.repeat", lang, what=f"{inc.name}: {short(inc, lang)}", count=inc.count)
    lines = [f"{iso(inc.last)} {plain(headline(inc, lang, loop_within))}"]
    if d is not None:
        lines += [f"  {k}: {v}" for k, v in fields(inc, d, lang)]
        if d.logs:
            lines.append("  " + t("alert.f.logs", lang, lines=len(d.logs)) + ":")
            lines += [f"    | {line}" for line in d.logs]
    lines += [f"  $ {c}" for c in commands(inc)]
    return "\n".join(lines)
