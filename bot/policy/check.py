"""Who may do what, where, on which containers: `authorize(plan, request, policy) -> Decision`.

`authorize` is a pure function and fails closed: any exception is a deny. The
reason is a language-neutral Msg that names the rule that decided:

    web-1 재시작은 operator 역할이 필요합니다 (#ops 채널에서만)
    Restarting web-1 needs the operator role (only in #ops)

Order of the checks: names (plain ASCII docker names only) -> roles held here
(bindings, channel limits) cover the verb class and every target -> guards ->
approve rules -> confirm (guard allowed by a role, policy rules, destructive,
more than one container) -> allow. `Authorizer` wraps it with the per-user rate
limit and is what `Gorae(authorizer=...)` takes; `load_authorizer` builds one
from the configured file. The file format lives in bot/policy/policyfile.py.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from fnmatch import fnmatchcase
from typing import Any

from bot.engine.named import DEFAULT as DEFAULT_ENGINE
from bot.engine.named import engine_matches
from bot.messages import text as render_text
from bot.messages.policy import expand
from bot.model import (
    ALLOW,
    Actor,
    Command,
    ContainerAction,
    Decision,
    Msg,
    Plan,
    Rename,
    Request,
    RunContainer,
    Sequence,
    ServiceCreate,
    VerbClass,
    named,
)
from bot.policy import guards
from bot.policy.policyfile import (
    BUILTIN_ADMIN,
    SLACK_GROUP_ID,
    Binding,
    Policy,
    PolicyInvalid,
    Problem,
    Role,
    Rule,
    default_policy,
    load_policy,
)
from bot.policy.ratelimit import Limiter, RateLimiter, open_limiter

Authorize = Callable[[Plan, Request], Decision]
Subject = tuple[str, "str | None"]  # (kind, name); name None = a container without a name yet
_GLOB = re.compile(r"[*?\[]")


# --------------------------------------------------------------------------- matching


def matches(name: str, patterns: Iterable[str]) -> bool:
    """Glob patterns with negations: `["web-*", "!web-db*"]`; only negations = everything else."""
    pats = tuple(patterns)
    pos = [p for p in pats if not p.startswith("!")] or ["*"]
    neg = [p[1:] for p in pats if p.startswith("!")]
    return any(fnmatchcase(name, p) for p in pos) and not any(fnmatchcase(name, n) for n in neg)


def image_reference(ref: str) -> tuple[str, str | None, str | None]:
    """(name, tag, digest) of an image reference, normalised as docker does.

    A first path component is a registry when it has a `.` or a `:` or is `localhost`;
    otherwise the registry is docker.io, and a one-component name on docker.io is in
    `library/` (source: distribution/reference `ParseNormalizedNamed`). Docker Hub's registry host
    `registry-1.docker.io` serves the same images, so it counts as docker.io too (a policy that
    excludes `postgres*` must not be walked around by the registry's other name):

        >>> image_reference("nginx:1.25")
        ('docker.io/library/nginx', '1.25', None)
        >>> image_reference("nginx.evil.example/backdoor")
        ('nginx.evil.example/backdoor', None, None)
        >>> image_reference("nginx-miner/xmrig")
        ('docker.io/nginx-miner/xmrig', None, None)
    """
    name, _, digest = ref.partition("@")
    tag = None
    colon = name.rfind(":")
    if colon > name.rfind("/"):
        name, tag = name[:colon], name[colon + 1:]
    first, slash, rest = name.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        domain, path = first, rest
    else:
        domain, path = "docker.io", name
    if domain in ("index.docker.io", "registry-1.docker.io"):  # Docker Hub's other names: the same images
        domain = "docker.io"
    if domain == "docker.io" and "/" not in path:
        path = "library/" + path
    return f"{domain}/{path}", tag, digest or None


def image_pattern(pattern: str) -> str:
    """A policy image pattern on the full reference: `nginx*` -> `docker.io/library/nginx*`,
    `127.0.0.1:5000/*` stays; `*` alone is every image."""
    if pattern == "*":
        return pattern
    name, tag, digest = image_reference(pattern)
    return name + (f":{tag}" if tag is not None else "") + (f"@{digest}" if digest else "")


def image_matches(ref: str, patterns: Iterable[str]) -> bool:
    """`matches` for images: patterns and the reference both normalised (`image_reference`).

    A pattern without a tag covers every tag and digest of the names it matches; with a
    tag (`redis:7*`) it is matched against name:tag (no tag = latest, as docker pulls).
    """
    name, tag, digest = image_reference(ref)
    forms = (name, f"{name}:{tag or 'latest'}") + ((f"{name}@{digest}",) if digest else ())

    def hit(pattern: str) -> bool:
        full = image_pattern(pattern)
        return any(fnmatchcase(f, full) for f in forms)

    pats = tuple(patterns)
    pos = [p for p in pats if not p.startswith("!")] or ["*"]
    neg = [p[1:] for p in pats if p.startswith("!")]
    return any(hit(p) for p in pos) and not any(hit(n) for n in neg)


def kind_matches(kind: str, name: str, patterns: Iterable[str]) -> bool:
    """`image_matches` for images, `matches` for containers, volumes and networks."""
    return image_matches(name, patterns) if kind == "image" else matches(name, patterns)


def _unrestricted(patterns: Iterable[str]) -> bool:
    pats = tuple(patterns)
    return "*" in pats and not any(p.startswith("!") for p in pats)


def covers(role: Role, kind: str, name: str | None) -> bool:
    if name is None:
        return _unrestricted(role.patterns(kind))
    return kind_matches(kind, name, role.patterns(kind))


def channel_matches(spec: str, channel: str, policy: Policy) -> bool:
    """`#ops` (via the channels table, or literally), a channel ID, `dm`, `terminal` or `*`."""
    if spec == "*":
        return True
    if spec == "dm":
        return channel == "dm" or channel.startswith("D")
    names = {spec}
    if spec.startswith("#"):
        names |= {spec[1:], policy.channels.get(spec[1:], spec)}
    else:
        names |= {f"#{n}" for n, cid in policy.channels.items() if cid == spec}
    return channel in names


def channel_label(spec: str, policy: Policy) -> str:
    if spec == "dm":
        return render_text(Msg.of("policy.dm"), "en")
    if spec.startswith("#") or spec in ("terminal", "*"):
        return spec
    alias = next((n for n, cid in policy.channels.items() if cid == spec), None)
    return f"#{alias}" if alias else spec


def _in_group(actor: Actor, group: str, policy: Policy) -> bool:
    """A policy group (`groups:`) by its members only; a Slack user group only by its ID (S…).

    A Slack handle never matches: anyone can create a user group called `leads`.
    """
    if group in policy.groups:
        return actor.user in policy.groups[group]
    return bool(SLACK_GROUP_ID.fullmatch(group)) and group in actor.groups


def binding_subject(b: Binding, actor: Actor, channel: str, policy: Policy) -> bool:
    """Does binding `b` name this actor (by user, group, channel or as the terminal user)?
    A user of another organisation (Slack Connect, `actor.external`) is never a subject of
    a channel binding: only a binding that names them gives them anything."""
    return (actor.user in b.users or any(_in_group(actor, g, policy) for g in b.groups)
            or (not actor.external and any(channel_matches(c, channel, policy) for c in b.channels))
            or (b.local and actor.local))


def roles_here(actor: Actor, channel: str, policy: Policy, engine: str | None = None) -> list[tuple[Role, str]]:
    """The roles the actor holds in this channel, each with the rule that gave it.

    `engine`: only the roles that reach this engine (the role's and the binding's `engines:`
    patterns); None: on any engine.
    """
    out: list[tuple[Role, str]] = []
    if actor.local and policy.local_role and policy.local_role in policy.roles:
        local = policy.roles[policy.local_role]
        if engine is None or engine_matches(engine, local.engines):
            out.append((local, "local"))
    for b in policy.bindings:
        role = policy.roles.get(b.role)
        if role is None or not binding_subject(b, actor, channel, policy):
            continue
        if b.only_in and not any(channel_matches(c, channel, policy) for c in b.only_in):
            continue
        if engine is not None and not (engine_matches(engine, role.engines) and engine_matches(engine, b.engines)):
            continue
        out.append((role, _label(b.label, b.line)))
    return out


def plan_engine(plan: Plan) -> str:
    """The engine a plan runs on, by name: its docker context, or `default` (the only engine)."""
    return plan.engine or plan.command.engine or DEFAULT_ENGINE


def on_engine(plan: Plan, name: str) -> Plan:
    """`plan` (and its steps) as planned on engine `name`, no other names: what the policy decides
    for one name of a daemon that has several (`authorize`, `can_approve`)."""
    return replace(plan, engine=name, aliases=(), steps=tuple(on_engine(s, name) for s in plan.steps))


def allowed_classes(request: Request, policy: Policy) -> frozenset[VerbClass]:
    """What this asker may do here, by verb class (help and suggestions list only these)."""
    try:
        return frozenset().union(*(r.verbs for r, _ in roles_here(request.actor, request.channel, policy)))
    except Exception:
        return frozenset()


def _label(label: str, line: int) -> str:
    return f"{label} (line {line})" if line else label


# --------------------------------------------------------------------------- plan facts


def subjects(plan: Plan) -> list[Subject]:
    """What the plan acts on, by kind and name.

    A run adds its new container, its image, the named volumes it mounts (`-v NAME:/d`,
    `--mount source=NAME`), the network it attaches to (`--network NAME`, kind "network";
    a service create's too) and the containers whose volumes or namespaces it would share
    (`--volumes-from X`, `--network/--pid/--ipc/--uts container:X`), read both from the
    command and from the SDK calls the plan will make (what runs is what is checked).
    """
    subs: list[Subject] = [(t.kind, t.name) for t in plan.targets if t.kind != "volume"]
    kinds = {k for k, _ in subs}
    for cmd in commands(plan):
        if isinstance(cmd, RunContainer):
            if "container" not in kinds:
                subs.append(("container", cmd.name))
            if "image" not in kinds:
                subs.append(("image", cmd.image))
            subs += run_subjects(cmd, plan)
        elif isinstance(cmd, Rename):  # the container renamed (a target), and the name it takes, as a run's name
            if "container" not in kinds:
                subs.append(("container", cmd.target))
            subs.append(("container", cmd.name))
        elif isinstance(cmd, ServiceCreate):  # like a run: a restricted role must name the service
            if "service" not in kinds:
                subs.append(("service", cmd.name))
            if "image" not in kinds:
                subs.append(("image", cmd.image))
            if cmd.network:
                subs.append(("network", cmd.network))
        elif "container" not in kinds and "service" not in kinds:  # a service's target is no container
            names = named(cmd)  # the one container it names (bot/model.py `named`), typed
            subs += [("container", v) for v in (names.target, names.container) if v is not None]
            if isinstance(cmd, ContainerAction):
                subs += [("container", n) for n in cmd.targets]
    if not any(isinstance(c, RunContainer) for c in commands(plan)):
        for call in plan.calls:  # an SDK run/create in any plan: its volumes and namespaces too
            subs += _call_subjects(call.kw())
    # volume targets last: the volumes the plan acts on, and those a container it reaches mounts
    # (exec in it, --volumes-from it), so that a refusal names that container first
    subs += [("volume", t.name) for t in plan.targets if t.kind == "volume"]
    return list(dict.fromkeys(subs))


def commands(plan: Plan) -> list[Command]:
    """The plan's command, or the steps of a Sequence (each checked as if asked alone)."""
    cmd = plan.command
    return list(cmd.steps) if isinstance(cmd, Sequence) else [cmd]


def _call_subjects(kw: dict[str, Any]) -> list[Subject]:
    """Subjects in one SDK call's kwargs: named volumes, --volumes-from, container:X
    namespaces and --link targets (`links` as {name: alias} or [(name, alias)])."""
    subs: list[Subject] = [("volume", v) for v in guards.named_volumes(kw) if not guards.relative_source(v)]
    subs += [("network", n) for n in attached_networks(kw)]
    shared = [str(x) for x in kw.get("volumes_from") or ()] + [c for _, c in guards.shared_namespaces(kw)]
    links = kw.get("links") or ()
    shared += [str(x if isinstance(x, str) else x[0]) for x in (links.keys() if isinstance(links, dict) else links)]
    return subs + [("container", ref.split(":", 1)[0]) for ref in shared]


def attached_networks(kw: dict[str, Any]) -> list[str]:
    """The networks one SDK call attaches to, by name: containers.run/create's `network` /
    `network_mode` (not `container:X`, a namespace: see `_call_subjects`; not `host`/`none`,
    which are namespaces too: `host` is guarded), and `networks` (services.create and the spec a
    `service rollback` restores: names, or {"Target": name} as the Engine API writes them)."""
    out: list[str] = []
    for key in ("network", "network_mode"):
        value = str(kw.get(key) or "")
        if value and not value.startswith("container:") and value.lower() not in NAMESPACE_NETWORKS:
            out.append(value)
    for n in kw.get("networks") or ():
        name = n.get("Target") if isinstance(n, dict) else n
        if name:
            out.append(str(name))
    return list(dict.fromkeys(out))


NAMESPACE_NETWORKS = ("host", "none")  # not networks one attaches to: the host's stack (a guard), none


def run_subjects(cmd: RunContainer, plan: Plan) -> list[Subject]:
    """Named volumes, networks and other containers (volumes, namespaces) a run/create reaches."""
    subs: list[Subject] = [("volume", v.source) for v in cmd.volumes
                           if not v.is_bind and not guards.relative_source(v.source)]
    if cmd.network:
        subs += [("network", n) for n in attached_networks({"network": cmd.network})]
    shared = list(cmd.volumes_from)
    for value in (cmd.network, cmd.pid, cmd.ipc, cmd.uts):
        if (value or "").startswith("container:"):
            shared.append((value or "")[len("container:"):])
    subs += [("container", ref.split(":", 1)[0]) for ref in shared]
    for call in plan.calls:
        subs += _call_subjects(call.kw())
    return subs


def relative_binds(plan: Plan) -> list[str]:
    """Bind sources of a run that are not absolute paths (`~/x`, `./x`, `a/b`)."""
    out = [v.source for cmd in commands(plan) if isinstance(cmd, RunContainer)
           for v in cmd.volumes if guards.relative_source(v.source)]
    for call in plan.calls:
        out += guards.relative_sources(call.kw())
    return list(dict.fromkeys(out))


def guard_hits(plan: Plan, text: str, bind_allow: Iterable[str]) -> list[guards.GuardHit]:
    """guards.check, plus each step of a Sequence checked as a command of its own."""
    hits = guards.check(plan, text, bind_allow=bind_allow)
    if isinstance(plan.command, Sequence):
        for step in plan.command.steps:
            hits += guards.check_command(step, bind_allow=bind_allow) + guards.check_uts(step)
    return list(dict.fromkeys(hits))


def _multi(plan: Plan, subs: list[Subject]) -> list[str]:
    """Names when the plan acts on more than one container (or on 'all' / a pattern)."""
    names = [t.name for t in plan.targets if t.kind == "container"] or \
        [n for k, n in subs if k == "container" and n and isinstance(plan.command, ContainerAction)]
    cmd = plan.command
    wide = isinstance(cmd, ContainerAction) and (cmd.all_running or any(_GLOB.search(t) for t in cmd.targets))
    return names if (len(names) > 1 or (wide and names)) else []


def _verb(plan: Plan) -> Msg:
    key = "verb." + plan.verb.replace(" ", "_").replace("-", "_")
    from bot.messages import CATALOG

    return Msg.of(key if key in CATALOG else "verb.other")


def _subject_text(name: str | None) -> dict[str, str]:
    return {"subj_ko": f"{name} " if name else "", "subj_en": f" {name}" if name else ""}


def _rule_matches(rule: Rule, plan: Plan, subs: list[Subject]) -> bool:
    """Verb (class or docker verb), engine (when the rule names engines) and, when the rule
    names any, a subject of a named kind.

    A rule with `containers`, `images`, `volumes` and `networks` matches when any one of the
    plan's containers, images, volumes or networks matches its kind's patterns.
    """
    if rule.verbs and plan.verb_class.value not in rule.verbs and plan.verb not in rule.verbs:
        return False
    if rule.engines and not engine_matches(plan_engine(plan), rule.engines):
        return False
    named = [(kind, pats) for kind, pats in (("container", rule.containers), ("image", rule.images),
                                             ("volume", rule.volumes), ("service", rule.services),
                                             ("network", rule.networks)) if pats]
    if not named:
        return True
    return any(k == kind and n and kind_matches(k, n, pats) for kind, pats in named for k, n in subs)


# --------------------------------------------------------------------------- authorize


_STRICT = {"deny": 3, "approve": 2, "confirm": 1, "allow": 0}


def authorize(plan: Plan, request: Request, policy: Policy) -> Decision:
    """allow / deny(reason) / confirm(reason) / approve(reason). Never raises: errors deny.

    On a named engine (`plan.engine`), the reason names it ("… (engine prod-1)"). A plan on
    every engine is decided engine by engine: the strictest decision of its steps. A daemon known
    by several names (`plan.aliases`: `staging` and `default` both the local socket) is decided for
    each name, and the strictest decision stands (the name said first when they tie): a rule that
    scopes by engine name cannot be stepped around by saying the daemon's other name.
    """
    try:
        if plan.engine == "*":
            if not plan.steps:
                return Decision("deny", Msg.of("policy.error"), rule="error")
            decisions = [authorize(step, request, policy) for step in plan.steps]
            return max(decisions, key=lambda d: _STRICT[d.kind])
        if plan.aliases:
            names = (plan_engine(plan), *plan.aliases)
            decisions = [authorize(on_engine(plan, n), request, policy) for n in names]
            return max(decisions, key=lambda d: _STRICT[d.kind])
        decision = _authorize(plan, request, policy)
        if plan.engine and decision.reason is not None:
            decision = replace(decision, reason=expand("policy.on_engine", reason=decision.reason,
                                                       engine=plan.engine))
        return decision
    except Exception:
        return Decision("deny", Msg.of("policy.error"), rule="error")


def _authorize(plan: Plan, request: Request, policy: Policy) -> Decision:
    relative = relative_binds(plan)
    if relative:
        return Decision("deny", Msg.of("policy.relative_bind", source=relative[0]), rule="guards.bind_mount")
    subs = subjects(plan)
    for kind, name in subs:
        bad = guards.bad_name(kind, name) if name is not None else None
        if bad is not None:
            return Decision("deny", bad, rule="names")
    for t in plan.targets:
        if t.id is not None and guards.bad_id(t.id):
            return Decision("deny", guards.bad_name(t.kind, t.id) or Msg.of("policy.error"), rule="names")
    cls = VerbClass(plan.verb_class)
    here = roles_here(request.actor, request.channel, policy, plan_engine(plan))
    granting = [(r, why) for r, why in here if cls in r.verbs]
    for kind, name in subs:
        if not any(covers(r, kind, name) for r, _ in granting):
            return _why_not(plan, request, policy, here, kind, name)
    if not granting:  # no subjects, and no role with this class
        return _why_not(plan, request, policy, here, None, None)

    hits = guard_hits(plan, request.text, policy.bind_allow)
    bypassed: list[tuple[guards.GuardHit, Role]] = []
    for hit in hits:
        role = next((r for r, _ in granting if hit.guard in r.allow_guards), None)
        if role is None:
            reason = expand("policy.guard", detail=hit.detail, guard=hit.guard, why=hit.why())
            return Decision("deny", reason, rule=f"guards.{hit.guard}")
        bypassed.append((hit, role))

    verb = _verb(plan)
    lead_kind = "network" if plan.verb.startswith("network ") else "container"  # "connecting to the network X"
    first = next((n for k, n in subs if k == lead_kind and n), None) or next((n for _, n in subs if n), None)
    words = dict(verb=verb, **_subject_text(first))
    for rule in policy.approve:
        if _rule_matches(rule, plan, subs):
            label = _label(rule.label, rule.line)
            reason = expand("policy.approve", approvers=", ".join(rule.approvers), rule=rule.label, **words)
            return Decision("approve", reason, rule=label)
    if bypassed:
        hit, role = bypassed[0]
        reason = expand("policy.confirm.guard", detail=hit.detail, why=hit.why(), role=role.name)
        return Decision("confirm", reason, rule=f"guards.{hit.guard}")
    for rule in policy.confirm:
        if _rule_matches(rule, plan, subs):
            label = _label(rule.label, rule.line)
            return Decision("confirm", expand("policy.confirm.rule", rule=rule.label, **words), rule=label)
    many = _multi(plan, subs) if plan.writes else []
    if many:
        shown = ", ".join(many[:10]) + (" …" if len(many) > 10 else "")
        return Decision("confirm", Msg.of("policy.confirm.multi", count=len(many), names=shown),
                        rule="builtin.multi")
    if plan.destructive:
        return Decision("confirm", expand("policy.confirm.destructive", **words), rule="builtin.destructive")
    return Decision("allow", None, rule=granting[0][1])


def _why_not(plan: Plan, request: Request, policy: Policy, here: list[tuple[Role, str]],
             kind: str | None, name: str | None) -> Decision:
    """The deny reason when no role held here covers (class, kind, name), naming the rule."""
    cls = VerbClass(plan.verb_class)
    actor, channel = request.actor, request.channel
    words = dict(verb=_verb(plan), **_subject_text(name))
    # 0. the actor holds the class here, on other engines only: say which engines the role reaches
    engine = plan_engine(plan)
    elsewhere = [r for r, _ in roles_here(actor, channel, policy) if cls in r.verbs
                 and (kind is None or covers(r, kind, name)) and (r, _) not in here]
    if elsewhere and not any(cls in r.verbs for r, _ in here):
        role = elsewhere[0]
        pats = role.engines if role.engines != ("*",) else next(
            (b.engines for b in policy.bindings if b.role == role.name and binding_subject(b, actor, channel, policy)),
            role.engines)
        return Decision("deny", Msg.of("policy.engine_not_covered", role=role.name, engine=engine,
                                       patterns=", ".join(pats)),
                        rule=_label(f"roles.{role.name}", role.line))
    fits = [r for r in policy.roles.values() if cls in r.verbs and (kind is None or covers(r, kind, name))]
    names = [r.name for r in fits if r.name != BUILTIN_ADMIN] or [r.name for r in fits]
    roles_msg = dict(roles_ko=render_text(Msg.of("policy.or"), "ko").join(names[:3]),
                     roles_en=render_text(Msg.of("policy.or"), "en").join(names[:3]))
    # 1. the actor holds a fitting role, but elsewhere: say where
    for b in policy.bindings:
        if b.role in names and b.only_in and binding_subject(b, actor, channel, policy):
            where = Msg.of("policy.where.only", channels=", ".join(channel_label(c, policy) for c in b.only_in))
            return Decision("deny", expand("policy.need_role", where=where, roles_ko=b.role, roles_en=b.role,
                                           **words), rule=_label(b.label, b.line))
    # 2. the actor holds the class here, but the role's patterns leave this target out
    holding = [r for r, _ in here if cls in r.verbs]
    if holding and kind is not None:
        role = holding[0]
        patterns = ", ".join(role.patterns(kind))
        if name is None:
            key = "policy.unnamed_service" if kind == "service" else "policy.unnamed_run"
            reason = Msg.of(key, role=role.name, patterns=patterns)
        elif kind == "container":
            reason = Msg.of("policy.not_covered", role=role.name, target=name, patterns=patterns)
        else:
            reason = expand("policy.not_covered_kind", role=role.name, target=name, patterns=patterns,
                            kind=Msg.of(f"kind.{kind}"))
        return Decision("deny", reason, rule=_label(f"roles.{role.name}", role.line))
    if not fits:
        return Decision("deny", expand("policy.nobody", verb_class=cls.value, **words), rule="no_role")
    known = bool(here) or any(binding_subject(b, actor, channel, policy) for b in policy.bindings)
    if not known:
        if actor.local and not policy.local_role:
            return Decision("deny", Msg.of("policy.local_none"), rule="local")
        reason = expand("policy.unknown_user", user=actor.user, **roles_msg, **words)
        return Decision("deny", _with_missed(reason, names, actor, channel, policy), rule="no_binding")
    reason = expand("policy.need_role", where="", **roles_msg, **words)
    return Decision("deny", _with_missed(reason, names, actor, channel, policy),
                    rule=_label(f"roles.{names[0]}", policy.roles[names[0]].line))


def missed_binding(roles: Iterable[str], actor: Actor, channel: str, policy: Policy) -> Binding | None:
    """The binding giving one of `roles` that does not name this actor: one that would apply
    in this channel first (no `in:`, or `in:` this channel), else the first."""
    wanted = set(roles)
    missed = [b for b in policy.bindings if b.role in wanted and not binding_subject(b, actor, channel, policy)]
    here = [b for b in missed if not b.only_in or any(channel_matches(c, channel, policy) for c in b.only_in)]
    return next(iter(here or missed), None)


def _with_missed(reason: Msg, roles: Iterable[str], actor: Actor, channel: str, policy: Policy) -> Msg:
    """`reason`, plus which binding would have given the role and whom it names instead."""
    b = missed_binding(roles, actor, channel, policy)
    if b is None:
        return reason
    who = [*b.users, *b.groups] + (["local"] if b.local else [])
    where = ", ".join(channel_label(c, policy) for c in b.channels)
    if who:
        missed = Msg.of("policy.binding_missed", binding=b.label, line=b.line, role=b.role,
                        who=", ".join(who + ([where] if where else [])))
    else:
        missed = Msg.of("policy.binding_missed_in", binding=b.label, line=b.line, role=b.role, channels=where)
    return expand("policy.with_binding", reason=reason, missed=missed)


def can_approve(plan: Plan, request: Request, approver: Actor, channel: str, policy: Policy) -> Decision:
    """May `approver`, in `channel`, approve `request`'s plan? Someone else, with an approver role."""
    try:
        subs = subjects(plan)
        # a daemon known by several names: the rule of any of them (authorize asked for the strictest)
        rule = next((r for n in (plan_engine(plan), *plan.aliases) for r in policy.approve
                     if _rule_matches(r, on_engine(plan, n) if plan.aliases else plan, subs)), None)
        approvers = ", ".join(rule.approvers) if rule else BUILTIN_ADMIN
        if approver.user == request.actor.user:
            return Decision("deny", Msg.of("policy.approve.self", approvers=approvers), rule="approve.self")
        if rule is None or channel != request.channel:
            return Decision("deny", Msg.of("confirm.foreign"), rule="approve.foreign")
        label = _label(rule.label, rule.line)
        # every name of the daemon (plan.aliases): the approver's roles must reach each of them
        each = [{r.name for r, _ in roles_here(approver, channel, policy, n)}
                for n in (plan_engine(plan), *plan.aliases)]
        held = set.intersection(*each)
        if held & set(rule.approvers):
            return Decision("allow", Msg.of("policy.approved", user=approver.user), rule=label)
        return Decision("deny", Msg.of("policy.approve.not_approver", user=approver.user,
                                       approvers=approvers, rule=rule.label), rule=label)
    except Exception:
        return Decision("deny", Msg.of("policy.error"), rule="error")


# --------------------------------------------------------------------------- the authorizer


class Authorizer:
    """A policy plus the rate limiter: the callable `Gorae(authorizer=...)` takes.

    `__call__` decides, and refuses a write when the asker has no rate-limit slot
    left, without using one (so `explain` has no effect). `take` uses the slot
    when an allowed write runs; `admit` decides again when a yes comes (the
    policy may have changed) and uses the slot. `can_approve` checks a second
    person. `allowed_classes` is for help.
    """

    def __init__(self, policy: Policy, *, limiter: Limiter | None = None) -> None:
        self.policy = policy
        if limiter is None and _limited(policy):
            limiter = RateLimiter(policy.writes_per_minute, per_user=policy.per_user)
        self.limiter = limiter
        self.confirm_ttl = policy.confirm_ttl

    def __call__(self, plan: Plan, request: Request) -> Decision:
        decision = authorize(plan, request, self.policy)
        if decision.kind == "deny":
            return decision
        return self._limit(plan, request, decision, take=False)

    def take(self, plan: Plan, request: Request) -> Decision | None:
        """Use a rate-limit slot for an allowed write about to run: None, or the refusal."""
        decision = self._limit(plan, request, ALLOW, take=True)
        return None if decision.allowed else decision

    def admit(self, plan: Plan, request: Request, asked: Decision) -> Decision:
        """At the yes: deny, or `approve` when a confirm now needs approval, or allow."""
        decision = authorize(plan, request, self.policy)
        if decision.kind == "deny" or (decision.kind == "approve" and asked.kind != "approve"):
            return decision
        return self._limit(plan, request, Decision("allow", decision.reason, decision.rule), take=True)

    def can_approve(self, plan: Plan, request: Request, approver: Actor, channel: str) -> Decision:
        return can_approve(plan, request, approver, channel, self.policy)

    def allowed_classes(self, request: Request) -> frozenset[VerbClass]:
        return allowed_classes(request, self.policy)

    def _limit(self, plan: Plan, request: Request, decision: Decision, *, take: bool) -> Decision:
        if self.limiter is None or not plan.writes:
            return decision
        user = request.actor.user
        wait = self.limiter.take(user) if take else self.limiter.check(user)
        if wait is None:
            return decision
        limit = self.limiter.limit_for(user)
        return Decision("deny", Msg.of("policy.rate", limit=limit, wait=int(wait + 0.999)), rule="rate_limit")


def _limited(policy: Policy) -> bool:
    return policy.writes_per_minute is not None or bool(policy.per_user)


def load_authorizer(path: str | None = None) -> Authorizer:
    """The authorizer for the policy file at `path` (where it is, is bot.config.policy_path's).

    No file: the default policy (terminal user admin, destructive confirmed; Slack users nothing).
    A broken file raises PolicyInvalid (use `format_problems`): gorae must not start on it.
    The rate limit counts in the state database (bot.policy.ratelimit.open_limiter), across
    every gorae process that shares it.
    """
    policy = load_policy(path) if path else default_policy()
    limiter = open_limiter(policy.writes_per_minute, policy.per_user) if _limited(policy) else None
    return Authorizer(policy, limiter=limiter)


def format_problems(err: PolicyInvalid, lang: str) -> str:
    return "\n".join(f"{err.source}:{p.line}: {render_text(p.msg, lang)}" for p in err.problems)


def engine_problems(policy: Policy, known: Iterable[str]) -> list[Problem]:
    """Engine patterns (roles, bindings, confirm/approve rules) that match none of the known
    engines: a typo there would silently give or take nothing."""
    names = tuple(known)
    out: list[Problem] = []
    owners: list[tuple[tuple[str, ...], int]] = [(r.engines, r.line) for r in policy.roles.values()]
    owners += [(b.engines, b.line) for b in policy.bindings]
    owners += [(r.engines, r.line) for r in (*policy.confirm, *policy.approve)]
    for patterns, line in owners:
        for p in patterns:
            if p.startswith("!") or p == "*":
                continue
            if not any(engine_matches(n, (p,)) for n in names):
                out.append(Problem(line, Msg.of("policy.err.engine_unknown", pattern=p, known=", ".join(names))))
    return out
