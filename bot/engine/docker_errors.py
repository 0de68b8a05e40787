"""Docker errors -> one sentence a person understands (a `Msg`), translated once, here.

An engine error is recognised by what the engine says structurally, in this order:

1. the transport (timeout, connection refused, permission denied on the socket);
2. the HTTP status and the operation (`Call.op`): a 404 on `container.restart` is a
   missing container, a 404 on `network.connect` a missing network or container;
3. on a conflict (any refusal that is not a 404), a fresh read of the resource's state
   through an `EngineState` (read-only; the executor gives it): a refused
   `container.remove` of a container that reads "running" is "stop it first"; a refused
   `image.remove` of an image two containers use names them;
4. only then the engine's wording (RULES: Engine 20.10 to 28, where moby makes each
   message is noted beside the pattern), for what the state cannot tell (a host port
   taken, a command missing in the image, a registry's answer);
5. an unknown wording: one sentence quoting the engine's own message, with the docker
   command that shows the state to check next (`err.engine_said`).

    >>> translate(NotFound("No such container: web"), Call.of("container.restart", "web"))
    Msg(key='err.no_such_container', params=(('name', 'web'),))
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.model import Call, Msg

# --------------------------------------------------------------------------- the engine's state


@dataclass(frozen=True)
class ContainerState:
    """A container as a fresh inspect reads it: `status` is State.Status (created, running,
    paused, restarting, removing, exited, dead)."""

    name: str
    status: str


class StateUnknown(Exception):
    """A read of the engine's state failed (not "absent": unknown)."""


class EngineState(Protocol):
    """Read-only answers about the engine, asked right after a call failed.

    None means the engine said there is no such thing (404); any other failed read
    raises StateUnknown, and the translator falls back to the engine's wording.
    """

    def container(self, ref: str) -> ContainerState | None: ...
    def image_users(self, ref: str) -> tuple[str, ...]: ...  # names of containers made from it
    def volume_users(self, name: str) -> tuple[str, ...]: ...  # names of containers mounting it
    def network_members(self, ref: str) -> tuple[str, ...] | None: ...  # container names; None: no such network
    def published_ports(self) -> frozenset[int]: ...  # host ports the engine's containers publish


class ClientState:
    """EngineState over an SDK low-level client (`client.api`): one GET per question.

    Source of each fact: GET /containers/{ref}/json (State.Status, Name),
    GET /containers/json?all=1&filters={"ancestor"|"volume": [...]} (Names),
    GET /networks/{ref} (Containers: id -> {Name}). Never writes.
    """

    def __init__(self, api: Any) -> None:
        self._api = api

    def _get(self, fn: Callable[[], Any]) -> Any:
        """fn()'s answer; None on a 404; StateUnknown on any other failure."""
        from docker.errors import NotFound

        try:
            return fn()
        except NotFound:
            return None
        except Exception as e:
            raise StateUnknown(str(e)) from e

    def container(self, ref: str) -> ContainerState | None:
        raw = self._get(lambda: self._api.inspect_container(ref))
        if raw is None:
            return None
        return ContainerState(str(raw.get("Name") or ref).lstrip("/"), str((raw.get("State") or {}).get("Status", "")))

    def _names(self, filters: dict[str, Any]) -> tuple[str, ...]:
        found = self._get(lambda: self._api.containers(all=True, filters=filters)) or []
        return tuple(sorted(n.lstrip("/") for c in found for n in (c.get("Names") or [])[:1]))

    def image_users(self, ref: str) -> tuple[str, ...]:
        return self._names({"ancestor": ref})

    def volume_users(self, name: str) -> tuple[str, ...]:
        return self._names({"volume": name})

    def network_members(self, ref: str) -> tuple[str, ...] | None:
        net = self._get(lambda: self._api.inspect_network(ref))
        if net is None:
            return None
        return tuple(sorted(str(m.get("Name") or cid[:12]) for cid, m in (net.get("Containers") or {}).items()))

    def published_ports(self) -> frozenset[int]:
        """Host ports published by running containers (GET /containers/json: Ports[].PublicPort)."""
        found = self._get(lambda: self._api.containers()) or []
        return frozenset(int(p["PublicPort"]) for c in found for p in (c.get("Ports") or ()) if p.get("PublicPort"))


# (pattern on docker's explanation, builder(match, call) -> Msg); first match wins.
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Call], Msg]]


def _target(call: Call) -> str:
    kw = call.kw()
    return str(call.target or kw.get("name") or kw.get("image") or kw.get("repository") or "?")


