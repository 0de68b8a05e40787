"""Running service and node plans through the Docker SDK's services API, and following a
service until it converges.

A write to a service (create, scale, image update, `--force`, rollback) returns as soon as the
swarm manager has accepted it; the tasks then start, stop and are replaced in the background.
`converge` follows that: it reads the service and its tasks every POLL seconds and reports
"web: 2/3 running" through the progress line (Slack: the same message updated in place; the
shell: its live line) until every desired task runs and a rolling update has completed — or
a task fails, the update pauses, or SERVICE_TIMEOUT passes; then it says which.

Converged means (as the docker CLI's progress for replicated services): as many tasks
running as replicas among the tasks whose desired state is running, and for an update or a
rollback the service's UpdateStatus of this update is `completed` / `rollback_completed`.
Tasks being shut down (scaled away, replaced) are not waited for. Unlike the CLI, gorae does
not wait 5 more seconds "to verify that tasks are stable": a task that fails after that is
seen in `service ps`.

Sources: Engine API 1.41 /services, /tasks, /nodes; docker/cli cli/command/service/progress.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

from bot.config import number
from bot.engine.context import Ctx
from bot.engine.docker_format import short_id
from bot.engine.execute import OPS, op
from bot.model import Call, Msg, Outcome, Table

POLL = 0.1  # seconds between two reads of a converging service (2 API calls each; bench/swarm_scale.py)
SERVICE_TIMEOUT = number("GORAE_SERVICE_TIMEOUT")  # seconds a convergence is followed (bot/config.py)
FAILED_TASKS = 3  # this many failed/rejected new tasks and none running: the service does not start
_FAILED = ("failed", "rejected")
_UPDATE_DONE = ("completed", "rollback_completed")
_UPDATE_STOPPED = ("paused", "rollback_paused")


# --------------------------------------------------------------------------- reads


def _ports_text(endpoint: dict[str, Any]) -> str:
    out = []
    for p in endpoint.get("Ports") or ():
        pub = p.get("PublishedPort")
        mode = p.get("PublishMode", "ingress")
        out.append(f"*:{pub}->{p.get('TargetPort')}/{p.get('Protocol', 'tcp')}" + (" (host)" if mode == "host" else ""))
    return ", ".join(out)


def _image_text(image: str) -> str:
    """`nginx:latest@sha256:…` as `docker service ls` shows it: without the digest."""
    return image.split("@", 1)[0]


def services_table(raw: list[dict[str, Any]]) -> Table:
    rows = []
    for s in sorted(raw, key=lambda s: s["Spec"]["Name"]):
        spec = s["Spec"]
        mode = "replicated" if "Replicated" in spec.get("Mode", {}) else "global"
        st = s.get("ServiceStatus") or {}
        replicas = f"{st.get('RunningTasks', '?')}/{st.get('DesiredTasks', '?')}"
        image = _image_text(spec["TaskTemplate"]["ContainerSpec"].get("Image", ""))
        rows.append((short_id(s["ID"]), spec["Name"], mode, replicas, image,
                     _ports_text(s.get("Endpoint", {}).get("Spec") or spec.get("EndpointSpec") or {})))
    return Table(("ID", "NAME", "MODE", "REPLICAS", "IMAGE", "PORTS"), tuple(rows))


def _since(stamp: str, now: datetime | None = None) -> str:
    try:
        when = datetime.fromisoformat(stamp.split(".")[0].rstrip("Z")).replace(tzinfo=timezone.utc)
    except ValueError:
        return stamp
    secs = int(((now or datetime.now(timezone.utc)) - when).total_seconds())
    if secs < 60:
        return f"{max(secs, 0)}s"
    if secs < 3600:
        return f"{secs // 60}m"
    return f"{secs // 3600}h"


def tasks_table(name: str, tasks: list[dict[str, Any]], nodes: dict[str, str]) -> Table:
    """`docker service ps NAME`: newest first per slot, like the CLI."""
    rows = []
    for t in sorted(tasks, key=lambda t: (t.get("Slot", 0), t.get("CreatedAt", "")), reverse=False):
        st = t.get("Status") or {}
        rows.append((short_id(t["ID"]), f"{name}.{t.get('Slot', t.get('NodeID', '?')[:12])}",
                     _image_text(t["Spec"]["ContainerSpec"].get("Image", "")), nodes.get(t.get("NodeID", ""), ""),
                     t.get("DesiredState", ""), f"{st.get('State', '')} {_since(st.get('Timestamp', ''))}".strip(),
                     st.get("Err", "")))
    return Table(("ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE", "ERROR"), tuple(rows))


@op("services.list")
def _ls(call: Call, ctx: Ctx) -> Outcome:
    raw = ctx.api.services(status=True)
    if not raw:
        return Outcome(True, Msg.of("done.service_ls_none"))
    return Outcome(True, Msg.of("done.service_ls", count=len(raw)), table=services_table(raw))


@op("nodes.list")
def _nodes(call: Call, ctx: Ctx) -> Outcome:
    raw = ctx.api.nodes()
    rows = []
    for n in sorted(raw, key=lambda n: n["Description"].get("Hostname", "")):
        mgr = n.get("ManagerStatus") or {}
        rows.append((short_id(n["ID"]), n["Description"].get("Hostname", ""), n["Status"].get("State", ""),
                     n["Spec"].get("Availability", ""),
                     "Leader" if mgr.get("Leader") else mgr.get("Reachability", "").capitalize(),
                     n["Description"].get("Engine", {}).get("EngineVersion", "")))
    table = Table(("ID", "HOSTNAME", "STATUS", "AVAILABILITY", "MANAGER STATUS", "ENGINE VERSION"), tuple(rows))
    return Outcome(True, Msg.of("done.node_ls", count=len(rows)), table=table)


def _node_names(ctx: Ctx) -> dict[str, str]:
    return {n["ID"]: n["Description"].get("Hostname", "") for n in ctx.api.nodes()}


@op("service.tasks")
def _tasks(call: Call, ctx: Ctx) -> Outcome:
    svc = ctx.api.inspect_service(call.target)
    tasks = ctx.api.tasks(filters={"service": svc["ID"]})
    name = svc["Spec"]["Name"]
    running = sum(1 for t in tasks if t["DesiredState"] == "running" and t["Status"]["State"] == "running")
    return Outcome(True, Msg.of("done.service_ps", name=name, running=running, count=len(tasks)),
                   table=tasks_table(name, tasks, _node_names(ctx)))


def service_fields(s: dict[str, Any], running: int) -> tuple[tuple[str, str], ...]:
    spec = s["Spec"]
    cs = spec["TaskTemplate"]["ContainerSpec"]
    mode = spec.get("Mode", {})
    replicas = str(mode["Replicated"].get("Replicas", 1)) if "Replicated" in mode else "global"
    out = [("Name", spec["Name"]), ("ID", short_id(s["ID"])), ("Image", _image_text(cs.get("Image", ""))),
           ("Replicas", f"{running}/{replicas} running"),
           ("Ports", _ports_text(s.get("Endpoint", {}).get("Spec") or spec.get("EndpointSpec") or {}) or "-")]
    up = s.get("UpdateStatus")
    if up:
        out.append(("Update", f"{up.get('State', '')} {up.get('Message', '')}".strip()))
    if cs.get("Env"):
        out.append(("Env", ", ".join(e.split("=", 1)[0] for e in cs["Env"])))  # names only: values may be secrets
    if cs.get("Mounts"):
        out.append(("Mounts", ", ".join(f"{m.get('Source', '')}:{m.get('Target', '')}" for m in cs["Mounts"])))
    nets = spec["TaskTemplate"].get("Networks") or spec.get("Networks") or ()
    if nets:
        out.append(("Networks", ", ".join(n.get("Target", "") for n in nets)))
    out += [("Created", s.get("CreatedAt", "")[:19].replace("T", " ")),
            ("Updated", s.get("UpdatedAt", "")[:19].replace("T", " "))]
    return tuple(out)


@op("service.inspect")
def _inspect(call: Call, ctx: Ctx) -> Outcome:
    s = ctx.api.inspect_service(call.target)
    tasks = ctx.api.tasks(filters={"service": s["ID"], "desired-state": "running"})
    running = sum(1 for t in tasks if t["Status"]["State"] == "running")
    return Outcome(True, Msg.of("done.service_inspect", name=s["Spec"]["Name"]), fields=service_fields(s, running))


@op("service.logs")
def _logs(call: Call, ctx: Ctx) -> Outcome:
    from bot.engine.execute import LOGS_TAIL, MAX_TEXT, since_to_datetime

    kw = call.kw()
    tail = kw.get("tail")
    since = since_to_datetime(kw["since"]) if kw.get("since") else None
    if isinstance(since, datetime):
        since = int(since.timestamp())
    chunks = ctx.api.service_logs(call.target, stdout=True, stderr=True, tail=tail if tail is not None else LOGS_TAIL,
                                  since=since or 0, timestamps=bool(kw.get("timestamps")))
    text = b"".join(c if isinstance(c, bytes) else str(c).encode() for c in chunks).decode("utf-8", "replace")
    text = text[-MAX_TEXT:]
    if not text.strip():
        return Outcome(True, Msg.of("done.service_logs_empty", name=ctx.name(call.target)))
    return Outcome(True, Msg.of("done.service_logs", name=ctx.name(call.target)), text=text)


# --------------------------------------------------------------------------- writes


def _task_template(kw: dict[str, Any]) -> dict[str, Any]:
    cs: dict[str, Any] = {"Image": kw["image"]}
    for key, api in (("command", "Args"), ("env", "Env"), ("mounts", "Mounts"), ("user", "User"),
                     ("workdir", "Dir"), ("cap_add", "CapabilityAdd")):
        if kw.get(key):
            cs[api] = kw[key]
    tt: dict[str, Any] = {"ContainerSpec": cs}
    if kw.get("constraints"):
        tt["Placement"] = {"Constraints": kw["constraints"]}
    if kw.get("network"):
        tt["Networks"] = [{"Target": kw["network"]}]
    return tt


@op("services.create")
def _create(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    res = ctx.api.create_service(
        _task_template(kw), name=kw.get("name"), labels=kw.get("labels"),
        mode={"Replicated": {"Replicas": int(kw.get("replicas", 1))}},
        endpoint_spec={"Ports": kw["ports"]} if kw.get("ports") else None)
    sid = res["ID"]
    name = kw.get("name") or ctx.api.inspect_service(sid)["Spec"]["Name"]
    ctx.say("progress.service_created", name=name)
    return converge(ctx, sid, name, Msg.of("done.service_create", name=name, replicas=int(kw.get("replicas", 1))))


def _update_spec(ctx: Ctx, target: str | None, change: dict[str, Any], *, rollback: bool = False,
                 version: int | None = None) -> dict[str, Any]:
    """POST /services/{id}/update with the current spec changed by `change` (TaskTemplate /
    Mode keys); `rollback`: the engine's own rollback to PreviousSpec (`?rollback=previous`,
    what `docker service rollback` sends). `version`: the service's Version.Index the policy checked
    (the engine answers "update out of sequence" if it changed since; ServiceChanged is raised
    before sending when it already differs). Returns the service as it was before."""
    svc = ctx.api.inspect_service(target)
    if version is not None and svc["Version"]["Index"] != version:
        raise ServiceChanged(svc["Spec"]["Name"])
    spec = dict(svc["Spec"])
    spec.update(change)
    params: dict[str, Any] = {"version": svc["Version"]["Index"] if version is None else version}
    if rollback:
        if not svc.get("PreviousSpec"):
            raise NoPreviousSpec(svc["Spec"]["Name"])
        params["rollback"] = "previous"
    api = ctx.api
    # docker-py's update_service has no rollback parameter: the same request, sent as the CLI does
    resp = api._post_json(api._url("/services/{0}/update", svc["ID"]), data=spec, params=params)
    api._raise_for_status(resp)
    return svc


class ServiceChanged(Exception):
    """The service changed between the policy's check of its spec and the update (a rollback would
    restore a spec nobody checked)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class NoPreviousSpec(Exception):
    """`service rollback` of a service never updated: the engine has nothing to go back to."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@op("service.scale")
def _scale(call: Call, ctx: Ctx) -> Outcome:
    n = int(call.kw()["replicas"])
    before = ctx.api.inspect_service(call.target)
    if "Replicated" not in before["Spec"].get("Mode", {}):
        return Outcome(False, Msg.of("swarm.scale_global", name=before["Spec"]["Name"]))
    svc = _update_spec(ctx, call.target, {"Mode": {"Replicated": {"Replicas": n}}})
    name = svc["Spec"]["Name"]
    return converge(ctx, svc["ID"], name, Msg.of("done.service_scale", name=name, replicas=n))


@op("service.update")
def _update(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    cur = ctx.api.inspect_service(call.target)
    tt = dict(cur["Spec"]["TaskTemplate"])
    if kw.get("image"):
        tt["ContainerSpec"] = {**tt["ContainerSpec"], "Image": kw["image"]}
    if kw.get("force"):
        tt["ForceUpdate"] = int(tt.get("ForceUpdate", 0)) + 1
    svc = _update_spec(ctx, call.target, {"TaskTemplate": tt})
    name = svc["Spec"]["Name"]
    done = Msg.of("done.service_update", name=name, image=kw["image"]) if kw.get("image") else \
        Msg.of("done.service_restart", name=name)
    return converge(ctx, svc["ID"], name, done, update_since=_update_started(svc))


@op("service.rollback")
def _rollback(call: Call, ctx: Ctx) -> Outcome:
    version = call.kw().get("version")
    try:
        svc = _update_spec(ctx, call.target, {}, rollback=True, version=None if version is None else int(version))
    except NoPreviousSpec as e:
        return Outcome(False, Msg.of("swarm.no_previous_spec", name=e.name))
    except ServiceChanged as e:
        return Outcome(False, Msg.of("swarm.changed_since_checked", name=e.name))
    name = svc["Spec"]["Name"]
    image = _image_text((svc.get("PreviousSpec") or {}).get("TaskTemplate", {}).get("ContainerSpec", {}).get("Image", ""))
    return converge(ctx, svc["ID"], name, Msg.of("done.service_rollback", name=name, image=image),
                    update_since=_update_started(svc))


@op("node.update")
def _node_update(call: Call, ctx: Ctx) -> Outcome:
    import docker.errors

    want = call.kw()["availability"]
    try:
        node = ctx.api.inspect_node(call.target)
    except docker.errors.NotFound:
        return Outcome(False, Msg.of("swarm.no_such_node", name=call.target))
    spec = dict(node["Spec"], Availability=want)
    ctx.api.update_node(node["ID"], node["Version"]["Index"], spec)
    name = node["Description"].get("Hostname", call.target)
    return Outcome(True, Msg.of("done.node_update", name=name, availability=want))


@op("service.remove")
def _remove(call: Call, ctx: Ctx) -> Outcome:
    ctx.api.remove_service(call.target)
    return Outcome(True, Msg.of("done.service_rm", names=ctx.name(call.target)))


def _update_started(svc: dict[str, Any]) -> str:
    """The StartedAt of the service's last update before ours ("" if it had none)."""
    return str((svc.get("UpdateStatus") or {}).get("StartedAt", ""))


