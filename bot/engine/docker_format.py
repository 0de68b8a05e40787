"""Engine payloads (plain dicts from the low-level API) -> Tables and field summaries.

Pure functions, no I/O: lists look like the docker CLI's (`docker ps`,
`docker images`, …); inspect summaries are short `(label key, value)` pairs whose
label keys (`field.*`) the renderer translates.

    >>> human_size(7_800_000)
    '7.8MB'
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.model import Table

# ---------------------------------------------------------------------------- humanize


def human_size(n: float, digits: int = 3) -> str:
    """Decimal units with 3 significant digits, as docker prints sizes (`digits` 4: units.HumanSize,
    as the prune commands print "Total reclaimed space")."""
    units = ["B", "kB", "MB", "GB", "TB", "PB"]
    i = 0
    n = float(n)
    while n >= 1000 and i < len(units) - 1:
        n /= 1000.0
        i += 1
    return f"{n:.{digits}g}{units[i]}"


def human_duration(seconds: float) -> str:
    """docker's units.HumanDuration ("About a minute", "3 hours", "2 weeks")."""
    s = int(seconds)
    if s < 1:
        return "Less than a second"
    if s == 1:
        return "1 second"
    if s < 60:
        return f"{s} seconds"
    m = s // 60
    if m == 1:
        return "About a minute"
    if m < 60:
        return f"{m} minutes"
    h = int(s / 3600 + 0.5)  # rounded half up, as Go's int(d.Hours() + 0.5) (not round()'s half to even)
    if h == 1:
        return "About an hour"
    if h < 48:
        return f"{h} hours"
    if h < 24 * 7 * 2:
        return f"{h // 24} days"
    if h < 24 * 30 * 2:
        return f"{h // 24 // 7} weeks"
    if h < 24 * 365 * 2:
        return f"{h // 24 // 30} months"
    return f"{h // 24 // 365} years"


def ago(epoch: float, now: float | None = None) -> str:
    return human_duration((now or time.time()) - epoch) + " ago"


def parse_time(value: str | None) -> datetime | None:
    """Docker's RFC 3339 timestamps (nanoseconds, 'Z') -> aware datetime; zero time -> None."""
    if not value or value.startswith("0001-01-01"):
        return None
    v = value.replace("Z", "+00:00")
    if "." in v:  # trim nanoseconds to microseconds
        head, rest = v.split(".", 1)
        tz = rest.lstrip("0123456789")  # the offset after the fraction's digits, not its digits too
        frac = rest[:len(rest) - len(tz)]
        v = f"{head}.{frac[:6]}{tz}"
    try:
        return datetime.fromisoformat(v)
    except ValueError:
        return None


def when(value: str | None) -> str:
    """'2024-05-01 10:00:00 UTC (3 hours ago)'."""
    dt = parse_time(value)
    if dt is None:
        return "-"
    stamp = dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"{stamp} ({ago(dt.timestamp())})"


def short_id(ident: str) -> str:
    return ident.split(":", 1)[-1][:12]


