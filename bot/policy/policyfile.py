"""The policy file: YAML in, a validated `Policy` out, every error with its line number.

    >>> policy = parse_policy("roles: {viewer: {verbs: [read]}}\\nbindings: [{role: viewer, channels: [C0123OPS]}]")
    >>> policy.roles["viewer"].verbs == frozenset({VerbClass.READ})
    True

The format (deploy/policy.yaml is a commented example, docs/policy.md the guide):

    version: 1
    channels: {ops: C0123OPS}              # names for channel IDs, used as "#ops"
    groups: {leads: [U01ALICE]}            # policy-local groups of user IDs (U…/W…)
    local: admin                           # the terminal user's role; `none` for no role
    roles:
      operator: {verbs: [read, operate], containers: ["web-*", "!db*"]}
    bindings:
      - {role: operator, users: [U02BOB], groups: [S0123ONCALL], in: ["#ops"]}  # Slack user group by ID
    confirm: [{verbs: [operate], containers: ["prod-*"]}]
    approve: [{verbs: [destroy], containers: ["db*"], volumes: ["pgdata*"], approvers: [lead]}]
    guards: {bind_allow: [/srv/gorae]}
    rate_limit: {writes_per_minute: 20, per_user: {U01ALICE: 60}}
    confirm_ttl: 5m

Errors are collected, not raised one by one: `PolicyInvalid.problems` holds them
all, sorted by line, each a `Problem(line, Msg)`. Names that could never match are
errors too: a `#name` missing from `channels:`, a user that is not an ID (U…/W…), a
group that is neither in `groups:` nor a Slack user group ID (S…).
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from bot.language.docker_options import VERBS
from bot.messages.policy import expand
from bot.model import Msg, VerbClass
from bot.policy.guards import GUARDS

if TYPE_CHECKING:
    from bot.policy.alertrules import AlertRules

ALL_CLASSES = frozenset(VerbClass)
CLASS_NAMES = tuple(v.value for v in VerbClass)
# Docker verbs a confirm/approve rule may name (besides verb classes): docker's subcommands
DOCKER_VERBS = VERBS
_PATTERN_RE = re.compile(r"!?[A-Za-z0-9_.\-*?\[\]/:@+]+")
_ENGINE_PATTERN_RE = re.compile(r"!?[A-Za-z0-9_.+\-*?\[\]]+")
_CHANNEL_ID_RE = re.compile(r"[CGD][A-Z0-9]{2,}")
_CHANNEL_RE = re.compile(r"#[A-Za-z0-9_.\-]+|[CGD][A-Z0-9]{2,}|dm|terminal|\*")
_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|h)?")
# Slack IDs (source: api.slack.com/changelog/2016-08-11-user-id-format-changes — U… and W…
# for users, S… for user groups); `local:NAME` is a terminal user (bot.model.Actor).
USER_ID = re.compile(r"[UW][A-Z0-9]+|local:[A-Za-z0-9_.-]+")
SLACK_GROUP_ID = re.compile(r"S[A-Z0-9]+")

TOP_KEYS = ("version", "channels", "groups", "local", "roles", "bindings", "confirm", "approve",
            "guards", "rate_limit", "confirm_ttl", "alerts")
ROLE_KEYS = ("verbs", "containers", "images", "volumes", "networks", "allow_guards", "engines", "description",
             "services")
BINDING_KEYS = ("role", "users", "groups", "channels", "local", "in", "engines", "description")
RULE_KEYS = ("verbs", "containers", "images", "volumes", "engines", "approvers", "description", "services",
             "networks")
BUILTIN_ADMIN = "admin"


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Role:
    name: str
    verbs: frozenset[VerbClass]
    containers: tuple[str, ...] = ("*",)
    images: tuple[str, ...] = ("*",)
    volumes: tuple[str, ...] = ("*",)
    networks: tuple[str, ...] = ("*",)
    allow_guards: frozenset[str] = frozenset()
    line: int = 0
    engines: tuple[str, ...] = ("*",)  # engine (docker context) name patterns: ["staging-*", "!staging-db"]
    services: tuple[str, ...] = ("*",)  # Swarm services (issue 12)

    def patterns(self, kind: str) -> tuple[str, ...]:
        return {"container": self.containers, "image": self.images,
                "volume": self.volumes, "network": self.networks, "service": self.services}.get(kind, ("*",))


ADMIN = Role(BUILTIN_ADMIN, ALL_CLASSES, allow_guards=frozenset(GUARDS))


@dataclass(frozen=True)
class Binding:
    index: int
    role: str
    users: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()  # subject: anyone in these channels
    local: bool = False  # subject: the terminal user
    only_in: tuple[str, ...] = ()  # limit: () = anywhere
    line: int = 0
    engines: tuple[str, ...] = ("*",)  # limit: on these engines only (name patterns)

    @property
    def label(self) -> str:
        return f"bindings[{self.index}]"


@dataclass(frozen=True)
class Rule:
    """A confirm or approve rule: it matches plans by verb (class or docker verb) and by
    container, image, volume, service or network (any one named kind matching; none named = any target)."""

    kind: str  # "confirm" | "approve"
    index: int
    verbs: tuple[str, ...] = ()  # () = any verb
    containers: tuple[str, ...] = ()
    approvers: tuple[str, ...] = ()
    line: int = 0
    images: tuple[str, ...] = ()
    volumes: tuple[str, ...] = ()
    engines: tuple[str, ...] = ()  # () = on any engine
    services: tuple[str, ...] = ()  # Swarm services (issue 12)
    networks: tuple[str, ...] = ()  # networks a request attaches to, creates, removes, connects

    @property
    def label(self) -> str:
        return f"{self.kind}[{self.index}]"


@dataclass(frozen=True)
class Policy:
    source: str = "<default>"
    roles: dict[str, Role] = field(default_factory=lambda: {BUILTIN_ADMIN: ADMIN})
    bindings: tuple[Binding, ...] = ()
    confirm: tuple[Rule, ...] = ()
    approve: tuple[Rule, ...] = ()
    channels: dict[str, str] = field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    local_role: str | None = BUILTIN_ADMIN
    bind_allow: tuple[str, ...] = ()
    writes_per_minute: int | None = 20
    per_user: dict[str, int | None] = field(default_factory=dict)
    confirm_ttl: float = 300.0
    alerts: AlertRules | None = None  # the `alerts:` section (bot/policy/alertrules.py)

    def role(self, name: str) -> Role | None:
        return self.roles.get(name)


def default_policy() -> Policy:
    """No policy file: the terminal user is admin, Slack users have nothing, no rate limit."""
    return Policy(writes_per_minute=None)


@dataclass(frozen=True)
class Problem:
    line: int
    msg: Msg


class PolicyInvalid(Exception):
    def __init__(self, source: str, problems: list[Problem]) -> None:
        super().__init__(f"{source}: {len(problems)} problem(s)")
        self.source = source
        self.problems = sorted(problems, key=lambda p: p.line)


# --------------------------------------------------------------------------- YAML with lines


class _Map(dict[str, Any]):
    line = 0
    lines: dict[Any, int]
    dups: list[tuple[Any, int]]


class _Seq(list[Any]):
    line = 0
    lines: list[int]


class _Loader(yaml.SafeLoader):
    pass


def _map(loader: _Loader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map()
    out.line, out.lines, out.dups = node.start_mark.line + 1, {}, []
    for knode, vnode in node.value:
        key = loader.construct_object(knode, deep=True)
        line = knode.start_mark.line + 1
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            key = str(key)
        if key in out:
            out.dups.append((key, line))
        out[key] = loader.construct_object(vnode, deep=True)
        out.lines[key] = line
    return out


def _seq(loader: _Loader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_object(n, deep=True) for n in node.value)
    out.line, out.lines = node.start_mark.line + 1, [n.start_mark.line + 1 for n in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _seq)


# --------------------------------------------------------------------------- validation


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def err(self, line: int, msg_key: str, /, **params: Any) -> None:
        self.problems.append(Problem(line, expand(msg_key, **params)))

    def mapping(self, value: Any, where: str, line: int, keys: Iterable[str] | None) -> _Map:
        """`value` as a mapping (errors reported); `keys` None = any key allowed."""
        if value is None:
            return _empty_map(line)
        if not isinstance(value, _Map):
            self.err(line, "policy.err.mapping", where=where)
            return _empty_map(line)
        for key, kline in value.dups:
            self.err(kline, "policy.err.duplicate", name=key)
        if keys is None:
            return value
        keys = tuple(keys)
        for key in value:
            if key not in keys:
                self.err(value.lines[key], "policy.err.unknown_key", name=key, where=where,
                         hint=_hint(str(key), keys))
        return value

    def strings(self, m: _Map, key: str, where: str) -> tuple[list[str], list[int]]:
        """A list of strings (a lone string is a list of one)."""
        value, line = m.get(key), m.lines.get(key, m.line)
        if value is None:
            return [], []
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return [str(value)], [line]
        if not isinstance(value, _Seq):
            self.err(line, "policy.err.list", where=f"{where}.{key}")
            return [], []
        out, lines = [], []
        for item, iline in zip(value, value.lines):
            if isinstance(item, bool) or not isinstance(item, (str, int)):
                self.err(iline, "policy.err.string", where=f"{where}.{key}")
                continue
            out.append(str(item))
            lines.append(iline)
        return out, lines

    def patterns(self, m: _Map, key: str, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
        if key not in m:
            return default
        values, lines = self.strings(m, key, where)
        for v, line in zip(values, lines):
            if not _PATTERN_RE.fullmatch(v):
                self.err(line, "policy.err.pattern", pattern=v)
        return tuple(values)

    def engines(self, m: _Map, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
        """Engine name patterns (`engines: ["staging-*", "!staging-db"]`): docker context names and globs."""
        if "engines" not in m:
            return default
        values, lines = self.strings(m, "engines", where)
        for v, line in zip(values, lines):
            if not _ENGINE_PATTERN_RE.fullmatch(v):
                self.err(line, "policy.err.pattern", pattern=v)
        return tuple(values)

    def channels(self, m: _Map, key: str, where: str, known: dict[str, str] | None = None) -> tuple[str, ...]:
        """Channel specs; a `#name` must be in `channels:` (Slack sends IDs: it could never match)."""
        values, lines = self.strings(m, key, where)
        for v, line in zip(values, lines):
            if not _CHANNEL_RE.fullmatch(v):
                self.err(line, "policy.err.channel", channel=v)
            elif known is not None and v.startswith("#") and v[1:] not in known:
                self.err(line, "policy.err.channel_unknown", channel=v, name=v[1:])
        return tuple(values)

    def users(self, values: list[str], lines: list[int]) -> None:
        """User IDs only: names, @handles and display names never match a Slack user."""
        for v, line in zip(values, lines):
            if not USER_ID.fullmatch(v):
                self.err(line, "policy.err.user", user=v)


def _empty_map(line: int) -> _Map:
    m = _Map()
    m.line, m.lines, m.dups = line, {}, []
    return m


def _hint(word: str, known: Iterable[str]) -> Msg | str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return Msg.of("policy.err.hint", guess=close[0]) if close else ""


def parse_duration(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if value >= 0 else None
    m = _DURATION_RE.fullmatch(str(value).strip())
    if not m:
        return None
    return float(m[1]) * {"s": 1, "m": 60, "h": 3600, None: 1}[m[2]]


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """Validate and build a Policy; raise PolicyInvalid listing every problem."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        raise PolicyInvalid(source, [Problem(line, Msg.of("policy.err.yaml", problem=str(e.problem or e)))])
    except yaml.YAMLError as e:
        raise PolicyInvalid(source, [Problem(1, Msg.of("policy.err.yaml", problem=str(e)))])
    if data is None:
        raise PolicyInvalid(source, [Problem(1, Msg.of("policy.err.empty"))])
    c = _Checker()
    top = c.mapping(data, "policy", 1, TOP_KEYS)
    policy = _build(c, top, source)
    from bot.policy.alertrules import check_alerts  # the `alerts:` section, checked with the rest

    policy = replace(policy, alerts=check_alerts(c, top, policy.channels))
    if c.problems:
        raise PolicyInvalid(source, c.problems)
    return policy


