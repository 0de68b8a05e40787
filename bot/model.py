"""Typed values that flow between the pipeline's stages.

    Request --normalize/parse--> Command --plan--> Plan --authorize--> Decision
            --execute--> Outcome --render--> Reply

Every value here is a frozen dataclass: stages never mutate what they receive.
No module in this file does I/O or imports a heavy library.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal, TypeVar

Lang = Literal["ko", "en", "cli"]
_D = TypeVar("_D")
_PLAIN: dict[type, frozenset[str] | None] = {}  # a dataclass -> its fields when `changed` may copy it, else None


def changed(obj: _D, **changes: Any) -> _D:
    """`dataclasses.replace(obj, **changes)`, the same value, made by copying `obj`'s fields and setting the
    changed ones — for a dataclass whose `__init__` only stores its fields (every field in `__init__`, no
    `__post_init__`, no slots), which is every one here. `replace` walks every field and calls `__init__` with
    all of them as keywords: ~10x the time for RunContainer's ~40 fields, once for every run planned
    (bench/RESULTS.md, perf11). Any other object, or a name that is no field, goes to `replace` (its errors)."""
    cls = type(obj)
    if cls not in _PLAIN:
        _PLAIN[cls] = _plain_fields(cls)
    names = _PLAIN[cls]
    if names is None or not names.issuperset(changes):
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    new = object.__new__(cls)
    new.__dict__.update(obj.__dict__)
    for name, value in changes.items():
        object.__setattr__(new, name, value)
    return new


def _plain_fields(cls: type) -> frozenset[str] | None:
    """The field names of `cls` when `changed` may copy its instances (see there); None otherwise."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        return None
    fields = dataclasses.fields(cls)
    if not all(f.init for f in fields) or len(fields) != len(cls.__dataclass_fields__):  # an InitVar or ClassVar
        return None
    return frozenset(f.name for f in fields)


def reply_lang(lang: Lang) -> Literal["ko", "en"]:
    """The language a reply is written in: docker-CLI input is answered in English."""
    return "ko" if lang == "ko" else "en"


# --------------------------------------------------------------------------- request


@dataclass(frozen=True)
class Actor:
    """Who asks. `user` is a Slack user ID (U…) or a local name ("local:alice")."""

    user: str
    groups: tuple[str, ...] = ()
    local: bool = False  # the terminal user on this machine
    external: bool = False  # Slack Connect: a user of another organisation (channel bindings do not apply)


@dataclass(frozen=True)
class Request:
    """One utterance from a front end."""

    text: str
    actor: Actor
    channel: str = "terminal"
    source: Literal["shell", "cli", "slack"] = "cli"
    request_id: str = ""  # dedup key for Slack (event_id / client_msg_id)
    bot_id: str = ""  # (safe33en) gorae's own Slack user id, when the front knows it: another's mention is not gorae's


# --------------------------------------------------------------------------- commands


@dataclass(frozen=True)
class PortSpec:
    """One published port.

    host_port None + random_host -> `-p P` (random host port).
    container_port None -> resolved by plan from the image's EXPOSE (design §2).
    """

    host_port: int | None = None
    container_port: int | None = None
    host_ip: str | None = None
    proto: str = "tcp"
    random_host: bool = False
    host_port_end: int | None = None  # `-p 8000-8010:80`: a host range to allocate one port from


@dataclass(frozen=True)
class VolumeSpec:
    """`-v SOURCE:TARGET[:ro]`; source is a host path (starts with /) or a volume name."""

    source: str  # "" for an anonymous volume (`-v /data`)
    target: str
    read_only: bool = False
    mode: str | None = None  # the mode as typed (`ro,z`, `nocopy`, `rprivate`); None: from read_only

    @property
    def is_bind(self) -> bool:
        return self.source.startswith("/") or self.source.startswith(".")


