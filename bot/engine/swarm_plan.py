"""Service and node commands -> Plan: the SDK calls (services API) and the docker CLI they mean.

Verb classes (the policy is written in them): every listing, `service ps/inspect/logs` and
`node ls` are `read`; `service create`, an image update and a rollback are `deploy` (new code
runs); `service scale` and `service update --force` (every task replaced: the service's
restart) are `operate`; `service rm` is `destroy`. Node changes would be `admin` (gorae reads
nodes only). The service is a policy subject of kind "service" (roles' `services:` patterns),
its image one of kind "image".

Names are checked against the engine read-only (`EngineView.services()`): an engine that is
not a swarm manager, or a service that is not there, is `Unresolved` before anything runs.

    >>> plan(ServiceScale("web", 3), view).cli
    ('docker service scale web=3',)
"""
from __future__ import annotations

import difflib
import shlex
from collections.abc import Callable
from typing import Any

from bot import model as m
from bot.engine.view import EngineView, ImageInfo
from bot.model import Call, Msg, Plan, Target, Unresolved, VerbClass

Result = Plan | Unresolved


def q(word: str) -> str:
    return shlex.quote(word)


def _available(view: EngineView) -> bool:
    return view.available


def _services(cmd: m.Command, view: EngineView) -> list[str] | Unresolved | None:
    """The engine's service names; None without an engine (planned unchecked)."""
    if not _available(view):
        return None
    names = view.services()
    if names is None:
        return Unresolved(cmd, Msg.of("swarm.not_manager"))
    return names


def _need(cmd: m.Command, names: tuple[str, ...], view: EngineView) -> Unresolved | None:
    have = _services(cmd, view)
    if have is None or isinstance(have, Unresolved):
        return have
    for n in names:
        if n not in have:
            close = tuple(difflib.get_close_matches(n, have, n=3, cutoff=0.5))
            return Unresolved(cmd, Msg.of("swarm.no_such_service", name=n), suggestions=close)
    return None


def _svc(name: str) -> Target:
    return Target("service", name)


# --------------------------------------------------------------------------- reads


def _ls(cmd: m.ServiceList, view: EngineView) -> Result:
    have = _services(cmd, view)
    if isinstance(have, Unresolved) and cmd.lang == "ko" and not cmd.as_typed:
        # (f12ko) "서비스 다 정상인가요?", "현재 가동 중인 서비스 목록 보고해 주세요" on an engine that is no swarm manager:
        # 서비스 is the everyday word — what runs here, its containers (docker ps), a read
        from bot.engine.plan import plan

        return plan(m.ListContainers(lang=cmd.lang), view)
    if isinstance(have, Unresolved):
        return have
    return Plan(cmd, (Call.of("services.list"),), ("docker service ls",), "service ls", VerbClass.READ,
                writes=False, summary=Msg.of("summary.service_ls"))


def _node_ls(cmd: m.NodeList, view: EngineView) -> Result:
    have = _services(cmd, view)
    if isinstance(have, Unresolved):
        return have
    return Plan(cmd, (Call.of("nodes.list"),), ("docker node ls",), "node ls", VerbClass.READ,
                writes=False, summary=Msg.of("summary.node_ls"))


def _read_one(verb: str, op: str) -> Callable[..., Result]:
    def planner(cmd: m.ServicePs | m.ServiceInspect, view: EngineView) -> Result:
        missing = _need(cmd, (cmd.target,), view)
        if missing:
            return missing
        return Plan(cmd, (Call.of(op, cmd.target),), (f"docker service {verb} {q(cmd.target)}",),
                    f"service {verb}", VerbClass.READ, targets=(_svc(cmd.target),), writes=False,
                    summary=Msg.of(f"summary.service_{verb}", name=cmd.target))
    return planner


def _logs(cmd: m.ServiceLogs, view: EngineView) -> Result:
    missing = _need(cmd, (cmd.target,), view)
    if missing:
        return missing
    flags: list[str] = []
    kw: dict[str, Any] = {}
    if cmd.tail is not None:
        flags.append(f"--tail {cmd.tail}")
        kw["tail"] = cmd.tail
    if cmd.since:
        flags.append(f"--since {q(cmd.since)}")
        kw["since"] = cmd.since
    if cmd.timestamps:
        flags.append("-t")
        kw["timestamps"] = True
    cli = " ".join(["docker service logs", *flags, q(cmd.target)])
    return Plan(cmd, (Call.of("service.logs", cmd.target, **kw),), (cli,), "service logs", VerbClass.READ,
                targets=(_svc(cmd.target),), writes=False, summary=Msg.of("summary.service_logs", name=cmd.target))


# --------------------------------------------------------------------------- writes


def _exposed(image: str, view: EngineView) -> tuple[str, ...] | None:
    """The image's EXPOSEd ports: from the engine, else from the registry (as run: issue 8)."""
    if not _available(view):
        return None
    info: ImageInfo | None = view.image(image)
    if info is not None:
        return info.exposed_ports
    return view.registry_exposed(image)