def _image(call: Call) -> str:
    kw = call.kw()
    ref = kw.get("image") or kw.get("repository") or call.target or "?"
    tag = kw.get("tag")
    return f"{ref}:{tag}" if tag and ":" not in str(ref).rsplit("/", 1)[-1] else str(ref)


def suggest_port(port: int, taken: frozenset[int] = frozenset()) -> int:
    """The next host port after `port` that the engine's containers do not publish (`taken`,
    from EngineState.published_ports). Nothing is opened: the engine may be on another host."""
    cand = port + 1
    while cand in taken and cand < 65535:
        cand += 1
    return cand


def _port_msg(m: re.Match[str], call: Call) -> Msg:
    port = int(m.group("port"))
    return Msg.of("err.port_allocated", port=port, suggest=suggest_port(port))  # `translate` asks the engine


def _name_msg(m: re.Match[str], call: Call) -> Msg:
    name = m.group("name").lstrip("/")
    return Msg.of("err.name_in_use", name=name, suggest=f"{name}-2")


_HEX_ID = re.compile(r"^[0-9a-f]{12,64}$")


def _named(key: str) -> Callable[[re.Match[str], Call], Msg]:
    """The name docker quotes (a `name` group) unless it is an id; else the call's target."""
    def build(m: re.Match[str], call: Call) -> Msg:
        found = next((v for k, v in m.groupdict().items() if k.startswith("name") and v), "")
        quoted = found.strip("\"'/")
        return Msg.of(key, name=quoted if quoted and not _HEX_ID.match(quoted) else _target(call))
    return build


def _command_msg(m: re.Match[str], call: Call) -> Msg:
    return Msg.of("err.command_not_found", command=m.group("cmd"), image=_image(call))


def _img(key: str) -> Callable[[re.Match[str], Call], Msg]:
    return lambda m, call: Msg.of(key, image=_image(call))


def _reference_msg(m: re.Match[str], call: Call) -> Msg:
    """An image name the engine refused to read: of a `docker tag`, the NEW name it was to make (never the source,
    which is there: the plan checked it); of any other call, the image named."""
    if call.op == "image.tag":
        kw = call.kw()
        return Msg.of("err.tag_invalid", source=str(call.target), reference=f"{kw.get('repository')}:{kw.get('tag')}")
    return _named("err.invalid_reference")(m, call)


def _netpair(key: str) -> Callable[[re.Match[str], Call], Msg]:
    return lambda m, call: Msg.of(key, network=str(call.target), container=str(call.kw().get("container")))