@dataclass(frozen=True)
class MountSpec:
    """One `--mount` as typed (`spec`) and as the Engine API Mount object it means (`api`:
    sorted (field, value) pairs: Type, Source, Target, ReadOnly, BindOptions, VolumeOptions,
    TmpfsOptions — bot/language/docker_values.py `mount`)."""

    spec: str
    api: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Command:
    """Base of every parsed command. `lang` is the dialect it was written in."""

    lang: Lang = field(default="en", kw_only=True)
    # typed as a docker command: planned exactly as typed, never reinterpreted (issue 15)
    as_typed: bool = field(default=False, kw_only=True, compare=False)
    # `docker -H tcp://… ps` / `--context prod`: kept so the guard can refuse it by name
    host_flag: str | None = field(default=None, kw_only=True)
    # the engine named ("prod-1에서", "on prod-1", `--context prod-1`); "*": every engine
    # (bot/engine/choose.py); None: not named
    engine: str | None = field(default=None, kw_only=True)
    # words typed one slip from a verb and read as it ("재시잫" -> 재시작, "strat" -> start:
    # bot/language/typo.py): (typed, read as) pairs, said in the reply
    typos: tuple[tuple[str, str], ...] = field(default=(), kw_only=True, compare=False, repr=False)
    # names said with the everyday word for a service ("cache 서비스 꺼줘") and a verb no Swarm service has, read
    # as containers (bot/language/parse.py): refused by the pipeline when one is a service on the engine
    not_a_service: tuple[str, ...] = field(default=(), kw_only=True, compare=False, repr=False)
    # (break7) a name said first, addressed ("web, restart cache", "hey web, stop cache", "web: cache 재시작") beside a
    # request that names other things: refused by the pipeline when it is a container on the engine (never dropped)
    addressed: str | None = field(default=None, kw_only=True, compare=False, repr=False)
    # (w2en) the containers said by the image they run ("restart the container that runs redis", "stop the containers
    # running nginx"): the targets are that image's containers, named by the plan (bot/engine/plan.py `_run_by`);
    # `run_by_one`: said as one container ("the container", "the one") — planned only when exactly one runs it
    run_by: str | None = field(default=None, kw_only=True)
    run_by_one: bool = field(default=False, kw_only=True)
    # (w2en13) said as "the X container" (X its one target): the container named X when there is one, else the one
    # container that runs the image X (bot/engine/plan.py `_image_container`); the reading itself is unchanged
    image_said: str | None = field(default=None, kw_only=True, compare=False, repr=False)


@dataclass(frozen=True)
class RunContainer(Command):
    """docker run / docker create."""

    image: str
    command: tuple[str, ...] = ()
    name: str | None = None
    detach: bool | None = None  # None: decided by plan (no command -> detached)
    remove: bool = False
    create_only: bool = False
    env: tuple[tuple[str, str | None], ...] = ()  # (key, None): `-e KEY` without a value
    entrypoint: str | None = None  # "" clears the image's entrypoint (`--entrypoint ""`)
    restart: str | None = None  # "always", "unless-stopped", "on-failure[:N]", "no"
    network: str | None = None
    ports: tuple[PortSpec, ...] = ()
    expose: tuple[int, ...] = ()
    volumes: tuple[VolumeSpec, ...] = ()
    volumes_from: tuple[str, ...] = ()
    interactive: bool = False  # -it: not a chat feature
    # guarded options (issue 3): parsed so that the policy can refuse them by name
    privileged: bool = False
    cap_add: tuple[str, ...] = ()
    pid: str | None = None
    ipc: str | None = None
    uts: str | None = None  # `--uts host` / `--uts container:X` (docker's UTS namespace)
    devices: tuple[str, ...] = ()
    security_opt: tuple[str, ...] = ()
    userns: str | None = None
    workdir: str | None = None
    user: str | None = None
    tty: bool = False  # -t with -d (a detached container with a TTY)
    stdin_open: bool = False  # -i with -d
    mounts: tuple[MountSpec, ...] = ()
    # the other docker options, as typed: (long name, value), read through bot/language/docker_options.py
    options: tuple[tuple[str, str], ...] = ()
    # said as new ("a fresh web container", "web 새로 띄워"): a new container of the image, never the
    # start of the container of that name (plan asks when there is no such image)
    fresh: bool = False
    # said with the word for an image ("web 이미지로 컨테이너 하나 더 띄워"): with no image of that name and a
    # container of it, the container's image (plan; the reply says so)
    said_image: bool = False
    # said as a place with no verb ("alpine에서 echo hi", "nobody에서 whoami"): the container of that name, or
    # an image the engine already has — never an image pulled for it (plan refuses)
    placed: bool = False
    # (f12ko) a number said with the image and no port word: glued to it before its particle ("redis6380으로띄워":
    # "glued", the image as said) or bare after it ("nginx 8080 띄워": "bare", in `ports`) — a port only when the plan
    # finds the image here and the number can be no tag of it; otherwise asked (plan.py `_number_said`)
    number_said: str = ""
    # (run25) said without a verb of running ("redis with restart unless-stopped", "8082 포트로 httpd 하나",
    # bot/language/verbless_run.py): a run only of an image no container is named like (plan asks otherwise)
    verbless: bool = False


