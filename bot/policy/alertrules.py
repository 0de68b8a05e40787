"""The `alerts:` section of the policy file: who hears about which engine event, where.

    alerts:
      restart_loop: {count: 3, within: 5m}   # N exits within M: a restart loop (default 3 in 5m)
      storm: {count: 5, within: 10s}         # this many new incidents at once in a channel: one summary
      recover_after: 30s                     # running this long again = recovered (default 30s)
      timezone: Asia/Seoul                   # for mute windows and "until tomorrow" (default UTC)
      routes:                                # the first route that matches an incident takes it
        - containers: ["*", "!scratch-*"]    # globs, `!` excludes (as in roles)
          kinds: [died, oom, unhealthy, restart_loop, engine]   # default: all
          channel: "#ops"                    # a name from `channels:` or an ID
          lang: ko                           # the alert's language (default en)
          mention: ["@oncall"]               # user group handle/ID (S…), user (U…), @here, @channel
          mute: ["22:00-07:00", "sat,sun 00:00-24:00"]         # quiet windows: nothing is posted

`check_alerts(checker, top)` is called by bot.policy.policyfile while it validates the
whole file, so `gorae policy check` reports problems here with their line numbers.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.policy.policyfile import _hint, _Seq, parse_duration

if TYPE_CHECKING:
    from bot.policy.policyfile import _Checker, _Map

KINDS = ("died", "oom", "unhealthy", "restart_loop", "engine")
ALERTS_KEYS = ("restart_loop", "storm", "recover_after", "timezone", "routes", "description")
ROUTE_KEYS = ("containers", "kinds", "channel", "lang", "mention", "mute", "description")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MENTION_RE = re.compile(r"@here|@channel|@[A-Za-z0-9._\-]+|[SU][A-Z0-9]{2,}")
_MUTE_RE = re.compile(r"(?:(?P<days>[a-z]{3}(?:\s*[,-]\s*[a-z]{3})*)\s+)?"
                      r"(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*-\s*(?P<h2>\d{1,2}):(?P<m2>\d{2})")


@dataclass(frozen=True)
class MuteWindow:
    """A quiet window: minutes after midnight [start, end) on `days` (0 = Monday); end < start wraps."""

    days: frozenset[int]
    start: int
    end: int

    def covers(self, when: dt.datetime) -> bool:
        minute = when.hour * 60 + when.minute
        if self.start <= self.end:
            return when.weekday() in self.days and self.start <= minute < self.end
        if minute >= self.start:  # the evening part, on the named day
            return when.weekday() in self.days
        yesterday = (when.weekday() - 1) % 7  # the morning part belongs to the day before
        return yesterday in self.days and minute < self.end


@dataclass(frozen=True)
class Route:
    """One routing rule: containers (globs) x kinds -> a channel, in a language, with mentions."""

    channel: str
    containers: tuple[str, ...] = ("*",)
    kinds: frozenset[str] = frozenset(KINDS)
    lang: str = "en"
    mention: tuple[str, ...] = ()
    mute: tuple[MuteWindow, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class AlertRules:
    """The parsed `alerts:` section (thresholds in counts and seconds)."""

    routes: tuple[Route, ...] = ()
    loop_count: int = 3
    loop_within: float = 300.0
    storm_count: int = 5
    storm_within: float = 10.0
    recover_after: float = 30.0
    timezone: str = "UTC"
    channels: dict[str, str] = field(default_factory=dict)  # the policy's `channels:` table

    def route(self, container: str, kind: str) -> Route | None:
        """The first route that takes this container and kind (the engine kind ignores globs)."""
        from bot.policy.check import matches

        for r in self.routes:
            if kind in r.kinds and (kind == "engine" or matches(container, r.containers)):
                return r
        return None

    def channel_id(self, route: Route) -> str:
        """`#ops` -> the ID from the policy's channels table (or the name, as Slack also takes it)."""
        if route.channel.startswith("#"):
            return self.channels.get(route.channel[1:], route.channel)
        return route.channel

    def tz(self) -> dt.tzinfo:
        return _zone(self.timezone)

    def muted(self, route: Route, at: float) -> bool:
        when = dt.datetime.fromtimestamp(at, self.tz())
        return any(w.covers(when) for w in route.mute)

    def tomorrow(self, at: float, hour: int = 9) -> float:
        """The next day's `hour`:00 in the rules' time zone (when "until tomorrow" ends), epoch seconds."""
        when = dt.datetime.fromtimestamp(at, self.tz())
        nxt = (when + dt.timedelta(days=1)).replace(hour=hour, minute=0, second=0, microsecond=0)
        return nxt.timestamp()


def _zone(name: str, *, strict: bool = False) -> dt.tzinfo:
    """The named time zone (the system's tz database); UTC without one. `strict`: None if unknown."""
    if name in ("UTC", "Z"):
        return dt.timezone.utc
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:
        return None if strict else dt.timezone.utc  # type: ignore[return-value]