def _trunc(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# ---------------------------------------------------------------------------- ports


def ports_from_list(ports: Iterable[dict[str, Any]]) -> str:
    """`docker ps`'s PORTS column from the list API's Ports entries."""
    seen: list[str] = []
    for p in sorted(ports, key=lambda p: (p.get("PrivatePort", 0), p.get("IP", ""))):
        priv = f"{p.get('PrivatePort')}/{p.get('Type', 'tcp')}"
        if p.get("PublicPort"):
            ip = p.get("IP") or "0.0.0.0"
            item = f"{'[::]' if ip == '::' else ip}:{p['PublicPort']}->{priv}"
        else:
            item = priv
        if item not in seen:
            seen.append(item)
    return ", ".join(_drop_v6_twins(seen))


def _drop_v6_twins(items: list[str]) -> list[str]:
    """'[::]:8080->80/tcp' says nothing new next to '0.0.0.0:8080->80/tcp'."""
    return [i for i in items if not (i.startswith("[::]:") and "0.0.0.0:" + i[5:] in items)]


def ports_from_settings(ports: dict[str, Any] | None) -> str:
    """The same from inspect's NetworkSettings.Ports {"80/tcp": [{"HostIp","HostPort"}]|None}."""
    items: list[str] = []
    for priv, binds in sorted((ports or {}).items()):
        if not binds:
            items.append(priv)
            continue
        for b in binds:
            ip = b.get("HostIp") or "0.0.0.0"
            item = f"{'[::]' if ip == '::' else ip}:{b.get('HostPort')}->{priv}"
            if item not in items:
                items.append(item)
    return ", ".join(_drop_v6_twins(items))


# ---------------------------------------------------------------------------- lists


def containers_table(raw: list[dict[str, Any]]) -> Table:
    """`docker ps` from one `GET /containers/json` (no per-container inspect)."""
    rows = []
    for c in raw:
        names = ",".join(n.lstrip("/") for n in c.get("Names") or [])
        image = c.get("Image", "")
        if image.startswith("sha256:"):
            image = short_id(image)
        rows.append((
            short_id(c.get("Id", "")),
            image,
            '"' + _trunc(c.get("Command", ""), 20) + '"',
            c.get("Status", ""),
            ports_from_list(c.get("Ports") or []),
            names,
        ))
    return Table(("CONTAINER ID", "IMAGE", "COMMAND", "STATUS", "PORTS", "NAMES"), tuple(rows))


def top_table(res: dict[str, Any]) -> Table:
    """`docker top` from `GET /containers/{id}/top`: its Titles and Processes, as the engine's ps gave them."""
    titles = tuple(str(t) for t in res.get("Titles") or ())
    rows = tuple(tuple(str(v) for v in p) for p in res.get("Processes") or ())
    return Table(titles, rows)


# ---------------------------------------------------------------------------- docker stats
# How the docker CLI turns one `GET /containers/{id}/stats?stream=false` sample into its table row:
# docker/cli cli/command/container/stats_helpers.go (calculateCPUPercentUnix,
# calculateMemUsageUnixNoCache, calculateMemPercentUnixNoCache, calculateBlockIO, calculateNetwork)
# and formatter_stats.go (CPUPerc/MemPerc "%.2f%%", MemUsage units.BytesSize, NetIO/BlockIO
# units.HumanSizeWithPrecision(…, 3)); go-units size.go for the two size formats.

STATS_COLUMNS = ("CONTAINER ID", "NAME", "CPU %", "MEM USAGE / LIMIT", "MEM %", "NET I/O", "BLOCK I/O", "PIDS")


@dataclass(frozen=True)
class StatsSample:
    """One container's figures, computed as the docker CLI computes them (units: percent, bytes)."""

    id: str
    name: str
    cpu_percent: float
    mem_usage: float  # bytes, page cache excluded (inactive_file)
    mem_limit: float  # bytes
    mem_percent: float
    net_rx: float
    net_tx: float
    block_read: float
    block_write: float
    pids: int


def binary_size(n: float) -> str:
    """go-units BytesSize: base 1024, 4 significant digits ("3.164MiB", "7.629GiB", "0B")."""
    units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]
    i = 0
    n = float(n)
    while n >= 1024 and i < len(units) - 1:
        n /= 1024.0
        i += 1
    return f"{n:.4g}{units[i]}"


def cpu_percent(s: dict[str, Any]) -> float:
    """calculateCPUPercentUnix: the container's share of the host's CPU time between the sample and
    the one before it (`precpu_stats`), times the online CPUs, in percent; 0 when either delta is not
    positive (the first sample of a container that just started has no previous one)."""
    cpu, pre = s.get("cpu_stats") or {}, s.get("precpu_stats") or {}
    cpu_delta = float((cpu.get("cpu_usage") or {}).get("total_usage") or 0) - float(
        (pre.get("cpu_usage") or {}).get("total_usage") or 0)
    system_delta = float(cpu.get("system_cpu_usage") or 0) - float(pre.get("system_cpu_usage") or 0)
    online = float(cpu.get("online_cpus") or 0) or float(len((cpu.get("cpu_usage") or {}).get("percpu_usage") or ()))
    if system_delta > 0 and cpu_delta > 0:
        return cpu_delta / system_delta * online * 100.0
    return 0.0


