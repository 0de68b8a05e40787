"""The read-only view of the Docker engine that `plan` resolves names against.

`plan` never imports docker: it asks an `EngineView`. `DockerView` is the real
one (the SDK imported lazily, on first use); tests use a fake with the same
methods. Every method answers from one snapshot per request, so a plan sees
a consistent world and costs one list call per kind.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, Protocol

from bot.config import number
from bot.model import Msg

_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # a docker container name
_ANONYMOUS = re.compile(r"[0-9a-f]{64}")  # the name the engine gives an anonymous volume


SWARM_SERVICE_LABEL = "com.docker.swarm.service.name"  # set by swarm on every task's container


@dataclass(frozen=True)
class ContainerInfo:
    id: str
    name: str
    image: str
    status: str  # "running", "exited", "created", "paused", ...
    volumes: tuple[str, ...] = ()  # the named volumes it mounts (Engine API `Mounts`, Type volume; not anonymous)
    service: str | None = None  # the Swarm service it is a task of (label com.docker.swarm.service.name)
    networks: tuple[str, ...] = ()  # the networks it is attached to, by name (NetworkSettings.Networks)
    # every volume it mounts, anonymous ones too (a prune must know which are in use)
    all_volumes: tuple[str, ...] = ()
    image_id: str = ""  # the ID of its image ("sha256:…"; container list `ImageID`, inspect `Image`)
    # the containers whose namespaces it joins, as the engine wrote them (an ID or a name): HostConfig
    # NetworkMode / PidMode / IpcMode / UTSMode "container:X" (inspect; the container list has NetworkMode only)
    joins: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceSpecInfo:
    """What a Swarm service spec (Engine API `ServiceSpec`, e.g. a service's `PreviousSpec`) would
    run, in the shapes the policy checks as for a `service create`.

    image: TaskTemplate.ContainerSpec.Image (a reference, maybe with @sha256 digest);
    mounts: TaskTemplate.ContainerSpec.Mounts as the Engine API writes them ({"Type": "bind"|"volume"|…,
    "Source": …, "Target": …}); networks: the attached networks by name (TaskTemplate.Networks, else the
    deprecated Spec.Networks; an ID the engine no longer knows stays an ID); cap_add:
    ContainerSpec.CapabilityAdd; version: the service's Version.Index when read (an update sent with it
    fails if the service changed since).
    """

    image: str
    mounts: tuple[dict[str, Any], ...] = ()
    networks: tuple[str, ...] = ()
    cap_add: tuple[str, ...] = ()
    version: int | None = None


@dataclass(frozen=True)
class ImageInfo:
    id: str
    tags: tuple[str, ...]
    exposed_ports: tuple[str, ...]  # ("80/tcp", ...)
    volumes: tuple[str, ...] = ()


class EngineUnavailable(Exception):
    """No engine could be reached (the message says where we looked).

    `denied`: the socket is there but this user may not use it (docker group / --group-add).
    `timeout`: the engine accepted the connection but did not answer within this many seconds.
    `tls`: the TLS handshake of a tcp:// engine failed (the engine refused gorae's client
    certificate, or gorae's CA does not vouch for the engine's).
    `source`: where the engine's TLS files come from, for the sentence's advice: "config"
    (`tls:` of an `engines:` entry), "context" (a docker CLI context) or "env" (DOCKER_CERT_PATH).
    """

    def __init__(self, where: str, denied: bool = False, timeout: float | None = None, tls: bool = False,
                 source: str = "config") -> None:
        super().__init__(where)
        self.denied = denied
        self.timeout = timeout
        self.tls = tls
        self.source = source

    def message(self) -> Msg:
        """The sentence to show: engine.no_answer / engine.denied / engine.unreachable."""
        where = str(self)
        if self.timeout is not None:
            secs = int(self.timeout) if float(self.timeout).is_integer() else self.timeout
            return Msg.of("engine.no_answer", where=where, seconds=secs)
        if self.tls:
            key = {"env": "engine.tls_refused_env", "context": "engine.tls_refused_context"}.get(
                self.source, "engine.tls_refused")
            return Msg.of(key, where=where)
        return Msg.of("engine.denied" if self.denied else "engine.unreachable", where=where)



_SHORT_HEX = re.compile(r"[0-9a-f]{1,11}")


def _id_prefix_only(ref: str, image_id: str, tags: tuple[str, ...]) -> bool:
    """Whether the engine found image `ref` only as a prefix of its ID (the daemon resolves any unique hex
    prefix: `/images/db/json` answers for sha256:db1ec9…) though `ref` is a word shorter than docker's
    12-character short ID and no tag of the image is `ref` — a name said ("db"), never an ID meant."""
    if not _SHORT_HEX.fullmatch(ref) or not image_id.removeprefix("sha256:").startswith(ref):
        return False
    said = {ref, f"{ref}:latest"}
    return not any(t in said or t.rsplit("/", 1)[-1] in said for t in tags)

class EngineView(Protocol):
    """The engine, read-only, as the plan reads it (DockerView; NullView without an engine)."""

    @property
    def available(self) -> bool: ...  # False: no engine; names are not checked

    def container(self, name: str) -> ContainerInfo | None: ...  # exactly this name; None: ask containers()
    def containers(self) -> list[ContainerInfo]: ...  # all, running or not; oldest first (creation order)
    def image(self, ref: str) -> ImageInfo | None: ...
    def images(self) -> list[ImageInfo]: ...
    def networks(self) -> list[str]: ...
    def volumes(self) -> list[str]: ...
    def registry_exposed(self, ref: str) -> tuple[str, ...] | None: ...  # ("80/tcp",); None: unreadable
    def services(self) -> list[str] | None: ...  # Swarm service names; None: the engine is not a swarm manager
    # what `docker service rollback NAME` would bring back (the service's PreviousSpec); None: no such
    # service or nothing to go back to
    def previous_service_spec(self, name: str) -> ServiceSpecInfo | None: ...


def named_volumes_of(mounts: Any) -> tuple[str, ...]:
    """The named volumes in an Engine API `Mounts` list (container list or inspect); anonymous
    volumes (a 64-hex name the engine made up) are left out: nobody can name them in a policy."""
    out = []
    for m in mounts or ():
        name = m.get("Name") if isinstance(m, dict) and m.get("Type") == "volume" else None
        if name and not _ANONYMOUS.fullmatch(name):
            out.append(str(name))
    return tuple(dict.fromkeys(out))


def joins_of(host_config: Any) -> tuple[str, ...]:
    """The containers an Engine API `HostConfig` joins the namespaces of ("container:X" in NetworkMode,
    PidMode, IpcMode, UTSMode), by the reference the engine keeps (usually the full ID)."""
    out = []
    for key in ("NetworkMode", "PidMode", "IpcMode", "UTSMode"):
        value = str((host_config or {}).get(key) or "") if isinstance(host_config, dict) else ""
        if value.startswith("container:") and value[len("container:"):]:
            out.append(value[len("container:"):])
    return tuple(dict.fromkeys(out))


def volumes_of(mounts: Any) -> tuple[str, ...]:
    """Every volume in an Engine API `Mounts` list, anonymous ones included (by name)."""
    return tuple(dict.fromkeys(str(m["Name"]) for m in mounts or ()
                               if isinstance(m, dict) and m.get("Type") == "volume" and m.get("Name")))


def spec_info(spec: dict[str, Any], network_names: dict[str, str], version: int | None = None) -> ServiceSpecInfo:
    """A ServiceSpec (Engine API JSON) -> ServiceSpecInfo; `network_names`: network ID -> name."""
    tt = spec.get("TaskTemplate") or {}
    cs = tt.get("ContainerSpec") or {}
    nets = tt.get("Networks") or spec.get("Networks") or []
    names = [network_names.get(str(n.get("Target", "")), str(n.get("Target", ""))) for n in nets if n.get("Target")]
    return ServiceSpecInfo(image=str(cs.get("Image") or ""), mounts=tuple(dict(m) for m in cs.get("Mounts") or ()),
                           networks=tuple(names), cap_add=tuple(str(c) for c in cs.get("CapabilityAdd") or ()),
                           version=version)


class NullView:
    """No engine: nothing exists. Plans still come out, with defaults.

    `reason`: why there is no engine (EngineUnavailable.message()), when known.
    """

    available = False

    def __init__(self, reason: Msg | None = None) -> None:
        self.reason = reason

    def container(self, name: str) -> ContainerInfo | None:
        return None

    def containers(self) -> list[ContainerInfo]:
        return []

    def image(self, ref: str) -> ImageInfo | None:
        return None

    def images(self) -> list[ImageInfo]:
        return []

    def networks(self) -> list[str]:
        return []

    def volumes(self) -> list[str]:
        return []

    def registry_exposed(self, ref: str) -> tuple[str, ...] | None:
        return None

    def services(self) -> list[str] | None:
        return []

    def previous_service_spec(self, name: str) -> ServiceSpecInfo | None:
        return None


# --------------------------------------------------------------------------- API versions
# gorae speaks Engine API 1.41 (Engine 20.10) to the newest: the version of each
# conversation is negotiated as the docker CLI does — the engine's newest, capped at the
# newest the client knows (the SDK's DEFAULT_DOCKER_API_VERSION; 1.45 for docker 7.1+).
# Fields read from the answers exist in every version from 1.41 on (no image
# ContainerConfig/VirtualSize, no NetworkSettings top-level IPAddress: docker_format).
API_MIN = "1.41"  # Engine 20.10, the oldest engine the tests run on


def _vtuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def negotiate_api_version(engine_newest: str, client_newest: str) -> str:
    """The API version to speak: min(engine's newest, client's newest), e.g. ("1.47", "1.45") -> "1.45"."""
    return min(engine_newest, client_newest, key=_vtuple)


# --------------------------------------------------------------------------- does it answer?
# An engine whose socket accepts connections but never answers (a stuck dockerd, a proxy
# that holds the line) would make every call wait for the SDK's timeout (60 s, twice per
# request). One GET /_ping with a short timeout before using the engine bounds that to
# ANSWER_TIMEOUT seconds; a silence is remembered for as long, so one request waits once.
ANSWER_TIMEOUT = number("GORAE_ENGINE_TIMEOUT")  # seconds (bot/config.py, checked at start)
_silent_until: dict[str, float] = {}  # host -> time.monotonic() until which its silence is trusted
REGISTRY_TIMEOUT = number("GORAE_REGISTRY_TIMEOUT")  # seconds, one image's EXPOSE read


def engine_host() -> str:
    """DOCKER_HOST, else the default socket (as the docker CLI): bot.config.docker_host."""
    from bot.config import docker_host

    return docker_host()


def env_tls() -> bool:
    """Does the environment's engine take TLS (DOCKER_TLS_VERIFY / DOCKER_TLS: bot.engine.named.env_engine)?"""
    from bot.engine.named import env_engine

    return env_engine().tls is not None