def parse_mute(text: str) -> MuteWindow | None:
    """"22:00-07:00" (every day), "sat,sun 00:00-24:00", "mon-fri 12:00-13:00"; None if unreadable."""
    m = _MUTE_RE.fullmatch(text.strip().lower())
    if not m:
        return None
    h1, m1, h2, m2 = int(m["h1"]), int(m["m1"]), int(m["h2"]), int(m["m2"])
    if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59 or (h1 == 24 and m1) or (h2 == 24 and m2):
        return None
    days: set[int] = set()
    if m["days"]:
        for part in re.split(r"\s*,\s*", m["days"]):
            ends = [d.strip() for d in part.split("-")]
            if any(d not in DAYS for d in ends):
                return None
            a, b = DAYS.index(ends[0]), DAYS.index(ends[-1])
            days |= {(a + i) % 7 for i in range((b - a) % 7 + 1)}
    else:
        days = set(range(7))
    return MuteWindow(frozenset(days), h1 * 60 + m1, h2 * 60 + m2)


def _count(c: _Checker, m: _Map, key: str, where: str, default: int) -> int:
    if key not in m:
        return default
    value = m[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        c.err(m.lines[key], "alerts.err.count", where=f"{where}.{key}")
        return default
    return value


def _duration(c: _Checker, m: _Map, key: str, where: str, default: float) -> float:
    if key not in m:
        return default
    parsed = parse_duration(m[key])
    if parsed is None or parsed <= 0:
        c.err(m.lines[key], "policy.err.duration", where=f"{where}.{key}", value=m[key])
        return default
    return parsed


def check_alerts(c: _Checker, top: _Map, channels: dict[str, str]) -> AlertRules | None:
    """Validate and build the `alerts:` section (problems go to the checker, with lines)."""
    if "alerts" not in top:
        return None
    line = top.lines.get("alerts", 1)
    a = c.mapping(top.get("alerts"), "alerts", line, ALERTS_KEYS)
    loop = c.mapping(a.get("restart_loop"), "alerts.restart_loop", a.lines.get("restart_loop", line),
                     ("count", "within"))
    storm = c.mapping(a.get("storm"), "alerts.storm", a.lines.get("storm", line), ("count", "within"))
    tz = str(a.get("timezone") or "UTC")
    if _zone(tz, strict=True) is None:
        c.err(a.lines.get("timezone", line), "alerts.err.timezone", tz=tz)
        tz = "UTC"
    routes: list[Route] = []
    raw = a.get("routes")
    if raw is not None and not isinstance(raw, list):
        c.err(a.lines.get("routes", line), "policy.err.list", where="alerts.routes")
        raw = None
    for i, body in enumerate(raw or []):
        rline = raw.lines[i] if isinstance(raw, _Seq) else line  # a list not read from YAML: no lines
        where = f"alerts.routes[{i}]"
        r = c.mapping(body, where, rline, ROUTE_KEYS)
        channel = r.get("channel")
        if not isinstance(channel, str) or not channel.strip():
            c.err(r.lines.get("channel", r.line or rline), "alerts.err.channel", where=where)
            channel = ""
        kinds, klines = c.strings(r, "kinds", where)
        for kind, kline in zip(kinds, klines):
            if kind not in KINDS:
                c.err(kline, "alerts.err.kind", kind=kind, hint=_hint(kind, KINDS), known=", ".join(KINDS))
        lang = str(r.get("lang") or "en")
        if lang not in ("ko", "en"):
            c.err(r.lines.get("lang", rline), "alerts.err.lang", lang=lang)
        mentions, mlines = c.strings(r, "mention", where)
        for mention, mline in zip(mentions, mlines):
            if not _MENTION_RE.fullmatch(mention):
                c.err(mline, "alerts.err.mention", mention=mention)
        mutes, ulines = c.strings(r, "mute", where)
        windows = []
        for mute, uline in zip(mutes, ulines):
            w = parse_mute(mute)
            if w is None:
                c.err(uline, "alerts.err.mute", mute=mute)
            else:
                windows.append(w)
        routes.append(Route(
            channel=channel.strip(), containers=c.patterns(r, "containers", where, ("*",)),
            kinds=frozenset(k for k in kinds if k in KINDS) if kinds else frozenset(KINDS),
            lang=lang if lang in ("ko", "en") else "en", mention=tuple(mentions), mute=tuple(windows),
            line=r.line or rline,
        ))
    return AlertRules(
        routes=tuple(routes),
        loop_count=_count(c, loop, "count", "alerts.restart_loop", 3),
        loop_within=_duration(c, loop, "within", "alerts.restart_loop", 300.0),
        storm_count=_count(c, storm, "count", "alerts.storm", 5),
        storm_within=_duration(c, storm, "within", "alerts.storm", 10.0),
        recover_after=_duration(c, a, "recover_after", "alerts", 30.0),
        timezone=tz, channels=dict(channels),
    )