_R = re.compile
# The last resort: the engine's wording, Engine 20.10 to 28. Where moby makes each message
# (paths in moby/moby; "20.10" = v20.10.x, "25+" = v25.0 and later):
RULES: tuple[Rule, ...] = (
    # libnetwork/portallocator (20.10-27) "Bind for %s:%d failed: port is already allocated";
    # userland proxy (20.10-27) "listen tcp4 %s:%d: bind: address already in use";
    # libnetwork/drivers/bridge port mapping (28) "failed to bind host port [for ]%s:%d[:...]/tcp: address already in use"
    (_R(r"(?:Bind for|listen tcp\d?|bind for) [\[\]0-9a-fA-F.:]*:(?P<port>\d+)[: ].*(?:already allocated|already in use)"), _port_msg),
    (_R(r"failed to bind host port (?:for )?(?:\[[0-9a-fA-F:]*\]|[0-9.]*):(?P<port>\d+)[:/].*already in use"), _port_msg),
    (_R(r"(?:address|port) (?:is )?already (?:in use|allocated).*?:(?P<port>\d+)"), _port_msg),
    # daemon/names.go (all): 'Conflict. The container name "/%s" is already in use by container "%s". ...'
    (_R(r'container name "(?P<name>[^"]+)" is already in use'), _name_msg),
    # daemon/delete.go 20.10-24: "You cannot remove a %s container %s. ..."; 25+: 'cannot remove container
    # "/%s": container is running: stop the container before removing or force remove' /
    # "... container is paused and must be unpaused first" / "... container is restarting: ..."
    (_R(r"cannot remove a paused container|container is paused and must be unpaused", re.I), _named("err.remove_paused")),
    (_R(r"cannot remove a (?:running|restarting) container", re.I), _named("err.remove_running")),
    (_R(r'cannot remove container "?/?(?P<name>[^":\s]*)"?: container is (?:running|restarting)', re.I),
     _named("err.remove_running")),
    # daemon/pause.go "Container %s is already paused"; daemon/unpause.go "Container %s is not paused";
    # daemon/exec.go "Container %s is paused, unpause the container before exec",
    # "Container %s is restarting, wait until the container is running"; daemon/errors.go
    # errNotRunning "Container %s is not running" (20.10) / "container %s is not running" (25+),
    # also inside daemon/kill.go "Cannot kill container: %s: %s" (20.10) / "cannot kill container: ..." (25+)
    (_R(r"is already paused", re.I), _named("err.already_paused")),
    (_R(r"is not paused", re.I), _named("err.not_paused")),
    (_R(r"is paused, unpause", re.I), _named("err.paused")),
    (_R(r"is not running", re.I), _named("err.not_running")),
    (_R(r"is restarting, wait until", re.I), _named("err.not_running")),
    # libnetwork (all) "endpoint with name %s already exists in network %s";
    # daemon/container_operations.go "container %s is not connected to [the ]network %s"
    (_R(r"endpoint with name .* already exists in network", re.I), _netpair("err.already_connected")),
    (_R(r"is already (?:connected|attached) to (?:the )?network", re.I), _netpair("err.already_connected")),
    (_R(r"is not connected to (?:the )?network", re.I), _netpair("err.not_connected")),
    # libnetwork controller (all) "network with name %s already exists"
    (_R(r"network with name .* already exists", re.I), _named("err.network_exists")),
    # daemon/network.go (all) "%s is a pre-defined network and cannot be removed"
    (_R(r"is a pre-defined network", re.I), _named("err.network_predefined")),
    # libnetwork/network.go 20.10-26 "network %s id %s has active endpoints"; 27+ "... has active endpoints (%s)"
    (_R(r"has active endpoints", re.I), _named("err.network_in_use")),
    # volume/service (all) "remove %s: volume is in use - [%s]"
    (_R(r"volume is in use", re.I), _named("err.volume_in_use")),
    # daemon/images/image_delete.go and daemon/containerd/image_delete.go (all):
    # 'conflict: unable to remove repository reference "%s" (must force) - container %s is using its referenced
    # image %s', "conflict: unable to delete %s (must be forced) - image is being used by stopped container %s"
    (_R(r"(?:unable to (?:remove|delete)|cannot be forced).*(?:is using|being used|is used)", re.I), _named("err.image_in_use")),
    # distribution (registry answers, all)
    (_R(r"pull access denied|requested access to the resource is denied", re.I), _img("err.pull_denied")),
    (_R(r"manifest (?:for .* )?(?:not found|unknown)|repository .* not found|name unknown", re.I), _img("err.not_in_registry")),
    (_R(r"no such host|connection refused|i/o timeout|dial tcp|TLS handshake timeout|server misbehaving", re.I),
     _img("err.registry_unreachable")),
    # distribution/reference (all) "invalid reference format[: repository name must be lowercase]", "repository name
    # must not be more than 255 characters"; daemon image tag (all) "invalid tag format"
    (_R(r"invalid reference format|invalid repository name|invalid tag format|repository name must not be more than",
        re.I), _reference_msg),
    # runc via containerd (all) 'exec: "%s": executable file not found in $PATH'
    (_R(r'exec: "(?P<cmd>[^"]+)": (?:executable file not found|no such file or directory)'), _command_msg),
    # errdefs.NotFound texts (all): daemon/errors.go "No such container: %s", "No such image: %s";
    # libnetwork "network %s not found"; volume/service "get %s: no such volume"
    (_R(r"No such container: ?(?P<name>\S*)", re.I), _named("err.no_such_container")),
    (_R(r"No such image|reference does not exist|does not exist locally", re.I), _named("err.no_such_image")),
    (_R(r"network (?P<name>\S+) not found|No such network: ?(?P<name2>\S*)", re.I), _named("err.no_such_network")),
    (_R(r"(?:get (?P<name>\S+): )?no such volume", re.I), _named("err.no_such_volume")),
)

_NOT_FOUND_BY_KIND = {
    "container": "err.no_such_container",
    "image": "err.no_such_image",
    "volume": "err.no_such_volume",
    "network": "err.no_such_network",
}

# What to look at next when the engine's wording is unknown: the listing of the op's kind.
_CHECK_BY_KIND = {
    "container": "docker ps -a", "containers": "docker ps -a",
    "image": "docker images", "images": "docker images",
    "volume": "docker volume ls", "volumes": "docker volume ls",
    "network": "docker network ls", "networks": "docker network ls",
}