@dataclass(frozen=True)
class ContainerAction(Command):
    """A lifecycle verb on named containers, or on every running one (`all_running`)."""

    targets: tuple[str, ...] = ()
    all_running: bool = False
    # with all_running: every running container but these ("web 제외하고 다 꺼", "stop all except web")
    exclude: tuple[str, ...] = ()
    # with all_running: only the containers in these states (docker's State.Status: "exited", "created"),
    # said of them ("멈춰 있는 컨테이너 다 켜", "생성만 되어 있는 컨테이너 시작"): the plan names them
    in_state: tuple[str, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Start(ContainerAction):
    # (corr24) said "again" of the names alone ("cache 다시 켜 줘", "web 좀 다시 살려"): make them run again — the plan
    # starts a stopped container and restarts a running one (bot/engine/plan.py `_again`); the sentence says no state
    again: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True)
class Stop(ContainerAction):
    timeout: int | None = None


@dataclass(frozen=True)
class Kill(ContainerAction):
    signal: str | None = None


@dataclass(frozen=True)
class Pause(ContainerAction):
    pass


@dataclass(frozen=True)
class Unpause(ContainerAction):
    pass


@dataclass(frozen=True)
class Restart(ContainerAction):
    timeout: int | None = None


@dataclass(frozen=True)
class Remove(ContainerAction):
    force: bool = False
    volumes: bool = False
    # the word container said ("alpine 컨테이너 지워"): the name is never read as an image by the plan
    # (bot/engine/plan.py `_image_removed`)
    container_said: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True)
class PruneContainers(Command):
    pass


@dataclass(frozen=True)
class PruneVolumes(Command):
    """`docker volume prune`: every local volume no container (running or not) uses."""


@dataclass(frozen=True)
class PruneNetworks(Command):
    """`docker network prune`: every network no container is attached to (never bridge/host/none)."""


@dataclass(frozen=True)
class PruneImages(Command):
    """`docker image prune`: dangling images (untagged) no container uses; `all` (`-a`): every
    image no container uses."""

    all: bool = False


@dataclass(frozen=True)
class ListContainers(Command):
    all: bool = False
    filters: tuple[tuple[str, str], ...] = ()  # `--filter key=value`, in order (docker ps)
    last: int | None = None  # `-n N`: the N most recently created (any state)
    latest: bool = False  # `-l`: the latest created
    quiet: bool = False  # `-q`: the containers' short IDs only
    # the containers that use this name, said without its kind ("which containers use pgdata", "어떤 컨테이너가 pgdata
    # 사용해?"): the plan filters by `volume=` when it is a volume on the engine, else by `ancestor=` (an image)
    uses: str | None = None


@dataclass(frozen=True)
class Inspect(Command):
    """`docker inspect CONTAINER [CONTAINER...]`: containers' details (a read). `more`: the containers
    typed after the first (`docker inspect web cache`), in order; each is a subject of the policy."""

    target: str
    more: tuple[str, ...] = ()
    # the name said as a place ("ls in X", "X에서 ls"): a container asked for, never a network or volume of that name
    as_place: bool = False
    format: str | None = None  # `--format`: a field path or json (bot/language/docker_values.py go_template)


@dataclass(frozen=True)
class ImageInspect(Command):
    """`docker image inspect IMAGE`: an image's details (a read; the SDK's inspect_image). `image` as
    typed (a tag, a digest or an ID); the plan names it and its tags as the policy's subjects."""

    image: str


