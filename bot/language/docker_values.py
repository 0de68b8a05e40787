"""docker's value syntaxes, read the way docker reads them: ports, IPs, volumes, mounts, env,
restart policies, durations, sizes, labels, ulimits.

Every reader takes the value exactly as typed and returns it in the shape the Docker SDK
(docker-py `containers.run` kwargs, Engine API field names inside) expects — never a changed
value — or raises `ValueRejected` with the reason docker gives (a message key of
bot/messages/docker_cli.py and its params; the English text is docker's own).

Sources of the facts (read, not copied): go-connections `nat/nat.go` (ParsePortSpec),
docker/cli `opts/` (env, mount, port, opts, ulimit, parse), moby `volume/mounts/linux_parser.go`,
moby `daemon/names` (container names), go-units `size.go` (RAMInBytes), Go `time.ParseDuration`.

    >>> publish("127.0.0.1:8080:80/udp")
    [('80/udp', ('127.0.0.1', '8080'))]
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any


class ValueRejected(Exception):
    """A value docker refuses: `key` in bot.messages (docker_cli), `params` for its text."""

    def __init__(self, msg_key: str, /, **params: Any) -> None:
        super().__init__(msg_key)
        self.key = msg_key
        self.params = params


def private_port(value: str) -> str:
    """`docker port web 80` / `80/udp`: a container port with its protocol ("80" -> "80/tcp", as docker
    reads it). Raises ValueRejected (cli.bad_int, cli.bad_proto)."""
    num, _, proto = value.partition("/")
    if not num.isdigit() or not 0 < int(num) < 65536:
        raise ValueRejected("cli.bad_int", value=num)
    proto = (proto or "tcp").lower()
    if proto not in ("tcp", "udp", "sctp"):
        raise ValueRejected("cli.bad_proto", proto=proto)
    return f"{int(num)}/{proto}"


# --------------------------------------------------------------------------- names

# moby daemon/names: RestrictedNamePattern = ^[a-zA-Z0-9][a-zA-Z0-9_.-]+$ (two characters at least)
NAME_RE = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_.-]+")


def container_name(value: str) -> str:
    """`--name`: docker's container-name rule (a leading `/` is allowed and dropped)."""
    name = value[1:] if value.startswith("/") else value
    if not NAME_RE.fullmatch(name):
        raise ValueRejected("cli.bad_container_name", name=value)
    return name


def volume_name(value: str) -> str:
    """A local volume's name: the same alphabet (moby volume/local validateName)."""
    if not NAME_RE.fullmatch(value):
        raise ValueRejected("cli.bad_volume_name", name=value)
    return value


# --------------------------------------------------------------------------- ports


def _port_number(raw: str) -> int:
    # Go strconv.ParseUint(raw, 10, 16): decimal digits only, 0..65535 ("0123" is 123)
    if not raw.isascii() or not raw.isdigit():
        raise ValueError(raw)
    n = int(raw)
    if n > 65535:
        raise ValueError(raw)
    return n


def port_range(raw: str) -> tuple[int, int]:
    """'80' -> (80, 80); '8000-8010' -> (8000, 8010); errors as nat.parsePortRange."""
    if raw == "":
        raise ValueError(raw)
    start, sep, end = raw.partition("-")
    lo = _port_number(start)
    hi = _port_number(end) if sep else lo
    if hi < lo:
        raise ValueError(raw)
    return lo, hi


def _ip(raw: str) -> str:
    """An IP address as Go's net.ParseIP reads it (no host names, no leading zeros in IPv4)."""
    if "%" in raw:  # a zone: Go's net.ParseIP refuses it
        raise ValueRejected("cli.bad_ip", ip=raw)
    try:
        return str(ipaddress.ip_address(raw)) if raw else raw
    except ValueError:
        raise ValueRejected("cli.bad_ip", ip=raw) from None


PortBinding = tuple[str, Any]  # ("80/tcp", SDK binding: None | "8080" | (ip, "8080"|None))