def load_policy(path: str | Path) -> Policy:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyInvalid(str(p), [Problem(0, Msg.of("policy.err.read", problem=str(e)))]) from e
    return parse_policy(text, str(p))


def _build(c: _Checker, top: _Map, source: str) -> Policy:
    if "version" in top and top["version"] != 1:
        c.err(top.lines["version"], "policy.err.version", version=top["version"])
    channels = _channels(c, top)
    groups = _groups(c, top)
    roles = _roles(c, top)
    bindings = _bindings(c, top, roles, channels, groups)
    confirm = _rules(c, top, "confirm", roles)
    approve = _rules(c, top, "approve", roles)
    local_role: str | None = BUILTIN_ADMIN
    if "local" in top:
        raw = top["local"]
        local_role = None if raw in (None, False, "none") else str(raw)
        if local_role is not None and local_role not in roles:
            c.err(top.lines["local"], "policy.err.role", role=local_role, hint=_hint(local_role, roles))
    guards = c.mapping(top.get("guards"), "guards", top.lines.get("guards", 1), ("bind_allow",))
    bind_allow, lines = c.strings(guards, "bind_allow", "guards")
    for path, line in zip(bind_allow, lines):
        if not path.startswith("/"):
            c.err(line, "policy.err.path", path=path)
    rate = c.mapping(top.get("rate_limit"), "rate_limit", top.lines.get("rate_limit", 1),
                     ("writes_per_minute", "per_user"))
    per_minute = _count(c, rate, "writes_per_minute", "rate_limit.writes_per_minute", 20)
    per_user_map = c.mapping(rate.get("per_user"), "rate_limit.per_user",
                             rate.lines.get("per_user", rate.line), None)
    per_user: dict[str, int | None] = {}
    for user in list(per_user_map):
        c.users([str(user)], [per_user_map.lines[user]])
        per_user[str(user)] = _count(c, per_user_map, user, f"rate_limit.per_user.{user}", None)
    ttl = 300.0
    if "confirm_ttl" in top:
        parsed = parse_duration(top["confirm_ttl"])
        if parsed is None or parsed <= 0:
            c.err(top.lines["confirm_ttl"], "policy.err.duration", where="confirm_ttl", value=top["confirm_ttl"])
        else:
            ttl = parsed
    return Policy(source, roles, bindings, confirm, approve, channels, groups, local_role,
                  tuple(bind_allow), per_minute, per_user, ttl)


