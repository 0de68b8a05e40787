"""Command -> Plan: the Docker SDK calls in order, and the docker CLI that means the same.

Names are resolved against the engine, read-only, through an `EngineView`:
is "db" a container or an image? which port does the image EXPOSE? does "web-1"
match several containers? Anything unsure becomes `Unresolved` — nothing runs.

    >>> plan(Restart(targets=("web",)), view).cli
    ('docker restart web',)
"""
from __future__ import annotations

import difflib
import re
import shlex
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace
from typing import Any, Literal

from bot import model as m
from bot.engine.view import ContainerInfo, EngineView, ImageInfo, ServiceSpecInfo
from bot.language import docker_options, docker_values
from bot.model import Call, Msg, Plan, Target, Unresolved, VerbClass

Result = Plan | Unresolved
BUILTIN_NETWORKS = ("bridge", "host", "none")


def plan(cmd: m.Command, view: EngineView) -> Result:
    """Plan one command. Never raises for a user's mistake: that is `Unresolved`."""
    if isinstance(cmd, (m.Exec, m.RunContainer)) and cmd.interactive:
        if isinstance(cmd, m.Exec):
            example = f"docker exec {q(cmd.target)} ls /"
        elif (not cmd.as_typed and _available(view)
              and any(c.name == cmd.image and c.status == "running" for c in view.containers())):
            example = f"docker exec {q(cmd.image)} ls /"  # "run sh in web": web is a running container
        else:
            example = f"docker run --rm {q(cmd.image)} ls /"
        return Unresolved(cmd, Msg.of("parse.interactive", example=example))
    if cmd.host_flag:
        # the guard names it too; but running it here would act on the wrong engine
        return Unresolved(cmd, Msg.of("plan.host_flag", flag=cmd.host_flag))
    if cmd.engine:  # bot/engine/choose.py plans it on that engine (without the name); never here
        return Unresolved(cmd, Msg.of("engines.not_chosen", name=cmd.engine))
    if cmd.image_said is not None:
        cmd = _image_container(cmd, view)
    if cmd.run_by is not None:
        named = _run_by(cmd, view)
        if isinstance(named, Unresolved):
            return named
        cmd = named
    handler = _HANDLERS.get(type(cmd))
    if handler is None:
        return Unresolved(cmd, Msg.of("plan.unsupported"))
    token = _CASE_NOTES.set([])
    try:
        res = handler(cmd, view)
        notes = tuple(dict.fromkeys(_CASE_NOTES.get() or ()))
    finally:
        _CASE_NOTES.reset(token)
    if notes and isinstance(res, Plan):  # "Restart Web": said in the reply (Resolver.by_case)
        res = replace(res, notes=res.notes + tuple(n for n in notes if n not in res.notes))
    return res


def image_removal(cmd: m.Command, view: EngineView) -> m.RemoveImage | None:
    """(lead20) "alpine 지워줘", "delete alpine" with no container alpine (nor one whose name begins so) but an image
    alpine: the image removal the name may mean here — offered as a question by the pipeline, never run on a guess
    (the tables disagree: "nginx 지워" with nginx's containers running is no order). Only a removal of one name, no
    flag of a container's removal (-f, -v), no state nor the word container said of it, never typed CLI (`docker rm
    alpine` is as typed); docker itself refuses an image a container uses. None otherwise."""
    if (not isinstance(cmd, m.Remove) or cmd.as_typed or cmd.lang == "cli" or cmd.all_running or len(cmd.targets) != 1
            or cmd.force or cmd.volumes or cmd.in_state or cmd.container_said or not _available(view)):
        return None
    name = cmd.targets[0]
    if any(c.name.startswith(name) for c in view.containers()) or view.image(name) is None:
        return None
    return m.RemoveImage((name,), lang=cmd.lang, typos=cmd.typos)


def _runs_image(container_image: str, ref: str) -> bool:
    """Whether a container's image (as the engine names it: "nginx", "mysql:5.7", "docker.io/library/redis:latest")
    is the image said: the same reference, or said without a tag, the same repository whatever its tag."""
    def short(r: str) -> str:
        for prefix in ("docker.io/library/", "docker.io/", "library/"):
            if r.startswith(prefix):
                r = r[len(prefix):]
        return r

    have, said = short(container_image), short(ref)
    if have == said or have == said + ":latest" or said == have + ":latest":
        return True
    return ":" not in said.rsplit("/", 1)[-1] and "@" not in said and have.split("@")[0].rsplit(":", 1)[0] == said \
        and ":" in have.rsplit("/", 1)[-1]


def _image_container(cmd: m.Command, view: EngineView) -> m.Command:
    """(w2en13) "the X container" (`Command.image_said`): the container X when the engine has one; else, when some
    container runs the image X, the one that runs it (`_run_by`, said as one: several are asked back); else as said
    (no such container, by name)."""
    ref = cmd.image_said or ""
    cmd = replace(cmd, image_said=None)
    containers = view.containers()
    if any(c.name == ref for c in containers) or not any(_runs_image(c.image, ref) for c in containers):
        return cmd
    return replace(cmd, run_by=ref, run_by_one=True)


def _run_by(cmd: m.Command, view: EngineView) -> m.Command | Unresolved:
    """(w2en) A command on the containers said by the image they run (`Command.run_by`): its targets named, every
    container of the engine (any state) whose image is that image. Said as one container ("the container that runs
    redis"): only when exactly one runs it — none or several are asked back by name, never guessed."""
    ref = cmd.run_by or ""
    names = tuple(c.name for c in view.containers() if _runs_image(c.image, ref))
    if not names:
        return Unresolved(cmd, Msg.of("plan.none_runs_image", image=ref))
    if cmd.run_by_one and len(names) > 1:
        return Unresolved(cmd, Msg.of("plan.several_run_image", image=ref, names=", ".join(names)),
                          suggestions=names)
    cmd = replace(cmd, run_by=None, run_by_one=False)
    if isinstance(cmd, (m.ContainerAction, m.Stats)):
        return replace(cmd, targets=names)
    if isinstance(cmd, m.Inspect) and len(names) >= 1:
        return replace(cmd, target=names[0], more=names[1:])
    if isinstance(cmd, (m.Logs, m.Top, m.Port)) and len(names) == 1:
        return replace(cmd, target=names[0])
    if isinstance(cmd, (m.Logs, m.Top, m.Port)):
        return Unresolved(cmd, Msg.of("plan.several_run_image", image=ref, names=", ".join(names)), suggestions=names)
    return Unresolved(cmd, Msg.of("plan.unsupported"))


# the names a plan resolved by case only ("Restart Web" -> web, Resolver.by_case), collected while
# one `plan` call runs and added to its Plan's notes: the reply says which container was meant
_CASE_NOTES: ContextVar[list[Msg] | None] = ContextVar("case_notes", default=None)


def q(word: str) -> str:
    return shlex.quote(word)


def _available(view: EngineView) -> bool:
    return view.available


# --------------------------------------------------------------------------- resolution


_TASK_SUFFIX = re.compile(r"[0-9a-z]+\.[0-9a-z]{25}")


def swarm_task_of(container: str, service: str) -> bool:
    """Is `container` the container of a task of the Swarm service `service`? Swarm names a task's
    container SERVICE.SLOT.TASKID (replicated) or SERVICE.NODEID.TASKID (global), the task ID being 25
    lower-case letters and digits (docker/swarmkit; moby daemon/cluster/executor/container)."""
    return container.startswith(service + ".") and bool(_TASK_SUFFIX.fullmatch(container[len(service) + 1:]))


# the commands that only read: a unique prefix of a container's name names it for these (Resolver.container)
_PREFIX_READS = (m.Inspect, m.Logs, m.Top, m.Port, m.Stats)


class Resolver:
    """Name -> container, the way the docker CLI does it, plus unique prefixes."""

    def __init__(self, cmd: m.Command, view: EngineView) -> None:
        self.cmd = cmd
        self.view = view

    def container(self, name: str) -> ContainerInfo | Unresolved:
        if not _available(self.view):
            return ContainerInfo(id="", name=name, image="", status="unknown")
        found = self.view.container(name)  # DockerView: one inspect, not the whole list
        if found is not None:
            return found
        cs = self.view.containers()
        for c in cs:
            if c.name == name:
                return c
        by_case = self.by_case(name, cs)
        if by_case is not None:
            return by_case
        full_id = [c for c in cs if len(name) >= 3 and c.id.startswith(name)]
        if len(full_id) == 1:
            return full_id[0]
        prefixed = [c for c in cs if c.name.startswith(name)]
        tasks = [c for c in prefixed if swarm_task_of(c.name, name)]
        if tasks:  # "api 재시작" on a swarm node: api is a service, api.1.x one of its tasks — never a prefix
            return Unresolved(self.cmd, Msg.of("swarm.service_not_container", name=name))
        if len(prefixed) == 1 and isinstance(self.cmd, _PREFIX_READS):
            return prefixed[0]
        if len(prefixed) == 1:
            # "rm my-n" removed my-nginx: docker resolves a name exactly (an ID by prefix), never a name by its
            # beginning — for a change, the whole name is asked; a read ("logs of my-n") still finds the one
            return Unresolved(self.cmd, Msg.of("plan.prefix_for_write", name=name, full=prefixed[0].name),
                              suggestions=(prefixed[0].name,))
        if len(prefixed) > 1:
            names = tuple(sorted(c.name for c in prefixed))
            return Unresolved(self.cmd, Msg.of("plan.ambiguous", name=name, names=", ".join(names)),
                              choices=names)
        return self.unknown("container", name, [c.name for c in cs])

    def by_case(self, name: str, cs: list[ContainerInfo]) -> ContainerInfo | None:
        """The one container whose name differs from `name` in case only ("Restart Web", "RESTART
        WEB" from a phone keyboard or caps lock, with `web` on the engine), said in the reply; None
        when no name or several names ("Web" with both `web` and `WEB`) match so, or when the name
        was typed as a docker command (docker resolves names as typed: `docker restart Web` fails)."""
        if self.cmd.lang == "cli" or name.lower() == name:
            return None
        folded = [c for c in cs if c.name.casefold() == name.casefold()]
        if len(folded) != 1:
            return None
        notes = _CASE_NOTES.get()
        if notes is not None:
            notes.append(Msg.of("plan.by_case", said=name, name=folded[0].name))
        return folded[0]

    def unknown(self, what: str, name: str, pool: list[str]) -> Unresolved:
        close = tuple(difflib.get_close_matches(name, pool, n=3, cutoff=0.5))
        key = "plan.no_such_" + what
        return Unresolved(self.cmd, Msg.of(key, name=name), suggestions=close)


# the states "all" means for a verb (docker ps -a STATUS), and how `docker` lists them in the command shown
_ALL_OF: dict[type, tuple[str, ...]] = {m.Start: ("exited", "created"), m.Unpause: ("paused",)}
_ALL_SHOWN: dict[type, str] = {m.Start: "$(docker ps -aq -f status=exited -f status=created)",
                               m.Unpause: "$(docker ps -q -f status=paused)"}