def mem_usage(mem: dict[str, Any]) -> float:
    """calculateMemUsageUnixNoCache: usage minus the inactive page cache (cgroup v1
    `total_inactive_file`, cgroup v2 `inactive_file`), bytes."""
    usage = int(mem.get("usage") or 0)
    stats = mem.get("stats") or {}
    if "total_inactive_file" in stats and int(stats["total_inactive_file"]) < usage:
        return float(usage - int(stats["total_inactive_file"]))
    v = int(stats.get("inactive_file") or 0)
    if v < usage:
        return float(usage - v)
    return float(usage)


def stats_sample(s: dict[str, Any], ident: str = "", name: str = "") -> StatsSample:
    """One `stats?stream=false` payload -> the CLI's figures (`ident`/`name` when the payload lacks them)."""
    mem = s.get("memory_stats") or {}
    used, limit = mem_usage(mem), float(mem.get("limit") or 0)
    rx = sum(float(n.get("rx_bytes") or 0) for n in (s.get("networks") or {}).values())
    tx = sum(float(n.get("tx_bytes") or 0) for n in (s.get("networks") or {}).values())
    read = write = 0.0
    for e in (s.get("blkio_stats") or {}).get("io_service_bytes_recursive") or ():
        op = str(e.get("op") or "")[:1].lower()
        if op == "r":
            read += float(e.get("value") or 0)
        elif op == "w":
            write += float(e.get("value") or 0)
    return StatsSample(
        id=str(s.get("id") or ident), name=str(s.get("name") or name).lstrip("/"),
        cpu_percent=cpu_percent(s), mem_usage=used, mem_limit=limit,
        mem_percent=used / limit * 100.0 if limit else 0.0,
        net_rx=rx, net_tx=tx, block_read=read, block_write=write,
        pids=int((s.get("pids_stats") or {}).get("current") or 0))


def stats_table(samples: Iterable[StatsSample]) -> Table:
    """`docker stats --no-stream`'s table (formatter_stats.go), one row per sample, in the order given."""
    rows = tuple((
        short_id(x.id), x.name, f"{x.cpu_percent:.2f}%",
        f"{binary_size(x.mem_usage)} / {binary_size(x.mem_limit)}", f"{x.mem_percent:.2f}%",
        f"{human_size(x.net_rx)} / {human_size(x.net_tx)}", f"{human_size(x.block_read)} / {human_size(x.block_write)}",
        str(x.pids)) for x in samples)
    return Table(STATS_COLUMNS, rows)


def port_lines(attrs: dict[str, Any], private: str | None = None) -> list[str]:
    """`docker port` from a container's inspect: "80/tcp -> 0.0.0.0:8080" per host binding, sorted by
    port as docker sorts them; with `private` ("80/tcp") only its host addresses ("0.0.0.0:8080")."""
    ports = (attrs.get("NetworkSettings") or {}).get("Ports") or {}
    want = private  # "80/tcp" (bot/language/docker_values.private_port)

    def key(p: str) -> tuple[int, str]:
        num, _, proto = p.partition("/")
        return (int(num) if num.isdigit() else 0, proto)

    out = []
    for p in sorted(ports, key=key):
        if want is not None and p != want:
            continue
        for b in ports[p] or ():
            ip = b.get("HostIp") or "0.0.0.0"
            host = f"[{ip}]:{b.get('HostPort', '')}" if ":" in ip else f"{ip}:{b.get('HostPort', '')}"
            out.append(host if want is not None else f"{p} -> {host}")
    return out


def published_port_count(attrs: dict[str, Any], private: str | None = None) -> int:
    """How many container ports ("80/tcp") of a container's inspect (NetworkSettings.Ports) have a host
    binding (only `private` when given): one port bound on IPv4 and IPv6 is one port, two `port_lines`."""
    ports = (attrs.get("NetworkSettings") or {}).get("Ports") or {}
    return sum(1 for p, bindings in ports.items() if bindings and (private is None or p == private))


def images_table(raw: list[dict[str, Any]], now: float | None = None) -> Table:
    rows = []
    for i in sorted(raw, key=lambda i: -int(i.get("Created") or 0)):
        tags = [t for t in (i.get("RepoTags") or []) if t != "<none>:<none>"] or ["<none>:<none>"]
        for tag in tags:
            repo, _, version = tag.rpartition(":")
            rows.append((repo, version, short_id(i.get("Id", "")),
                         ago(int(i.get("Created") or 0), now), human_size(i.get("Size") or 0)))
    return Table(("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"), tuple(rows))