def probe(host: str | None = None, timeout: float | None = None) -> None:
    """Return when the engine at `host` answers GET /_ping within `timeout` seconds.

    Raises EngineUnavailable: `timeout` set when it accepted and did not answer, `denied`
    on a permission error, neither when nothing listens. Hosts that need TLS or ssh are
    not probed (the SDK's own timeout bounds them).
    """
    import http.client

    env = host is None  # the environment's engine (a named one is probed only without TLS)
    host = host or engine_host()
    timeout = ANSWER_TIMEOUT if timeout is None else timeout
    if (env and env_tls()) or not host.startswith(("unix://", "tcp://", "http://")):
        return
    if time.monotonic() < _silent_until.get(host, 0.0):
        raise EngineUnavailable(host, timeout=timeout)
    conn = RawAPI(host, timeout=timeout)._conn()
    try:
        conn.request("GET", "/_ping")
        conn.getresponse().read()
    except TimeoutError:
        _silent_until[host] = time.monotonic() + timeout
        raise EngineUnavailable(host, timeout=timeout) from None
    except PermissionError:
        raise EngineUnavailable(host, denied=True) from None
    except (OSError, http.client.HTTPException):
        raise EngineUnavailable(host) from None
    finally:
        conn.close()
    _silent_until.pop(host, None)