def publish(spec: str) -> list[PortBinding]:
    """One `-p` value -> [(container port key, SDK host binding)], as nat.ParsePortSpec.

    `ip:host:container/proto`, any part but the container port optional; ranges expand to one
    mapping per port; a host range with one container port is a range to allocate from;
    `[::1]:80:80` and `::1:80:80` are IPv6 host IPs. The long form `target=80,published=8080,
    protocol=udp` is read as docker run reads it (convertToStandardNotation)."""
    if "=" in spec:
        spec = _publish_long(spec)
    parts = spec.split(":")
    if len(parts) == 1:
        ip, host, cont = "", "", parts[0]
    elif len(parts) == 2:
        ip, host, cont = "", parts[0], parts[1]
    else:
        ip, host, cont = ":".join(parts[:-2]), parts[-2], parts[-1]
    cont, _, proto = cont.partition("/")
    if cont == "":
        raise ValueRejected("cli.no_port", spec=spec)
    proto = (proto or "tcp").lower()
    if proto not in ("tcp", "udp", "sctp"):
        raise ValueRejected("cli.bad_proto", proto=proto)
    if ip.startswith("["):
        if not ip.endswith("]"):
            raise ValueRejected("cli.bad_ip", ip=ip)
        ip = ip[1:-1]
    if ip:
        _ip(ip)  # checked; passed on as typed
    try:
        c_lo, c_hi = port_range(cont)
    except ValueError:
        raise ValueRejected("cli.bad_container_port", port=cont) from None
    h_lo = h_hi = 0
    if host:
        try:
            h_lo, h_hi = port_range(host)
        except ValueError:
            raise ValueRejected("cli.bad_host_port", port=host) from None
        if (c_hi - c_lo) != (h_hi - h_lo) and c_hi != c_lo:
            raise ValueRejected("cli.bad_ranges", container=cont, host=host)
    out: list[PortBinding] = []
    count = c_hi - c_lo + 1
    for i in range(count):
        hport: str | None = None
        if host:
            hport = str(h_lo + i)
            if count == 1 and h_lo != h_hi:
                hport += f"-{h_hi}"
        key = f"{c_lo + i}/{proto}"
        binding: Any = (ip, hport) if ip else hport
        out.append((key, binding))
    return out


def _publish_long(spec: str) -> str:
    params = {"protocol": "tcp"}
    for param in spec.split(","):
        k, sep, v = param.partition("=")
        if not sep or not k:
            raise ValueRejected("cli.publish_format", param=param)
        params[k] = v
    return f"{params.get('published', '')}:{params.get('target', '')}/{params['protocol']}"


def expose(spec: str) -> list[str]:
    """`--expose 80` · `--expose 8000-8010/udp` -> ['80/tcp', …] (nat.ParsePortRange)."""
    port, _, proto = spec.partition("/")
    proto = (proto or "tcp").lower()
    if proto not in ("tcp", "udp", "sctp"):
        raise ValueRejected("cli.bad_proto", proto=proto)
    try:
        lo, hi = port_range(port)
    except ValueError:
        raise ValueRejected("cli.bad_expose", spec=spec) from None
    return [f"{p}/{proto}" for p in range(lo, hi + 1)]


# --------------------------------------------------------------------------- env, labels, key=value


def env(value: str) -> str:
    """`-e K=V` -> 'K=V' as typed. `-e K` (no '='): docker copies K from the *client's*
    environment; a chat has no client environment and gorae never reads its own (it would
    leak gorae's secrets), so `K` is passed bare: the same as docker run from a shell where K
    is unset (the engine then leaves K unset, or as the image sets it)."""
    key = value.split("=", 1)[0]
    if key == "":
        raise ValueRejected("cli.bad_env", value=value)
    return value


def label(value: str) -> tuple[str, str]:
    """`-l k=v` / `-l k` (empty value), docker's ValidateLabel."""
    k, _, v = value.partition("=")
    if k.strip() == "" or k != k.strip():
        raise ValueRejected("cli.bad_label", value=value)
    return k, v