_UP = ("running", "restarting")
_PREDEFINED_NETWORKS = ("bridge", "host", "none")  # moby runconfig.IsPreDefinedNetwork  # State.Status values in which the process runs (or is about to)


def explain_text(text: str, call: Call) -> Msg | None:
    """Match docker's explanation against the rules; None when nothing matches."""
    for pattern, build in RULES:
        m = pattern.search(text)
        if m:
            return build(m, call)
    return None


def _missing(call: Call, state: EngineState | None, text: str) -> Msg | None:
    """A 404: which thing is missing follows from the operation (and, where a call names
    several things, from a fresh read of the others; without `state`, from the wording)."""
    kind, kw = call.op.split(".", 1)[0], call.kw()
    if call.op in ("network.connect", "network.disconnect"):
        if state is not None and state.network_members(str(call.target)) is None:
            return Msg.of("err.no_such_network", name=_target(call))
        if state is not None:
            return Msg.of("err.no_such_container", name=str(kw.get("container")))
        # two candidates and no read: the wording decides, else the container (the likelier)
        return explain_text(text, call) or Msg.of("err.no_such_container", name=str(kw.get("container")))
    if call.op in ("containers.run", "containers.create"):
        network = kw.get("network")
        if state is not None and network and state.network_members(str(network)) is None:
            return Msg.of("err.no_such_network", name=str(network))
        for source in kw.get("volumes_from") or ():
            ref = str(source).split(":", 1)[0]
            if state is not None and state.container(ref) is None:
                return Msg.of("err.no_such_container", name=ref)
        return explain_text(text, call) or Msg.of("err.no_such_image", name=_image(call))
    if call.op == "images.pull":  # the registry's own words may say more (access denied, unreachable)
        return explain_text(text, call) or Msg.of("err.not_in_registry", image=_image(call))
    if call.op == "image.push":
        return Msg.of("err.no_such_image", name=_image(call))
    key = _NOT_FOUND_BY_KIND.get(kind)
    return Msg.of(key, name=_target(call)) if key else explain_text(text, call)


def _refused(status: int, call: Call, state: EngineState) -> Msg | None:
    """A refusal (4xx/5xx, not 404) explained by the state the engine is in now."""
    op, kw, target = call.op, call.kw(), str(call.target or "")
    if op.startswith("container.") and op != "container.remove" or op == "container.remove" and not kw.get("force"):
        c = state.container(target)
        if c is None:
            return None
        if op == "container.remove":
            if c.status in _UP:
                return Msg.of("err.remove_running", name=c.name)
            if c.status == "paused":
                return Msg.of("err.remove_paused", name=c.name)
        elif op == "container.pause":
            if c.status == "paused":
                return Msg.of("err.already_paused", name=c.name)
            if c.status not in _UP:
                return Msg.of("err.not_running", name=c.name)
        elif op == "container.unpause":
            if c.status != "paused":
                return Msg.of("err.not_paused", name=c.name)
        elif op == "container.exec":
            if c.status == "paused":
                return Msg.of("err.paused", name=c.name)
            if c.status != "running":
                return Msg.of("err.not_running", name=c.name)
        elif op == "container.kill":
            if c.status not in (*_UP, "paused"):
                return Msg.of("err.not_running", name=c.name)
        return None
    if op in ("containers.run", "containers.create", "container.rename") and status == 409 and kw.get("name"):
        name = str(kw["name"])
        c = state.container(name)
        if c is not None and c.name == name:
            return Msg.of("err.name_in_use", name=name, suggest=f"{name}-2")
        return None
    if op == "image.remove" and not kw.get("force"):
        users = state.image_users(target)
        return Msg.of("err.image_in_use_by", name=_target(call), containers=", ".join(users)) if users else None
    if op == "volume.remove":
        users = state.volume_users(target)
        return Msg.of("err.volume_in_use_by", name=_target(call), containers=", ".join(users)) if users else None
    if op == "network.remove":
        if target in _PREDEFINED_NETWORKS:
            return Msg.of("err.network_predefined", name=target)
        members = state.network_members(target)
        return Msg.of("err.network_in_use_by", name=_target(call), containers=", ".join(members)) if members else None
    if op == "networks.create" and status == 409:
        name = str(kw.get("name") or target)
        return Msg.of("err.network_exists", name=name) if state.network_members(name) is not None else None
    if op in ("network.connect", "network.disconnect"):
        members = state.network_members(target)
        c = state.container(str(kw.get("container")))
        if members is None or c is None:
            return None
        pair = {"network": _target(call), "container": str(kw.get("container"))}
        if op == "network.connect" and c.name in members:
            return Msg.of("err.already_connected", **pair)
        if op == "network.disconnect" and c.name not in members:
            return Msg.of("err.not_connected", **pair)
    return None


