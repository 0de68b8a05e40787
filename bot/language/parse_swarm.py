"""Swarm services and nodes, read in the three dialects (issue 12).

docker CLI: `docker service create|ls|ps|inspect|logs|scale|update|rollback|rm` and
`docker node ls`, their words in grammar/docker_cli.lark, their options in
bot/language/docker_options.py (SERVICE_* tables), read by the same pflag rules as every other
subcommand (bot/language/parse_cli.py `read_flags`).

Korean and English: a sentence about a service or a node ("web 서비스 5개로 늘려",
"scale service web to 5", "노드 목록") is read by `natural` over the phrase list of
bot/language/parse_natural.py, after the main verb is decided there:

    run/create -> ServiceCreate        scale   -> ServiceScale
    update     -> ServiceUpdate(image) restart -> ServiceUpdate(force=True)
    rollback   -> ServiceRollback      rm      -> ServiceRemove
    list/show  -> ServiceList / NodeList, or ServicePs with a service named
    inspect    -> ServiceInspect       logs    -> ServiceLogs

Other verbs on a service (stop, kill, pause…) are refused with a sentence: a service has no
such verb, and gorae never guesses one (stop is not scale to 0).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot import model as m
from bot.language import docker_options as do
from bot.language.grammar import lexicon
from bot.language.parse import Incomplete
from bot.model import Lang

SERVICE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,62}")  # swarmkit: at most 63 characters
_SCALE_ARG = re.compile(r"([A-Za-z0-9][A-Za-z0-9_.-]*)=([0-9]+)")
SERVICE_KINDS = ("service", "node", "task")
SERVICE_VERBS = ("scale", "update", "rollback", "drain", "activate")  # verbs only a service has (grammar/natural.lark v_scale …)
MAX_REPLICAS = 1000  # more is a typo, not a request (docker itself accepts any uint64)


def _fail(key: str, **params: Any) -> Incomplete:
    return Incomplete(key, **params)


def replicas_value(text: str) -> int:
    """A replica count as said or typed: 0..MAX_REPLICAS. Raises Incomplete."""
    if not re.fullmatch(r"[0-9]+", text):
        raise _fail("swarm.bad_replicas", value=text)
    n = int(text)
    if n > MAX_REPLICAS:
        raise _fail("swarm.too_many_replicas", value=text, max=MAX_REPLICAS)
    return n


def service_publish(spec: str) -> tuple[m.PortSpec, str | None]:
    """One `docker service create -p` value -> (PortSpec, publish mode or None).

    `8080:80`, `8080:80/udp`, `80` (published port chosen by swarm), and the long form
    `published=8080,target=80,protocol=tcp,mode=host`. A host IP is not a swarm notion
    (docker: "invalid published port"). Source: docker/cli opts/port.go PortOpt.Set."""
    if "=" in spec:
        fields: dict[str, str] = {}
        for part in spec.split(","):
            k, eq, v = part.partition("=")
            if not eq or k.strip().lower() not in ("published", "target", "protocol", "mode"):
                raise _fail("swarm.bad_publish", spec=spec)
            fields[k.strip().lower()] = v.strip()
        if "target" not in fields:
            raise _fail("swarm.bad_publish", spec=spec)
        mode = fields.get("mode")
        if mode not in (None, "host", "ingress"):
            raise _fail("swarm.bad_publish", spec=spec)
        target = _port(fields["target"], spec)
        published = _port(fields["published"], spec) if fields.get("published") else None
        proto = fields.get("protocol", "tcp").lower()
        if proto not in ("tcp", "udp", "sctp"):
            raise _fail("cli.bad_proto", proto=proto)
        return m.PortSpec(published, target, None, proto, random_host=published is None), mode
    body, _, proto = spec.partition("/")
    proto = (proto or "tcp").lower()
    if proto not in ("tcp", "udp", "sctp"):
        raise _fail("cli.bad_proto", proto=proto)
    parts = body.split(":")
    if len(parts) == 1:
        return m.PortSpec(None, _port(parts[0], spec), None, proto, random_host=True), None
    if len(parts) == 2:
        return m.PortSpec(_port(parts[0], spec), _port(parts[1], spec), None, proto), None
    raise _fail("swarm.bad_publish", spec=spec)


def _port(text: str, spec: str) -> int:
    if not re.fullmatch(r"[0-9]{1,5}", text) or not 0 < int(text) < 65536:
        raise _fail("swarm.bad_publish", spec=spec)
    return int(text)


def _name(word: str) -> str:
    if not SERVICE_NAME.fullmatch(word):
        raise _fail("parse.invalid_name", name=word)
    return word


# --------------------------------------------------------------------------- docker CLI


def _cli() -> Any:
    from bot.language import parse_cli

    return parse_cli


def _create(ws: list[str], lang: Lang) -> m.Command:
    pc = _cli()
    given, args = pc.read_flags(ws, do.SERVICE_CREATE, interspersed=False)
    if not args:
        raise _fail("cli.needs_image", command="service create")
    image = pc._image(args[0])
    kw: dict[str, Any] = {}
    env: list[tuple[str, str | None]] = []
    ports: list[m.PortSpec] = []
    modes: set[str | None] = set()
    mounts: list[m.MountSpec] = []
    caps: list[str] = []
    labels: list[tuple[str, str]] = []
    constraints: list[str] = []
    for g in given:
        f = g.opt.field
        if f is None:
            continue
        if f == "ports":
            spec, mode = service_publish(g.value)
            ports.append(spec)
            modes.add(mode)
        elif f == "env":
            k, sep, v = pc._checked(g).partition("=")
            env.append((k, v if sep else None))
        elif f == "mounts":
            api = pc._checked(g)
            mounts.append(m.MountSpec(g.value, tuple(sorted(api.items()))))
        elif f == "cap_add":
            caps.append(g.value)
        elif f == "labels":
            labels.append(pc._checked(g))
        elif f == "constraints":
            constraints.append(g.value)
        elif f == "replicas":
            kw["replicas"] = replicas_value(g.value)
        elif f == "name":
            kw["name"] = _name(g.value)
        else:
            kw[f] = pc._checked(g)
    if len(modes - {None}) > 1:
        raise _fail("swarm.two_publish_modes")
    mode = next(iter(modes - {None}), None)
    return m.ServiceCreate(image, command=tuple(args[1:]), env=tuple(env), ports=tuple(ports), publish_mode=mode,
                           mounts=tuple(mounts), cap_add=tuple(caps), labels=tuple(labels),
                           constraints=tuple(constraints), lang=lang, **kw)


def _one(cls: type, table: do.Table) -> Any:
    def reader(ws: list[str], lang: Lang) -> m.Command:
        _given, args = _cli().read_flags(ws, table, interspersed=True)
        if len(args) != 1:
            raise _fail("cli.one_argument", command=table.command)
        return cls(_name(args[0]), lang=lang)
    return reader


def _none(cls: type, table: do.Table) -> Any:
    def reader(ws: list[str], lang: Lang) -> m.Command:
        _given, args = _cli().read_flags(ws, table, interspersed=True)
        if args:
            raise _fail("cli.no_arguments", command=table.command, word=args[0])
        return cls(lang=lang)
    return reader


def _logs(ws: list[str], lang: Lang) -> m.Command:
    pc = _cli()
    given, args = pc.read_flags(ws, do.SERVICE_LOGS, interspersed=True)
    if len(args) != 1:
        raise _fail("cli.one_argument", command="service logs")
    tail_s = pc._last(given, "tail")
    tail = None
    if tail_s is not None and tail_s != "all":
        if not re.fullmatch(r"[0-9]+", tail_s):
            raise _fail("cli.bad_int", value=tail_s)
        tail = int(tail_s)
    for g in given:
        if g.opt.read is not None:
            pc._checked(g)
    return m.ServiceLogs(_name(args[0]), tail=tail, since=pc._last(given, "since"),
                         timestamps=pc._switch(given, "timestamps"), lang=lang)


def _scale(ws: list[str], lang: Lang) -> m.Command:
    _given, args = _cli().read_flags(ws, do.SERVICE_SCALE, interspersed=True)
    if len(args) != 1:  # docker takes several SERVICE=N; gorae one at a time (one progress, one answer)
        raise _fail("swarm.scale_one" if args else "cli.needs_argument", command="service scale")
    found = _SCALE_ARG.fullmatch(args[0])
    if not found:
        raise _fail("swarm.scale_syntax", word=args[0])
    return m.ServiceScale(found.group(1), replicas_value(found.group(2)), lang=lang)


def _update(ws: list[str], lang: Lang) -> m.Command:
    pc = _cli()
    given, args = pc.read_flags(ws, do.SERVICE_UPDATE, interspersed=True)
    if len(args) != 1:
        raise _fail("cli.one_argument", command="service update")
    image = pc._last(given, "image")
    force = pc._switch(given, "force")
    if image is None and not force:
        raise _fail("swarm.update_nothing")
    return m.ServiceUpdate(_name(args[0]), image=pc._image(image) if image else None, force=force, lang=lang)


_AVAILABILITY = ("active", "pause", "drain")


def _node_update(ws: list[str], lang: Lang) -> m.Command:
    pc = _cli()
    given, args = pc.read_flags(ws, do.NODE_UPDATE, interspersed=True)
    if len(args) != 1:
        raise _fail("cli.one_argument", command="node update")
    value = pc._last(given, "availability")
    if value is None:
        raise _fail("swarm.node_update_nothing")
    if value not in _AVAILABILITY:
        raise _fail("swarm.bad_availability", value=value)
    return m.NodeUpdate(_name(args[0]), value, lang=lang)


def _rm(ws: list[str], lang: Lang) -> m.Command:
    _given, args = _cli().read_flags(ws, do.SERVICE_RM, interspersed=True)
    if not args:
        raise _fail("cli.needs_argument", command="service rm")
    return m.ServiceRemove(tuple(_name(a) for a in args), lang=lang)


CLI_READERS: dict[str, Any] = {
    "service_create": _create,
    "service_ls": _none(m.ServiceList, do.SERVICE_LS),
    "service_ps": _one(m.ServicePs, do.SERVICE_PS),
    "service_inspect": _one(m.ServiceInspect, do.SERVICE_INSPECT),
    "service_logs": _logs,
    "service_scale": _scale,
    "service_update": _update,
    "service_rollback": _one(m.ServiceRollback, do.SERVICE_ROLLBACK),
    "service_rm": _rm,
    "node_ls": _none(m.NodeList, do.NODE_LS),
    "node_update": _node_update,
}


# --------------------------------------------------------------------------- Korean and English


def _as_kinds(s: Any) -> set[str]:
    """The kinds said with "as" ("as a service")."""
    return {sub.data[2:] for p in s.phrases if p.name == "as_kind" for sub in p.subs if sub.data.startswith("k_")}


def about_services(s: Any) -> bool:
    """Is the sentence about a service, a node or a task (a name, a noun or "as a service")?"""
    return (any(a.kind in SERVICE_KINDS for a in s.args) or any(k in SERVICE_KINDS for k in s.nouns)
            or bool(_as_kinds(s) & set(SERVICE_KINDS)))


def natural(s: Any, u: Any, verb: str) -> tuple[m.Command, Any]:
    """The service command of a clause whose main verb bot/language/parse_natural.py decided."""
    from bot.language import parse_natural as pn

    kinds = {a.kind for a in s.args if a.kind} | set(s.nouns) | _as_kinds(s)
    lang = s.lang
    if "as_kind" in {p.name for p in s.phrases}:
        if _as_kinds(s) != {"service"} or verb not in ("run", "create"):
            raise _fail("parse.unused", words="`as`")
        _, u = pn.use(s, u, "as_kind")
    node_verbs = {"drain": "drain", "activate": "active", "pause": "pause", "unpause": "active"}
    if verb in ("drain", "activate") or ("node" in kinds and verb in node_verbs):
        nodes = [a for a in pn.free(s, u) if a.kind in ("node", None) and a.type == "NAME"]
        if not nodes:
            raise _fail("parse.need_target", what="node")
        if len(nodes) > 1:
            raise _fail("parse.one_target", what="node", names=", ".join(a.value for a in nodes))
        return m.NodeUpdate(_name(nodes[0].value), node_verbs[verb], lang=lang), u.arg(nodes[0])  # type: ignore[arg-type]
    if verb in ("list", "show", "inspect") and "node" in kinds and "service" not in kinds:
        _, u = pn.use(s, u, "all")
        return m.NodeList(lang=lang), u
    if verb in ("run", "create"):
        return _natural_create(s, u)
    if verb in ("list", "show", "inspect", "logs"):
        if "logs" in s.verbs or verb == "logs" or pn.has(s, u, "tail") or pn.has(s, u, "since"):
            cmd, u = pn.logs(s, u, verb, None)
            assert isinstance(cmd, m.Logs)
            return m.ServiceLogs(cmd.target, tail=cmd.tail, since=cmd.since, timestamps=cmd.timestamps,
                                 lang=lang), u
        names, u = _names(s, u)
        _, u = pn.use(s, u, "all")
        if not names:
            if lang == "ko":
                # (f12ko) "현재 가동 중인 서비스 목록 보고해 주세요", "서비스 다 괜찮아?": running or fine, said of the
                # services listed (docker service ls shows their replicas; on no swarm manager, the containers)
                _, u = pn.use(s, u, "running")
                _, u = pn.use(s, u, "alive")
            return m.ServiceList(lang=lang), u
        if len(names) > 1:
            raise _fail("parse.one_target", what="service", names=", ".join(names))
        if verb == "inspect" and "task" not in kinds:
            return m.ServiceInspect(names[0], lang=lang), u
        return m.ServicePs(names[0], lang=lang), u
    if verb == "scale":
        _absolute(s)
        for said in ("down", "running"):  # "scale web down to 1", "scale web up to 5": the total decides
            _, u = pn.use(s, u, said)
        scale_kv = _scale_kv(s, u)
        if scale_kv is not None:  # "scale web=5"
            return scale_kv
        name, u = _one_name(s, u)
        n, u = _replicas(s, u, required=True)
        assert n is not None
        return m.ServiceScale(name, n, lang=lang), u
    if verb == "update":
        image, u = _image(s, u)
        if image is None:
            raise _fail("swarm.update_needs_image")
        name, u = _one_name(s, u)
        return m.ServiceUpdate(name, image=image, lang=lang), u
    if verb == "restart":
        name, u = _one_name(s, u)
        _, u = pn.use(s, u, "all")  # "web 서비스 전부 재시작": every task, which --force is
        return m.ServiceUpdate(name, force=True, lang=lang), u
    if verb == "rollback":
        name, u = _one_name(s, u)
        return m.ServiceRollback(name, lang=lang), u
    if verb == "rm":
        names, u = _names(s, u)
        if not names:
            raise _fail("parse.need_target", what="service")
        return m.ServiceRemove(names, lang=lang), u
    raise _fail("swarm.no_such_verb", verb=verb)


# "5개 늘려" is five more, "5개로 늘려" five in all; "더" (more), "by 2", "2 more": a change by an
# amount, which `docker service scale` does not take. Refused, never read as a total.
# The words: grammar/lexicon.txt by_amount_ko, by_amount_en, change_ko.
@lru_cache(maxsize=1)
def _by_amount() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()

    def alt(role: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lex[role], key=len, reverse=True))

    return (re.compile(r"(?:^|\s)(?:" + alt("by_amount_ko") + r")(?:\s|$)"),
            re.compile(r"\b(?:" + alt("by_amount_en") + r")\b", re.I),
            re.compile(alt("change_ko")))


def _absolute(s: Any) -> None:
    """Raise Incomplete("swarm.relative_replicas") when a scale says a change, not a total."""
    text = s.text
    ko_by, en_by, change = _by_amount()
    if s.lang == "ko":
        said = [p for p in s.phrases if p.name == "replicas"]
        to = any(sub.data == "p_as" for p in said for sub in p.subs)
        by_count = change.search(text) and said and not to
        if ko_by.search(text) or by_count:
            raise _fail("swarm.relative_replicas")
    elif en_by.search(text):
        raise _fail("swarm.relative_replicas")


def _scale_kv(s: Any, u: Any) -> tuple[m.Command, Any] | None:
    """`scale web=5` said in English (read by the grammar as KEY=VALUE), when no other name is said."""
    from bot.language import parse_natural as pn

    kv = pn.ph(s, u, "env")
    found = _SCALE_ARG.fullmatch(kv[0].values[-1]) if len(kv) == 1 and kv[0].values else None
    if found is None or _service_args(s, u) or [a for a in pn.free(s, u) if a.kind == "service"]:
        return None
    _, u = pn.take(s, u, "env")
    return m.ServiceScale(_name(found.group(1)), replicas_value(found.group(2)), lang=s.lang), u


def _service_args(s: Any, u: Any) -> list[Any]:
    from bot.language import parse_natural as pn

    return [a for a in pn.free(s, u) if a.type in ("NAME", "STRING") and a.kind in (None, "service")]


def _names(s: Any, u: Any) -> tuple[tuple[str, ...], Any]:
    from bot.language import parse_natural as pn

    named = [a for a in pn.free(s, u) if a.kind in ("service", "task")]
    if named:  # "api랑 worker 서비스": the noun after the last name is every joined name's
        named = [a for a in pn.free(s, u) if a in named or (a.kind is None and a.type == "NAME" and a.particle == "and")]
    else:
        named = _service_args(s, u)
    names = []
    for a in named:
        names.append(_name(a.value))
        u = u.arg(a)
    return tuple(names), u


def _one_name(s: Any, u: Any) -> tuple[str, Any]:
    names, u = _names(s, u)
    if not names:
        raise _fail("parse.need_target", what="service")
    if len(names) > 1:
        raise _fail("parse.one_target", what="service", names=", ".join(names))
    return names[0], u


def _replicas(s: Any, u: Any, *, required: bool, bare: bool = True) -> tuple[int | None, Any]:
    """The replica count: a `replicas` phrase ("5개로", "to 5 replicas"), or a bare number after
    "to" ("scale web to 5"), or `web=5` (read by the grammar as KEY=VALUE)."""
    from bot.language import parse_natural as pn

    said = pn.ph(s, u, "replicas")
    if len(said) > 1:
        raise _fail("parse.two_amounts")
    if said:
        _, u = pn.take(s, u, "replicas")
        ints = [v for v, t in zip(said[0].values, said[0].types) if t == "INT"]
        return replicas_value(ints[0]), u
    numbers = [a for a in pn.free(s, u) if a.type == "INT"] if bare else []
    if len(numbers) == 1:
        return replicas_value(numbers[0].value), u.arg(numbers[0])
    kv = pn.ph(s, u, "env")
    if required and len(kv) == 1 and _SCALE_ARG.fullmatch(kv[0].values[-1] if kv[0].values else ""):
        found = _SCALE_ARG.fullmatch(kv[0].values[-1])
        assert found is not None
        return replicas_value(found.group(2)), u.group("env").add("scale_name", (found.group(1),), ("NAME",))
    if required:
        raise _fail("swarm.need_replicas")
    return None, u


def _image(s: Any, u: Any) -> tuple[str | None, Any]:
    """The image of a create or an update: a name said as a means ("nginx로", "nginx:1.25로"),
    after from/with/to in English, or of kind image."""
    from bot.language import parse_natural as pn

    cands = [a for a in pn.free(s, u) if a.type in ("NAME", "PATH") and a.kind in (None, "image")
             and (a.kind == "image" or a.particle == "as" or a.prep in ("from", "with", "at"))]
    if len(cands) > 1:
        raise _fail("parse.one_target", what="image", names=", ".join(a.value for a in cands))
    if not cands:
        return None, u
    pn.check_name(cands[0].value, "image")
    return cands[0].value, u.arg(cands[0])


def _natural_create(s: Any, u: Any) -> tuple[m.Command, Any]:
    from bot.language import parse_natural as pn

    image, u = _image(s, u)
    name: str | None = None
    named, u2 = pn.take(s, u, "named")
    if named:
        u = u2
        name = _name(named[0].values[-1])
    if image is None:
        # "web 서비스 nginx 띄워줘": the service is the one said as a service, the other name the image
        plain = [a for a in pn.free(s, u) if a.type in ("NAME", "PATH") and a.kind is None]
        if len(plain) == 1:
            image = plain[0].value
            pn.check_name(image, "image")
            u = u.arg(plain[0])
    if image is None:
        svc = [a for a in pn.free(s, u) if a.kind == "service"]
        if len(svc) == 1:  # "nginx 서비스 3개 띄워줘": the image, or the service's name? asked, never guessed
            raise _fail("swarm.image_or_name", name=svc[0].value)
        raise _fail("parse.need_target", what="image")
    if name is None:
        svc = [a for a in pn.free(s, u) if a.kind == "service"]
        if not svc and "service" in s.nouns:
            # "nginx로 서비스 web 3개 실행": the noun before the name, as in English
            svc = [a for a in pn.free(s, u) if a.type == "NAME" and a.kind is None]
        if len(svc) > 1:
            raise _fail("parse.one_target", what="service", names=", ".join(a.value for a in svc))
        if svc:
            name = _name(svc[0].value)
            u = u.arg(svc[0])
    if name is not None and name.isdigit():  # "nginx로 3 서비스 띄워": three of them, or a service called 3?
        raise _fail("swarm.number_or_name", name=name)
    # a count is said as one ("3개", "3 replicas"): a bare number after an image may be its tag
    # ("from nginx 3"), never taken for the replicas of a new service
    replicas, u = _replicas(s, u, required=False, bare=False)
    ports, expose, u = pn._ports(s, u)
    if expose:
        raise _fail("swarm.no_expose")
    if any(p.host_ip for p in ports):
        raise _fail("swarm.no_host_ip")
    env_phs, u3 = pn.take(s, u, "env")
    env: list[tuple[str, str | None]] = []
    if env_phs:
        u = u3
        for p in env_phs:
            k, sep, v = p.values[-1].partition("=")
            env.append((k, v if sep else None))
    _, u = pn.use(s, u, "detach")  # a service always runs detached
    return m.ServiceCreate(image, name=name, replicas=replicas, ports=ports, env=tuple(env), lang=s.lang), u
