"""docker's options, one table per subcommand: the parser, the command shown, the SDK call and
the guards all read them from here.

Each `Option` says how docker reads it (long name, short letter, a value or a switch,
repeatable), how gorae checks the value (a reader of bot/docker_values.py, raising docker's
reason), which Docker SDK argument it becomes (docker-py `containers.run` kwargs), and whether
a policy guard (bot/guards.py) applies. Options docker has that gorae refuses on purpose name
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

from bot import docker_values as dv


@dataclass(frozen=True)
class Option:
    """One docker option.

    name: long name without dashes ("publish"); short: one letter or None;
    takes_value: False for a switch (`--rm`, `-d`); repeatable: may be given several times
    (every value kept, in order); read: value as typed -> checked value (raises
    `docker_values.ValueRejected`); field: the Command field it fills (None: kept in
    `RunContainer.options` and turned into `sdk` by `sdk_value`); sdk: the SDK argument;
    guard: the bot/guards.py guard that may apply; refused: message key when gorae refuses it.
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


def _v(read: Callable[[str], Any] | None = None, **kw: Any) -> dict[str, Any]:
    return {"read": read, **kw}


SWITCH = {"takes_value": False}
LIST = {"repeatable": True}

# refusal reasons (bot/messages/docker_cli.py)
TTY = "cli.refused_tty"            # an attached terminal: not a chat feature
HOST_FILE = "cli.refused_host_file"  # reads or writes a file on gorae's own machine
NO_SDK = "cli.refused_no_sdk"      # the Docker SDK's containers.run cannot express it
CLIENT = "cli.refused_client"      # a setting of the docker client itself