def _count(c: _Checker, m: _Map, key: Any, where: str, default: int | None) -> int | None:
    if key not in m:
        return default
    value = m[key]
    if value in (None, "unlimited"):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        c.err(m.lines[key], "policy.err.number", where=where)
        return default
    return value


def _channels(c: _Checker, top: _Map) -> dict[str, str]:
    m = c.mapping(top.get("channels"), "channels", top.lines.get("channels", 1), None)
    out = {}
    for name, value in m.items():
        if not isinstance(value, str):
            c.err(m.lines[name], "policy.err.string", where=f"channels.{name}")
            continue
        if not _CHANNEL_ID_RE.fullmatch(value):  # Slack sends IDs: a name here could never match
            c.err(m.lines[name], "policy.err.channel_id", name=str(name).lstrip("#"), value=value)
        out[str(name).lstrip("#")] = value
    return out


def _groups(c: _Checker, top: _Map) -> dict[str, tuple[str, ...]]:
    m = c.mapping(top.get("groups"), "groups", top.lines.get("groups", 1), None)
    out = {}
    for name in list(m):
        users, lines = c.strings(m, name, "groups")
        c.users(users, lines)
        out[str(name)] = tuple(users)
    return out


def _roles(c: _Checker, top: _Map) -> dict[str, Role]:
    m = c.mapping(top.get("roles"), "roles", top.lines.get("roles", 1), None)
    roles: dict[str, Role] = {BUILTIN_ADMIN: ADMIN}
    for name, body in m.items():
        name, line = str(name), m.lines[name]
        where = f"roles.{name}"
        r = c.mapping(body, where, line, ROLE_KEYS)
        if "verbs" not in r:
            c.err(line, "policy.err.missing", where=where, name="verbs")
        verbs, vlines = c.strings(r, "verbs", where)
        classes: set[VerbClass] = set()
        for verb, vline in zip(verbs, vlines):
            if verb in ("all", "*"):
                classes |= ALL_CLASSES
            elif verb in CLASS_NAMES:
                classes.add(VerbClass(verb))
            else:
                c.err(vline, "policy.err.verb", verb=verb, hint=_hint(verb, CLASS_NAMES + ("all",)),
                      known=", ".join(CLASS_NAMES + ("all",)))
        guards, glines = c.strings(r, "allow_guards", where)
        allowed: set[str] = set()
        for g, gline in zip(guards, glines):
            if g in ("all", "*"):
                allowed |= set(GUARDS)
            elif g in GUARDS:
                allowed.add(g)
            else:
                c.err(gline, "policy.err.guard", guard=g, hint=_hint(g, GUARDS), known=", ".join(GUARDS))
        containers = c.patterns(r, "containers", where, ("*",))
        roles[name] = Role(
            name, frozenset(classes),
            containers=containers,
            images=c.patterns(r, "images", where, ("*",)),
            volumes=c.patterns(r, "volumes", where, ("*",)),
            networks=c.patterns(r, "networks", where, ("*",)),
            allow_guards=frozenset(allowed), line=line,
            engines=c.engines(r, where, ("*",)),
            # a service's tasks are containers: a role limited on containers and silent on
            # services is limited the same way on services (else `!db*` on containers would not
            # keep an operator from scaling the service db to 0)
            services=c.patterns(r, "services", where, containers),
        )
    return roles