@dataclass(frozen=True)
class History(Command):
    """`docker history IMAGE` / `docker image history IMAGE`: the layers an image was built of (a read; the
    SDK's image.history()). `quiet`: `-q`, the layer IDs only; `no_trunc`: `--no-trunc`, full IDs and commands."""

    image: str
    quiet: bool = False
    no_trunc: bool = False
    # (en24a) the image said by its name alone, neither "image" nor a container said ("layers of redis"): the plan
    # reads it as the image only when no container has that name (a container's history would be a guess)
    bare: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True)
class Top(Command):
    """`docker top CONTAINER [ps OPTIONS]`: the processes running in a container (a read)."""

    target: str
    ps_args: tuple[str, ...] = ()  # the options handed to the engine's ps (`docker top web -eo pid,comm`)


@dataclass(frozen=True)
class Port(Command):
    """`docker port CONTAINER [PRIVATE_PORT[/PROTO]]`: a container's published ports (a read)."""

    target: str
    private_port: str | None = None  # "80/tcp" (a port without its protocol is tcp, as docker reads it)


@dataclass(frozen=True)
class Logs(Command):
    target: str
    tail: int | None = None
    since: str | None = None  # "10m", "1h", "30s", "2d"
    timestamps: bool = False
    until: str | None = None  # docker logs --until (a duration ago, or a time)
    # `docker logs -f`: new lines as they come, for a bounded time in a chat (GORAE_FOLLOW_SECONDS,
    # bot/config.py) — the shell also stops on Ctrl-C
    follow: bool = False


@dataclass(frozen=True)
class Stats(Command):
    """`docker stats --no-stream [CONTAINER...]`: one sample of each container's CPU %, memory use and
    limit, network and block I/O and PIDs (a read). No targets: every running container (`-a`: all).
    `streamed`: typed as plain `docker stats` (which streams until Ctrl-C): read as one sample, and
    the reply says so."""

    targets: tuple[str, ...] = ()
    all: bool = False
    streamed: bool = False


@dataclass(frozen=True)
class Exec(Command):
    target: str
    command: tuple[str, ...]
    interactive: bool = False
    user: str | None = None
    workdir: str | None = None
    env: tuple[tuple[str, str | None], ...] = ()
    privileged: bool = False
    detach: bool = False  # docker exec -d: started, not waited for
    # its environment asked for by the noun ("db 환경변수 보여줘"), not a command typed: `env` run in it when it runs,
    # else its details (Config.Env: docker inspect), never "not running"
    env_asked: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Pull(Command):
    image: str
    # said as an update of the image here ("update the mysql image", "mysql 이미지 업데이트"): the tag here is pulled
    # again (mysql:5.7), never latest by default (bot/engine/plan.py `_pull`)
    refresh: bool = False


@dataclass(frozen=True)
class Push(Command):
    image: str


@dataclass(frozen=True)
class Tag(Command):
    """docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]: one more reference to an image that is here.

    `source` is the image as said (name, name:tag or ID; it must be on the engine: bot/engine/plan.py `_tag`);
    `reference` the new name it gets (without a tag: `latest`, as docker reads it). Both are images the policy
    checks (a tag made or moved onto a name is a write to that name)."""

    source: str
    reference: str


@dataclass(frozen=True)
class Rename(Command):
    """docker rename CONTAINER NEW_NAME: a container given another name (the same container: its ID, state,
    volumes and networks unchanged).

    `target` is the container as said (it must be on the engine: bot/engine/plan.py `_rename`); `name` the name it
    gets (a valid container name no other container holds). Both are containers the policy checks (a rename is a
    write to the container renamed and to the name it takes)."""

    target: str
    name: str


@dataclass(frozen=True)
class ListImages(Command):
    all: bool = False
    filters: tuple[tuple[str, str], ...] = ()  # `--filter key=value` (docker images)
    reference: str | None = None  # `docker images REPOSITORY[:TAG]`: only the images of that name (the API's `name`)
    quiet: bool = False  # `-q`: the images' short IDs only


# `docker images --filter dangling=true`: the untagged images only (docker's own word, "show dangling images")
DANGLING_ONLY: tuple[tuple[str, str], ...] = (("dangling", "true"),)