def _run_options(create: bool) -> tuple[Option, ...]:
    opts = [
        Option("add-host", **LIST, read=dv.extra_host, sdk="extra_hosts"),
        Option("attach", "a", **LIST, refused=TTY),
        Option("blkio-weight", read=dv.integer, sdk="blkio_weight"),
        Option("blkio-weight-device", **LIST, refused=NO_SDK),
        Option("cap-add", **LIST, field="cap_add", sdk="cap_add", guard="cap_add"),
        Option("cap-drop", **LIST, sdk="cap_drop"),
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
        Option("device", **LIST, field="devices", sdk="devices", guard="device"),
        Option("device-cgroup-rule", **LIST, sdk="device_cgroup_rules"),
        Option("device-read-bps", **LIST, refused=NO_SDK),
        Option("device-read-iops", **LIST, refused=NO_SDK),
        Option("device-write-bps", **LIST, refused=NO_SDK),
        Option("device-write-iops", **LIST, refused=NO_SDK),
        Option("disable-content-trust", **SWITCH, refused=CLIENT),
        Option("dns", **LIST, read=dv.ip_address, sdk="dns"),
        Option("dns-option", **LIST, sdk="dns_opt", aliases=("dns-opt",)),
        Option("dns-search", **LIST, sdk="dns_search"),
        Option("domainname", sdk="domainname"),
        Option("entrypoint", field="entrypoint", sdk="entrypoint"),
        Option("env", "e", **LIST, read=dv.env, field="env", sdk="environment"),
        Option("env-file", **LIST, refused=HOST_FILE),
        Option("expose", **LIST, read=dv.expose, field="expose", sdk="ports"),
        Option("gpus", refused=NO_SDK),
        Option("group-add", **LIST, sdk="group_add"),
        Option("health-cmd", sdk="healthcheck"),
        Option("health-interval", read=dv.positive_duration_ns, sdk="healthcheck"),
        Option("health-retries", read=dv.integer, sdk="healthcheck"),
        Option("health-start-period", read=dv.positive_duration_ns, sdk="healthcheck"),
        Option("health-timeout", read=dv.positive_duration_ns, sdk="healthcheck"),
        Option("hostname", "h", sdk="hostname"),
        Option("init", **SWITCH, sdk="init"),
        Option("interactive", "i", **SWITCH, field="stdin_open", sdk="stdin_open"),
        Option("ip", refused=NO_SDK),
        Option("ip6", refused=NO_SDK),
        Option("ipc", field="ipc", sdk="ipc_mode", guard="host_ipc"),
        Option("isolation", sdk="isolation"),
        Option("kernel-memory", read=dv.ram_bytes, sdk="kernel_memory"),
        Option("label", "l", **LIST, read=dv.label, sdk="labels"),
        Option("label-file", **LIST, refused=HOST_FILE),
        Option("link", **LIST, sdk="links"),
        Option("link-local-ip", **LIST, refused=NO_SDK),
        Option("log-driver", sdk="log_config"),
        Option("log-opt", **LIST, read=dv.key_value, sdk="log_config"),
        Option("mac-address", sdk="mac_address"),
        Option("memory", "m", read=dv.ram_bytes, sdk="mem_limit"),
        Option("memory-reservation", read=dv.ram_bytes, sdk="mem_reservation"),
        Option("memory-swap", read=dv.swap_bytes, sdk="memswap_limit"),
        Option("memory-swappiness", read=dv.integer, sdk="mem_swappiness"),
        Option("mount", **LIST, read=dv.mount, field="mounts", sdk="mounts", guard="bind_mount"),
        Option("name", read=dv.container_name, field="name", sdk="name"),
        Option("network", field="network", sdk="network", guard="host_network", aliases=("net",)),
        Option("network-alias", **LIST, refused=NO_SDK, aliases=("net-alias",)),
        Option("no-healthcheck", **SWITCH, sdk="healthcheck"),
        Option("oom-kill-disable", **SWITCH, sdk="oom_kill_disable"),
        Option("oom-score-adj", read=dv.integer, sdk="oom_score_adj"),
        Option("pid", field="pid", sdk="pid_mode", guard="host_pid"),
        Option("pids-limit", read=dv.integer, sdk="pids_limit"),
        Option("platform", sdk="platform"),
        Option("privileged", **SWITCH, field="privileged", sdk="privileged", guard="privileged"),
        Option("publish", "p", **LIST, read=dv.publish, field="ports", sdk="ports"),
        Option("publish-all", "P", **SWITCH, sdk="publish_all_ports"),
        Option("pull", refused=CLIENT),
        Option("quiet", "q", **SWITCH, refused=CLIENT),
        Option("read-only", **SWITCH, sdk="read_only"),
        Option("restart", read=dv.restart, field="restart", sdk="restart_policy"),
        Option("rm", **SWITCH, field="remove", sdk="auto_remove"),
        Option("runtime", sdk="runtime"),
        Option("security-opt", **LIST, field="security_opt", sdk="security_opt", guard="security_opt"),
        Option("shm-size", read=dv.ram_bytes, sdk="shm_size"),
        Option("stop-signal", sdk="stop_signal"),
        Option("stop-timeout", refused=NO_SDK),
        Option("storage-opt", **LIST, read=dv.key_value, sdk="storage_opt"),
        Option("sysctl", **LIST, read=dv.key_value, sdk="sysctls"),
        Option("tmpfs", **LIST, read=dv.tmpfs, sdk="tmpfs"),
        Option("tty", "t", **SWITCH, field="tty", sdk="tty"),
        Option("ulimit", **LIST, read=dv.ulimit, sdk="ulimits"),
        Option("user", "u", field="user", sdk="user"),
        Option("userns", field="userns", sdk="userns_mode", guard="userns_host"),
        Option("uts", field="uts", sdk="uts_mode"),
        Option("volume", "v", **LIST, read=dv.volume, field="volumes", sdk="volumes", guard="bind_mount"),
        Option("volume-driver", sdk="volume_driver"),
        Option("volumes-from", **LIST, field="volumes_from", sdk="volumes_from"),
        Option("workdir", "w", field="workdir", sdk="working_dir"),
    ]
    if not create:  # `docker create` has no -d, --detach-keys, --sig-proxy
        opts += [
            Option("detach", "d", **SWITCH, field="detach", sdk="detach"),
            Option("detach-keys", refused=TTY),
            Option("sig-proxy", **SWITCH, refused=TTY),
        ]
    return tuple(opts)