def _bindings(c: _Checker, top: _Map, roles: dict[str, Role], channels: dict[str, str],
              groups: dict[str, tuple[str, ...]]) -> tuple[Binding, ...]:
    raw = top.get("bindings")
    line = top.lines.get("bindings", 1)
    if raw is None:
        return ()
    if not isinstance(raw, _Seq):
        c.err(line, "policy.err.list", where="bindings")
        return ()
    out = []
    for i, (body, bline) in enumerate(zip(raw, raw.lines)):
        where = f"bindings[{i}]"
        b = c.mapping(body, where, bline, BINDING_KEYS)
        role = b.get("role")
        if role is None:
            c.err(b.line or bline, "policy.err.missing", where=where, name="role")
        elif str(role) not in roles:
            c.err(b.lines["role"], "policy.err.role", role=role, hint=_hint(str(role), roles))
        users, ulines = c.strings(b, "users", where)
        c.users(users, ulines)
        bgroups, glines = c.strings(b, "groups", where)
        for g, gline in zip(bgroups, glines):
            if g not in groups and not SLACK_GROUP_ID.fullmatch(g):
                c.err(gline, "policy.err.group", group=g, hint=_hint(g, groups))
        bchannels = c.channels(b, "channels", where, channels)
        only_in = c.channels(b, "in", where, channels)
        local = b.get("local") is True
        if not (users or bgroups or bchannels or local):
            c.err(b.line or bline, "policy.err.no_subject")
        out.append(Binding(i, str(role), tuple(users), tuple(bgroups), bchannels, local, only_in,
                           b.line or bline, c.engines(b, where, ("*",))))
    return tuple(out)