@dataclass(frozen=True)
class RemoveImage(Command):
    images: tuple[str, ...]
    force: bool = False
    no_prune: bool = False  # docker rmi --no-prune: keep untagged parents
    # the image OF these containers ("remove web's image", "web 컨테이너의 이미지 지워"): each container's
    # Config.Image, read from the engine by the plan (never a removal of an image named like the container)
    of_containers: tuple[str, ...] = ()
    # with of_containers: the word container said ("remove the image of container httpd"): a name that is no container
    # is never read as the image itself (bot/engine/plan.py `_rmi_of`)
    container_said: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True)
class VolumeCreate(Command):
    name: str
    driver: str | None = None


@dataclass(frozen=True)
class VolumeList(Command):
    filters: tuple[tuple[str, str], ...] = ()  # `--filter key=value` (docker volume ls: dangling, driver, label, name)
    quiet: bool = False  # `-q`: the volumes' names only, one a line


@dataclass(frozen=True)
class VolumeInspect(Command):
    """`docker volume inspect VOLUME [VOLUME...]`: `more` the volumes typed after the first, in order (as docker takes
    several)."""

    name: str
    more: tuple[str, ...] = ()
    format: str | None = None  # `--format` (as Inspect's)


@dataclass(frozen=True)
class VolumeRemove(Command):
    names: tuple[str, ...]
    force: bool = False


@dataclass(frozen=True)
class NetworkCreate(Command):
    name: str
    driver: str | None = None


@dataclass(frozen=True)
class NetworkList(Command):
    # `--filter key=value` (docker network ls: driver, id, label, name, scope, type — the SDK's networks(filters=...))
    filters: tuple[tuple[str, str], ...] = ()
    quiet: bool = False  # `-q`: the networks' short IDs only, one a line


@dataclass(frozen=True)
class NetworkInspect(Command):
    """`docker network inspect NETWORK [NETWORK...]`: `more` the networks typed after the first, in order (as docker
    takes several)."""

    name: str
    more: tuple[str, ...] = ()
    format: str | None = None  # `--format` (as Inspect's)


@dataclass(frozen=True)
class NetworkRemove(Command):
    names: tuple[str, ...]


@dataclass(frozen=True)
class NetworkConnect(Command):
    network: str
    container: str
    # the network's name as typed in Hangul ("백엔드"), transliterated (grammar/lexicon.txt net_loan_ko): the
    # plan takes it only when exactly one network matches, and says so
    said_as: str | None = None
    # (f12en) two names said with no role that tells the network ("connect web backend", "web backend 커넥트"): the
    # plan swaps them only when the names as read do not fit the engine and the swapped ones do (one network, one
    # container) — never a guess between two readings that both fit
    either: bool = False
    # (en24b) `--alias NAME` of `docker network connect` (the SDK's aliases=[...]): names the container answers to on
    # that network ("docker network connect --alias api backend web"), as typed
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class NetworkDisconnect(Command):
    network: str
    container: str
    force: bool = False
    said_as: str | None = None  # as NetworkConnect's
    either: bool = False  # as NetworkConnect's


# --------------------------------------------------------------------------- Swarm services (issue 12)
# `docker service …` / `docker node ls` on a swarm manager. Names are service names (or ids).


@dataclass(frozen=True)
class ServiceCreate(Command):
    """docker service create: a replicated service from an image (run-like phrasing).

    replicas None: docker's default (1). ports: published ports (container side None: from the
    image's EXPOSE, as for run); mode "ingress" (docker's default) or "host". The guarded fields
    carry the same names as RunContainer's so that bot/policy/guards.py checks them the same way.
    """

    image: str
    name: str | None = None
    replicas: int | None = None
    command: tuple[str, ...] = ()
    env: tuple[tuple[str, str | None], ...] = ()
    ports: tuple[PortSpec, ...] = ()
    publish_mode: str | None = None  # "host" / "ingress" (`--publish mode=host,…`); None: docker's default
    network: str | None = None
    mounts: tuple[MountSpec, ...] = ()
    cap_add: tuple[str, ...] = ()
    user: str | None = None
    workdir: str | None = None
    labels: tuple[tuple[str, str], ...] = ()
    constraints: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceList(Command):
    pass