RUN = Table("run", _run_options(create=False))
CREATE = Table("create", _run_options(create=True))

EXEC = Table("exec", (
    Option("detach", "d", **SWITCH, refused=NO_SDK),
    Option("detach-keys", refused=TTY),
    Option("env", "e", **LIST, read=dv.env, field="env", sdk="environment"),
    Option("env-file", **LIST, refused=HOST_FILE),
    Option("interactive", "i", **SWITCH, field="interactive"),
    Option("privileged", **SWITCH, field="privileged", sdk="privileged", guard="privileged"),
    Option("tty", "t", **SWITCH, field="interactive"),
    Option("user", "u", field="user", sdk="user"),
    Option("workdir", "w", field="workdir", sdk="workdir"),
))

_TIME = Option("time", "t", read=dv.integer, field="timeout", sdk="timeout", aliases=("timeout",))
START = Table("start", (
    Option("attach", "a", **SWITCH, refused=TTY),
    Option("interactive", "i", **SWITCH, refused=TTY),
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
    Option("force", "f", **SWITCH, field="force", sdk="force"),
    Option("volumes", "v", **SWITCH, field="volumes", sdk="v"),
    Option("link", "l", **SWITCH, refused=NO_SDK),
))
PRUNE = Table("container prune", (
    Option("force", "f", **SWITCH),
    Option("filter", **LIST, refused=NO_SDK),
))
PS = Table("ps", (
    Option("all", "a", **SWITCH, field="all", sdk="all"),
    Option("quiet", "q", **SWITCH),
    Option("no-trunc", **SWITCH),
    Option("filter", "f", **LIST, refused=NO_SDK),
    Option("format", refused=NO_SDK),
    Option("last", "n", refused=NO_SDK),
    Option("latest", "l", **SWITCH, refused=NO_SDK),
    Option("size", "s", **SWITCH, refused=NO_SDK),
))
INSPECT = Table("inspect", (
    Option("format", "f", refused=NO_SDK),
    Option("size", "s", **SWITCH, refused=NO_SDK),
    Option("type", refused=NO_SDK),
))
LOGS = Table("logs", (
    Option("details", **SWITCH, refused=NO_SDK),
    Option("follow", "f", **SWITCH, refused="parse.follow"),
    Option("since", field="since", sdk="since"),
    Option("tail", "n", field="tail", sdk="tail"),
    Option("timestamps", "t", **SWITCH, field="timestamps", sdk="timestamps"),
    Option("until", refused=NO_SDK),
))
PULL = Table("pull", (
    Option("all-tags", "a", **SWITCH, refused=NO_SDK),
    Option("disable-content-trust", **SWITCH, refused=CLIENT),
    Option("platform", refused=NO_SDK),
    Option("quiet", "q", **SWITCH),
))
PUSH = Table("push", (
    Option("all-tags", "a", **SWITCH, refused=NO_SDK),
    Option("disable-content-trust", **SWITCH, refused=CLIENT),
    Option("quiet", "q", **SWITCH),
))
IMAGES = Table("images", (
    Option("all", "a", **SWITCH, field="all", sdk="all"),
    Option("quiet", "q", **SWITCH),
    Option("digests", **SWITCH, refused=NO_SDK),
    Option("filter", "f", **LIST, refused=NO_SDK),
    Option("format", refused=NO_SDK),
    Option("no-trunc", **SWITCH),
))
RMI = Table("rmi", (
    Option("force", "f", **SWITCH, field="force", sdk="force"),
    Option("no-prune", **SWITCH, refused=NO_SDK),
))
VOLUME_CREATE = Table("volume create", (
    Option("driver", "d", field="driver", sdk="driver"),
    Option("name", field="name", sdk="name"),
    Option("label", **LIST, refused=NO_SDK),
    Option("opt", "o", **LIST, refused=NO_SDK),
))
VOLUME_LS = Table("volume ls", (
    Option("quiet", "q", **SWITCH),
    Option("filter", "f", **LIST, refused=NO_SDK),
    Option("format", refused=NO_SDK),
))
VOLUME_INSPECT = Table("volume inspect", (Option("format", "f", refused=NO_SDK),))
VOLUME_RM = Table("volume rm", (Option("force", "f", **SWITCH, field="force", sdk="force"),))
NETWORK_CREATE = Table("network create", (
    Option("driver", "d", field="driver", sdk="driver"),
    *(Option(n, **LIST, refused=NO_SDK) for n in ("aux-address", "ip-range", "gateway", "subnet", "label", "opt")),
    *(Option(n, **SWITCH, refused=NO_SDK) for n in ("attachable", "internal", "ipv6", "ingress", "config-only")),
    Option("ipam-driver", refused=NO_SDK),
    Option("ipam-opt", **LIST, refused=NO_SDK),
    Option("scope", refused=NO_SDK),
    Option("config-from", refused=NO_SDK),
))
NETWORK_LS = Table("network ls", (
    Option("quiet", "q", **SWITCH),
    Option("filter", "f", **LIST, refused=NO_SDK),
    Option("format", refused=NO_SDK),
    Option("no-trunc", **SWITCH),
))
NETWORK_INSPECT = Table("network inspect", (
    Option("format", "f", refused=NO_SDK),
    Option("verbose", "v", **SWITCH, refused=NO_SDK),
))
NETWORK_RM = Table("network rm", (Option("force", "f", **SWITCH, refused=NO_SDK),))
NETWORK_CONNECT = Table("network connect", (
    *(Option(n, **LIST, refused=NO_SDK) for n in ("alias", "link", "link-local-ip", "driver-opt")),
    Option("ip", refused=NO_SDK),
    Option("ip6", refused=NO_SDK),
))
NETWORK_DISCONNECT = Table("network disconnect", (Option("force", "f", **SWITCH, field="force", sdk="force"),))