def without_environment(client: Any, host: str) -> Any:
    """`client`, told not to read proxies, .netrc and CA bundles from the environment on every
    call when `host` is a unix socket, to which none of them applies (requests' `trust_env`: about
    0.2 ms a call; bench/RESULTS.md, issue 10 session 5). Other hosts: unchanged."""
    if host.startswith("unix://"):
        client.api.trust_env = False
    return client


def docker_client(timeout: int = 60) -> Any:
    """A docker SDK client of the environment's engine, as the docker CLI reads it (DOCKER_HOST
    or the default socket; TLS from DOCKER_TLS_VERIFY / DOCKER_CERT_PATH: bot.engine.named
    env_engine), speaking the negotiated API version. Made by bot.engine.named.client_for, as
    every engine's client is (a TLS engine's CA alone decides, not $REQUESTS_CA_BUNDLE).

    Raises EngineUnavailable naming the host, with a readable reason (within ANSWER_TIMEOUT
    seconds when the engine accepts and does not answer: `probe`).
    """
    from bot.engine.named import client_for, env_engine

    spec = env_engine()
    try:
        return client_for(spec, timeout=timeout)
    except EngineUnavailable as e:
        raise EngineUnavailable(spec.host, denied=e.denied, timeout=e.timeout, tls=e.tls,
                                source=spec.source) from e.__cause__