# --------------------------------------------------------------------------- convergence


def converge(ctx: Ctx, sid: str, name: str, done: Msg, *, update_since: str | None = None,
             timeout: float | None = None, clock: Any = time.monotonic, sleep: Any = time.sleep) -> Outcome:
    """Follow service `sid` until it converges (Outcome ok, `done`), or fails (a sentence why).

    update_since: for an update or rollback, the StartedAt of the update before it; the new
    update is done when an UpdateStatus started after it has completed. Progress lines
    ("web: 2/3 running") only when the count changes. Never raises for the service's state;
    Docker errors propagate to the executor's translation boundary."""
    deadline = clock() + (SERVICE_TIMEOUT if timeout is None else timeout)
    started = datetime.now(timezone.utc).isoformat()
    last: tuple[int, int, str] | None = None
    while True:
        svc = ctx.api.inspect_service(sid)
        mode = svc["Spec"].get("Mode", {})
        tasks = ctx.api.tasks(filters={"service": sid})
        current = [t for t in tasks if t.get("DesiredState") == "running"]
        running = sum(1 for t in current if (t.get("Status") or {}).get("State") == "running")
        desired = int(mode["Replicated"].get("Replicas", 1)) if "Replicated" in mode else len(current)
        up = svc.get("UpdateStatus") or {}
        state = str(up.get("State", ""))
        new_update = update_since is not None and up and str(up.get("StartedAt", "")) != update_since
        if (running, desired, state) != last:
            last = (running, desired, state)
            if new_update and state and state not in _UPDATE_DONE:
                ctx.say("progress.service_update", name=name, running=running, desired=desired, state=state)
            else:
                ctx.say("progress.service", name=name, running=running, desired=desired)
        if new_update and state in _UPDATE_STOPPED:
            return Outcome(False, Msg.of("swarm.update_paused", name=name, state=state,
                                         message=str(up.get("Message", ""))))
        update_done = update_since is None or (new_update and state in _UPDATE_DONE)
        if running == desired and len(current) == desired and update_done:
            return Outcome(True, done)
        failed = [t for t in tasks if (t.get("Status") or {}).get("State") in _FAILED
                  and str(t.get("CreatedAt", "")) >= started[:19]]
        if len(failed) >= FAILED_TASKS and running == 0:
            err = (failed[-1].get("Status") or {}).get("Err", "") or (failed[-1].get("Status") or {}).get("State", "")
            return Outcome(False, Msg.of("swarm.tasks_fail", name=name, count=len(failed), error=err))
        if clock() >= deadline:
            return Outcome(False, Msg.of("swarm.not_converged", name=name, running=running, desired=desired,
                                         seconds=int(SERVICE_TIMEOUT if timeout is None else timeout)))
        sleep(POLL)


__all__ = ["OPS", "converge", "services_table", "tasks_table", "service_fields"]