def key_value(value: str) -> tuple[str, str]:
    """`--sysctl k=v`, `--log-opt k=v`, `--storage-opt k=v`: '=' required."""
    k, sep, v = value.partition("=")
    if not sep or not k:
        raise ValueRejected("cli.bad_key_value", value=value)
    return k, v


def extra_host(value: str) -> str:
    """`--add-host name:ip` (docker ValidateExtraHost; `host-gateway` allowed)."""
    name, sep, ip = value.partition(":")
    if not sep or not name:
        raise ValueRejected("cli.bad_extra_host", value=value)
    if ip != "host-gateway":
        if ip.startswith("[") and ip.endswith("]"):
            ip = ip[1:-1]
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            raise ValueRejected("cli.bad_extra_host", value=value) from None
    return value


def ip_address(value: str) -> str:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise ValueRejected("cli.bad_ip", ip=value) from None
    return value


# --------------------------------------------------------------------------- restart policy

RESTART_NAMES = ("no", "always", "on-failure", "unless-stopped")


def restart(value: str) -> dict[str, Any]:
    """`--restart NAME[:COUNT]` -> SDK restart_policy (docker/cli opts.ParseRestartPolicy + the
    engine's checks: a count only with on-failure, never negative; an integer)."""
    name, sep, count = value.partition(":")
    if sep and name == "":
        raise ValueRejected("cli.restart_no_name", value=value)
    if name not in RESTART_NAMES:
        raise ValueRejected("cli.restart_unknown", name=name)
    policy: dict[str, Any] = {"Name": name}
    if count != "":
        if not re.fullmatch(r"[+-]?[0-9]+", count):
            raise ValueRejected("cli.restart_count_int", value=value)
        n = int(count)
        if name != "on-failure":
            raise ValueRejected("cli.restart_count_only_on_failure", name=name)
        if n < 0:
            raise ValueRejected("cli.restart_count_negative", value=value)
        policy["MaximumRetryCount"] = n
    return policy


# --------------------------------------------------------------------------- durations and sizes

_DURATION_UNITS = {"ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000,
                   "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000}
_DURATION_PART = re.compile(r"([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)")


def duration_ns(value: str) -> int:
    """Go's time.ParseDuration ('1m30s', '1.5h', '300ms', '0') -> nanoseconds."""
    s = value
    sign = 1
    if s[:1] in "+-" and s:
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if s == "0":
        return 0
    if not s:
        raise ValueRejected("cli.bad_duration", value=value)
    total = 0.0
    pos = 0
    while pos < len(s):
        mt = _DURATION_PART.match(s, pos)
        if not mt or mt.group(1) in ("", "."):
            raise ValueRejected("cli.bad_duration", value=value)
        total += float(mt.group(1)) * _DURATION_UNITS[mt.group(2)]
        pos = mt.end()
    return sign * int(round(total))


def positive_duration_ns(value: str) -> int:
    ns = duration_ns(value)
    if ns < 0:
        raise ValueRejected("cli.bad_duration", value=value)
    return ns


_SIZE = re.compile(r"^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$")
_UNITS = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3, "t": 1024 ** 4, "p": 1024 ** 5}


def ram_bytes(value: str) -> int:
    """go-units RAMInBytes: '512m' -> 536870912, '1g', '1.5GiB', '100' (bytes), '-1' where allowed."""
    mt = _SIZE.match(value)
    if not mt:
        raise ValueRejected("cli.bad_size", value=value)
    try:
        size = float(mt.group(1))
    except ValueError:
        raise ValueRejected("cli.bad_size", value=value) from None
    unit = (mt.group(2) or "").lower()
    return int(size * _UNITS.get(unit, 1))


def swap_bytes(value: str) -> int:
    """`--memory-swap`: a size, or -1 (unlimited)."""
    return -1 if value == "-1" else ram_bytes(value)