def _targets(cmd: m.ContainerAction, view: EngineView) -> list[ContainerInfo] | Unresolved:
    r = Resolver(cmd, view)
    if cmd.all_running:
        if not _available(view):
            return []
        # "start all" starts the stopped ones and "unpause all" the paused ones (the running ones are
        # already started and not paused: acting on them is nothing); every other verb the running ones
        running = [c for c in view.containers() if c.status in (cmd.in_state or _ALL_OF.get(type(cmd), ("running",)))]
        for name in cmd.exclude:  # "all but web": the names left out must be containers
            left_out = r.container(name)
            if isinstance(left_out, Unresolved):
                return left_out
            running = [c for c in running if c.name != left_out.name]
        tasks = [c for c in running if c.service]
        running = [c for c in running if not c.service]
        if not running and tasks:
            return Unresolved(cmd, Msg.of("swarm.only_tasks_running", names=_short(tasks),
                                          service=tasks[0].service))
        if not running and cmd.in_state and not isinstance(cmd, (m.Start, m.Unpause)):
            return Unresolved(cmd, Msg.of("plan.nothing_in_state", state=", ".join(cmd.in_state)))
        if not running:
            key = {m.Start: "plan.nothing_stopped", m.Unpause: "plan.nothing_paused"}.get(type(cmd), "plan.nothing_running")
            return Unresolved(cmd, Msg.of(key))
        return running
    out: list[ContainerInfo] = []
    for name in cmd.targets:
        c = r.container(name)
        if isinstance(c, Unresolved):
            return c
        if c not in out:
            out.append(c)
    return out


def _short(found: list[ContainerInfo], at_most: int = 5) -> str:
    return ", ".join(c.name for c in found[:at_most]) + (" …" if len(found) > at_most else "")


def tasks_left_out(cmd: m.ContainerAction, view: EngineView) -> Msg | None:
    """The note for a container-wide verb ("restart all containers") on a swarm node: the running
    Swarm task containers it leaves out (their services run them; restarting one fights the
    orchestrator). None when there are none."""
    if not cmd.all_running or not _available(view):
        return None
    tasks = [c for c in view.containers() if c.status == "running" and c.service and c.name not in cmd.exclude]
    if not tasks:
        return None
    return Msg.of("swarm.tasks_left_out", count=len(tasks), names=_short(tasks), service=tasks[0].service)


def _ctarget(c: ContainerInfo) -> Target:
    return Target("container", c.name, c.id or None)


def _joined(c: ContainerInfo, view: EngineView) -> tuple[Target, ...]:
    """The containers whose namespaces `c` shares (`docker run --network/--pid/--ipc container:db` made
    it), and their named volumes: a command in `c` reaches them (policy subjects: a sidecar in db's
    namespaces is db's, as one mounting db's volume is). A reference the engine no longer lists stays
    as the engine wrote it (a subject only a role covering every container covers)."""
    out: list[Target] = []
    for ref in c.joins:
        other = next((o for o in (view.containers() if _available(view) else [])
                      if o.name == ref or (len(ref) >= 12 and o.id.startswith(ref))), None)
        if other is None:
            out.append(Target("container", ref))
            continue
        if other.name == c.name:
            continue
        out += [_ctarget(other)] + [Target("volume", v) for v in other.volumes]
    return tuple(dict.fromkeys(out))


def _ref(c: ContainerInfo) -> str:
    return c.id or c.name


# --------------------------------------------------------------------------- lifecycle

_LIFECYCLE: dict[type, tuple[str, VerbClass, bool]] = {
    m.Start: ("start", VerbClass.OPERATE, False),
    m.Stop: ("stop", VerbClass.OPERATE, False),
    m.Restart: ("restart", VerbClass.OPERATE, False),
    m.Pause: ("pause", VerbClass.OPERATE, False),
    m.Unpause: ("unpause", VerbClass.OPERATE, False),
    m.Kill: ("kill", VerbClass.DESTROY, True),
    m.Remove: ("rm", VerbClass.DESTROY, True),
}


def _lifecycle(cmd: m.ContainerAction, view: EngineView) -> Result:
    verb, vclass, destructive = _LIFECYCLE[type(cmd)]
    if isinstance(cmd, m.Start) and not cmd.as_typed and not cmd.all_running and len(cmd.targets) == 1:
        alt = _start_image(cmd, view)
        if alt is not None:
            return alt
    found = _targets(cmd, view)
    if isinstance(found, Unresolved):
        return found
    if isinstance(cmd, m.Start) and cmd.again and found and all(c.status == "running" for c in found):
        # (corr24) "cache 다시 켜 줘" of a running container: made to run again is its restart (a stopped one is started)
        return _lifecycle(m.Restart(targets=cmd.targets, lang=cmd.lang, as_typed=cmd.as_typed, host_flag=cmd.host_flag,
                                    engine=cmd.engine, run_by=cmd.run_by, run_by_one=cmd.run_by_one), view)
    if isinstance(cmd, m.Start) and cmd.again and found and all(c.status == "paused" for c in found):
        # (lead32a) "my-volume 다시 돌려줘" of a paused container: made to go again is its unpause
        return _lifecycle(m.Unpause(targets=cmd.targets, lang=cmd.lang, as_typed=cmd.as_typed, host_flag=cmd.host_flag,
                                    engine=cmd.engine, run_by=cmd.run_by, run_by_one=cmd.run_by_one), view)
    flags: list[str] = []
    kwargs: dict[str, Any] = {}
    if isinstance(cmd, (m.Stop, m.Restart)) and cmd.timeout is not None:
        flags.append(f"-t {cmd.timeout}")
        kwargs["timeout"] = cmd.timeout
    if isinstance(cmd, m.Kill) and cmd.signal:
        flags.append(f"-s {q(cmd.signal)}")
        kwargs["signal"] = cmd.signal
    if isinstance(cmd, m.Remove):
        if cmd.force:
            flags.append("-f")
        if cmd.volumes:
            flags.append("-v")
        kwargs.update(force=cmd.force, v=cmd.volumes)
    # "$(docker ps -q)" only when it means exactly what runs: no exclusions, no task containers left out
    every = cmd.all_running and not cmd.exclude and not cmd.in_state and tasks_left_out(cmd, view) is None
    names = _ALL_SHOWN.get(type(cmd), "$(docker ps -q)") if every else " ".join(q(c.name) for c in found)
    cli = " ".join(["docker", verb, *flags, names])
    return Plan(
        command=cmd,
        calls=tuple(Call.of(f"container.{ 'remove' if verb == 'rm' else verb }", _ref(c), **kwargs)
                    for c in found),
        cli=(cli,),
        verb=verb,
        verb_class=vclass,
        targets=tuple(_ctarget(c) for c in found),
        destructive=destructive or cmd.all_running,
        summary=Msg.of(f"summary.{verb}", names=_names(found, cmd.all_running)),
        notes=tuple(n for n in (tasks_left_out(cmd, view),) if n is not None) + _not_in_state(cmd, found),
    )


def _rename(cmd: m.Rename, view: EngineView) -> Result:
    """`docker rename CONTAINER NEW_NAME`: the container must be here (`plan.no_such_container` otherwise, with the
    names it may be), the new name a valid container name (docker's rule, `docker_values.container_name`) and no
    container's name now (`plan.rename_taken`: docker would answer 409 Conflict). Both are the policy's subjects
    (bot/policy/check.py `subjects`): the container renamed, the plan's one target (by its name and ID), and the name
    it takes, as a run's new name is — a role that may not touch `db*` may not rename a container to `db-old` either;
    one container is acted on (no several-containers confirmation). Nothing is stopped or removed: an operate-class
    write, not destructive."""
    try:
        new = docker_values.container_name(cmd.name)
    except docker_values.ValueRejected as e:
        return Unresolved(cmd, Msg.of(e.key, **e.params))
    c = Resolver(cmd, view).container(cmd.target)
    if isinstance(c, Unresolved):
        return c
    if c.name == new:
        return Unresolved(cmd, Msg.of("plan.rename_same", name=c.name, new=new))
    taken = next((o for o in view.containers() if o.name == new), None) if _available(view) else None
    if taken is not None:
        return Unresolved(cmd, Msg.of("plan.rename_taken", name=c.name, new=new))
    return Plan(cmd, (Call.of("container.rename", _ref(c), name=new),), (f"docker rename {q(c.name)} {q(new)}",),
                "rename", VerbClass.OPERATE, targets=(_ctarget(c),),
                summary=Msg.of("summary.rename", name=c.name, new=new))


def _not_in_state(cmd: m.ContainerAction, found: list[ContainerInfo]) -> tuple[Msg, ...]:
    """(lead20) A state said of a named container that is not its state on the engine ("restart the stopped cache"
    while cache runs; bot/language/parse_natural.py `_state_said_of`): said in the reply. The verb still acts — after
    it the container is as asked whatever was believed (a dead cache restarted, a stopped web started: a no-op), as
    the tables say."""
    if cmd.all_running or not cmd.in_state:
        return ()
    return tuple(Msg.of("plan.not_in_state", name=c.name, status=c.status, state="/".join(cmd.in_state))
                 for c in found if c.status not in cmd.in_state)


def _names(found: list[ContainerInfo], all_running: bool) -> str:
    if all_running:
        return ", ".join(c.name for c in found) or "*"
    return ", ".join(c.name for c in found)


def _start_image(cmd: m.Start, view: EngineView) -> Result | None:
    """"redis 시작" with no container named redis but an image: run it (design §2)."""
    if not _available(view):
        return None
    name = cmd.targets[0]
    if any(c.name == name for c in view.containers()):
        return None
    if any(c.name.startswith(name) for c in view.containers()):
        return None
    if view.image(name) is None:
        return None
    return _run(m.RunContainer(image=name, detach=True, lang=cmd.lang), view)


def _prune(cmd: m.PruneContainers, view: EngineView) -> Result:
    gone = [c for c in view.containers() if c.status in ("exited", "created", "dead")] if _available(view) else []
    return Plan(cmd, (Call.of("containers.prune"),), ("docker container prune",), "container prune",
                VerbClass.DESTROY, targets=tuple(_ctarget(c) for c in gone), destructive=True,
                summary=Msg.of("summary.prune", count=len(gone)))


# predefined networks `docker network prune` never removes (and Swarm's own)
_BUILTIN_NETWORKS = frozenset({"bridge", "host", "none", "ingress", "docker_gwbridge"})


def _listed(names: list[str], most: int = 20) -> str:
    """Names for the question: named ones first, anonymous volumes' 64-hex names cut to 12, at
    most `most` of them and then "… (+N)"."""
    ordered = sorted(names, key=lambda n: len(n) == 64)
    shown = [n[:12] if len(n) == 64 else n for n in ordered[:most]]
    rest = len(ordered) - len(shown)
    return (", ".join(shown) + (f", … (+{rest})" if rest else "")) or "-"


def _prune_volumes(cmd: m.PruneVolumes, view: EngineView) -> Result:
    """Every volume no container (running or not) mounts is a target, anonymous ones too: the
    policy checks each one (a user barred from volume `db` may not prune it)."""
    used = {v for c in view.containers() for v in (*c.volumes, *c.all_volumes)} if _available(view) else set()
    gone = [v for v in view.volumes() if v not in used] if _available(view) else []
    return Plan(cmd, (Call.of("volumes.prune"),), ("docker volume prune",), "volume prune",
                VerbClass.DESTROY, targets=tuple(Target("volume", v) for v in gone), destructive=True,
                summary=Msg.of("summary.volume_prune", count=len(gone), names=_listed(gone)))


def _prune_networks(cmd: m.PruneNetworks, view: EngineView) -> Result:
    """Every network no running container is attached to (not bridge/host/none) is a target: docker
    counts a network's endpoints, and a created or stopped container has none (its network goes)."""
    used = {n for c in view.containers() if c.status in ("running", "paused") for n in c.networks} \
        if _available(view) else set()
    gone = [n for n in view.networks() if n not in used and n not in _BUILTIN_NETWORKS] if _available(view) else []
    return Plan(cmd, (Call.of("networks.prune"),), ("docker network prune",), "network prune",
                VerbClass.DESTROY, targets=tuple(Target("network", n) for n in gone), destructive=True,
                summary=Msg.of("summary.network_prune", count=len(gone), names=_listed(gone)))