def publish_ports(cmd: m.ServiceCreate, view: EngineView) -> tuple[list[dict[str, Any]], list[str]] | Unresolved:
    """PortSpecs -> Engine API EndpointSpec.Ports and the `-p` words (design §2's EXPOSE rule:
    one port N said, the image EXPOSEs exactly one P != N -> N:P; never N:N by guess when the
    image cannot be read)."""
    ports: list[dict[str, Any]] = []
    words: list[str] = []
    exposed: tuple[str, ...] | None = None
    if any(p.container_port is None for p in cmd.ports):
        exposed = _exposed(cmd.image, view)
        if exposed is None and _available(view):
            return Unresolved(cmd, Msg.of("plan.registry_port_unknown", image=cmd.image,
                                          example=" ".join(f"-p {p.host_port or 'PORT'}:PORT" for p in cmd.ports)))
    tcp = [p for p in (exposed or ()) if p.endswith("/tcp")]
    for p in cmd.ports:
        target = p.container_port
        if target is None:
            if p.host_port is None:
                if len(tcp) != 1:
                    return Unresolved(cmd, Msg.of("plan.need_container_port", image=cmd.image))
                target = int(tcp[0].split("/")[0])
            else:
                target = p.host_port
                if len(tcp) == 1 and int(tcp[0].split("/")[0]) != p.host_port:
                    target = int(tcp[0].split("/")[0])
        entry: dict[str, Any] = {"Protocol": p.proto, "TargetPort": target}
        if p.host_port is not None and not p.random_host:
            entry["PublishedPort"] = p.host_port
        if cmd.publish_mode:
            entry["PublishMode"] = cmd.publish_mode
        ports.append(entry)
        suffix = "" if p.proto == "tcp" else f"/{p.proto}"
        if cmd.publish_mode:
            long = [f"mode={cmd.publish_mode}"]
            if "PublishedPort" in entry:
                long.append(f"published={entry['PublishedPort']}")
            long.append(f"target={target}")
            if p.proto != "tcp":
                long.append(f"protocol={p.proto}")
            words.append(f"--publish {','.join(long)}")
        elif "PublishedPort" in entry:
            words.append(f"-p {entry['PublishedPort']}:{target}{suffix}")
        else:
            words.append(f"-p {target}{suffix}")
    return ports, words


def _env_word(key: str, value: str | None) -> str:
    return key if value is None else f"{key}={value}"


def _create(cmd: m.ServiceCreate, view: EngineView) -> Result:
    have = _services(cmd, view)
    if isinstance(have, Unresolved):
        return have
    if cmd.name and have is not None and cmd.name in have:
        return Unresolved(cmd, Msg.of("swarm.service_exists", name=cmd.name))
    flags: list[str] = []
    kw: dict[str, Any] = {"image": cmd.image}
    if cmd.name:
        flags.append(f"--name {q(cmd.name)}")
        kw["name"] = cmd.name
    if cmd.replicas is not None:
        flags.append(f"--replicas {cmd.replicas}")
    kw["replicas"] = 1 if cmd.replicas is None else cmd.replicas
    if cmd.ports:
        published = publish_ports(cmd, view)
        if isinstance(published, Unresolved):
            return published
        kw["ports"], words = published
        flags += words
    if cmd.env:
        flags += [f"-e {q(_env_word(k, v))}" for k, v in cmd.env]
        kw["env"] = [_env_word(k, v) for k, v in cmd.env]
    if cmd.network:
        if _available(view) and cmd.network not in view.networks():
            return Unresolved(cmd, Msg.of("plan.no_such_network", name=cmd.network))
        flags.append(f"--network {q(cmd.network)}")
        kw["network"] = cmd.network
    if cmd.mounts:
        flags += [f"--mount {q(mt.spec)}" for mt in cmd.mounts]
        kw["mounts"] = [dict(mt.api) for mt in cmd.mounts]
    if cmd.cap_add:
        flags += [f"--cap-add {q(c)}" for c in cmd.cap_add]
        kw["cap_add"] = list(cmd.cap_add)
    if cmd.user:
        flags.append(f"--user {q(cmd.user)}")
        kw["user"] = cmd.user
    if cmd.workdir:
        flags.append(f"--workdir {q(cmd.workdir)}")
        kw["workdir"] = cmd.workdir
    if cmd.labels:
        flags += [f"--label {q(k + '=' + v)}" for k, v in cmd.labels]
        kw["labels"] = dict(cmd.labels)
    if cmd.constraints:
        flags += [f"--constraint {q(c)}" for c in cmd.constraints]
        kw["constraints"] = list(cmd.constraints)
    if cmd.command:
        kw["command"] = list(cmd.command)
    cli = " ".join(["docker service create", *flags, q(cmd.image), *(q(w) for w in cmd.command)])
    notes = []
    if _available(view) and view.image(cmd.image) is None:
        notes.append(Msg.of("plan.will_pull", image=cmd.image))
    name = cmd.name or cmd.image
    return Plan(cmd, (Call.of("services.create", None, **kw),), (cli,), "service create", VerbClass.DEPLOY,
                targets=((_svc(cmd.name),) if cmd.name else ()) + (Target("image", cmd.image),),
                summary=Msg.of("summary.service_create", name=name, image=cmd.image, replicas=kw["replicas"]),
                notes=tuple(notes))