def integer(value: str) -> int:
    if not re.fullmatch(r"[+-]?[0-9]+", value):
        raise ValueRejected("cli.bad_int", value=value)
    return int(value)


def nano_cpus(value: str) -> int:
    """`--cpus 1.5` -> 1500000000 (docker NanoCPUs)."""
    try:
        n = float(value)
    except ValueError:
        raise ValueRejected("cli.bad_cpus", value=value) from None
    if n < 0 or n != n:
        raise ValueRejected("cli.bad_cpus", value=value)
    return int(round(n * 1e9))


def ulimit(value: str) -> dict[str, Any]:
    """`--ulimit nofile=1024:2048` -> {"Name", "Soft", "Hard"} (go-units ParseUlimit)."""
    name, sep, limits = value.partition("=")
    if not sep or not name:
        raise ValueRejected("cli.bad_ulimit", value=value)
    soft_s, sep2, hard_s = limits.partition(":")
    try:
        soft = int(soft_s)
        hard = int(hard_s) if sep2 else soft
    except ValueError:
        raise ValueRejected("cli.bad_ulimit", value=value) from None
    if soft > hard:
        raise ValueRejected("cli.bad_ulimit", value=value)
    return {"Name": name, "Soft": soft, "Hard": hard}


def boolean(value: str) -> bool:
    """Go strconv.ParseBool."""
    if value in ("1", "t", "T", "TRUE", "true", "True"):
        return True
    if value in ("0", "f", "F", "FALSE", "false", "False"):
        return False
    raise ValueRejected("cli.bad_bool", value=value)


# --------------------------------------------------------------------------- volumes (-v)

_RW = {"rw", "ro"}
_LABEL = {"z", "Z"}
_PROPAGATION = {"shared", "rshared", "slave", "rslave", "private", "rprivate"}
_COPY = {"nocopy"}
_CONSISTENCY = {"consistent", "cached", "delegated"}


@dataclass(frozen=True)
class Bind:
    """One `-v` value, checked: source ('' for an anonymous volume), target, mode as typed."""

    source: str
    target: str
    mode: str
    is_bind: bool

    def spec(self) -> str:
        """The value for the SDK's `volumes` list (HostConfig.Binds), as typed."""
        if not self.source:
            return self.target
        return f"{self.source}:{self.target}" + (f":{self.mode}" if self.mode else "")


def _valid_mode(mode: str) -> bool:
    counts = [0, 0, 0, 0, 0]
    for o in mode.split(","):
        for i, group in enumerate((_RW, _LABEL, _PROPAGATION, _COPY, _CONSISTENCY)):
            if o in group:
                counts[i] += 1
                break
        else:
            return False
    return all(c <= 1 for c in counts)


def volume(spec: str) -> Bind:
    """`-v [SOURCE:]TARGET[:MODE]` as moby's linux parser reads it (ParseMountRaw), plus the
    client's own rule for bind sources: relative (`./x`, `x/y`) and `~` sources are resolved by
    docker against the client's directory, which a chat does not have — refused."""
    parts = spec.split(":")
    if spec == "" or len(parts) > 3 or any(p == "" for p in parts):
        raise ValueRejected("cli.volume_spec", spec=spec)
    mode = ""
    if len(parts) == 1:
        source, target = "", parts[0]
    elif len(parts) == 2:
        if _valid_mode(parts[1]) or parts[1] in _PROPAGATION:
            raise ValueRejected("cli.volume_spec", spec=spec)
        source, target = parts
    else:
        source, target, mode = parts
        if not _valid_mode(mode):
            raise ValueRejected("cli.volume_mode", spec=spec, mode=mode)
    if not target.startswith("/"):
        raise ValueRejected("cli.mount_path_absolute", path=target)
    if target.rstrip("/") == "" and len(target) >= 1 and source:
        raise ValueRejected("cli.mount_root", spec=spec)
    is_bind = source.startswith("/")
    if source and not is_bind:
        if source.startswith(("~", ".")) or "/" in source:
            raise ValueRejected("cli.relative_bind", source=source)
        volume_name(source)
        opts = set(mode.split(",")) if mode else set()
        if opts & _PROPAGATION:
            raise ValueRejected("cli.volume_spec", spec=spec)
    if is_bind and "nocopy" in (mode.split(",") if mode else []):
        raise ValueRejected("cli.volume_spec", spec=spec)
    return Bind(source, target, mode, is_bind)