def history_table(raw: list[dict[str, Any]], no_trunc: bool = False, now: float | None = None) -> Table:
    """`docker history IMAGE` as docker prints it (IMAGE, CREATED, CREATED BY, SIZE, COMMENT), newest layer
    first as the Engine API gives them; a layer built elsewhere has no ID (`<missing>`). CREATED BY is cut to 45
    characters with `…` unless `no_trunc` (docker's own width).

        >>> history_table([{"Id": "<missing>", "Created": 0, "CreatedBy": "CMD [\\"nginx\\"]", "Size": 0}], now=0).rows
        (('<missing>', 'Less than a second ago', 'CMD ["nginx"]', '0B', ''),)
    """
    rows = []
    for layer in raw:
        ident = str(layer.get("Id") or "<missing>")
        if ident != "<missing>" and not no_trunc:
            ident = short_id(ident)
        by = " ".join(str(layer.get("CreatedBy") or "").split())
        if not no_trunc and len(by) > 45:
            by = by[:44] + "…"
        rows.append((ident, ago(int(layer.get("Created") or 0), now), by, human_size(layer.get("Size") or 0),
                     str(layer.get("Comment") or "")))
    return Table(("IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"), tuple(rows))


def volumes_table(raw: list[dict[str, Any]]) -> Table:
    rows = tuple((v.get("Driver", ""), v.get("Name", "")) for v in sorted(raw, key=lambda v: v.get("Name", "")))
    return Table(("DRIVER", "VOLUME NAME"), rows)


def networks_table(raw: list[dict[str, Any]]) -> Table:
    rows = tuple((short_id(n.get("Id", "")), n.get("Name", ""), n.get("Driver", ""), n.get("Scope", ""))
                 for n in sorted(raw, key=lambda n: n.get("Name", "")))
    return Table(("NETWORK ID", "NAME", "DRIVER", "SCOPE"), rows)


# ---------------------------------------------------------------------------- inspect


def _state(state: dict[str, Any]) -> str:
    status = state.get("Status", "?")
    if status in ("running", "paused", "restarting"):
        return f"{status}, since {when(state.get('StartedAt'))}"
    if status == "exited":
        return f"exited, since {when(state.get('FinishedAt'))}"
    return status


def _restart_policy(rp: dict[str, Any] | None) -> str:
    name = (rp or {}).get("Name") or "no"
    n = (rp or {}).get("MaximumRetryCount") or 0
    return f"{name}:{n}" if name == "on-failure" and n else name


def _mounts(mounts: list[dict[str, Any]]) -> str:
    out = []
    for m in mounts:
        src = m.get("Name") if m.get("Type") == "volume" else m.get("Source")
        if src and len(src) == 64 and all(ch in "0123456789abcdef" for ch in src):
            src = src[:12]  # an anonymous volume
        mode = "" if m.get("RW", True) else " (ro)"
        out.append(f"{m.get('Type', '?')} {src} -> {m.get('Destination')}{mode}")
    return "; ".join(out) or "-"


def _cmd(cfg: dict[str, Any]) -> str:
    import shlex

    parts = list(cfg.get("Entrypoint") or []) + list(cfg.get("Cmd") or [])
    return " ".join(shlex.quote(p) for p in parts) or "-"