@dataclass(frozen=True)
class ServicePs(Command):
    """docker service ps NAME: the service's tasks (where, desired and current state)."""

    target: str


@dataclass(frozen=True)
class ServiceInspect(Command):
    target: str


@dataclass(frozen=True)
class ServiceLogs(Command):
    target: str
    tail: int | None = None
    since: str | None = None
    timestamps: bool = False


@dataclass(frozen=True)
class ServiceScale(Command):
    """docker service scale NAME=N."""

    target: str
    replicas: int


@dataclass(frozen=True)
class ServiceUpdate(Command):
    """docker service update: a new image (rolling update) and/or `--force` (every task replaced:
    the service's restart)."""

    target: str
    image: str | None = None
    force: bool = False


@dataclass(frozen=True)
class ServiceRollback(Command):
    """docker service rollback NAME: back to the previous spec."""

    target: str


@dataclass(frozen=True)
class ServiceRemove(Command):
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class NodeList(Command):
    pass


@dataclass(frozen=True)
class NodeUpdate(Command):
    """docker node update --availability active|pause|drain NODE (an admin's change)."""

    target: str
    availability: Literal["active", "pause", "drain"]


@dataclass(frozen=True)
class Help(Command):
    topic: str | None = None


@dataclass(frozen=True)
class Prohibition(Command):
    """A negated request ("web 재시작하지 마", "don't stop cache"): nothing runs."""

    understood: Command | None = None


@dataclass(frozen=True)
class Sequence(Command):
    """Several verbs said as an ordered sequence ("web 중지하고 삭제해줘", "stop web then remove it").

    Planned as one ordered plan (the steps' calls and CLI lines in order), authorized
    step by step and confirmed as one. Conflicting verbs are never a Sequence.
    """

    steps: tuple[Command, ...] = ()


# --------------------------------------------------------------------------- what a command names
# Typed readers of the fields that name things, across the Command variants (the policy's
# subjects, the engine chooser's "which engine has it"): each tuple lists the variants that have
# the field; tests/test_model_named.py checks that every variant with such a field is listed.
WITH_TARGETS = (ContainerAction, ServiceRemove, Stats)  # targets: tuple[str, ...]
WITH_NAMES = (VolumeRemove, NetworkRemove)  # names: tuple[str, ...]
WITH_TARGET = (Inspect, Top, Port, Logs, Exec, Rename, ServicePs, ServiceInspect, ServiceLogs, ServiceScale, ServiceUpdate,
               ServiceRollback, NodeUpdate)  # target: str
WITH_NAME = (RunContainer, Rename, ServiceCreate, VolumeCreate, VolumeInspect, NetworkCreate, NetworkInspect)  # name
WITH_CONTAINER = (NetworkConnect, NetworkDisconnect)  # container: str
WITH_NETWORK = (RunContainer, ServiceCreate, NetworkConnect, NetworkDisconnect)  # network
# The writes that throw a thing away (a kill ends a container's work too): the readers ask them back where a plain
# write would run (bot/language/outside.py go_asked_ko, step_order.py's step said with before).
THROWN_AWAY = (Remove, Kill, RemoveImage, PruneContainers, PruneImages, PruneVolumes, PruneNetworks, VolumeRemove,
               NetworkRemove, ServiceRemove)


@dataclass(frozen=True)
class Named:
    """The fields of one command that name things, as typed (a field the variant lacks: () / None).

    targets / names: the plural fields (`docker stop a b`, `docker volume rm a b`); target: the one
    container / service / node acted on; name: what a run, create or inspect names (None: docker
    picks one); container / network: `docker network connect NETWORK CONTAINER`, a run's network.
    """

    targets: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    target: str | None = None
    name: str | None = None
    container: str | None = None
    network: str | None = None


_NAMED_FIELDS: dict[type, tuple[bool, bool, bool, bool, bool, bool, bool]] = {}  # (perf33) a class -> its `named` tests
_NAMES_NOTHING = Named()