# --------------------------------------------------------------------------- --mount

_MOUNT_TYPES = ("bind", "volume", "tmpfs")
_BOOL_KEYS = ("readonly", "ro", "volume-nocopy", "bind-nonrecursive")


def mount(spec: str) -> dict[str, Any]:
    """`--mount type=…,source=…,target=…[,…]` -> an Engine API Mount object (docker/cli
    opts/mount.go MountOpt.Set, field for field)."""
    m: dict[str, Any] = {"Type": "volume"}
    bind_opts: dict[str, Any] = {}
    vol_opts: dict[str, Any] = {}
    tmpfs_opts: dict[str, Any] = {}
    for field in _csv(spec):
        key, sep, val = field.partition("=")
        key = key.lower()
        if not sep:
            if key in _BOOL_KEYS:
                val = "true"
            else:
                raise ValueRejected("cli.mount_field", field=field)
        if key == "type":
            m["Type"] = val.lower()
        elif key in ("source", "src"):
            m["Source"] = val
        elif key in ("target", "dst", "destination"):
            m["Target"] = val
        elif key in ("readonly", "ro"):
            m["ReadOnly"] = boolean(val)
        elif key == "consistency":
            m["Consistency"] = val.lower()
        elif key == "bind-propagation":
            if val.lower() not in _PROPAGATION:
                raise ValueRejected("cli.mount_value", field=key, value=val)
            bind_opts["Propagation"] = val.lower()
        elif key == "bind-nonrecursive":
            bind_opts["NonRecursive"] = boolean(val)
        elif key == "volume-nocopy":
            vol_opts["NoCopy"] = boolean(val)
        elif key == "volume-label":
            k, _, v = val.partition("=")
            vol_opts.setdefault("Labels", {})[k] = v
        elif key == "volume-driver":
            vol_opts.setdefault("DriverConfig", {})["Name"] = val
        elif key == "volume-opt":
            k, sep2, v = val.partition("=")
            if not sep2:
                raise ValueRejected("cli.mount_value", field=key, value=val)
            vol_opts.setdefault("DriverConfig", {}).setdefault("Options", {})[k] = v
        elif key == "tmpfs-size":
            tmpfs_opts["SizeBytes"] = ram_bytes(val)
        elif key == "tmpfs-mode":
            try:
                tmpfs_opts["Mode"] = int(val, 8)
            except ValueError:
                raise ValueRejected("cli.mount_value", field=key, value=val) from None
        else:
            raise ValueRejected("cli.mount_key", field=key, spec=spec)
    kind = m["Type"]
    if kind not in _MOUNT_TYPES:
        raise ValueRejected("cli.mount_type", type=kind)
    target = m.get("Target", "")
    if not target:
        raise ValueRejected("cli.mount_target")
    if not target.startswith("/"):
        raise ValueRejected("cli.mount_path_absolute", path=target)
    for opts, wanted in ((bind_opts, "bind"), (vol_opts, "volume"), (tmpfs_opts, "tmpfs")):
        if opts and kind != wanted:
            raise ValueRejected("cli.mount_mix", prefix=wanted, type=kind)
    if kind == "bind":
        src = m.get("Source", "")
        if not src:
            raise ValueRejected("cli.mount_source_required", type=kind)
        if not src.startswith("/"):
            raise ValueRejected("cli.relative_bind", source=src)
    if kind == "tmpfs" and m.get("Source"):
        raise ValueRejected("cli.mount_tmpfs_source")
    if kind == "volume" and m.get("Source"):
        volume_name(m["Source"])
    if bind_opts:
        m["BindOptions"] = bind_opts
    if vol_opts:
        m["VolumeOptions"] = vol_opts
    if tmpfs_opts:
        m["TmpfsOptions"] = tmpfs_opts
    return m