def _scale(cmd: m.ServiceScale, view: EngineView) -> Result:
    missing = _need(cmd, (cmd.target,), view)
    if missing:
        return missing
    return Plan(cmd, (Call.of("service.scale", cmd.target, replicas=cmd.replicas),),
                (f"docker service scale {q(cmd.target)}={cmd.replicas}",), "service scale", VerbClass.OPERATE,
                targets=(_svc(cmd.target),),
                summary=Msg.of("summary.service_scale", name=cmd.target, replicas=cmd.replicas))


def _update(cmd: m.ServiceUpdate, view: EngineView) -> Result:
    missing = _need(cmd, (cmd.target,), view)
    if missing:
        return missing
    flags: list[str] = []
    kw: dict[str, Any] = {}
    targets: tuple[Target, ...] = (_svc(cmd.target),)
    if cmd.image:
        flags.append(f"--image {q(cmd.image)}")
        kw["image"] = cmd.image
        targets += (Target("image", cmd.image),)
    if cmd.force:
        flags.append("--force")
        kw["force"] = True
    cli = " ".join(["docker service update", *flags, q(cmd.target)])
    key = "summary.service_update" if cmd.image else "summary.service_restart"
    return Plan(cmd, (Call.of("service.update", cmd.target, **kw),), (cli,), "service update",
                VerbClass.DEPLOY if cmd.image else VerbClass.OPERATE, targets=targets,
                summary=Msg.of(key, name=cmd.target, image=cmd.image or ""))


def _rollback(cmd: m.ServiceRollback, view: EngineView) -> Result:
    """A rollback brings back the previous spec: its image, mounts, networks and capabilities are
    subjects and guards exactly as for a `service create` (the Call's kwargs carry them in
    services.create's shapes, the image is a target). The service's version goes with the call: the
    engine refuses the rollback if the service changed after this check (swarm_execute)."""
    missing = _need(cmd, (cmd.target,), view)
    if missing:
        return missing
    targets: tuple[Target, ...] = (_svc(cmd.target),)
    kw: dict[str, Any] = {}
    prev = view.previous_service_spec(cmd.target) if _available(view) else None
    if prev is not None:
        if prev.image:
            targets += (Target("image", prev.image),)
            kw["image"] = prev.image
        if prev.mounts:
            kw["mounts"] = [dict(mt) for mt in prev.mounts]
        if prev.networks:
            kw["networks"] = list(prev.networks)
        if prev.cap_add:
            kw["cap_add"] = list(prev.cap_add)
        if prev.version is not None:
            kw["version"] = prev.version
    return Plan(cmd, (Call.of("service.rollback", cmd.target, **kw),), (f"docker service rollback {q(cmd.target)}",),
                "service rollback", VerbClass.DEPLOY, targets=targets,
                summary=Msg.of("summary.service_rollback", name=cmd.target))


def _rm(cmd: m.ServiceRemove, view: EngineView) -> Result:
    missing = _need(cmd, cmd.targets, view)
    if missing:
        return missing
    return Plan(cmd, tuple(Call.of("service.remove", n) for n in cmd.targets),
                ("docker service rm " + " ".join(q(n) for n in cmd.targets),), "service rm", VerbClass.DESTROY,
                targets=tuple(_svc(n) for n in cmd.targets), destructive=True,
                summary=Msg.of("summary.service_rm", names=", ".join(cmd.targets)))


def _node_update(cmd: m.NodeUpdate, view: EngineView) -> Result:
    have = _services(cmd, view)  # a manager answers; the node itself is looked up when it runs
    if isinstance(have, Unresolved):
        return have
    return Plan(cmd, (Call.of("node.update", cmd.target, availability=cmd.availability),),
                (f"docker node update --availability {cmd.availability} {q(cmd.target)}",), "node update",
                VerbClass.ADMIN, targets=(Target("node", cmd.target),),
                destructive=cmd.availability == "drain",  # every task on it is moved away
                summary=Msg.of("summary.node_update", name=cmd.target, availability=cmd.availability))


HANDLERS: dict[type, Callable[..., Result]] = {
    m.NodeUpdate: _node_update,
    m.ServiceList: _ls,
    m.NodeList: _node_ls,
    m.ServicePs: _read_one("ps", "service.tasks"),
    m.ServiceInspect: _read_one("inspect", "service.inspect"),
    m.ServiceLogs: _logs,
    m.ServiceCreate: _create,
    m.ServiceScale: _scale,
    m.ServiceUpdate: _update,
    m.ServiceRollback: _rollback,
    m.ServiceRemove: _rm,
}