def named(cmd: Command) -> Named:
    """What `cmd` names, read field by field (a Sequence names nothing itself: read its steps).

    (perf33) Asked ~8 times a sentence: which fields a class has is known once per class (the model's classes are
    plain dataclasses: isinstance is issubclass of the type), a command naming nothing shares one empty Named, and the
    frozen Named is made as `changed` copies (its __init__ stores its fields only)."""
    kind = type(cmd)
    has = _NAMED_FIELDS.get(kind)
    if has is None:
        has = _NAMED_FIELDS[kind] = (issubclass(kind, WITH_TARGETS), issubclass(kind, Inspect),
                                     issubclass(kind, WITH_NAMES), issubclass(kind, WITH_TARGET),
                                     issubclass(kind, WITH_NAME), issubclass(kind, WITH_CONTAINER),
                                     issubclass(kind, WITH_NETWORK))
    with_targets, inspect, with_names, with_target, with_name, with_container, with_network = has
    c: Any = cmd  # the fields tested above
    targets = c.targets if with_targets else (c.target, *c.more) if inspect and c.more else ()
    names = c.names if with_names else ()
    target = c.target if with_target else None
    name = c.name if with_name else None
    container = c.container if with_container else None
    network = c.network if with_network else None
    if targets == () and names == () and target is None and name is None and container is None and network is None:
        return _NAMES_NOTHING
    out = object.__new__(Named)
    out.__dict__.update(targets=targets, names=names, target=target, name=name, container=container, network=network)
    return out



_NAMES_OF_LAST: dict[tuple[bool, bool], tuple[Any, tuple[str, ...]]] = {}  # (bench35) (network, images) -> (cmd, names)


def names_of(cmd: Command, *, network: bool = True, images: bool = False) -> tuple[str, ...]:
    """Every name `cmd` (each step of a Sequence) acts on or with, each once, in the order read: the containers
    (`named`), its network when `network`, and, when `images`, the image references it acts on (rmi's images, the
    image pulled or pushed, the source of a tag).

    (bench35) Asked ~6 times a sentence of the same reading by the readers after it: the last command asked of (per
    `network`, `images`) is kept with its names — the same object, frozen, so the same names."""
    last = _NAMES_OF_LAST.get((network, images))
    if last is not None and last[0] is cmd:
        return last[1]
    got = _names_of(cmd, network, images)
    _NAMES_OF_LAST[(network, images)] = (cmd, got)
    return got


def _names_of(cmd: Command, network: bool, images: bool) -> tuple[str, ...]:
    steps = cmd.steps if isinstance(cmd, Sequence) else (cmd,)
    out: list[str] = []
    for st in steps:
        n = named(st)
        out += [*n.targets, *n.names, *(x for x in (n.target, n.name, n.container) if x)]
        if network and n.network:
            out.append(n.network)
        if images:
            out += (st.images if isinstance(st, RemoveImage) else (st.image,) if isinstance(st, (Pull, Push))
                    else (st.source,) if isinstance(st, Tag) else ())
    return tuple(dict.fromkeys(out))

# --------------------------------------------------------------------------- parse failure


@dataclass(frozen=True)
class Msg:
    """A user-facing sentence, not yet in a language: a key of bot.messages + params."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @staticmethod
    def of(key: str, **params: Any) -> Msg:
        return Msg(key, tuple(sorted(params.items())))

    def kw(self) -> dict[str, Any]:
        return dict(self.params)


@dataclass(frozen=True)
class NotUnderstood:
    """The parser's answer when it cannot read the text: why, where, and what is close."""

    text: str
    lang: Lang
    reason: Msg
    column: int | None = None  # 0-based position of the first unreadable character
    suggestions: tuple[str, ...] = ()
    # A partial reading: all but `unread` was read, and `proposal` is the closest complete
    # reading. It is only ever offered as a question (requester-bound, expiring, frozen
    # plan): nothing runs from it without an explicit yes.
    proposal: Command | None = None
    unread: tuple[str, ...] = ()


# --------------------------------------------------------------------------- plan


class VerbClass(str, Enum):
    """Permission classes (issue 3's policy is written in these)."""

    READ = "read"
    OPERATE = "operate"
    EXEC = "exec"
    DEPLOY = "deploy"
    DESTROY = "destroy"
    NETWORK = "network"
    VOLUME = "volume"
    ADMIN = "admin"