def _csv(spec: str) -> list[str]:
    """encoding/csv on one line: fields split at commas, double quotes around a field kept out."""
    import csv

    try:
        rows = list(csv.reader([spec], strict=True))
    except csv.Error:
        raise ValueRejected("cli.mount_field", field=spec) from None
    return rows[0] if rows else []


def tmpfs(value: str) -> tuple[str, str]:
    """`--tmpfs /run:rw,size=64m` -> ('/run', 'rw,size=64m')."""
    path, _, opts = value.partition(":")
    if not path.startswith("/"):
        raise ValueRejected("cli.mount_path_absolute", path=path)
    return path, opts


# --------------------------------------------------------------------------- devices, GPUs


def _path_value(value: str) -> tuple[str, str]:
    path, sep, rest = value.rpartition(":")
    if not sep or not path.startswith("/dev/"):
        raise ValueRejected("cli.bad_device_value", value=value)
    return path, rest


def weight_device(value: str) -> dict[str, Any]:
    """`--blkio-weight-device /dev/sda:200` (docker ValidateWeightDevice: 10..1000, or 0)."""
    path, raw = _path_value(value)
    if not raw.isdigit() or not (int(raw) == 0 or 10 <= int(raw) <= 1000):
        raise ValueRejected("cli.bad_device_value", value=value)
    return {"Path": path, "Weight": int(raw)}


def device_rate_bps(value: str) -> dict[str, Any]:
    """`--device-read-bps /dev/sda:1mb` (a size)."""
    path, raw = _path_value(value)
    return {"Path": path, "Rate": ram_bytes(raw)}


def device_rate_iops(value: str) -> dict[str, Any]:
    """`--device-read-iops /dev/sda:1000` (an integer)."""
    path, raw = _path_value(value)
    if not raw.isdigit():
        raise ValueRejected("cli.bad_device_value", value=value)
    return {"Path": path, "Rate": int(raw)}


def gpus(value: str) -> dict[str, Any]:
    """`--gpus all` · `--gpus 2` · `--gpus '"device=0,1"'` · `count=2,capabilities=utility` ->
    one Engine API DeviceRequest (docker/cli opts/gpus.go)."""
    req: dict[str, Any] = {"Driver": "", "Count": 0, "DeviceIDs": None, "Capabilities": [["gpu"]], "Options": {}}
    fields = _csv(value)
    seen: set[str] = set()
    for field in fields:
        key, sep, val = field.partition("=")
        if not sep:
            if field == "all":
                req["Count"] = -1
                continue
            if field.isdigit():
                req["Count"] = int(field)
                continue
            raise ValueRejected("cli.bad_gpus", value=value)
        if key in seen:
            raise ValueRejected("cli.bad_gpus", value=value)
        seen.add(key)
        if key == "driver":
            req["Driver"] = val
        elif key == "count":
            if val == "all":
                req["Count"] = -1
            elif val.isdigit():
                req["Count"] = int(val)
            else:
                raise ValueRejected("cli.bad_gpus", value=value)
        elif key == "device":
            req["DeviceIDs"] = val.split(",")
        elif key == "capabilities":
            req["Capabilities"] = [val.split(",")]
        elif key == "options":
            for kv in val.split(","):
                k, _, v = kv.partition("=")
                req["Options"][k] = v
        else:
            raise ValueRejected("cli.bad_gpus", value=value)
    if req["Count"] and req["DeviceIDs"]:
        raise ValueRejected("cli.bad_gpus", value=value)
    return req


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")