class DockerView:
    """EngineView over a real engine; caches each list for the life of the view."""

    available = True

    def __init__(self, client: Any) -> None:
        self._client = client
        self._containers: list[ContainerInfo] | None = None
        self._named: dict[str, ContainerInfo | None] = {}
        self._images: dict[str, ImageInfo | None] = {}
        self._all_images: list[ImageInfo] | None = None
        self._networks: list[str] | None = None
        self._volumes: list[str] | None = None
        self._registry: dict[str, tuple[str, ...] | None] = {}
        self._services: list[str] | None = None  # None: not a swarm manager (once _services_read)
        self._services_read = False

    def _missing(self) -> tuple[type[BaseException], ...]:
        """The errors that mean "no such thing" for this client (the SDK's, or RawAPI's)."""
        if isinstance(self._client.api, RawAPI):
            return (RawAPIError,)
        from docker.errors import APIError, NotFound

        return (NotFound, APIError)

    def containers(self) -> list[ContainerInfo]:
        """Every container, running or not, oldest first (the order they were created).

        The Engine API lists newest first (`GET /containers/json`, the daemon sorts by creation time
        descending; `Created` is in whole seconds): the list is reversed, then sorted by `Created`
        (stable, so containers made within one second keep the daemon's order). Names said as a
        list ("all but web") come out in the order a person lists the world.
        """
        if self._containers is None:
            raw = sorted(reversed(self._client.api.containers(all=True)), key=lambda c: c.get("Created") or 0)
            self._containers = [
                ContainerInfo(
                    id=c["Id"],
                    name=(c.get("Names") or ["/" + c["Id"][:12]])[0].lstrip("/"),
                    image=c.get("Image", ""),
                    status=c.get("State", ""),
                    volumes=named_volumes_of(c.get("Mounts")),
                    service=(c.get("Labels") or {}).get(SWARM_SERVICE_LABEL),
                    networks=tuple(((c.get("NetworkSettings") or {}).get("Networks") or {}).keys()),
                    all_volumes=volumes_of(c.get("Mounts")),
                    image_id=str(c.get("ImageID") or ""),
                    joins=joins_of(c.get("HostConfig")),
                )
                for c in raw
            ]
        return self._containers

    def container(self, name: str) -> ContainerInfo | None:
        """The container whose name is exactly `name`, else None (then ask `containers()`).

        One inspect call instead of listing every container on the engine: a plan for
        "restart web" then costs the same on a host with 10 or 1,000 containers. Uses
        the list when this view already has it. An ID or ID prefix that the engine
        would resolve gives None here: the list decides those, as before.
        """
        if self._containers is not None:
            return next((c for c in self._containers if c.name == name), None)
        if not _PLAIN_NAME.fullmatch(name):
            return None
        if name not in self._named:
            try:
                raw = self._client.api.inspect_container(name)
            except self._missing():
                found = None
            else:
                found = ContainerInfo(
                    id=raw["Id"],
                    name=(raw.get("Name") or "").lstrip("/"),
                    image=(raw.get("Config") or {}).get("Image", ""),
                    status=(raw.get("State") or {}).get("Status", ""),
                    volumes=named_volumes_of(raw.get("Mounts")),
                    service=((raw.get("Config") or {}).get("Labels") or {}).get(SWARM_SERVICE_LABEL),
                    networks=tuple(((raw.get("NetworkSettings") or {}).get("Networks") or {}).keys()),
                    all_volumes=volumes_of(raw.get("Mounts")),
                    image_id=str(raw.get("Image") or ""),
                    joins=joins_of(raw.get("HostConfig")),
                )
                if found.name != name:
                    found = None
            self._named[name] = found
        return self._named[name]

    def image(self, ref: str) -> ImageInfo | None:
        if ref not in self._images:
            try:
                raw = self._client.api.inspect_image(ref)
            except self._missing():
                self._images[ref] = None
            else:
                cfg = raw.get("Config") or {}
                tags = tuple(raw.get("RepoTags") or ())
                if _id_prefix_only(ref, str(raw.get("Id") or ""), tags):
                    self._images[ref] = None  # "db" said: never the image whose ID happens to begin db1ec9…
                    return None
                self._images[ref] = ImageInfo(
                    id=raw["Id"],
                    tags=tuple(raw.get("RepoTags") or ()),
                    exposed_ports=tuple(sorted((cfg.get("ExposedPorts") or {}).keys())),
                    volumes=tuple(sorted((cfg.get("Volumes") or {}).keys())),
                )
        return self._images[ref]

    def images(self) -> list[ImageInfo]:
        if self._all_images is None:
            self._all_images = [
                ImageInfo(id=i["Id"], tags=tuple(i.get("RepoTags") or ()), exposed_ports=())
                for i in self._client.api.images()
            ]
        return self._all_images

    def networks(self) -> list[str]:
        if self._networks is None:
            self._networks = [n["Name"] for n in self._client.api.networks()]
        return self._networks

    def volumes(self) -> list[str]:
        if self._volumes is None:
            self._volumes = [v["Name"] for v in (self._client.api.volumes().get("Volumes") or [])]
        return self._volumes

    def services(self) -> list[str] | None:
        """The names of the swarm's services (GET /services), or None when the engine is not a
        swarm manager (the Engine API answers 503 "This node is not a swarm manager")."""
        if not self._services_read:
            try:
                self._services = [s["Spec"]["Name"] for s in self._client.api.services()]
            except self._missing() as e:
                if _status(e) != 503:
                    raise
                self._services = None
            self._services_read = True
        return self._services

    def previous_service_spec(self, name: str) -> ServiceSpecInfo | None:
        """The spec `docker service rollback NAME` would restore: the service's PreviousSpec
        (GET /services/NAME), network IDs resolved to names (GET /networks). None: no such service,
        or it was never updated (no PreviousSpec). Not cached: it is read right before a rollback."""
        try:
            svc = self._client.api.inspect_service(name)
        except self._missing():
            return None
        prev = svc.get("PreviousSpec")
        if not prev:
            return None
        return spec_info(prev, {n["Id"]: n["Name"] for n in self._client.api.networks()},
                         (svc.get("Version") or {}).get("Index"))

    def registry_exposed(self, ref: str) -> tuple[str, ...] | None:
        """The EXPOSEd ports ("80/tcp", …) of `ref` as the registry the engine pulls from has it,
        read without pulling (bot/engine/registry.py: the engine's RegistryConfig mirrors, its
        architecture); None when it cannot be read within REGISTRY_TIMEOUT seconds.
        For an image that is not on the engine: a local one answers through `image()`.
        """
        if ref not in self._registry:
            from bot.engine import registry

            unreadable: tuple[type[BaseException], ...] = (registry.RegistryUnreadable, *self._missing())
            try:
                info = self._client.api.info()
                self._registry[ref] = registry.exposed_ports(
                    ref, info.get("RegistryConfig"), registry.platform_arch(str(info.get("Architecture") or "")),
                    timeout=REGISTRY_TIMEOUT)
            except unreadable:
                self._registry[ref] = None
        return self._registry[ref]