def _rules(c: _Checker, top: _Map, kind: str, roles: dict[str, Role]) -> tuple[Rule, ...]:
    raw = top.get(kind)
    line = top.lines.get(kind, 1)
    if raw is None:
        return ()
    if not isinstance(raw, _Seq):
        c.err(line, "policy.err.list", where=kind)
        return ()
    out = []
    for i, (body, rline) in enumerate(zip(raw, raw.lines)):
        where = f"{kind}[{i}]"
        keys = RULE_KEYS if kind == "approve" else tuple(k for k in RULE_KEYS if k != "approvers")
        r = c.mapping(body, where, rline, keys)
        verbs, vlines = c.strings(r, "verbs", where)
        for verb, vline in zip(verbs, vlines):
            if verb not in CLASS_NAMES and verb not in DOCKER_VERBS:
                c.err(vline, "policy.err.rule_verb", verb=verb, hint=_hint(verb, CLASS_NAMES + DOCKER_VERBS))
        containers = c.patterns(r, "containers", where, ())
        images = c.patterns(r, "images", where, ())
        volumes = c.patterns(r, "volumes", where, ())
        approvers: list[str] = []
        if kind == "approve":
            approvers, alines = c.strings(r, "approvers", where)
            if not approvers:
                c.err(r.line or rline, "policy.err.missing", where=where, name="approvers")
            for a, aline in zip(approvers, alines):
                if a not in roles:
                    c.err(aline, "policy.err.role", role=a, hint=_hint(a, roles))
        services = c.patterns(r, "services", where, containers)  # unsaid: the containers' patterns (roles too)
        out.append(Rule(kind, i, tuple(verbs), containers, tuple(approvers), r.line or rline, images, volumes,
                        engines=c.engines(r, where, ()), services=services,
                        networks=c.patterns(r, "networks", where, ())))
    return tuple(out)