def _engine_said(status: int, text: str, call: Call) -> Msg:
    """An unknown wording: the engine's own message, quoted, and what to look at next."""
    check = _CHECK_BY_KIND.get(call.op.split(".", 1)[0], "docker info")
    return Msg.of("err.engine_said", detail=_short(text), status=status, check=check)


def translate(exc: BaseException, call: Call, *, where: str = "", state: EngineState | None = None) -> Msg:
    """Any exception raised while running `call` -> the sentence to show.

    `state`: a read-only view of the engine for the fresh read on a refusal (the
    executor passes `ClientState(client.api)`); without it, status, op and wording decide.
    """
    import requests
    from docker import errors

    if isinstance(exc, requests.exceptions.Timeout):
        return Msg.of("err.timeout")
    if isinstance(exc, requests.exceptions.ConnectionError):
        key = "engine.denied" if "Permission denied" in str(exc) else "engine.unreachable"
        return Msg.of(key, where=where or "?")
    if isinstance(exc, errors.APIError):
        text = str(exc.explanation or exc)
        status = int(exc.status_code or 0)
        try:
            if status == 404:
                found = _missing(call, state, text)
            elif status >= 400 and state is not None:
                found = _refused(status, call, state)
            else:
                found = None
        except StateUnknown:
            found = None
        if found is not None:
            return found
        if status == 404 and found is None:  # the read failed: decide without it
            found = _missing(call, None, text)
        found = found or explain_text(text, call)
        if found is not None and found.key == "err.port_allocated" and state is not None:
            found = _free_port(found, state)
        return found or _engine_said(status, text, call)
    if isinstance(exc, errors.DockerException):
        text = str(exc)
        if "Error while fetching server API version" in text or "Connection aborted" in text:
            key = "engine.denied" if "Permission denied" in text else "engine.unreachable"
            return Msg.of(key, where=where or "?")
        return explain_text(text, call) or Msg.of("err.docker", detail=_short(text))
    return Msg.of("err.unexpected", detail=_short(f"{type(exc).__name__}: {exc}"))


def read_error(exc: BaseException, *, where: str = "") -> Msg:
    """An exception raised while planning read the engine (DockerView over the SDK or RawAPI)
    -> the sentence to show: the same keys as `translate` (engine.unreachable, err.timeout,
    err.engine_said, ...), never an exception name. Reads nothing, opens nothing."""
    from bot.engine.view import EngineUnavailable, RawAPIError

    if isinstance(exc, EngineUnavailable):
        return exc.message()
    if isinstance(exc, RawAPIError):
        text = str(exc).split(": ", 1)[-1]
        return explain_text(text, _READ) or Msg.of("err.engine_said", detail=_short(text), status=exc.status,
                                                    check="docker info")
    import requests
    from docker import errors

    if isinstance(exc, (requests.exceptions.RequestException, errors.DockerException)):
        return translate(exc, _READ, where=where)
    if isinstance(exc, TimeoutError):
        return Msg.of("err.timeout")
    if isinstance(exc, OSError):  # RawAPI's socket: refused, reset, no such file
        key = "engine.denied" if isinstance(exc, PermissionError) else "engine.unreachable"
        return Msg.of(key, where=where or "?")
    return translate(exc, _READ, where=where)


_READ = Call.of("system.read", None)  # planning's reads, for the translator's op-based rules


def _free_port(msg: Msg, state: EngineState) -> Msg:
    """err.port_allocated with a suggestion the engine's published ports do not hold."""
    port = int(msg.kw()["port"])
    try:
        taken = state.published_ports()
    except Exception:  # an unknown answer: the next port, unchecked
        return msg
    return Msg.of("err.port_allocated", port=port, suggest=suggest_port(port, taken))


def stream_error(item: dict[str, Any], call: Call) -> Msg | None:
    """An in-band error in a pull/push stream (`error` / `errorDetail`), translated."""
    detail = item.get("errorDetail") or {}
    text = item.get("error") or (detail.get("message") if isinstance(detail, dict) else None)
    if not text:
        return None
    return explain_text(str(text), call) or Msg.of("err.docker", detail=_short(str(text)))


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1] + "…"