def timestamp(value: str) -> str:
    """`--since`/`--until` as docker reads them (GetTimestamp): a Go duration ago ('10m',
    '1h30m'), a Unix time ('1700000000', '1700000000.5') or an RFC 3339 date/time."""
    if re.fullmatch(r"\d+(\.\d+)?", value) or _TIMESTAMP.fullmatch(value):
        return value
    try:
        duration_ns(value)
    except ValueRejected:
        raise ValueRejected("cli.bad_timestamp", value=value) from None
    return value


def filter_kv(value: str) -> tuple[str, str]:
    """`--filter key=value` (docker's filters.ParseFlag: '=' required)."""
    k, sep, v = value.partition("=")
    if not sep:
        raise ValueRejected("cli.bad_filter", value=value)
    return k.strip().lower(), v.strip()


_GO_ACTION = re.compile(r"\{\{(.*?)\}\}", re.S)
_GO_FIELD = re.compile(r"\s*(?:json\s+)?\.(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)?\s*")


def go_template(value: str) -> str:
    """`--format` of docker inspect (container, volume, network): `json`, or text whose actions are a field path
    (`{{.State.Status}}`, `{{.NetworkSettings.IPAddress}}`, `{{.}}`), perhaps printed as JSON (`{{json .Mounts}}`) — the
    part of Go's text/template (https://docs.docker.com/engine/cli/formatting/) that gorae prints
    (bot/engine/docker_format.py `go_format`). Raises ValueRejected(cli.template_unsupported) for any other action
    (range, index, if, a function other than json) or an unbalanced brace."""
    if value.strip() == "json":
        return "json"
    actions = _GO_ACTION.findall(value)
    rest = _GO_ACTION.sub("", value)
    if not actions or "{{" in rest or "}}" in rest or not all(_GO_FIELD.fullmatch(a) for a in actions):
        raise ValueRejected("cli.template_unsupported", template=value)
    return value


def stop_timeout(value: str) -> int:
    return integer(value)


_REF_TAG = re.compile(r"[\w][\w.-]{0,127}")
_REF_COMPONENT = re.compile(r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*")
_REF_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
                         r"|\[[0-9A-Fa-f:]+\])(?::[0-9]+)?")


def new_reference(value: str) -> str:
    """The new name of `docker tag SOURCE TARGET` as docker's reference grammar reads it (distribution/reference):
    an optional registry host, path components in lower case ("MyApp" is docker's "repository name must be
    lowercase"), a tag of up to 128 word characters, `.` and `-` (never first), and no digest ("refusing to
    create a tag with a digest reference").
    'nginx:prod', '127.0.0.1:5000/team/app:1' pass; 'MyApp:1', 'nginx:-x', 'nginx@sha256:…' are refused."""
    if "@" in value:
        raise ValueRejected("cli.tag_digest", image=value)
    name, tag = value, None
    if ":" in value.rsplit("/", 1)[-1]:
        name, tag = value.rsplit(":", 1)
    parts = name.split("/")
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost"):
        if not _REF_DOMAIN.fullmatch(parts[0]):
            raise ValueRejected("cli.bad_reference", image=value)
        parts = parts[1:]
    if not all(_REF_COMPONENT.fullmatch(p) for p in parts) or (tag is not None and not _REF_TAG.fullmatch(tag)):
        raise ValueRejected("cli.bad_reference", image=value)
    return value


def split_image_ref(ref: str, tag: str | None = None) -> tuple[str, str]:
    """An image reference -> (repository, tag or digest), as docker-py's
    `docker.utils.parse_repository_tag` splits it, with "latest" when none is given:
    'nginx' -> ('nginx', 'latest'); '127.0.0.1:5000/x:1' -> ('127.0.0.1:5000/x', '1');
    'alpine@sha256:ab…' -> ('alpine', 'sha256:ab…'). A `tag` given separately wins."""
    if "@" in ref:
        repo, _, digest = ref.rpartition("@")
        return repo, tag or digest or "latest"
    repo, sep, last = ref.rpartition(":")
    if sep and "/" not in last:
        return repo, tag or last or "latest"
    return ref, tag or "latest"
