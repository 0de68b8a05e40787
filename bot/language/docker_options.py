"""docker's options, one table per subcommand: the parser, the command shown, the SDK call and
the guards all read them from here.

Each `Option` says how docker reads it (long name, short letter, a value or a switch,
repeatable), how gorae checks the value (a reader of bot/language/docker_values.py, raising docker's
reason), which Docker SDK argument it becomes (docker-py `containers.run` kwargs), and whether
a policy guard (bot/policy/guards.py) applies. Options docker has that gorae refuses on purpose name
their reason (`refused`): an attached terminal is not a chat feature, a file on gorae's own
machine is never read, the SDK cannot express it.

Source: `docker run --help` / `docker create --help` (docker 20.10–26), docker/cli
cli/command/container/opts.go; SDK names: docker-py models/containers.py RUN_*_KWARGS.

    >>> RUN.find("-p").sdk
    'ports'
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.language import docker_values as dv


@dataclass(frozen=True)
class Option:
    """One docker option.

    name: long name without dashes ("publish"); short: one letter or None;
    takes_value: False for a switch (`--rm`, `-d`); repeatable: may be given several times
    (every value kept, in order); read: value as typed -> checked value (raises
    `docker_values.ValueRejected`); field: the Command field it fills (None: kept in
    `RunContainer.options` and turned into `sdk` by `sdk_value`); sdk: the SDK argument;
    guard: the bot/policy/guards.py guard that may apply; refused: message key when gorae refuses it.
    """

    name: str
    short: str | None = None
    takes_value: bool = True
    repeatable: bool = False
    read: Callable[[str], Any] | None = None
    field: str | None = None
    sdk: str | None = None
    guard: str | None = None
    refused: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def flag(self) -> str:
        return "--" + self.name


class Table:
    """The options of one subcommand, found by `--long`, alias or `-s`."""

    def __init__(self, command: str, options: tuple[Option, ...]) -> None:
        self.command = command
        self.options = options
        self._by: dict[str, Option] = {}
        for o in options:
            self._by["--" + o.name] = o
            for a in o.aliases:
                self._by["--" + a] = o
            if o.short:
                self._by["-" + o.short] = o

    def find(self, flag: str) -> Option | None:
        return self._by.get(flag)



# refusal reasons (bot/messages/docker_cli.py)
TTY = "cli.refused_tty"            # an attached terminal: not a chat feature
HOST_FILE = "cli.refused_host_file"  # reads or writes a file on gorae's own machine
NO_SDK = "cli.refused_no_sdk"      # the Docker SDK's containers.run cannot express it
CLIENT = "cli.refused_client"      # a setting of the docker client itself


def _run_options(create: bool) -> tuple[Option, ...]:
    opts = [
        Option("add-host", repeatable=True, read=dv.extra_host, sdk="extra_hosts"),
        Option("attach", "a", repeatable=True, refused=TTY),
        Option("blkio-weight", read=dv.integer, sdk="blkio_weight"),
        Option("blkio-weight-device", repeatable=True, read=dv.weight_device, sdk="blkio_weight_device"),
        Option("cap-add", repeatable=True, field="cap_add", sdk="cap_add", guard="cap_add"),
        Option("cap-drop", repeatable=True, sdk="cap_drop"),
        Option("cgroup-parent", sdk="cgroup_parent"),
        Option("cgroupns", sdk="cgroupns"),
        Option("cidfile", refused=HOST_FILE),
        Option("cpu-period", read=dv.integer, sdk="cpu_period"),
        Option("cpu-quota", read=dv.integer, sdk="cpu_quota"),
        Option("cpu-rt-period", read=dv.integer, sdk="cpu_rt_period"),
        Option("cpu-rt-runtime", read=dv.integer, sdk="cpu_rt_runtime"),
        Option("cpu-shares", "c", read=dv.integer, sdk="cpu_shares"),
        Option("cpus", read=dv.nano_cpus, sdk="nano_cpus"),
        Option("cpuset-cpus", sdk="cpuset_cpus"),
        Option("cpuset-mems", sdk="cpuset_mems"),
        Option("device", repeatable=True, field="devices", sdk="devices", guard="device"),
        Option("device-cgroup-rule", repeatable=True, sdk="device_cgroup_rules"),
        Option("device-read-bps", repeatable=True, read=dv.device_rate_bps, sdk="device_read_bps"),
        Option("device-read-iops", repeatable=True, read=dv.device_rate_iops, sdk="device_read_iops"),
        Option("device-write-bps", repeatable=True, read=dv.device_rate_bps, sdk="device_write_bps"),
        Option("device-write-iops", repeatable=True, read=dv.device_rate_iops, sdk="device_write_iops"),
        Option("disable-content-trust", takes_value=False, refused=CLIENT),
        Option("dns", repeatable=True, read=dv.ip_address, sdk="dns"),
        Option("dns-option", repeatable=True, sdk="dns_opt", aliases=("dns-opt",)),
        Option("dns-search", repeatable=True, sdk="dns_search"),
        Option("domainname", sdk="domainname"),
        Option("entrypoint", field="entrypoint", sdk="entrypoint"),
        Option("env", "e", repeatable=True, read=dv.env, field="env", sdk="environment"),
        Option("env-file", repeatable=True, refused=HOST_FILE),
        Option("expose", repeatable=True, read=dv.expose, field="expose", sdk="ports"),
        Option("gpus", read=dv.gpus, sdk="device_requests", guard="device"),
        Option("group-add", repeatable=True, sdk="group_add"),
        Option("health-cmd", sdk="healthcheck"),
        Option("health-interval", read=dv.positive_duration_ns, sdk="healthcheck"),
        Option("health-retries", read=dv.integer, sdk="healthcheck"),
        Option("health-start-period", read=dv.positive_duration_ns, sdk="healthcheck"),
        Option("health-timeout", read=dv.positive_duration_ns, sdk="healthcheck"),
        Option("hostname", "h", sdk="hostname"),
        Option("init", takes_value=False, sdk="init"),
        Option("interactive", "i", takes_value=False, field="stdin_open", sdk="stdin_open"),
        Option("ip", read=dv.ip_address, sdk="networking_config"),
        Option("ip6", read=dv.ip_address, sdk="networking_config"),
        Option("ipc", field="ipc", sdk="ipc_mode", guard="host_ipc"),
        Option("isolation", sdk="isolation"),
        Option("kernel-memory", read=dv.ram_bytes, sdk="kernel_memory"),
        Option("label", "l", repeatable=True, read=dv.label, sdk="labels"),
        Option("label-file", repeatable=True, refused=HOST_FILE),
        Option("link", repeatable=True, sdk="links"),
        Option("link-local-ip", repeatable=True, read=dv.ip_address, sdk="networking_config"),
        Option("log-driver", sdk="log_config"),
        Option("log-opt", repeatable=True, read=dv.key_value, sdk="log_config"),
        Option("mac-address", sdk="mac_address"),
        Option("memory", "m", read=dv.ram_bytes, sdk="mem_limit"),
        Option("memory-reservation", read=dv.ram_bytes, sdk="mem_reservation"),
        Option("memory-swap", read=dv.swap_bytes, sdk="memswap_limit"),
        Option("memory-swappiness", read=dv.integer, sdk="mem_swappiness"),
        Option("mount", repeatable=True, read=dv.mount, field="mounts", sdk="mounts", guard="bind_mount"),
        Option("name", read=dv.container_name, field="name", sdk="name"),
        Option("network", field="network", sdk="network", guard="host_network", aliases=("net",)),
        Option("network-alias", repeatable=True, sdk="networking_config", aliases=("net-alias",)),
        Option("no-healthcheck", takes_value=False, sdk="healthcheck"),
        Option("oom-kill-disable", takes_value=False, sdk="oom_kill_disable"),
        Option("oom-score-adj", read=dv.integer, sdk="oom_score_adj"),
        Option("pid", field="pid", sdk="pid_mode", guard="host_pid"),
        Option("pids-limit", read=dv.integer, sdk="pids_limit"),
        Option("platform", sdk="platform"),
        Option("privileged", takes_value=False, field="privileged", sdk="privileged", guard="privileged"),
        Option("publish", "p", repeatable=True, read=dv.publish, field="ports", sdk="ports"),
        Option("publish-all", "P", takes_value=False, sdk="publish_all_ports"),
        Option("pull", refused=CLIENT),
        Option("quiet", "q", takes_value=False, refused=CLIENT),
        Option("read-only", takes_value=False, sdk="read_only"),
        Option("restart", read=dv.restart, field="restart", sdk="restart_policy"),
        Option("rm", takes_value=False, field="remove", sdk="auto_remove"),
        Option("runtime", sdk="runtime"),
        Option("security-opt", repeatable=True, field="security_opt", sdk="security_opt", guard="security_opt"),
        Option("shm-size", read=dv.ram_bytes, sdk="shm_size"),
        Option("stop-signal", sdk="stop_signal"),
        Option("stop-timeout", read=dv.stop_timeout, sdk="stop_timeout"),
        Option("storage-opt", repeatable=True, read=dv.key_value, sdk="storage_opt"),
        Option("sysctl", repeatable=True, read=dv.key_value, sdk="sysctls"),
        Option("tmpfs", repeatable=True, read=dv.tmpfs, sdk="tmpfs"),
        Option("tty", "t", takes_value=False, field="tty", sdk="tty"),
        Option("ulimit", repeatable=True, read=dv.ulimit, sdk="ulimits"),
        Option("user", "u", field="user", sdk="user"),
        Option("userns", field="userns", sdk="userns_mode", guard="userns_host"),
        Option("uts", field="uts", sdk="uts_mode", guard="host_uts"),
        Option("volume", "v", repeatable=True, read=dv.volume, field="volumes", sdk="volumes", guard="bind_mount"),
        Option("volume-driver", sdk="volume_driver"),
        Option("volumes-from", repeatable=True, field="volumes_from", sdk="volumes_from"),
        Option("workdir", "w", field="workdir", sdk="working_dir"),
    ]
    if not create:  # `docker create` has no -d, --detach-keys, --sig-proxy
        opts += [
            Option("detach", "d", takes_value=False, field="detach", sdk="detach"),
            Option("detach-keys", refused=TTY),
            Option("sig-proxy", takes_value=False, refused=TTY),
        ]
    return tuple(opts)


RUN = Table("run", _run_options(create=False))
CREATE = Table("create", _run_options(create=True))

EXEC = Table("exec", (
    Option("detach", "d", takes_value=False, field="detach", sdk="detach"),
    Option("detach-keys", refused=TTY),
    Option("env", "e", repeatable=True, read=dv.env, field="env", sdk="environment"),
    Option("env-file", repeatable=True, refused=HOST_FILE),
    Option("interactive", "i", takes_value=False, field="interactive"),
    Option("privileged", takes_value=False, field="privileged", sdk="privileged", guard="privileged"),
    Option("tty", "t", takes_value=False, field="interactive"),
    Option("user", "u", field="user", sdk="user"),
    Option("workdir", "w", field="workdir", sdk="workdir"),
))

_TIME = Option("time", "t", read=dv.integer, field="timeout", sdk="timeout", aliases=("timeout",))
START = Table("start", (
    Option("attach", "a", takes_value=False, refused=TTY),
    Option("interactive", "i", takes_value=False, refused=TTY),
    Option("detach-keys", refused=TTY),
    Option("checkpoint", refused=NO_SDK),
    Option("checkpoint-dir", refused=NO_SDK),
))
STOP = Table("stop", (_TIME, Option("signal", "s", refused=NO_SDK)))
RESTART = Table("restart", (_TIME, Option("signal", "s", refused=NO_SDK)))
KILL = Table("kill", (Option("signal", "s", field="signal", sdk="signal"),))
PAUSE = Table("pause", ())
UNPAUSE = Table("unpause", ())
RM = Table("rm", (
    Option("force", "f", takes_value=False, field="force", sdk="force"),
    Option("volumes", "v", takes_value=False, field="volumes", sdk="v"),
    Option("link", "l", takes_value=False, refused=NO_SDK),
))
PRUNE = Table("container prune", (
    Option("force", "f", takes_value=False),
    Option("filter", repeatable=True, refused=NO_SDK),
))
VOLUME_PRUNE = Table("volume prune", (
    Option("force", "f", takes_value=False),
    Option("filter", repeatable=True, refused=NO_SDK),
))
NETWORK_PRUNE = Table("network prune", (
    Option("force", "f", takes_value=False),
    Option("filter", repeatable=True, refused=NO_SDK),
))
IMAGE_PRUNE = Table("image prune", (
    Option("all", "a", takes_value=False, field="all"),
    Option("force", "f", takes_value=False),
    Option("filter", repeatable=True, refused=NO_SDK),
))
PS = Table("ps", (
    Option("all", "a", takes_value=False, field="all", sdk="all"),
    Option("quiet", "q", takes_value=False),
    Option("no-trunc", takes_value=False),
    Option("filter", "f", repeatable=True, read=dv.filter_kv, field="filters", sdk="filters"),
    Option("format", refused=NO_SDK),
    Option("last", "n", read=dv.integer, field="last", sdk="limit"),
    Option("latest", "l", takes_value=False, field="latest", sdk="latest"),
    Option("size", "s", takes_value=False, refused=NO_SDK),
))
INSPECT = Table("inspect", (
    # (lead34) a field path of the details, or them as JSON (docker_values.go_template): `-f '{{.State.Status}}'`
    Option("format", "f", read=dv.go_template, field="format"),
    Option("size", "s", takes_value=False, refused=NO_SDK),
    # (en24b) `--type container` is what gorae's inspect is ("docker inspect --type container web"); any other type is
    # refused by bot/language/parse_cli.py `_inspect` (an image, a volume… are inspected by their own commands)
    Option("type"),
))
IMAGE_INSPECT = Table("image inspect", (Option("format", "f", refused=NO_SDK),))
# `docker history [OPTIONS] IMAGE` / `docker image history` (docker 20.10–26): -H is the client's own printing
HISTORY = Table("history", (
    Option("quiet", "q", takes_value=False),
    Option("no-trunc", takes_value=False),
    Option("format", refused=NO_SDK),
    Option("human", "H", refused=NO_SDK),
))
# `docker top CONTAINER [ps OPTIONS]`: the words after the container are ps's (bot/language/parse_cli.py)
TOP = Table("top", ())
# `docker port CONTAINER [PRIVATE_PORT[/PROTO]]`
PORT = Table("port", ())
# `docker stats [OPTIONS] [CONTAINER...]` (docker 20.10–26): one sample here (--no-stream), since a
# chat cannot be streamed to until Ctrl-C
STATS = Table("stats", (
    Option("all", "a", takes_value=False, field="all"),
    Option("format", refused=NO_SDK),
    Option("no-stream", takes_value=False),
    Option("no-trunc", takes_value=False),
))
LOGS = Table("logs", (
    Option("details", takes_value=False, refused=NO_SDK),
    Option("follow", "f", takes_value=False, field="follow", sdk="follow"),
    Option("since", read=dv.timestamp, field="since", sdk="since"),
    Option("tail", "n", field="tail", sdk="tail"),
    Option("timestamps", "t", takes_value=False, field="timestamps", sdk="timestamps"),
    Option("until", read=dv.timestamp, field="until", sdk="until"),
))
PULL = Table("pull", (
    Option("all-tags", "a", takes_value=False, refused=NO_SDK),
    Option("disable-content-trust", takes_value=False, refused=CLIENT),
    Option("platform", refused=NO_SDK),
    Option("quiet", "q", takes_value=False),
))
PUSH = Table("push", (
    Option("all-tags", "a", takes_value=False, refused=NO_SDK),
    Option("disable-content-trust", takes_value=False, refused=CLIENT),
    Option("quiet", "q", takes_value=False),
))
# `docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]` has no options of its own (docker 20.10 to 28)
TAG = Table("tag", ())
# `docker rename CONTAINER NEW_NAME` has no options of its own (docker 20.10 to 28)
RENAME = Table("rename", ())
IMAGES = Table("images", (
    Option("all", "a", takes_value=False, field="all", sdk="all"),
    Option("quiet", "q", takes_value=False),
    Option("digests", takes_value=False, refused=NO_SDK),
    Option("filter", "f", repeatable=True, read=dv.filter_kv, field="filters", sdk="filters"),
    Option("format", refused=NO_SDK),
    Option("no-trunc", takes_value=False),
))
RMI = Table("rmi", (
    Option("force", "f", takes_value=False, field="force", sdk="force"),
    Option("no-prune", takes_value=False, field="no_prune", sdk="noprune"),
))
VOLUME_CREATE = Table("volume create", (
    Option("driver", "d", field="driver", sdk="driver"),
    Option("name", field="name", sdk="name"),
    Option("label", repeatable=True, refused=NO_SDK),
    Option("opt", "o", repeatable=True, refused=NO_SDK),
))
VOLUME_LS = Table("volume ls", (
    Option("quiet", "q", takes_value=False),
    Option("filter", "f", repeatable=True, read=dv.filter_kv, field="filters", sdk="filters"),
    Option("format", refused=NO_SDK),
))
VOLUME_INSPECT = Table("volume inspect", (Option("format", "f", read=dv.go_template, field="format"),))
VOLUME_RM = Table("volume rm", (Option("force", "f", takes_value=False, field="force", sdk="force"),))
NETWORK_CREATE = Table("network create", (
    Option("driver", "d", field="driver", sdk="driver"),
    *(Option(n, repeatable=True, refused=NO_SDK) for n in ("aux-address", "ip-range", "gateway", "subnet", "label", "opt")),
    *(Option(n, takes_value=False, refused=NO_SDK) for n in ("attachable", "internal", "ipv6", "ingress", "config-only")),
    Option("ipam-driver", refused=NO_SDK),
    Option("ipam-opt", repeatable=True, refused=NO_SDK),
    Option("scope", refused=NO_SDK),
    Option("config-from", refused=NO_SDK),
))
NETWORK_LS = Table("network ls", (
    Option("quiet", "q", takes_value=False),
    Option("filter", "f", repeatable=True, read=dv.filter_kv, field="filters", sdk="filters"),
    Option("format", refused=NO_SDK),
    Option("no-trunc", takes_value=False),
))
NETWORK_INSPECT = Table("network inspect", (
    Option("format", "f", read=dv.go_template, field="format"),
    Option("verbose", "v", takes_value=False, refused=NO_SDK),
))
NETWORK_RM = Table("network rm", (Option("force", "f", takes_value=False, refused=NO_SDK),))
NETWORK_CONNECT = Table("network connect", (
    Option("alias", repeatable=True),  # (en24b) the SDK's aliases=[...] (bot/language/parse_cli.py `_network_attach`)
    *(Option(n, repeatable=True, refused=NO_SDK) for n in ("link", "link-local-ip", "driver-opt")),
    Option("ip", refused=NO_SDK),
    Option("ip6", refused=NO_SDK),
))
NETWORK_DISCONNECT = Table("network disconnect", (Option("force", "f", takes_value=False, field="force", sdk="force"),))

# Swarm services (issue 12). Source: `docker service create|update|ls|ps|logs|scale|rollback|rm
# --help`, `docker node ls --help` (docker 20.10–26), docker/cli cli/command/service/opts.go; the SDK
# side is docker-py's services API (`APIClient.create_service` / `update_service`), read in
# bot/engine/swarm_plan.py. `field` names the ServiceCreate / ServiceUpdate field an option fills.
NOT_RUN = "swarm.option_not_run"  # a docker service option gorae does not run yet
_SERVICE_NOT_RUN = (
    "cap-drop", "container-label", "credential-spec", "dns", "dns-option", "dns-search", "endpoint-mode",
    "entrypoint", "generic-resource", "group", "health-cmd", "health-interval", "health-retries",
    "health-start-interval", "health-start-period", "health-timeout", "host", "hostname", "isolation",
    "limit-cpu", "limit-memory", "limit-pids", "log-driver", "log-opt", "max-concurrent", "oom-score-adj",
    "placement-pref", "replicas-max-per-node", "reserve-cpu", "reserve-memory", "restart-condition",
    "restart-delay", "restart-max-attempts", "restart-window", "rollback-delay", "rollback-failure-action",
    "rollback-max-failure-ratio", "rollback-monitor", "rollback-order", "rollback-parallelism",
    "stop-grace-period", "stop-signal", "sysctl", "ulimit", "update-delay", "update-failure-action",
    "update-max-failure-ratio", "update-monitor", "update-order", "update-parallelism")
_SERVICE_DETACH = (
    Option("detach", "d", takes_value=False),   # gorae follows the convergence itself (progress), as without -d
    Option("quiet", "q", takes_value=False),
)
SERVICE_CREATE = Table("service create", (
    *_SERVICE_DETACH,
    Option("name", field="name"),  # a service name (bot/language/parse_swarm.py SERVICE_NAME), one letter allowed
    Option("replicas", field="replicas"),
    Option("publish", "p", repeatable=True, field="ports"),
    Option("env", "e", repeatable=True, read=dv.env, field="env"),
    Option("mount", repeatable=True, read=dv.mount, field="mounts", guard="bind_mount"),
    Option("network", repeatable=False, field="network", guard="host_network"),
    Option("cap-add", repeatable=True, field="cap_add", guard="cap_add"),
    Option("user", "u", field="user"),
    Option("workdir", "w", field="workdir"),
    Option("label", "l", repeatable=True, read=dv.label, field="labels"),
    Option("constraint", repeatable=True, field="constraints"),
    Option("mode", refused=NO_SDK),
    Option("env-file", repeatable=True, refused=HOST_FILE),
    Option("secret", repeatable=True, refused=NO_SDK),
    Option("config", repeatable=True, refused=NO_SDK),
    Option("with-registry-auth", takes_value=False, refused=CLIENT),
    Option("tty", "t", takes_value=False, refused="cli.refused_tty"),
    # docker's other `service create` options (docker/cli cli/command/service/opts.go, Engine 26): real
    # options gorae does not run yet, refused by name (never "unknown flag", never dropped)
    *(Option(n, refused=NOT_RUN) for n in _SERVICE_NOT_RUN),
    *(Option(n, takes_value=False, refused=NOT_RUN) for n in ("init", "no-healthcheck", "no-resolve-image",
                                                               "read-only")),
))
SERVICE_UPDATE = Table("service update", (
    *_SERVICE_DETACH,
    Option("image", field="image"),
    Option("force", takes_value=False, field="force"),
    Option("replicas", refused="swarm.use_scale"),
    Option("rollback", takes_value=False, refused="swarm.use_rollback"),
    Option("with-registry-auth", takes_value=False, refused=CLIENT),
    *(Option(n, repeatable=True, refused=NO_SDK) for n in (
        "env-add", "env-rm", "publish-add", "publish-rm", "mount-add", "mount-rm", "label-add", "label-rm",
        "constraint-add", "constraint-rm", "network-add", "network-rm", "cap-add", "cap-drop", "args")),
))
SERVICE_LS = Table("service ls", (
    Option("quiet", "q", takes_value=False),
    Option("filter", "f", repeatable=True, refused=NO_SDK),
    Option("format", refused=NO_SDK),
))
SERVICE_PS = Table("service ps", (
    Option("quiet", "q", takes_value=False),
    Option("no-trunc", takes_value=False),
    Option("no-resolve", takes_value=False),
    Option("filter", "f", repeatable=True, refused=NO_SDK),
    Option("format", refused=NO_SDK),
))
SERVICE_INSPECT = Table("service inspect", (
    Option("pretty", takes_value=False),
    Option("format", "f", refused=NO_SDK),
))
SERVICE_LOGS = Table("service logs", (
    Option("follow", "f", takes_value=False, refused="parse.follow"),
    Option("tail", "n", field="tail"),
    Option("since", read=dv.timestamp, field="since"),
    Option("timestamps", "t", takes_value=False, field="timestamps"),
    Option("no-task-ids", takes_value=False),
    Option("no-trunc", takes_value=False),
    Option("no-resolve", takes_value=False),
    Option("raw", takes_value=False),
    Option("details", takes_value=False, refused=NO_SDK),
))
SERVICE_SCALE = Table("service scale", _SERVICE_DETACH)
SERVICE_ROLLBACK = Table("service rollback", _SERVICE_DETACH)
SERVICE_RM = Table("service rm", ())
NODE_UPDATE = Table("node update", (
    Option("availability", field="availability"),
    Option("role", refused=NO_SDK),
    Option("label-add", repeatable=True, refused=NO_SDK),
    Option("label-rm", repeatable=True, refused=NO_SDK),
))
NODE_LS = Table("node ls", (
    Option("quiet", "q", takes_value=False),
    Option("filter", "f", repeatable=True, refused=NO_SDK),
    Option("format", refused=NO_SDK),
))

# every docker subcommand gorae reads, in the order people think of them; VERBS are their names,
# the one list of docker verb names (a policy's confirm/approve rules may name them)
SUBCOMMANDS: tuple[Table, ...] = (
    RUN, CREATE, START, STOP, RESTART, KILL, PAUSE, UNPAUSE, RENAME, RM, PRUNE, VOLUME_PRUNE, NETWORK_PRUNE, IMAGE_PRUNE, PS, INSPECT, TOP, PORT, STATS, LOGS, EXEC, PULL, PUSH, TAG,
    IMAGES, RMI, IMAGE_INSPECT, HISTORY, VOLUME_CREATE, VOLUME_LS, VOLUME_INSPECT, VOLUME_RM, NETWORK_CREATE, NETWORK_LS,
    NETWORK_INSPECT, NETWORK_RM, NETWORK_CONNECT, NETWORK_DISCONNECT,
    SERVICE_CREATE, SERVICE_LS, SERVICE_PS, SERVICE_INSPECT, SERVICE_LOGS, SERVICE_SCALE, SERVICE_UPDATE,
    SERVICE_ROLLBACK, SERVICE_RM, NODE_LS, NODE_UPDATE,
)
VERBS: tuple[str, ...] = tuple(t.command for t in SUBCOMMANDS)

# docker's global options (before the subcommand): all select or configure the client or the
# engine; gorae talks only to its configured engines. -H/--host is read so that the guard
# refuses it by name (bot/policy/guards.py HOST_FLAGS); --context/-c names one of the known engines
# (bot/engine/named.py), an unknown name is refused with the list (bot/engine/choose.py).
GLOBAL = Table("docker", (
    Option("host", "H", repeatable=True, field="host_flag", guard="host_flag"),
    Option("context", "c", field="engine"),
    Option("config", refused=CLIENT),
    Option("debug", "D", takes_value=False, refused=CLIENT),
    Option("log-level", "l", refused=CLIENT),
    Option("tls", takes_value=False, refused=CLIENT),
    Option("tlsverify", takes_value=False, refused=CLIENT),
    Option("tlscacert", refused=CLIENT),
    Option("tlscert", refused=CLIENT),
    Option("tlskey", refused=CLIENT),
))


# --------------------------------------------------------------------------- SDK arguments


def sdk_kwargs(options: tuple[tuple[str, str], ...], table: Table = RUN, *,
               network: str | None = None) -> dict[str, Any]:
    """The SDK kwargs of the table-only options of a run/create (`RunContainer.options`:
    (long name, value as typed), in the order typed). Values are read again with the table's
    reader (already checked at parse time, so this does not raise for parsed commands).
    `network`: the container's `--network` (its endpoint gets `--ip`, `--network-alias`…)."""
    kw: dict[str, Any] = {}
    health: dict[str, Any] = {}
    log: dict[str, Any] = {}
    endpoint: dict[str, Any] = {}
    for name, raw in options:
        opt = table.find("--" + name)
        if opt is None or opt.sdk is None:
            continue
        val: Any = opt.read(raw) if opt.read and opt.takes_value else raw
        if not opt.takes_value:
            val = raw in ("", "true") or raw == "1"
        if name == "health-cmd":
            health["test"] = ["CMD-SHELL", raw]
        elif name == "no-healthcheck":
            health["test"] = ["NONE"]
        elif name.startswith("health-"):
            health[{"health-interval": "interval", "health-retries": "retries",
                    "health-start-period": "start_period", "health-timeout": "timeout"}[name]] = val
        elif name == "network-alias":
            endpoint.setdefault("Aliases", []).append(raw)
        elif name in ("ip", "ip6", "link-local-ip"):
            ipam = endpoint.setdefault("IPAMConfig", {})
            if name == "link-local-ip":
                ipam.setdefault("LinkLocalIPs", []).append(raw)
            else:
                ipam["IPv4Address" if name == "ip" else "IPv6Address"] = raw
        elif name == "log-driver":
            log["type"] = raw
        elif name == "log-opt":
            log.setdefault("config", {})[val[0]] = val[1]
        elif opt.sdk in ("labels", "sysctls", "storage_opt"):
            k, v = val
            kw.setdefault(opt.sdk, {})[k] = v
        elif opt.sdk == "tmpfs":
            k, v = val
            kw.setdefault("tmpfs", {})[k] = v
        elif opt.sdk == "links":
            target, _, alias = raw.partition(":")
            kw.setdefault("links", {})[target] = alias or target
        elif opt.repeatable or opt.sdk == "device_requests":
            kw.setdefault(opt.sdk, []).append(val)
        else:
            kw[opt.sdk] = val
    if endpoint and network:
        kw["networking_config"] = {network: endpoint}
    if health:
        kw["healthcheck"] = health
    if log:
        kw["log_config"] = {"type": log.get("type", "json-file"), "config": log.get("config", {})}
        if "type" not in log:
            kw["log_config"].pop("type")
    return kw