# --------------------------------------------------------------------------- without the SDK


def _status(e: BaseException) -> int | None:
    """The HTTP status of an engine error: RawAPIError.status, docker.errors.APIError.status_code."""
    if isinstance(e, RawAPIError):
        return e.status
    from docker.errors import APIError

    return e.status_code if isinstance(e, APIError) else None


class RawAPIError(Exception):
    """An Engine API answer other than 2xx (RawAPI)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


class RawAPI:
    """The six read-only Engine API calls that planning needs, over http.client.

    `gorae explain` only reads the engine; importing the docker SDK (and requests)
    for that costs more than the rest of its start-up. Same method names and
    answers as the SDK's low-level APIClient, for a unix socket or plain tcp://
    DOCKER_HOST; anything else (TLS, ssh) uses the SDK (`raw_client` returns None).
    """

    # The newest Engine API whose answers these six calls are written for (as the SDK's).
    API_NEWEST = "1.45"

    def __init__(self, host: str, timeout: float = 10.0) -> None:
        self.host = host
        self.timeout = timeout
        self.version: str | None = None  # negotiated by ping(); None: unversioned paths

    def _conn(self) -> Any:
        import http.client
        import socket

        if self.host.startswith("unix://"):
            path = self.host[len("unix://"):]
            timeout = self.timeout

            class UnixConnection(http.client.HTTPConnection):
                def connect(self) -> None:
                    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    sock.settimeout(timeout)
                    sock.connect(path)
                    self.sock = sock

            return UnixConnection("localhost", timeout=self.timeout)
        hostport = self.host.split("://", 1)[1].rstrip("/")
        return http.client.HTTPConnection(hostport, timeout=self.timeout)

    def _get(self, path: str) -> Any:
        import json
        from urllib.parse import quote

        if self.version is None:
            self.ping()
        prefix = f"/v{self.version}" if self.version else ""
        conn = self._conn()
        try:
            conn.request("GET", prefix + quote(path, safe="/?=&:@"))
            resp = conn.getresponse()
            body = resp.read()
        finally:
            conn.close()
        if not 200 <= resp.status < 300:
            raise RawAPIError(resp.status, body.decode("utf-8", "replace")[:200])
        return json.loads(body or b"null")

    def ping(self) -> bool:
        """GET /_ping: True when the engine answers 200; negotiates `version` from its
        API-Version header (the engine's newest API), capped at API_NEWEST."""
        conn = self._conn()
        try:
            conn.request("GET", "/_ping")
            resp = conn.getresponse()
            engine_newest = resp.getheader("API-Version")
            resp.read()
            if engine_newest and _vtuple(engine_newest):
                self.version = negotiate_api_version(engine_newest, self.API_NEWEST)
            return resp.status == 200
        except OSError:
            return False
        finally:
            conn.close()

    def containers(self, all: bool = False) -> list[dict[str, Any]]:
        return self._get("/containers/json?all=1" if all else "/containers/json")

    def inspect_container(self, name: str) -> dict[str, Any]:
        return self._get(f"/containers/{name}/json")

    def inspect_image(self, ref: str) -> dict[str, Any]:
        return self._get(f"/images/{ref}/json")

    def images(self) -> list[dict[str, Any]]:
        return self._get("/images/json")

    def networks(self) -> list[dict[str, Any]]:
        return self._get("/networks")

    def volumes(self) -> dict[str, Any]:
        return self._get("/volumes")

    def info(self) -> dict[str, Any]:
        return self._get("/info")

    def services(self) -> list[dict[str, Any]]:
        return self._get("/services")

    def inspect_service(self, name: str) -> dict[str, Any]:
        from urllib.parse import quote

        return dict(self._get(f"/services/{quote(name, safe='')}"))


class RawClient:
    """Stands where DockerView expects an SDK client (`client.api`)."""

    def __init__(self, api: RawAPI) -> None:
        self.api = api


def raw_client() -> RawClient | None:
    """A RawClient for DOCKER_HOST (unix:// or tcp:// without TLS) if the engine answers, else None."""
    host = engine_host()
    if env_tls() or not host.startswith(("unix://", "tcp://", "http://")):
        return None
    try:
        probe(host)  # a silent engine: None at once (remembered, so the SDK does not wait again)
    except EngineUnavailable:
        return None
    api = RawAPI(host, timeout=ANSWER_TIMEOUT)
    return RawClient(api) if api.ping() else None