# docker's global options (before the subcommand): all select or configure the client or the
# engine; gorae talks only to its configured engine. -H/--host/--context/-c are read so that
# the guard refuses them by name (bot/guards.py HOST_FLAGS).
GLOBAL = Table("docker", (
    Option("host", "H", **LIST, field="host_flag", guard="host_flag"),
    Option("context", "c", field="host_flag", guard="host_flag"),
    Option("config", refused=CLIENT),
    Option("debug", "D", **SWITCH, refused=CLIENT),
    Option("log-level", "l", refused=CLIENT),
    Option("tls", **SWITCH, refused=CLIENT),
    Option("tlsverify", **SWITCH, refused=CLIENT),
    Option("tlscacert", refused=CLIENT),
    Option("tlscert", refused=CLIENT),
    Option("tlskey", refused=CLIENT),
))


# --------------------------------------------------------------------------- SDK arguments


def sdk_kwargs(options: tuple[tuple[str, str], ...], table: Table = RUN) -> dict[str, Any]:
    """The SDK kwargs of the table-only options of a run/create (`RunContainer.options`:
    (long name, value as typed), in the order typed). Values are read again with the table's
    reader (already checked at parse time, so this does not raise for parsed commands)."""
    kw: dict[str, Any] = {}
    health: dict[str, Any] = {}
    log: dict[str, Any] = {}
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
        elif opt.repeatable:
            kw.setdefault(opt.sdk, []).append(val)
        else:
            kw[opt.sdk] = val
    if health:
        kw["healthcheck"] = health
    if log:
        kw["log_config"] = {"type": log.get("type", "json-file"), "config": log.get("config", {})}
        if "type" not in log:
            kw["log_config"].pop("type")
    return kw