@dataclass(frozen=True)
class Target:
    """Something a plan acts on, resolved against the engine: kind, name and (if it exists) id."""

    kind: Literal["container", "image", "volume", "network", "service", "node"]
    name: str
    id: str | None = None


@dataclass(frozen=True)
class Call:
    """One Docker SDK call. The executor maps `op` to the SDK; kwargs are plain data."""

    op: str  # e.g. "container.restart", "containers.run", "images.pull"
    target: str | None = None  # id or name the op acts on
    kwargs: tuple[tuple[str, Any], ...] = ()

    @staticmethod
    def of(op: str, target: str | None = None, **kwargs: Any) -> Call:
        return Call(op, target, tuple(kwargs.items()))

    def kw(self) -> dict[str, Any]:
        return dict(self.kwargs)


@dataclass(frozen=True)
class Plan:
    """What will run: the SDK calls in order and the docker CLI that means the same."""

    command: Command
    calls: tuple[Call, ...]
    cli: tuple[str, ...]
    verb: str  # "run", "restart", "ps", ... (docker's own subcommand name)
    verb_class: VerbClass
    targets: tuple[Target, ...] = ()
    writes: bool = True
    destructive: bool = False
    summary: Msg | None = None
    notes: tuple[Msg, ...] = ()  # e.g. "image not here: it will be pulled"
    # A Sequence: the plan of each step, in order. `calls`/`cli` are theirs concatenated,
    # `targets` their union, `writes`/`destructive` true if any step's is, `verb_class` the
    # widest; the pipeline authorizes and executes step by step (bot/pipeline.py).
    steps: tuple[Plan, ...] = ()
    # the engine it runs on (a docker context name; "*": `steps` are one plan per engine,
    # run side by side); None: the only engine there is (bot/engine/choose.py)
    engine: str | None = None
    # the other names of the daemon `engine` reaches (bot/engine/named.py Engines.aliases): the
    # policy decides for each of them too, and the strictest decision stands (bot/policy/check.py)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unresolved:
    """Plan could not pick what the words refer to; nothing runs, the asker is told why."""

    command: Command
    reason: Msg
    choices: tuple[str, ...] = ()  # several matches: ask which one
    suggestions: tuple[str, ...] = ()  # did you mean …


# --------------------------------------------------------------------------- decision


@dataclass(frozen=True)
class Decision:
    kind: Literal["allow", "deny", "confirm", "approve"]
    reason: Msg | None = None
    rule: str | None = None  # the policy rule that decided
    step: int | None = None  # a Sequence: the step (1-based) whose decision this is

    @property
    def allowed(self) -> bool:
        return self.kind == "allow"


ALLOW = Decision("allow")


# --------------------------------------------------------------------------- outcome


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Outcome:
    """What came of executing a plan.

    `table` for lists, `fields` for inspect summaries, `text` for logs/exec output,
    `exit_code` for attached runs and exec.
    """

    ok: bool
    message: Msg | None = None  # the headline ("restarted web") or the error sentence
    table: Table | None = None
    fields: tuple[tuple[str, str], ...] = ()
    text: str | None = None
    exit_code: int | None = None
    details: tuple[Msg, ...] = ()


# --------------------------------------------------------------------------- reply


@dataclass(frozen=True)
class Reply:
    """The neutral answer a front end delivers (terminal text, or Slack text + blocks)."""

    lang: Literal["ko", "en"]
    status: Literal["done", "failed", "denied", "confirm", "not_understood", "question", "info"]
    headline: str
    cli: tuple[str, ...] = ()
    table: Table | None = None
    fields: tuple[tuple[str, str], ...] = ()
    code: str | None = None  # preformatted output (logs, exec)
    notes: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # buttons: which container / did you mean
    pending: str | None = None  # id to pass to Gorae.confirm when status == "confirm"
    approval: bool = False  # the yes must come from someone else (an approver), not the asker
    exit_code: int = 0  # for `gorae say`: 0 done, 1 failed/denied, 2 not understood
    proposal: bool = False  # the question is a partial reading: no blind yes (`say --yes`) accepts it
    key: str | None = None  # the headline's message key when it is one sentence (render.simple)