# --------------------------------------------------------------------------- bind mounts in SDK arguments


def bind_sources(kwargs: dict[str, Any], *, repeats: bool = False) -> list[str]:
    """The host paths one containers.run/create call bind-mounts: `volumes` keys, `binds`, and
    `mounts` of type bind (docker.types.Mount or its dict), and a local volume whose options make
    it a bind (`volume-opt=o=bind,volume-opt=device=/etc`). Absolute or relative paths only; each
    once unless `repeats` (the guards report every occurrence)."""
    out: list[str] = []
    vols = kwargs.get("volumes")
    if isinstance(vols, dict):
        out += [str(k) for k in vols]
    elif isinstance(vols, (list, tuple)):
        out += [str(v).split(":", 1)[0] for v in vols]
    for b in kwargs.get("binds") or ():
        out.append(str(b).split(":", 1)[0])
    for m in kwargs.get("mounts") or ():
        if not isinstance(m, dict):  # the planners give dicts (docker.types.Mount is one): no other kind is made
            continue
        if str(m.get("Type", m.get("type", "volume"))) == "bind":
            out.append(str(m.get("Source", m.get("source", ""))))
        # a local volume with `volume-opt=o=bind,volume-opt=device=/etc` is a bind of /etc
        opts = ((m.get("VolumeOptions") or {}).get("DriverConfig") or {}).get("Options") or {}
        if "bind" in str(opts.get("o", "")).split(",") and opts.get("device"):
            out.append(str(opts["device"]))
    found = [s for s in out if s.startswith("/") or s.startswith(".")]
    return found if repeats else list(dict.fromkeys(found))