def _prune_images(cmd: m.PruneImages, view: EngineView) -> Result:
    """Dangling images (no tag) no container uses; with `all`, every image no container uses.
    Each tag of such an image is a target (an untagged one: its short ID)."""
    gone: list[Target] = []
    if _available(view):
        used = {c.image_id for c in view.containers() if c.image_id}
        for i in view.images():
            tags = [t for t in i.tags if t != "<none>:<none>"]
            if i.id in used or (tags and not cmd.all):
                continue
            short = i.id.removeprefix("sha256:")[:12]
            gone += [Target("image", t, i.id) for t in tags] or [Target("image", short, i.id)]
    names = list(dict.fromkeys(t.name for t in gone))
    call = Call.of("images.prune") if cmd.all else Call.of("images.prune", filters={"dangling": True})
    return Plan(cmd, (call,),
                ("docker image prune" + (" -a" if cmd.all else ""),), "image prune", VerbClass.DESTROY,
                targets=tuple(gone), destructive=True,
                summary=Msg.of("summary.image_prune_all" if cmd.all else "summary.image_prune",
                               count=len({t.id for t in gone}), names=_listed(names)))


# --------------------------------------------------------------------------- reads


def _filters(pairs: tuple[tuple[str, str], ...]) -> tuple[list[str], dict[str, list[str]]]:
    """`--filter k=v` pairs -> the flags shown and the SDK's filters dict (values by key, in order)."""
    flags = [f"--filter {q(k + '=' + v)}" for k, v in pairs]
    out: dict[str, list[str]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return flags, out


def _uses_filter(name: str, view: EngineView) -> tuple[str, str]:
    """What "the containers that use NAME" filters by: a volume of that name on the engine and no image of it is
    `volume=NAME` (the containers that mount it); otherwise the image, `ancestor=NAME` (the containers run from it)."""
    if _available(view) and view.image(name) is None and name in view.volumes():
        return ("volume", name)
    return ("ancestor", name)


def _ps(cmd: m.ListContainers, view: EngineView) -> Result:
    flags = ["-a"] if cmd.all else []
    kw: dict[str, Any] = {"all": cmd.all}
    filters = cmd.filters + ((_uses_filter(cmd.uses, view),) if cmd.uses is not None else ())
    if filters:
        fflags, kw["filters"] = _filters(filters)
        flags += fflags
    if cmd.last is not None:
        flags.append(f"-n {cmd.last}")
        kw["limit"] = cmd.last
    if cmd.latest:
        flags.append("-l")
        kw["latest"] = True
    if cmd.quiet:  # `docker ps -q`: the short IDs, one a line
        flags.append("-q")
        kw["quiet"] = True
    return Plan(cmd, (Call.of("containers.list", **kw),), (" ".join(["docker ps", *flags]),),
                "ps", VerbClass.READ, writes=False, summary=Msg.of("summary.ps"))


def _inspect(cmd: m.Inspect, view: EngineView) -> Result:
    """`docker inspect A [B...]`: one `container.inspect` call per container, in the order typed."""
    found: list[ContainerInfo] = []
    for name in (cmd.target, *cmd.more):
        c = Resolver(cmd, view).container(name)
        if isinstance(c, Unresolved):
            if _available(view) and view.image(name) is not None:
                if cmd.lang == "cli" and not cmd.more:
                    # typed `docker inspect nginx`, no container nginx: docker inspects the image, so does gorae
                    # (said, "inspect nginx" is refused: the image is asked for by its kind, "inspect nginx image")
                    return _image_inspect(m.ImageInspect(name, lang=cmd.lang), view)
                return Unresolved(cmd, Msg.of("plan.inspect_image", name=name))
            said_of = _resource_said(cmd, name, view)
            if said_of is not None:
                return _resource_inspect(said_of, view)
            return c
        found.append(c)
    names = " ".join(q(c.name) for c in found)
    fmt, kw = _format_said(cmd.format)
    return Plan(cmd, tuple(Call.of("container.inspect", _ref(c), **kw) for c in found), (f"docker inspect{fmt} {names}",),
                "inspect", VerbClass.READ, targets=tuple(_ctarget(c) for c in found), writes=False,
                summary=Msg.of("summary.inspect", names=", ".join(c.name for c in found)))


def _format_said(template: str | None) -> tuple[str, dict[str, str]]:
    """(lead34) An inspect's `--format` as the CLI shows it (" --format '…'") and as its calls take it; none: ("", {})."""
    return (f" --format {q(template)}", {"format": template}) if template else ("", {})


def _resource_said(cmd: m.Inspect, name: str, view: EngineView) -> m.VolumeInspect | m.NetworkInspect | None:
    """The details of a network or a volume asked by its name alone, no kind said ("inspect backend", "details of
    pgdata"): said (never typed CLI, never as a place), of one name that no container has and exactly one network or volume has —
    `docker network inspect` / `docker volume inspect` (a read, as `docker inspect NAME` finds it); else None."""
    if cmd.lang == "cli" or cmd.more or cmd.as_place or not _available(view):
        return None  # ("backend에서 ls", "ls in pgdata": a command said to run in it — no container: refused)
    network, volume = name in view.networks(), name in view.volumes()
    if network and not volume:
        return m.NetworkInspect(name, lang=cmd.lang)
    if volume and not network:
        return m.VolumeInspect(name, lang=cmd.lang)
    return None


def _image_inspect(cmd: m.ImageInspect, view: EngineView) -> Result:
    """`docker image inspect IMAGE`: its details (a read). The image must be on the engine (docker
    answers "No such image" otherwise); its tags are subjects of the policy as `docker rmi`'s are."""
    info = view.image(cmd.image) if _available(view) else None
    if _available(view) and info is None:
        if cmd.lang != "cli" and any(c.name == cmd.image for c in view.containers()):  # "web 이미지 정보": the container's
            return _inspect(m.Inspect(cmd.image, lang=cmd.lang), view)  # details, its image among them
        return Resolver(cmd, view).unknown("image", cmd.image, [t for i in view.images() for t in i.tags])
    targets = (Target("image", cmd.image, info.id if info else None),
               *(Target("image", t, info.id if info else None) for t in _tags_of_id(cmd.image, info)))
    return Plan(cmd, (Call.of("image.inspect", cmd.image),), (f"docker image inspect {q(cmd.image)}",),
                "image inspect", VerbClass.READ, targets=targets, writes=False,
                summary=Msg.of("summary.image_inspect", image=cmd.image))


def _history(cmd: m.History, view: EngineView) -> Result:
    """`docker history IMAGE`: the layers of one image (a read). The image must be on the engine (docker answers
    "No such image" otherwise); it and its tags are the policy's subjects, as for `docker image inspect`."""
    if cmd.bare and (not _available(view) or any(c.name == cmd.image for c in view.containers())):
        # (en24a) "history of web", web a container: a history is an image's — which image is asked, never guessed
        return Unresolved(cmd, Msg.of("plan.history_of_container", name=cmd.image))
    info = view.image(cmd.image) if _available(view) else None
    if _available(view) and info is None:
        return Resolver(cmd, view).unknown("image", cmd.image, [t for i in view.images() for t in i.tags])
    targets = (Target("image", cmd.image, info.id if info else None),
               *(Target("image", t, info.id if info else None) for t in _tags_of_id(cmd.image, info)))
    kw: dict[str, Any] = {}
    flags = []
    if cmd.quiet:
        flags.append("-q")
        kw["quiet"] = True
    if cmd.no_trunc:
        flags.append("--no-trunc")
        kw["no_trunc"] = True
    return Plan(cmd, (Call.of("image.history", cmd.image, **kw),),
                (" ".join(["docker history", *flags, q(cmd.image)]),),
                "history", VerbClass.READ, targets=targets, writes=False,
                summary=Msg.of("summary.history", image=cmd.image))


def _top(cmd: m.Top, view: EngineView) -> Result:
    """`docker top`: the processes of one container (a read of it; the engine runs ps, design §1)."""
    c = Resolver(cmd, view).container(cmd.target)
    if isinstance(c, Unresolved):
        return c
    kw: dict[str, Any] = {"ps_args": " ".join(cmd.ps_args)} if cmd.ps_args else {}
    cli = " ".join(["docker top", q(c.name), *(q(a) for a in cmd.ps_args)])
    return Plan(cmd, (Call.of("container.top", _ref(c), **kw),), (cli,), "top", VerbClass.READ,
                targets=(_ctarget(c),) + _joined(c, view), writes=False, summary=Msg.of("summary.top", names=c.name))


def _port(cmd: m.Port, view: EngineView) -> Result:
    """`docker port`: a container's published ports (read from its inspect: NetworkSettings.Ports)."""
    c = Resolver(cmd, view).container(cmd.target)
    if isinstance(c, Unresolved):
        return c
    kw: dict[str, Any] = {"private_port": cmd.private_port} if cmd.private_port else {}
    cli = " ".join(["docker port", q(c.name), *([cmd.private_port] if cmd.private_port else [])])
    return Plan(cmd, (Call.of("container.port", _ref(c), **kw),), (cli,), "port", VerbClass.READ,
                targets=(_ctarget(c),), writes=False, summary=Msg.of("summary.port", names=c.name))


def _logs(cmd: m.Logs, view: EngineView) -> Result:
    c = Resolver(cmd, view).container(cmd.target)
    if isinstance(c, Unresolved):
        return c
    flags = []
    kw: dict[str, Any] = {}
    if cmd.tail is not None:
        flags.append(f"--tail {cmd.tail}")
        kw["tail"] = cmd.tail
    if cmd.since:
        flags.append(f"--since {cmd.since}")
        kw["since"] = cmd.since
    if cmd.timestamps:
        flags.append("-t")
        kw["timestamps"] = True
    if cmd.until:
        flags.append(f"--until {q(cmd.until)}")
        kw["until"] = cmd.until
    if cmd.follow:
        # `docker logs -f`: followed for a bounded time in a chat (no Ctrl-C there), set now so that
        # what the plan says is what runs (GORAE_FOLLOW_SECONDS, bot/config.py)
        from bot.config import number

        seconds = int(number("GORAE_FOLLOW_SECONDS"))
        flags.insert(0, "-f")
        kw["follow"] = True
        kw["seconds"] = seconds
        cli = " ".join(["docker logs", *flags, q(c.name)])
        return Plan(cmd, (Call.of("container.logs", _ref(c), **kw),), (cli,), "logs", VerbClass.READ,
                    targets=(_ctarget(c),), writes=False,
                    summary=Msg.of("summary.logs_follow", names=c.name, seconds=seconds),
                    notes=(Msg.of("logs.follow_bounded", seconds=seconds),))
    cli = " ".join(["docker logs", *flags, q(c.name)])
    return Plan(cmd, (Call.of("container.logs", _ref(c), **kw),), (cli,), "logs", VerbClass.READ,
                targets=(_ctarget(c),), writes=False, summary=Msg.of("summary.logs", names=c.name))


def _stats(cmd: m.Stats, view: EngineView) -> Result:
    """`docker stats --no-stream [NAME…]`: one sample of each container named, else of every running
    one (`-a`: every one). Each container is a target (a policy subject, read)."""
    r = Resolver(cmd, view)
    found: list[ContainerInfo] = []
    for name in cmd.targets:
        c = r.container(name)
        if isinstance(c, Unresolved):
            return c
        if c not in found:
            found.append(c)
    if not cmd.targets and _available(view):
        found = [c for c in view.containers() if cmd.all or c.status == "running"]
        if not found:
            return Unresolved(cmd, Msg.of("plan.nothing_running"))
    flags = ["--no-stream"] + (["-a"] if cmd.all and not cmd.targets else [])
    cli = " ".join(["docker stats", *flags, *(q(c.name) for c in found if cmd.targets)])
    key = "summary.stats" if cmd.targets else "summary.stats_all" if cmd.all else "summary.stats_running"
    notes = (Msg.of("stats.one_sample"),) if cmd.streamed else ()
    return Plan(cmd, tuple(Call.of("container.stats", _ref(c)) for c in found), (cli,), "stats", VerbClass.READ,
                targets=tuple(_ctarget(c) for c in found), writes=False,
                summary=Msg.of(key, names=", ".join(c.name for c in found)), notes=notes)


def _containers_of_image(ref: str, view: EngineView) -> list[ContainerInfo]:
    """The containers here (any state) of image `ref`: by the reference they were made from (`redis`,
    `redis:latest`) or by the image's ID."""
    info = view.image(ref)
    said = {ref, ref + ":latest"} if ":" not in ref.rsplit("/", 1)[-1] and "@" not in ref else {ref}
    return [c for c in view.containers()
            if c.image in said or (info is not None and c.image_id and c.image_id == info.id)]


def _exec(cmd: m.Exec, view: EngineView) -> Result:
    if (_available(view) and not cmd.as_typed and cmd.lang == "ko" and cmd.command
            and cmd == m.Exec(cmd.target, cmd.command, lang=cmd.lang)  # no exec option said (-u, -w, -e, -d …)
            and not any(c.name == cmd.target for c in view.containers()) and view.image(cmd.target) is not None):
        # "alpine 컨테이너에서 sleep 5 실행" with no container alpine and the image alpine here: the command in a
        # new container of that image (`docker run alpine sleep 5`, design §2 "run CMD in IMAGE", as "alpine에서
        # echo hi" is); the reply says so. English "check nginx -t on nginx" stays refused (no container nginx)
        # — but when a container here runs that image ("redis 컨테이너에서 redis-cli flushall" with cache of
        # redis), the operator means that one: asked which, never a new container of the image
        if holders := _containers_of_image(cmd.target, view):
            return Unresolved(cmd, Msg.of("plan.which_container_of_image", name=cmd.target,
                                          names=_listed([c.name for c in holders])),
                              suggestions=tuple(f"docker exec {q(c.name)} {' '.join(q(w) for w in cmd.command)}"
                                                for c in holders[:3]))
        notes = _CASE_NOTES.get()
        if notes is not None:
            notes.append(Msg.of("plan.image_not_container", name=cmd.target))
        return _run(m.RunContainer(image=cmd.target, command=cmd.command, placed=True, lang=cmd.lang), view)
    c = Resolver(cmd, view).container(cmd.target)
    if isinstance(c, Unresolved):
        return c
    if _available(view) and c.status != "running":
        if cmd.env_asked:
            return _inspect(m.Inspect(c.name, lang=cmd.lang), view)  # "db 환경변수 보여줘", db created: its Config.Env
        return Unresolved(cmd, Msg.of("plan.not_running", name=c.name, status=c.status))
    flags: list[str] = []
    kw: dict[str, Any] = {}
    if cmd.user:
        flags.append(f"-u {q(cmd.user)}")
        kw["user"] = cmd.user
    if cmd.workdir:
        flags.append(f"-w {q(cmd.workdir)}")
        kw["workdir"] = cmd.workdir
    if cmd.privileged:
        flags.append("--privileged")
        kw["privileged"] = True
    if cmd.env:
        flags += [f"-e {q(_env_word(k, v))}" for k, v in cmd.env]
        kw["environment"] = [_env_word(k, v) for k, v in cmd.env]
    if cmd.detach:
        flags.insert(0, "-d")
        kw["detach"] = True
    cli = " ".join(["docker exec", *flags, q(c.name), *(q(w) for w in cmd.command)])
    # a command in a container reaches the named volumes it mounts (policy: volumes are subjects, issue 9)
    # and the namespaces it shares with another container (a sidecar in db's network or pid namespace)
    targets = (_ctarget(c),) + tuple(Target("volume", v) for v in c.volumes) + _joined(c, view)
    return Plan(cmd, (Call.of("container.exec", _ref(c), cmd=list(cmd.command), **kw),), (cli,), "exec",
                VerbClass.EXEC, targets=targets, summary=Msg.of("summary.exec", names=c.name))


# --------------------------------------------------------------------------- run / create


_GLUED = re.compile(r"([A-Za-z][A-Za-z\-]*[A-Za-z])(\d{2,5})")


def _number_said(cmd: m.RunContainer, view: EngineView) -> m.RunContainer | Unresolved:
    """(f12ko) A number said with the image and no word of a port (`RunContainer.number_said`), read as a port only
    when the engine answers for it: glued ("redis6380으로띄워") — no image or container of the word as typed, the
    image before the number here, the number a port and no tag of it here; bare ("nginx 8080 띄워") — the image here,
    no tag of the number, and the number a port no version is (1024 or more, or a port the image EXPOSEs: "postgres
    16 띄워" is asked). Anything else is asked, never guessed."""
    if not _available(view):
        return Unresolved(cmd, Msg.of("parse.glued_number", word=cmd.image))
    if cmd.number_said == "glued":
        found = _GLUED.fullmatch(cmd.image)
        if view.image(cmd.image) is not None or any(c.name == cmd.image for c in view.containers()):
            return replace(cmd, number_said="")  # the image (or container) as typed
        if found is not None:
            base, number = found.group(1), int(found.group(2))
            if (view.image(base) is not None and 0 < number <= 65535
                    and view.image(f"{base}:{number}") is None):
                return replace(cmd, image=base, ports=(m.PortSpec(host_port=number),), number_said="")
        return Unresolved(cmd, Msg.of("parse.glued_number", word=cmd.image))
    port = cmd.ports[0].host_port if len(cmd.ports) == 1 else None
    info = view.image(cmd.image)
    if (port is not None and info is not None and view.image(f"{cmd.image}:{port}") is None
            and (port >= 1024 or any(e.split("/")[0] == str(port) for e in info.exposed_ports))):
        return replace(cmd, number_said="")
    return Unresolved(cmd, Msg.of("plan.bare_number", image=cmd.image, number=port if port is not None else ""))


def _run(cmd: m.RunContainer, view: EngineView) -> Result:
    if cmd.number_said and not cmd.as_typed:
        said = _number_said(cmd, view)
        if isinstance(said, Unresolved):
            return said
        cmd = said
    r = Resolver(cmd, view)
    # the containers whose namespaces a container this run shares (--volumes-from X, container:X) joins
    shared_containers: tuple[Target, ...] = ()
    if _available(view) and not cmd.as_typed:  # typed docker CLI runs as typed, never reinterpreted
        as_container = _existing_container(cmd, view)
        if as_container is not None:
            return as_container
        glued = (re.fullmatch(r"(?P<image>[a-z][a-z._-]*?)(?P<number>\d+)", cmd.image)
                 # (break7) the number said first: "8080nginx 띄워", "run 9090httpd" (an image "8080nginx" pulled)
                 or re.fullmatch(r"(?P<number>\d+)(?P<image>[a-z][a-z0-9._-]*)", cmd.image))
        if (cmd.lang != "cli" and glued is not None and view.image(cmd.image) is None
                and view.image(glued["image"]) is not None):
            # (break6) "nginx8080띄워", "run redis6380": no image of that whole name, and the name before the digits is
            # an image here — a port or a tag glued to it, asked (plan.bare_number), never an image "nginx8080" pulled
            return Unresolved(cmd, Msg.of("plan.bare_number", image=glued["image"], number=glued["number"]))
        if (cmd.lang != "cli" and len(cmd.command) == 1 and "/" not in cmd.image and view.image(cmd.image) is None
                and view.image(owned := f"{cmd.image}/{cmd.command[0]}") is not None):
            # "run hello-world from fastcampus on 8089": no image fastcampus, and fastcampus/hello-world is on the
            # engine — the image said by its name and its owner's, never hello-world run in an image pulled
            cmd = replace(cmd, image=owned, command=())
        elif (cmd.lang == "en" and len(cmd.command) == 1 and cmd.network is None and cmd == _bare_run(cmd)
              and view.image(cmd.image) is None and cmd.image in view.networks()
              and all(c.name != cmd.image for c in view.containers()) and view.image(cmd.command[0]) is not None):
            # "run nginx on backend", "spin up redis in backend": no image backend, backend is a network here and
            # nginx an image here — the image run on that network (--network), never an image named after it pulled
            cmd = replace(cmd, image=cmd.command[0], command=(), network=cmd.image)
    if (not _available(view) and not cmd.as_typed and cmd.command and not cmd.said_image
            and ":" not in cmd.image and "/" not in cmd.image):
        # "run "ls /etc" inside web" with no engine to ask: web may be a container (exec) or an image (run) —
        # which one only the engine knows; never a run of an image named after a container by guess
        return Unresolved(cmd, Msg.of("plan.offline_place_unknown", name=cmd.image))
    image = cmd.image
    info = view.image(image) if _available(view) else None
    if _available(view) and info is None and cmd.placed:
        # "nobody에서 whoami": said as a place, no verb — no such container, and no image here to run
        return Unresolved(cmd, Msg.of("plan.no_such_container", name=cmd.image))
    if (_available(view) and info is not None and cmd.placed and cmd.command and not cmd.as_typed
            and cmd.lang != "cli" and cmd == _bare_run(cmd) and (holders := _containers_of_image(image, view))):
        # "redis에서 redis-cli flushall" with cache running redis: the operator means that container — asked
        # which (as "redis 컨테이너에서 CMD" is, `_exec`), never a new container of the image
        return Unresolved(cmd, Msg.of("plan.which_container_of_image", name=image,
                                      names=_listed([c.name for c in holders])),
                          suggestions=tuple(f"docker exec {q(c.name)} {' '.join(q(w) for w in cmd.command)}"
                                            for c in holders[:3]))
    if (_available(view) and info is None and not cmd.as_typed and cmd.lang != "cli" and cmd.name
            and view.image(cmd.name) is not None):
        # "nginx 이름 달아서 web2 띄워", "run web2 named nginx": no image web2 here, and the name said is the image
        # nginx — the two words may be swapped: asked, never a pull of a name as an image by guess
        return Unresolved(cmd, Msg.of("plan.name_is_image", image=image, name=cmd.name),
                          suggestions=(f"docker run -d --name {q(image)} {q(cmd.name)}",))
    if (_available(view) and not cmd.as_typed and cmd.name
            and any(c.name == cmd.name for c in view.containers())):
        # (lead22) "redis 이미지로 web 띄워", "run nginx named web" while web is a container here: docker answers 409
        # Conflict — said before, never a plan that fails (typed docker CLI runs as typed: docker's own answer)
        return Unresolved(cmd, Msg.of("plan.run_name_taken", image=image, name=cmd.name,
                                                  suggest=f"{cmd.name}-2"))
    if (_available(view) and not cmd.as_typed and cmd.lang == "ko" and cmd.name and cmd.network is None
            and cmd.name in view.networks()):
        # (k15ko) "nginx 컨테이너 backend로 실행": 로 says the name, or the network it is run on? asked, never guessed
        return Unresolved(cmd, Msg.of("plan.name_is_network", image=image, name=cmd.name))
    if _available(view) and info is None and not cmd.as_typed:
        doubt = _doubtful_image(cmd, view)
        if doubt is not None:
            return doubt
    notes: list[Msg] = []
    # (brk17) a word of hex no image is tagged with: the engine runs the image whose ID starts with it ("docker run -d
    # --name web-x 6ec8" ran mysql:5.7 past a role barred from mysql*): its tags are subjects of the policy, no pull
    by_id = _id_prefix_tags(image, view) if _available(view) and info is None else ()
    if _available(view) and info is None and not by_id:
        notes.append(Msg.of("plan.will_pull", image=image))
    detach = cmd.detach
    if detach is None:
        detach = not cmd.command and cmd.entrypoint is None and not cmd.create_only
    if cmd.create_only:
        detach = False
    flags: list[str] = []
    kw: dict[str, Any] = {"image": image}
    if detach and not cmd.create_only:
        flags.append("-d")
    kw["detach"] = bool(detach)
    if cmd.remove:
        flags.append("--rm")
        kw["auto_remove"] = True
    if cmd.name:
        flags.append(f"--name {q(cmd.name)}")
        kw["name"] = cmd.name
    if cmd.env:
        flags += [f"-e {q(_env_word(k, v))}" for k, v in cmd.env]
        kw["environment"] = [_env_word(k, v) for k, v in cmd.env]
        notes += [Msg.of("cli.env_unset", name=k) for k, v in cmd.env if v is None]
    if cmd.entrypoint is not None:
        flags.append(f"--entrypoint {q(cmd.entrypoint)}")
        kw["entrypoint"] = [cmd.entrypoint]  # one word, as docker sends it ("" clears it)
    if cmd.restart:
        flags.append(f"--restart {q(cmd.restart)}")
        try:
            kw["restart_policy"] = docker_values.restart(cmd.restart)
        except docker_values.ValueRejected as e:
            return Unresolved(cmd, Msg.of(e.key, **e.params))
    if cmd.network:
        network = cmd.network
        if network.startswith("container:"):  # another container's network stack
            other = r.container(network.split(":", 1)[1])
            if isinstance(other, Unresolved):
                return other
            # an ID prefix is that container, by name (policy: `!db*` must hold for db's ID too)
            network = "container:" + other.name
            cmd = replace(cmd, network=network)
            shared_containers += _joined(other, view)
        elif _available(view) and network not in BUILTIN_NETWORKS and network not in view.networks():
            return r.unknown("network", network, view.networks())
        flags.append(f"--network {q(network)}")
        kw["network"] = network
    if cmd.ports:
        port_info = info
        if _available(view) and info is None and any(s.container_port is None for s in cmd.ports):
            # not on the engine yet: the container port comes from the image's real EXPOSE as the
            # registry has it (docker run pulls that image), never N:N by guess (issue 8)
            exposed = view.registry_exposed(image)
            if exposed is None:
                return Unresolved(cmd, Msg.of("plan.registry_port_unknown", image=image,
                                              example=_explicit_ports_example(cmd.ports)))
            port_info = ImageInfo(id="", tags=(), exposed_ports=exposed)
        if not _available(view) and any(s.container_port is None for s in cmd.ports):
            # no engine, no registry read: the image's EXPOSE is unknown — never N:N by guess (issue 8)
            return Unresolved(cmd, Msg.of("plan.offline_port_unknown", image=image,
                                          example=_explicit_ports_example(cmd.ports)))
        try:
            ports, pflags = _ports(cmd.ports, port_info)
        except _NeedPort:
            return Unresolved(cmd, Msg.of("plan.need_container_port", image=image))
        flags += pflags
        kw["ports"] = ports
    if cmd.expose:
        flags += [f"--expose {p}" for p in cmd.expose]
        kw["expose"] = list(cmd.expose)
    if cmd.volumes:
        # a list (HostConfig.Binds as typed), never a dict keyed by source: the same source
        # mounted at two targets keeps both mounts
        vols: list[str] = []
        anonymous: list[str] = []
        for v in cmd.volumes:
            spec = f"{v.source}:{v.target}" if v.source else v.target
            if v.mode is not None:  # typed docker CLI: the mode as typed, or none
                spec += f":{v.mode}" if v.mode and v.source else ""
            elif v.source and v.read_only:  # read-write is docker's default: shown as a user types it
                spec += ":ro"
            flags.append("-v " + q(spec))
            if v.source:
                vols.append(spec)
            else:  # `-v /data`: an anonymous volume is the container's, not a bind (Config.Volumes)
                anonymous.append(v.target)
        if vols:
            kw["volumes"] = vols
        if anonymous:
            kw["anonymous_volumes"] = anonymous
    if cmd.mounts:
        flags += [f"--mount {q(mt.spec)}" for mt in cmd.mounts]
        kw["mounts"] = [dict(mt.api) for mt in cmd.mounts]
    if cmd.tty:
        flags.append("-t")
        kw["tty"] = True
    if cmd.stdin_open:
        flags.append("-i")
        kw["stdin_open"] = True
    shared_volumes: list[str] = []  # --volumes-from X reaches X's named volumes (policy subjects)
    if cmd.volumes_from:
        names = []
        for src in cmd.volumes_from:
            ref, colon, mode = src.partition(":")  # `--volumes-from web:ro`
            c = r.container(ref)
            if isinstance(c, Unresolved):
                return c
            names.append(c.name + colon + mode)
            shared_volumes += c.volumes
            shared_containers += _joined(c, view)
            flags.append(f"--volumes-from {q(c.name + colon + mode)}")
        kw["volumes_from"] = names
    for attr, val, flag, key in (("pid", cmd.pid, "--pid", "pid_mode"), ("ipc", cmd.ipc, "--ipc", "ipc_mode"),
                                 ("uts", cmd.uts, "--uts", "uts_mode"), ("userns", cmd.userns, "--userns", "userns_mode"),
                                 ("workdir", cmd.workdir, "-w", "working_dir"), ("user", cmd.user, "-u", "user")):
        if val and attr in ("pid", "ipc", "uts") and val.startswith("container:"):
            shared = r.container(val[len("container:"):])  # an ID prefix is that container (policy, issue 9)
            if isinstance(shared, Unresolved):
                return shared
            val = "container:" + shared.name
            shared_containers += _joined(shared, view)
        if val:
            flags.append(f"{flag} {q(val)}")
            kw[key] = val
    if cmd.privileged:
        flags.append("--privileged")
        kw["privileged"] = True
    for vals, flag, key in ((cmd.cap_add, "--cap-add", "cap_add"), (cmd.devices, "--device", "devices"),
                            (cmd.security_opt, "--security-opt", "security_opt")):
        if vals:
            flags += [f"{flag} {q(x)}" for x in vals]
            kw[key] = list(vals)
    if cmd.options:
        for name, raw in cmd.options:
            opt = docker_options.RUN.find("--" + name)
            if opt is not None and not opt.takes_value:
                flags.append(f"--{name}" if docker_values.boolean(raw) else f"--{name}=false")
            else:
                flags.append(f"--{name} {q(raw)}")
        extra = docker_options.sdk_kwargs(cmd.options, network=cmd.network)
        if "ports" in kw and "ports" in extra:
            extra.pop("ports")
        if extra.get("links"):  # `--link <ID prefix>` is that container, by name (policy subjects)
            links: dict[str, str] = {}
            for ref, alias in dict(extra["links"]).items():
                linked = r.container(ref)
                if isinstance(linked, Unresolved):
                    return linked
                links[linked.name] = alias
            extra["links"] = links
        kw.update(extra)
    if cmd.command:
        kw["command"] = list(cmd.command)
    verb = "create" if cmd.create_only else "run"
    cli = " ".join(["docker", verb, *flags, q(image), *(q(w) for w in cmd.command)])
    target_name = cmd.name or image
    return Plan(
        command=cmd if cmd.detach is bool(detach) else m.changed(cmd, detach=bool(detach)),  # (model.changed)
        calls=(Call.of(f"containers.{verb}", None, **kw),),
        cli=(cli,),
        verb=verb,
        verb_class=VerbClass.DEPLOY,
        targets=((Target("container", cmd.name),) if cmd.name else ()) + (Target("image", image),)
        + tuple(Target("image", t) for t in _tags_of_id(image, info))
        + tuple(Target("image", t) for t in by_id)
        + tuple(Target("volume", v) for v in dict.fromkeys(shared_volumes))
        + tuple(dict.fromkeys(shared_containers)),
        summary=Msg.of(f"summary.{verb}", image=image, names=target_name),
        notes=tuple(notes),
    )


def _bare_run(cmd: m.RunContainer) -> m.RunContainer:
    """`cmd` with no run option said: its image, command and how they were said only (an option such as a
    mount, --rm, a name or detaching ("백그라운드로") says a new container is meant: "alpine에서 cat /data/x 실행, db 볼륨을 /data에 연결")."""
    return m.RunContainer(image=cmd.image, command=cmd.command, detach=None if cmd.detach else cmd.detach,
                          placed=cmd.placed, lang=cmd.lang)


def _env_word(key: str, value: str | None) -> str:
    """`-e K=V` as docker sends it; `-e K` (no value) stays bare: unset (bot/docker_values.env)."""
    return key if value is None else f"{key}={value}"


def _doubtful_image(cmd: m.RunContainer, view: EngineView) -> Unresolved | None:
    """"run redis in prod": `prod` is no image here but `redis` is — ask, don't pull `prod`."""
    if cmd.image in view.networks() or cmd.image in view.volumes():
        return Unresolved(cmd, Msg.of("plan.not_an_image", name=cmd.image))
    if cmd.command and view.image(cmd.command[0]) is not None:
        return Unresolved(cmd, Msg.of("plan.which_image", name=cmd.image, other=cmd.command[0]))
    return None


def _existing_container(cmd: m.RunContainer, view: EngineView) -> Result | None:
    """"run "ls /etc" inside web" -> exec; "db 실행" where db is a stopped container -> start."""
    if cmd.lang == "cli":
        return None  # typed docker CLI runs as typed: `docker run web pgdata` is never an exec
    if cmd.verbless and any(c.name == cmd.image for c in view.containers()):
        # (run25) "web with restart always", "cache 컨테이너 하나 6394로": said without a verb of running, a container's
        # name is never a new container of an image named like it (nor its start, nor an update): asked
        return Unresolved(cmd, Msg.of("plan.fresh_of_container", name=cmd.image))
    if cmd.verbless and view.image(cmd.image) is None and ":" not in cmd.image:
        # (run25) "IC here. confirm when done" read as a run of an image `confirm`: said without a verb, a word is an
        # image only when the engine has it — never pulled on such a sentence; (lead32b) a ref said with its tag
        # ("nginx:1.25 8160포트로") is an image whatever the engine holds: pulled as a run with its verb is
        return Unresolved(cmd, Msg.of("plan.no_such_image", name=cmd.image))
    if cmd.create_only:
        # "cache 새로 만들어줘", "make a new cache": a container's name said as what to create, no image of that
        # name here — never a create of an image named like it (pulled); asked which image
        if view.image(cmd.image) is None and any(c.name == cmd.image for c in view.containers()):
            return Unresolved(cmd, Msg.of("plan.fresh_of_container", name=cmd.image))
        return None
    if view.image(cmd.image) is not None:
        # "redis에서 redis-cli ping 실행" with a running container named like the image: a command
        # said in words is for the container (exec), never a silent new container; typed docker
        # CLI (`docker run redis redis-cli ping`) runs as typed
        running = [c for c in view.containers() if c.name == cmd.image and c.status == "running"]
        if not (running and cmd.command):  # (typed CLI returned above)
            return None
    match = [c for c in view.containers() if c.name == cmd.image]
    if not match:
        return None
    c = match[0]
    if cmd.fresh and view.image(cmd.image) is None:
        if cmd.said_image and c.image and view.image(c.image) is not None:
            # "web 이미지로 컨테이너 하나 더 띄워": the image of the container web, said as an image — one more of it
            # (the reply says which image: plan.image_of_container)
            notes = _CASE_NOTES.get()
            if notes is not None:
                notes.append(Msg.of("plan.image_of_container", name=c.name, image=c.image))
            return _run(replace(cmd, image=c.image, said_image=False), view)
        # "spin up a new web container" with web a container, no image: a new one of what? ask
        return Unresolved(cmd, Msg.of("plan.fresh_of_container", name=c.name))
    # an environment variable given to a command in a container ("data에서 환경변수 FOO=bar 주고 env 실행") is
    # the exec's own option (docker exec -e); the other options only a new container has
    # (a memory limit or any other option of a new container — "cache 메모리 1g로 올려", "web 메모리 256m 제한해서
    # 띄워", "run web with memory limit 128m" — is never dropped into a start or an exec of it)
    plain = not (cmd.ports or cmd.expose or cmd.volumes or cmd.volumes_from or (cmd.env and not cmd.command)
                 or cmd.name or cmd.entrypoint or cmd.restart or cmd.network or cmd.remove
                 or cmd.options or cmd.mounts or (cmd.workdir and not cmd.command) or cmd.privileged or cmd.cap_add or cmd.devices
                 or cmd.security_opt or cmd.pid or cmd.ipc or cmd.uts or cmd.userns or cmd.tty or cmd.stdin_open
                 or cmd.interactive)
    if not plain:
        if view.image(cmd.image) is None:
            # "run whoami as root in data": said in words for a container with a run's option (here a
            # name) — never a new container of an image named like it (pulled); the asker says it again
            return Unresolved(cmd, Msg.of("plan.container_not_image", name=c.name))
        return None
    if cmd.command:  # "run whoami as root in data": as that user (-u)
        return _exec(m.Exec(c.name, cmd.command, user=cmd.user, workdir=cmd.workdir, env=cmd.env, lang=cmd.lang), view)
    if cmd.user:
        return Unresolved(cmd, Msg.of("plan.container_not_image", name=c.name))  # a start has no user
    return _lifecycle(m.Start(targets=(c.name,), lang=cmd.lang), view)


def _explicit_ports_example(specs: tuple[m.PortSpec, ...]) -> str:
    """`-p 8080:8080` for "8080포트로": the port written both sides, as the asker can confirm it."""
    words = []
    for s in specs:
        if s.container_port is None and s.host_port is not None and not s.random_host:
            words.append(f"-p {s.host_port}:{s.host_port}")
        else:
            words.append("-p PORT" if s.container_port is None else f"-p {s.container_port}")
    return " ".join(words)


class _NeedPort(Exception):
    """A random host port was asked for, and the image does not say which port it serves."""


def _ports(specs: tuple[m.PortSpec, ...], info: ImageInfo | None) -> tuple[dict[str, Any], list[str]]:
    """PortSpecs -> SDK `ports` dict and `-p` flags, applying the EXPOSE rule of design §2."""
    exposed = [p for p in (info.exposed_ports if info else ()) if p.endswith("/tcp")]
    ports: dict[str, Any] = {}
    flags: list[str] = []
    for s in specs:
        cport = s.container_port
        if cport is None and s.host_port is None:
            # "nginx 랜덤 포트로": the image's one EXPOSEd port on a random host port
            if len(exposed) != 1:
                raise _NeedPort()
            cport = int(exposed[0].split("/")[0])
        elif cport is None:
            cport = s.host_port
            if len(exposed) == 1:
                only = int(exposed[0].split("/")[0])
                if only != s.host_port:
                    cport = only
        key = f"{cport}/{s.proto}"
        suffix = "" if s.proto == "tcp" else f"/{s.proto}"
        shown_ip = (f"[{s.host_ip}]" if ":" in s.host_ip else s.host_ip) if s.host_ip else ""
        host: Any  # docker-py's binding: None | port | (ip, port or None)
        if s.random_host or s.host_port is None:
            host = (s.host_ip, None) if s.host_ip else None
            flags.append(f"-p {shown_ip + '::' if s.host_ip else ''}{cport}{suffix}")
        else:
            hport: int | str = s.host_port
            if s.host_port_end is not None:
                hport = f"{s.host_port}-{s.host_port_end}"
            host = (s.host_ip, str(hport)) if s.host_ip else (str(hport) if s.host_port_end is not None else s.host_port)
            flags.append(f"-p {shown_ip + ':' if s.host_ip else ''}{hport}:{cport}{suffix}")
        if key in ports:
            prev = ports[key]
            ports[key] = (prev if isinstance(prev, list) else [prev]) + [host]
        else:
            ports[key] = host
    return ports, flags


# --------------------------------------------------------------------------- images


def _image_said_as_container(cmd: m.Pull | m.Push, verb: str, view: EngineView) -> Result | None:
    """"web 이미지 받아", "pull web's image", "web 밀어버려" (밀다: also "wipe out"), "push web": said in words
    of a name that is a container and no image — its image (`nginx`) or something else may be meant: asked
    with the image named, never a pull or push of the container's name (typed docker CLI runs as typed:
    docker answers for it)."""
    if cmd.lang == "cli" or not _available(view) or view.image(cmd.image) is not None:
        return None
    owner = _container_named(cmd.image, view)
    if owner is None:
        return None
    image = owner.image or owner.image_id
    return Unresolved(cmd, Msg.of("plan.image_verb_of_container", name=cmd.image, image=image, verb=verb),
                      suggestions=(f"docker {verb} {image}",) if image else ())


def _pull(cmd: m.Pull, view: EngineView) -> Result:
    if (said := _image_said_as_container(cmd, "pull", view)) is not None:
        return said
    if cmd.refresh and cmd.lang != "cli" and _available(view):
        here = _tags_here(cmd.image, view)
        if len(here) > 1:  # "update the nginx image" with nginx:1.25 and nginx:1.27 here: which one
            return Unresolved(cmd, Msg.of("plan.which_tag", image=cmd.image, tags=", ".join(here)),
                              suggestions=tuple(f"docker pull {q(t)}" for t in here[:3]))
        if here:  # "update the mysql image" with mysql:5.7 here: pulled again in that tag, never latest
            cmd = replace(cmd, image=here[0])
    repo, tag = docker_values.split_image_ref(cmd.image)
    return Plan(cmd, (Call.of("images.pull", None, repository=repo, tag=tag),), (f"docker pull {q(cmd.image)}",),
                "pull", VerbClass.DEPLOY, targets=(Target("image", cmd.image),),
                summary=Msg.of("summary.pull", image=cmd.image))


def _tags_here(ref: str, view: EngineView) -> tuple[str, ...]:
    """The tags on the engine of `ref` said without a tag (`mysql` -> ("mysql:5.7",)), as `docker images` lists
    them; () when `ref` has a tag or digest, when the engine has `ref:latest` (what a pull of `ref` gets), or
    when no image of it is here."""
    if ":" in ref.rsplit("/", 1)[-1] or "@" in ref:
        return ()
    tags = sorted({t for info in view.images() for t in info.tags if t.rsplit(":", 1)[0] == ref})
    return () if f"{ref}:latest" in tags else tuple(tags)


def _push(cmd: m.Push, view: EngineView) -> Result:
    if (said := _image_said_as_container(cmd, "push", view)) is not None:
        return said
    if cmd.lang != "cli" and _available(view) and view.image(cmd.image) is None:
        # said, not typed: "push the hello-world image" with fastcampus/hello-world the one image on the engine of
        # that last name (and no hello-world) pushes that image, as rmi reads it — it planned `docker push
        # hello-world`, an image that is not here; two images of that last name are asked; typed `docker push
        # hello-world` runs as typed (docker answers for it)
        longer = _namespaced(cmd.image, view)
        if len(longer) > 1:
            return Unresolved(cmd, Msg.of("plan.no_such_image", name=cmd.image),
                              suggestions=tuple(f"docker push {q(r)}" for r in longer[:3]))
        if longer:
            cmd = replace(cmd, image=longer[0])
    repo, tag = docker_values.split_image_ref(cmd.image)
    return Plan(cmd, (Call.of("image.push", cmd.image, repository=repo, tag=tag),), (f"docker push {q(cmd.image)}",),
                "push", VerbClass.DEPLOY, targets=(Target("image", cmd.image),),
                summary=Msg.of("summary.push", image=cmd.image))


def _tag(cmd: m.Tag, view: EngineView) -> Result:
    """`docker tag SOURCE TARGET`: one more name for an image that is here. The source must be on the engine
    (docker answers "No such image" otherwise, and a tag never pulls): a missing one is `plan.no_such_image`
    with the names here it may be (said in words, a container's name is answered with its image, and an image
    said by its last name is the one local image of that name, as push and rmi read it). Both are the policy's
    subjects (bot/policy/check.py `subjects`: the plan's targets): the source (with its tags when said by ID,
    as rmi's) and the new reference — a tag made on a name is a write to that name. A reference that names
    another image here now is moved off it: asked first (destructive), the image it leaves named in a note."""
    if cmd.lang != "cli" and _available(view) and view.image(cmd.source) is None:
        owner = _container_named(cmd.source, view)
        if owner is not None:  # "web 이미지에 web:v2 태그": web is a container — its image may be meant: asked
            image = owner.image or owner.image_id
            return Unresolved(cmd, Msg.of("plan.tag_of_container", name=cmd.source, image=image),
                              suggestions=(f"docker tag {q(image)} {q(cmd.reference)}",) if image else ())
        longer = _namespaced(cmd.source, view)
        if len(longer) == 1:  # "tag hello-world as hello-world:v2": the one local image of that last name
            cmd = replace(cmd, source=longer[0])
    info = view.image(cmd.source) if _available(view) else None
    if _available(view) and info is None:
        here = [t for i in view.images() for t in i.tags]
        close = [*_tags_here(cmd.source, view), *_namespaced(cmd.source, view)]
        found = Resolver(cmd, view).unknown("image", cmd.source, here)
        return replace(found, suggestions=tuple(dict.fromkeys(
            [f"docker tag {q(t)} {q(cmd.reference)}" for t in close] + list(found.suggestions)))[:3])
    existing = view.image(cmd.reference) if _available(view) else None
    moved = existing is not None and info is not None and existing.id != info.id
    notes = (Msg.of("plan.tag_moves", reference=cmd.reference,
                    image=", ".join(t for t in existing.tags if t != cmd.reference) or existing.id[:19]),) \
        if moved and existing is not None else ()
    targets = (Target("image", cmd.source, info.id if info else None),
               *(Target("image", t, info.id if info else None) for t in _tags_of_id(cmd.source, info)),
               Target("image", cmd.reference, existing.id if existing else None))
    repo, tag = docker_values.split_image_ref(cmd.reference)
    return Plan(cmd, (Call.of("image.tag", cmd.source, repository=repo, tag=tag),),
                (f"docker tag {q(cmd.source)} {q(cmd.reference)}",), "tag", VerbClass.DEPLOY, targets=targets,
                destructive=moved, notes=notes,
                summary=Msg.of("summary.tag", source=cmd.source, reference=cmd.reference))


def _images(cmd: m.ListImages, view: EngineView) -> Result:
    flags = ["-a"] if cmd.all else []
    kw: dict[str, Any] = {"all": cmd.all}
    if cmd.filters:
        fflags, kw["filters"] = _filters(cmd.filters)
        flags += fflags
    if cmd.quiet:  # `docker images -q`: the short IDs, one a line
        flags.append("-q")
        kw["quiet"] = True
    if cmd.reference:  # `docker images httpd`: the images of that repository (and tag) only
        kw["name"] = cmd.reference
        flags.append(q(cmd.reference))
    return Plan(cmd, (Call.of("images.list", **kw),), (" ".join(["docker images", *flags]),),
                "images", VerbClass.READ, writes=False, summary=Msg.of("summary.images"))


def _tags_of_id(ref: str, info: ImageInfo | None) -> tuple[str, ...]:
    """The tags of the image when `ref` is its ID or an ID prefix (`abab12…`, `sha256:abab…`), else ().

    A policy decides on image names: `docker rmi <postgres's ID>` removes postgres, so the
    plan names its tags as targets too (source: the engine's image inspect, `RepoTags`).
    """
    if info is None:
        return ()
    bare = ref[len("sha256:"):] if ref.startswith("sha256:") else ref
    is_id = bool(bare) and info.id.split(":", 1)[-1].startswith(bare.lower())
    return tuple(t for t in info.tags if t != ref) if is_id else ()


_HEX_REF = re.compile(r"(?:sha256:)?([0-9a-f]{1,64})")


def _id_prefix_tags(ref: str, view: EngineView) -> tuple[str, ...]:
    """(brk17) The tags (or IDs, untagged) of the engine's images whose ID starts with `ref`, a word of hex that the
    view found no image for (bot/engine/view.py reads a short hex word as a name said, never an ID): the daemon
    still resolves it as an ID prefix when it creates a container, so what runs is that image."""
    hit = _HEX_REF.fullmatch(ref)
    if hit is None:
        return ()
    return tuple(dict.fromkeys(t for i in view.images() if i.id.split(":", 1)[-1].startswith(hit.group(1))
                               for t in (i.tags or (i.id,))))


def _namespaced(ref: str, view: EngineView) -> list[str]:
    """The engine's images whose repository ends in `ref` under a namespace or registry ("hello-world" ->
    ["fastcampus/hello-world"]): what a name said short may stand for."""
    repo = ref.removesuffix(":latest")
    return sorted({t.rsplit(":", 1)[0] for i in view.images() for t in i.tags
                   if "/" not in repo and t.rsplit(":", 1)[0].endswith("/" + repo)})


def _container_named(name: str, view: EngineView) -> ContainerInfo | None:
    """The container called exactly `name` (inspect, else the list), or None."""
    found = view.container(name)
    return found if found is not None else next((c for c in view.containers() if c.name == name), None)


def _rmi_of(cmd: m.RemoveImage, view: EngineView) -> Result:
    """"remove web's image", "web 컨테이너의 이미지 지워" (`RemoveImage.of_containers`): the image each
    container was made from — its Config.Image as the engine reports it (inspect; the container list's
    `Image`, else its image ID) — removed by that reference: `docker rmi nginx`, the summary naming the
    container. Unresolved when a container is not there, or when no engine answers (the image is the
    engine's to say, never guessed)."""
    if not _available(view):
        return Unresolved(cmd, Msg.of("engine.unreachable", where="?"))
    refs: list[str] = []
    targets: list[Target] = []
    for name in cmd.of_containers:
        if not cmd.container_said and _container_named(name, view) is None and (said := view.image(name)) is not None:
            # (q20) "Delete image of httpd": no container httpd but an image — the image said is the one removed
            # ("the image of container httpd" names a container: asked, never the image by a guess)
            if name not in refs:
                refs.append(name)
                targets.append(Target("image", name, said.id or None))
            continue
        found = Resolver(cmd, view).container(name)
        if isinstance(found, Unresolved):
            return found
        ref = found.image or found.image_id
        if not ref:
            return Unresolved(cmd, Msg.of("plan.no_such_image", name=f"{name}?"))
        if ref not in refs:
            refs.append(ref)
            info = view.image(ref)
            targets.append(Target("image", ref, info.id if info else found.image_id or None))
    flags = (" -f" if cmd.force else "") + (" --no-prune" if cmd.no_prune else "")
    extra = {"noprune": True} if cmd.no_prune else {}
    return Plan(cmd, tuple(Call.of("image.remove", ref, force=cmd.force, **extra) for ref in refs),
                (f"docker rmi{flags} " + " ".join(q(r) for r in refs),), "rmi", VerbClass.DESTROY,
                targets=tuple(targets), destructive=True,
                summary=Msg.of("summary.rmi_of", image=", ".join(refs), container=", ".join(cmd.of_containers)))


def _rmi(cmd: m.RemoveImage, view: EngineView) -> Result:
    if cmd.of_containers:
        return _rmi_of(cmd, view)
    targets = []
    if cmd.lang != "cli" and _available(view):
        # said, not typed: "get rid of the hello-world image" with fastcampus/hello-world the one image on the
        # engine of that last name (and no hello-world) is that image — the plan shows its full name (and, a
        # removal, is confirmed); two images of that name are asked (below); typed `docker rmi hello-world` is as typed
        said = tuple(longer[0] if view.image(r) is None and len(longer := _namespaced(r, view)) == 1 else r
                     for r in cmd.images)
        if said != cmd.images:
            cmd = replace(cmd, images=said)
        unknown = [r for r in cmd.images if view.image(r) is None and not _container_named(r, view)]
        if unknown and any(view.image(r) is not None for r in cmd.images):
            # "remove the old nginx image" planned `docker rmi old nginx`: a word said beside an image that names
            # no image here (an adjective, a slip) is never a second image of a removal — the rest is offered
            rest = " ".join(q(r) for r in cmd.images if r not in unknown)
            return Unresolved(cmd, Msg.of("plan.no_such_image", name=unknown[0]),
                              suggestions=(f"docker rmi {rest}",))
    for ref in cmd.images:
        info = view.image(ref) if _available(view) else None
        if info is None and _available(view) and (longer := _namespaced(ref, view)):
            # "get rid of the redis image" with team/redis and ops/redis on the engine and no redis:
            # docker's "No such image", with the images it may be — never a removal by a guess between them
            return Unresolved(cmd, Msg.of("plan.no_such_image", name=ref), suggestions=tuple(longer))
        if info is None and _available(view) and cmd.lang != "cli" and (owner := _container_named(ref, view)):
            # "web 이미지 지워", "delete the image web runs": no image `web` but a container web — its image
            # (`nginx`) may be meant: asked with it named, never a rmi of the container's name (typed as a
            # docker command it runs as typed: docker answers "No such image")
            image = owner.image or owner.image_id
            return Unresolved(cmd, Msg.of("plan.image_is_container", name=ref, image=image),
                              suggestions=(f"docker rmi {image}",) if image else ())
        if (info is None and _available(view) and cmd.lang != "cli" and ref.lower() in _image_described()
                and not (isinstance(view, _AfterSteps) and ref in view.made_images)):
            # (w17; narrowed by the lead) said, not typed: "remove the oldest image", "remove the container image" —
            # a word that describes an image (grammar/lexicon.txt `image_described_en`), no image of that name here:
            # "No such image" said before anything runs, with the names here it may be. Any other name is planned by
            # name, as the development corpus's "nginx:1.25 이미지 삭제" (docker answers for a missing one)
            return Resolver(cmd, view).unknown("image", ref, [t for i in view.images() for t in i.tags])
        targets.append(Target("image", ref, info.id if info else None))
        targets += [Target("image", t, info.id if info else None) for t in _tags_of_id(ref, info)]
    flags = (" -f" if cmd.force else "") + (" --no-prune" if cmd.no_prune else "")
    extra = {"noprune": True} if cmd.no_prune else {}
    return Plan(cmd, tuple(Call.of("image.remove", ref, force=cmd.force, **extra) for ref in cmd.images),
                (f"docker rmi{flags} " + " ".join(q(r) for r in cmd.images),), "rmi", VerbClass.DESTROY,
                targets=tuple(targets), destructive=True, summary=Msg.of("summary.rmi", image=", ".join(cmd.images)))


# --------------------------------------------------------------------------- volumes and networks


def _need(kind: str, names: tuple[str, ...], pool: Callable[[], list[str]], cmd: m.Command,
          view: EngineView) -> Unresolved | None:
    if not _available(view):
        return None
    have = pool()
    for n in names:
        if n not in have:
            return Resolver(cmd, view).unknown(kind, n, have)
    return None


# volumes and networks share one shape: create / ls / inspect / rm
_RESOURCE: dict[str, tuple[str, str, Callable[[EngineView], list[str]]]] = {  # kind -> (command word, SDK collection, pool of existing names on the view)
    "volume": ("volume", "volumes", lambda view: view.volumes()),
    "network": ("network", "networks", lambda view: view.networks()),
}


_ResourceKind = Literal["volume", "network"]


def _resource_create(cmd: m.VolumeCreate | m.NetworkCreate, view: EngineView) -> Result:
    kind: _ResourceKind = "volume" if isinstance(cmd, m.VolumeCreate) else "network"
    word, coll, _ = _RESOURCE[kind]
    flags = f" -d {q(cmd.driver)}" if cmd.driver else ""
    kw = {"name": cmd.name, **({"driver": cmd.driver} if cmd.driver else {})}
    return Plan(cmd, (Call.of(f"{coll}.create", None, **kw),), (f"docker {word} create{flags} {q(cmd.name)}",),
                f"{word} create", VerbClass.VOLUME if kind == "volume" else VerbClass.NETWORK,
                targets=(Target(kind, cmd.name),), summary=Msg.of(f"summary.{kind}_create", names=cmd.name))


def _resource_ls(cmd: m.VolumeList | m.NetworkList, view: EngineView) -> Result:
    kind = "volume" if isinstance(cmd, m.VolumeList) else "network"
    word, coll, _ = _RESOURCE[kind]
    flags: list[str] = []
    kw: dict[str, Any] = {}
    if cmd.filters:  # (lead32c) `docker network ls --filter driver=bridge`: the SDK's filters, as docker sends them
        flags, kw["filters"] = _filters(cmd.filters)
    if cmd.quiet:  # (lead34) `docker volume ls -q`: the names (a network's: its short ID), one a line
        flags, kw["quiet"] = [*flags, "-q"], True
    return Plan(cmd, (Call.of(f"{coll}.list", **kw),), (" ".join([f"docker {word} ls", *flags]),), f"{word} ls",
                VerbClass.READ, writes=False, summary=Msg.of(f"summary.{kind}_ls"))


def _resource_inspect(cmd: m.VolumeInspect | m.NetworkInspect, view: EngineView) -> Result:
    kind: _ResourceKind = "volume" if isinstance(cmd, m.VolumeInspect) else "network"
    word, _, pool = _RESOURCE[kind]
    names = (cmd.name, *cmd.more)  # (lead32c) `docker volume inspect db pgdata`: each, in the order typed
    missing = _need(kind, names, lambda: pool(view), cmd, view)
    if missing:
        return missing
    fmt, kw = _format_said(cmd.format)
    return Plan(cmd, tuple(Call.of(f"{kind}.inspect", n, **kw) for n in names),
                (f"docker {word} inspect{fmt} " + " ".join(q(n) for n in names),),
                f"{word} inspect", VerbClass.READ, targets=tuple(Target(kind, n) for n in names), writes=False,
                summary=Msg.of(f"summary.{kind}_inspect", names=", ".join(names)))


def _resource_rm(cmd: m.VolumeRemove | m.NetworkRemove, view: EngineView) -> Result:
    kind: _ResourceKind = "volume" if isinstance(cmd, m.VolumeRemove) else "network"
    word, _, pool = _RESOURCE[kind]
    missing = _need(kind, cmd.names, lambda: pool(view), cmd, view)
    if missing:
        return missing
    force = isinstance(cmd, m.VolumeRemove) and cmd.force  # `docker network rm` has no --force
    kw = {"force": True} if force else {}
    return Plan(cmd, tuple(Call.of(f"{kind}.remove", n, **kw) for n in cmd.names),
                (f"docker {word} rm{' -f' if force else ''} " + " ".join(q(n) for n in cmd.names),),
                f"{word} rm", VerbClass.DESTROY, targets=tuple(Target(kind, n) for n in cmd.names),
                destructive=True, summary=Msg.of(f"summary.{kind}_rm", names=", ".join(cmd.names)))


def _network_either(cmd: m.NetworkConnect | m.NetworkDisconnect, view: EngineView) -> Result | None:
    """(f12en) Two names said with no role ("connect web backend", "web backend 커넥트"): as read when they fit the
    engine (a network, then a container); swapped when only the swap fits; asked which when both fit. None: as read."""
    if not cmd.either or cmd.said_as is not None or not _available(view):
        return None
    nets = set(view.networks())
    names = {c.name for c in view.containers()}

    def fits(net: str, container: str) -> bool:
        return net in nets and container in names

    as_read, swapped = fits(cmd.network, cmd.container), fits(cmd.container, cmd.network)
    if as_read and swapped:
        return Unresolved(cmd, Msg.of("plan.network_which", a=cmd.container, b=cmd.network))
    if swapped:
        return _network_attach(replace(cmd, network=cmd.container, container=cmd.network, either=False), view)
    return None


def _network_attach(cmd: m.NetworkConnect | m.NetworkDisconnect, view: EngineView) -> Result:
    either = _network_either(cmd, view)
    if either is not None:
        return either
    if cmd.said_as is not None:
        # "web 백엔드 네트워크에 붙여줘": a name typed in Hangul is the network whose name it spells — only when
        # exactly one network here matches it (case, - and _ aside); the reply says which
        def fold(name: str) -> str:
            return name.lower().replace("-", "").replace("_", "")

        found = [n for n in view.networks() if fold(n) == fold(cmd.network)] if _available(view) else []
        if len(found) != 1:
            return Unresolved(cmd, Msg.of("plan.loan_network_none", said=cmd.said_as, name=cmd.network))
        notes = _CASE_NOTES.get()
        if notes is not None:
            notes.append(Msg.of("plan.loan_network", said=cmd.said_as, name=found[0]))
        cmd = replace(cmd, network=found[0], said_as=None)
    if (_available(view) and not cmd.as_typed and cmd.lang != "cli" and cmd.network not in view.networks()
            and cmd.container in view.networks() and any(c.name == cmd.network for c in view.containers())
            and all(c.name != cmd.container for c in view.containers())):
        # (f12ko) "data 네트워크 backend에서 끊어": the kind word said after the container (its network link), the network
        # named beside it — no network data and no container backend here, the two the other way round: swapped
        cmd = replace(cmd, network=cmd.container, container=cmd.network)
    missing = _need("network", (cmd.network,), view.networks, cmd, view)
    if missing:
        return missing
    c = Resolver(cmd, view).container(cmd.container)
    if isinstance(c, Unresolved):
        return c
    verb = "connect" if isinstance(cmd, m.NetworkConnect) else "disconnect"
    kw: dict[str, Any] = {"container": _ref(c)}
    flags = ""
    if isinstance(cmd, m.NetworkDisconnect) and cmd.force:
        kw["force"] = True
        flags = " -f"
    if isinstance(cmd, m.NetworkConnect) and cmd.aliases:  # (en24b) `--alias NAME`, as typed
        kw["aliases"] = cmd.aliases
        flags = "".join(f" --alias {q(a)}" for a in cmd.aliases)
    return Plan(cmd, (Call.of(f"network.{verb}", cmd.network, **kw),),
                (f"docker network {verb}{flags} {q(cmd.network)} {q(c.name)}",), f"network {verb}",
                VerbClass.NETWORK, targets=(Target("network", cmd.network), _ctarget(c)),
                summary=Msg.of(f"summary.network_{verb}", names=c.name, network=cmd.network))


def _help(cmd: m.Help, view: EngineView) -> Result:
    return Plan(cmd, (), (), "help", VerbClass.READ, writes=False, summary=Msg.of("summary.help"))


def _prohibition(cmd: m.Prohibition, view: EngineView) -> Result:
    """Nothing runs; the reply names what was understood as forbidden."""
    inner = plan(cmd.understood, view) if cmd.understood is not None else None
    if isinstance(inner, Plan) and inner.cli:
        return Unresolved(cmd, Msg.of("parse.prohibition_of", cli=" ; ".join(inner.cli)))
    return Unresolved(cmd, Msg.of("parse.prohibition"))


# the widest class of a sequence's steps, for display and audit (each step is authorized alone)
_CLASS_ORDER = (VerbClass.READ, VerbClass.OPERATE, VerbClass.NETWORK, VerbClass.VOLUME, VerbClass.EXEC,
                VerbClass.DEPLOY, VerbClass.DESTROY, VerbClass.ADMIN)


class _AfterSteps:
    """The engine as a later step of a sequence finds it: `view`, with the networks and volumes
    the earlier steps create (names, in order) added to its lists. An EngineView.

    (brk21) A container an earlier step renamed is found under its new name only, one it removed under none ("web 이름
    web2로 바꾸고 재시작해" restarted the old name, which no longer exists then; "rename web to web2 and restart it"
    found no web2): no step is planned on a name the plan itself took away."""

    def __init__(self, view: EngineView) -> None:
        self.view = view
        self.made_networks: list[str] = []
        self.made_volumes: list[str] = []
        self.made_images: list[str] = []  # (w17) pulled or tagged by an earlier step: a later rmi of it is planned
        self.renamed: dict[str, str] = {}  # (brk21) old name -> the name an earlier step gave it
        self.removed: set[str] = set()  # (brk21) the containers an earlier step removed, by name

    @property
    def available(self) -> bool:
        return self.view.available

    def _after(self, c: ContainerInfo | None, said: str | None = None) -> ContainerInfo | None:
        if c is None or c.name in self.removed:
            return None
        if c.name in self.renamed:
            return None if said == c.name else replace(c, name=self.renamed[c.name])
        return c

    def container(self, name: str) -> ContainerInfo | None:
        old = next((o for o, n in self.renamed.items() if n == name), None)
        if old is not None:
            return self._after(self.view.container(old))
        return self._after(self.view.container(name), name)

    def containers(self) -> list[ContainerInfo]:
        return [c for c in (self._after(c) for c in self.view.containers()) if c is not None]

    def image(self, ref: str) -> ImageInfo | None:
        return self.view.image(ref)

    def images(self) -> list[ImageInfo]:
        return self.view.images()

    def networks(self) -> list[str]:
        return self.view.networks() + [n for n in self.made_networks if n not in self.view.networks()]

    def volumes(self) -> list[str]:
        return self.view.volumes() + [v for v in self.made_volumes if v not in self.view.volumes()]

    def registry_exposed(self, ref: str) -> tuple[str, ...] | None:
        return self.view.registry_exposed(ref)

    def services(self) -> list[str] | None:
        return self.view.services()

    def previous_service_spec(self, name: str) -> ServiceSpecInfo | None:
        return self.view.previous_service_spec(name)


def _renamed_in(step: m.Command, renamed: dict[str, str]) -> m.Command:
    """(brk21) `step` with a container an earlier step renamed said by its new name: the one container the speaker
    means, whether named again by its old name or carried over unsaid ("web 이름 web2로 바꾸고 재시작해" = docker
    rename web web2; docker restart web2)."""
    if not renamed:
        return step
    changes: dict[str, Any] = {}
    for field in ("target", "container"):
        if isinstance(getattr(step, field, None), str) and getattr(step, field) in renamed:
            changes[field] = renamed[getattr(step, field)]
    targets = getattr(step, "targets", None)
    if isinstance(targets, tuple) and any(t in renamed for t in targets):
        changes["targets"] = tuple(renamed.get(t, t) for t in targets)
    return replace(step, **changes) if changes else step


# (f22r) the steps of images: beside one, a removal of a name that is only an image here is the image's (`_sequence`)
_OF_IMAGES = (m.Pull, m.Push, m.Tag, m.ListImages, m.RemoveImage, m.PruneImages, m.ImageInspect, m.History)


def _sequence(cmd: m.Sequence, view: EngineView) -> Result:
    """Each step planned against the engine as it is now, combined into one ordered Plan.

    The combined plan's `steps` are the step plans; its calls and CLI lines are theirs in
    order. Any step that cannot be planned (or is itself a sequence, help or a prohibition)
    makes the whole sequence Unresolved: nothing of it runs.
    """
    if not cmd.steps:
        return Unresolved(cmd, Msg.of("parse.no_verb"))
    steps: list[Plan] = []
    after = _AfterSteps(view)
    for step in cmd.steps:
        if isinstance(step, (m.Sequence, m.Help, m.Prohibition)):
            return Unresolved(cmd, Msg.of("plan.unsupported"))
        if (isinstance(step, m.Remove) and any(isinstance(o, _OF_IMAGES) for o in cmd.steps)
                and (of_image := image_removal(step, view)) is not None):
            step = of_image  # (f22r) "pull httpd and remove busybox": beside a step of images, a removal of a name
            # that is no container here but an image is the image's (`image_removal`'s checks), never refused
        planned = plan(_renamed_in(step, after.renamed), after)
        if isinstance(planned, Unresolved):
            return replace(planned, command=cmd)
        steps.append(planned)
        if isinstance(step, m.Rename) and planned.targets:
            found = [t.name for t in planned.targets if t.name != step.name]
            if found:
                after.renamed[found[0]] = step.name
        elif isinstance(step, m.Remove) and not step.all_running:
            after.removed.update(t.name for t in planned.targets)
        if isinstance(step, m.NetworkCreate):
            after.made_networks.append(step.name)  # "front 네트워크 만들고 web 연결해줘"
        elif isinstance(step, m.VolumeCreate):
            after.made_volumes.append(step.name)
        elif isinstance(step, m.Pull):
            after.made_images.append(step.image)  # "pull redis:7 and then remove the redis:7 image"
        elif isinstance(step, m.Tag):
            after.made_images.append(step.reference)
    targets: list[Target] = []
    for p in steps:
        targets += [t for t in p.targets if t not in targets]
    return Plan(
        command=cmd if all(p.command is st for p, st in zip(steps, cmd.steps))
        else replace(cmd, steps=tuple(p.command for p in steps)),  # the same steps (most): no copy
        calls=tuple(c for p in steps for c in p.calls),
        cli=tuple(line for p in steps for line in p.cli),
        verb="+".join(p.verb for p in steps),
        verb_class=max((p.verb_class for p in steps), key=_CLASS_ORDER.index),
        targets=tuple(targets),
        writes=any(p.writes for p in steps),
        destructive=any(p.destructive for p in steps),
        summary=Msg.of("summary.sequence", count=len(steps)),
        notes=tuple(n for p in steps for n in p.notes),
        steps=tuple(steps),
    )


_HANDLERS: dict[type, Callable[..., Result]] = {
    **{cls: _lifecycle for cls in _LIFECYCLE},
    m.PruneContainers: _prune,
    m.PruneVolumes: _prune_volumes,
    m.PruneNetworks: _prune_networks,
    m.PruneImages: _prune_images,
    m.ListContainers: _ps,
    m.Inspect: _inspect,
    m.ImageInspect: _image_inspect,
    m.History: _history,
    m.Top: _top,
    m.Port: _port,
    m.Logs: _logs,
    m.Stats: _stats,
    m.Exec: _exec,
    m.RunContainer: _run,
    m.Pull: _pull,
    m.Push: _push,
    m.Tag: _tag,
    m.Rename: _rename,
    m.ListImages: _images,
    m.RemoveImage: _rmi,
    m.VolumeCreate: _resource_create,
    m.NetworkCreate: _resource_create,
    m.VolumeList: _resource_ls,
    m.NetworkList: _resource_ls,
    m.VolumeInspect: _resource_inspect,
    m.NetworkInspect: _resource_inspect,
    m.VolumeRemove: _resource_rm,
    m.NetworkRemove: _resource_rm,
    m.NetworkConnect: _network_attach,
    m.NetworkDisconnect: _network_attach,
    m.Help: _help,
    m.Prohibition: _prohibition,
    m.Sequence: _sequence,
}

def _image_described() -> frozenset[str]:
    """grammar/lexicon.txt `image_described_en`: words that describe an image, never name one (oldest, container…)."""
    from bot.language.grammar import words

    return words("image_described_en")


from bot.engine.swarm_plan import HANDLERS as _SWARM_HANDLERS  # noqa: E402  (Swarm services and nodes, issue 12)

_HANDLERS.update(_SWARM_HANDLERS)