def container_fields(a: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """A readable summary of `docker inspect CONTAINER`; never a JSON dump."""
    st = a.get("State") or {}
    cfg = a.get("Config") or {}
    hc = a.get("HostConfig") or {}
    ns = a.get("NetworkSettings") or {}
    nets = "; ".join(f"{k} {v.get('IPAddress') or '-'}" for k, v in sorted((ns.get("Networks") or {}).items()))
    fields: list[tuple[str, str]] = [
        ("field.name", (a.get("Name") or "").lstrip("/")),
        ("field.id", short_id(a.get("Id", ""))),
        ("field.image", cfg.get("Image") or short_id(a.get("Image", ""))),
        ("field.state", _state(st)),
    ]
    if st.get("Status") == "exited":
        fields.append(("field.exit_code", str(st.get("ExitCode"))))
    if st.get("Health"):
        fields.append(("field.health", str(st["Health"].get("Status"))))
    fields += [
        ("field.restarts", str(a.get("RestartCount", 0))),
        ("field.restart_policy", _restart_policy(hc.get("RestartPolicy"))),
        ("field.ports", ports_from_settings(ns.get("Ports")) or "-"),
        ("field.mounts", _mounts(a.get("Mounts") or [])),
        ("field.networks", nets or "-"),
        ("field.command", _cmd(cfg)),
        ("field.created", when(a.get("Created"))),
    ]
    return tuple(fields)


def image_fields(a: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """A readable summary of `docker image inspect IMAGE` (the Engine API's image inspect: RepoTags,
    Id, Created, Size, Os/Architecture, Config.ExposedPorts, Config.Volumes, Config.Entrypoint/Cmd)."""
    cfg = a.get("Config") or {}
    platform = "/".join(p for p in (a.get("Os"), a.get("Architecture")) if p)
    return (
        ("field.tags", ", ".join(a.get("RepoTags") or []) or "-"),
        ("field.id", short_id(a.get("Id", ""))),
        ("field.created", when(a.get("Created"))),
        ("field.size", human_size(a.get("Size") or 0)),
        ("field.platform", platform or "-"),
        ("field.exposed", ", ".join(sorted(cfg.get("ExposedPorts") or {})) or "-"),
        ("field.volumes", ", ".join(sorted(cfg.get("Volumes") or {})) or "-"),
        ("field.command", _cmd(cfg)),
    )


def volume_fields(v: dict[str, Any], used_by: list[str]) -> tuple[tuple[str, str], ...]:
    labels = ", ".join(f"{k}={val}" for k, val in sorted((v.get("Labels") or {}).items()))
    return (
        ("field.name", v.get("Name", "")),
        ("field.driver", v.get("Driver", "")),
        ("field.mountpoint", v.get("Mountpoint", "")),
        ("field.created", when(v.get("CreatedAt"))),
        ("field.labels", labels or "-"),
        ("field.used_by", ", ".join(used_by) or "-"),
    )


def network_fields(n: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    cfgs = (n.get("IPAM") or {}).get("Config") or []
    members = "; ".join(
        f"{c.get('Name')} {c.get('IPv4Address') or '-'}"
        for c in sorted((n.get("Containers") or {}).values(), key=lambda c: c.get("Name", ""))
    )
    return (
        ("field.name", n.get("Name", "")),
        ("field.id", short_id(n.get("Id", ""))),
        ("field.driver", n.get("Driver", "")),
        ("field.scope", n.get("Scope", "")),
        ("field.subnet", ", ".join(c.get("Subnet", "") for c in cfgs if c.get("Subnet")) or "-"),
        ("field.gateway", ", ".join(c.get("Gateway", "") for c in cfgs if c.get("Gateway")) or "-"),
        ("field.members", members or "-"),
    )


# ---------------------------------------------------------------------------- --format


_GO_ACTION = re.compile(r"\{\{(.*?)\}\}", re.S)


def _go_value(value: Any) -> str:
    """A value as Go's text/template prints it after docker decoded it: strings bare, true/false, `<nil>`, a list
    `[a b]`, a map `map[k:v …]` (keys in order)."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "[" + " ".join(_go_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "map[" + " ".join(f"{k}:{_go_value(value[k])}" for k in sorted(value)) + "]"
    return str(value)


def go_format(template: str, obj: dict[str, Any]) -> str:
    """`obj` (an inspect payload) printed by a `--format` that bot/language/docker_values.py `go_template` accepted:
    `json` is the object as JSON; `{{.A.B}}` the field (`<no value>` when a key is missing, as Go prints it); `{{json
    .A}}` the field as JSON (https://docs.docker.com/engine/cli/formatting/).

        >>> go_format("{{.State.Status}} {{json .State.Running}}", {"State": {"Status": "running", "Running": True}})
        'running true'
    """
    if template == "json":
        return json.dumps(obj)

    def action(mt: re.Match[str]) -> str:
        said = mt.group(1).strip()
        as_json = said.startswith("json")
        path = said[4:].strip() if as_json else said
        value: Any = obj
        for key in filter(None, path[1:].split(".")):
            if not isinstance(value, dict) or key not in value:
                return "<no value>"
            value = value[key]
        return json.dumps(value) if as_json else _go_value(value)

    return _GO_ACTION.sub(action, template)
