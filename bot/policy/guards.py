"""Guards: options a permitted user still may not use unless a role allows them by name.

Checked on the parsed command's fields (RunContainer, Exec), on the SDK call
kwargs the plan will run (so that what runs is what is checked), and on the
request text for docker's global `-H/--host/--context` flags.

    >>> from bot.model import RunContainer
    >>> [h.guard for h in check_command(RunContainer(image="x", privileged=True))]
    ['privileged']

Also here: `bad_name`, the check that a name is plain ASCII from docker's own
alphabet (no `;`, `$(…)`, glob characters, look-alike Unicode letters).
"""
from __future__ import annotations

import os.path
import posixpath
import re
import shlex
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.language.docker_options import bind_sources
from bot.messages.policy import expand
from bot.model import Command, Exec, Msg, NetworkConnect, NetworkDisconnect, Plan, RunContainer, ServiceCreate

GUARDS = (
    "privileged", "cap_add", "host_pid", "host_ipc", "host_network", "device",
    "sensitive_mount", "bind_mount", "host_flag", "security_opt", "userns_host", "host_uts",
)

# Bind sources that are never fine without the sensitive_mount guard: these trees (a prefix
# covers what is under it: /usr covers /usr/bin and /usr/local/bin, /var/lib covers
# /var/lib/docker, /var/spool covers /var/spool/cron, /run and /var/run hold the Docker
# and containerd sockets)...
SENSITIVE_TREES = (
    "/etc", "/root", "/proc", "/sys", "/dev", "/boot", "/usr", "/bin", "/sbin", "/lib", "/lib32",
    "/lib64", "/libx32", "/var/lib", "/var/run", "/run", "/var/spool", "/snap",
)
# ...and these exact paths (they hold everything, or every user's home).
SENSITIVE_EXACT = ("/", "/var", "/home")

HOST_FLAGS = ("-H", "--host", "--context", "-c", "--config", "--tls", "--tlsverify",
              "--tlscacert", "--tlscert", "--tlskey")
_VALUE_FLAGS = ("-H", "--host", "--context", "-c", "--config", "-l", "--log-level",
                "--tlscacert", "--tlscert", "--tlskey")
HARMLESS_SECURITY_OPTS = ("no-new-privileges", "no-new-privileges:true", "no-new-privileges=true")

_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_IMAGE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/:@+-]*")
_ID_RE = re.compile(r"(sha256:)?[0-9a-f]{1,64}")


@dataclass(frozen=True)
class GuardHit:
    """One guarded option in a plan: which guard, and the option as typed."""

    guard: str
    detail: str
    params: tuple[tuple[str, Any], ...] = ()  # extra params for the guard's "why" message
    reason: str = ""  # another "why" of the same guard: guard.why.{reason}

    def why(self) -> Msg:
        return Msg(f"guard.why.{self.reason or self.guard}", self.params)


# --------------------------------------------------------------------------- names


def bad_name(kind: str, name: str) -> Msg | None:
    """Why `name` is not a plain docker name of `kind`, or None when it is."""
    for ch in name:
        if ord(ch) > 127:
            code = f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}"
            return Msg.of("policy.lookalike", name=name, char=ch, code=code)
    pattern, chars = (_IMAGE_RE, r"[A-Za-z0-9_.\-/:@+]") if kind == "image" else (_NAME_RE, r"[A-Za-z0-9_.\-]")
    if len(name) > 255 or not pattern.fullmatch(name) or ".." in name:
        bad = next((c for c in name if not re.fullmatch(chars, c)), name[:1] or " ")
        if bad.isprintable() is False or bad == " ":
            bad = repr(bad).strip("'")
        return expand("policy.bad_name", name=name, char=bad, kind=Msg.of(f"kind.{kind}"))
    return None


def bad_id(ident: str) -> bool:
    return not _ID_RE.fullmatch(ident)


# --------------------------------------------------------------------------- paths


def _path_hits(source: str, bind_allow: Iterable[str]) -> list[GuardHit]:
    """Guard hits of one bind source: checked by the host path it really reaches.

    `~` and relative sources cannot be checked (the engine has no working directory of the
    asker's): they are a bind_mount hit here, and `relative_source` refuses them outright.
    """
    if not source.startswith("/"):
        return [GuardHit("bind_mount", source, _allow_param(bind_allow))]
    lexical, real = bind_paths(source)
    detail = source if real == lexical else f"{source} -> {real}"
    if any(sensitive_path(p) for p in (lexical, real)):
        return [GuardHit("sensitive_mount", detail)]
    allowed = {posixpath.normpath(a) for a in bind_allow} | {_realpath(a) for a in bind_allow if a.startswith("/")}
    if not any(_under(real, a) for a in allowed):
        return [GuardHit("bind_mount", detail, _allow_param(bind_allow))]
    if not any(_under(real, a) and os.path.isdir(a) for a in allowed):
        # The allowed tree is not there as gorae sees it (gorae in a container without it mounted,
        # or not made yet): its links cannot be followed, so where the path leads is unknown.
        root = next(a for a in sorted(allowed, key=len, reverse=True) if _under(real, a))
        return [GuardHit("bind_mount", detail, (("root", root),), reason="bind_unseen")]
    return []


def bind_paths(source: str) -> tuple[str, str]:
    """(lexical, real) host paths of an absolute bind source.

    lexical: `..` and `.` removed as docker cleans the source; real: the longest existing
    prefix of it resolved through its symlinks, the missing rest appended (what the kernel
    reaches when the engine creates the missing directories: a symlinked parent with a
    missing last component lands where the link points). Source: os.path.realpath (strict=False).
    """
    lexical = posixpath.normpath("/" + source.lstrip("/"))
    return lexical, _realpath(lexical)


def _realpath(path: str) -> str:
    import os.path

    try:
        return os.path.realpath(posixpath.normpath(path))
    except (OSError, ValueError):
        return posixpath.normpath(path)


def sensitive_path(path: str) -> bool:
    """Is this absolute, normalised host path one that needs the sensitive_mount guard?"""
    return path in SENSITIVE_EXACT or any(_under(path, t) for t in SENSITIVE_TREES) or \
        path.endswith(".sock") or "/docker.sock" in path


def relative_source(source: str) -> bool:
    """A bind source written as `~/…`, `./…`, `../…` or `a/b`: not an absolute path, not a volume name."""
    return source.startswith(("~", ".")) or ("/" in source and not source.startswith("/"))


def _mount_sources(kwargs: dict[str, Any]) -> list[tuple[str, str]]:
    """(type, source) of every mount in the kwargs of containers.run/create: `volumes`
    (dict or "src:dst" list: a source starting with / is a bind, else a volume name) and
    `mounts` (docker.types.Mount dicts: Type bind/volume/tmpfs)."""
    out: list[tuple[str, str]] = []
    vols = kwargs.get("volumes")
    srcs: list[str] = []
    if isinstance(vols, dict):
        srcs = [str(k) for k in vols]
    elif isinstance(vols, (list, tuple)):
        srcs = [str(v).split(":", 1)[0] for v in vols if ":" in str(v)]
    out += [("bind" if s.startswith("/") or relative_source(s) else "volume", s) for s in srcs]
    for b in kwargs.get("binds") or ():
        out.append(("bind", str(b).split(":", 1)[0]))
    for m in kwargs.get("mounts") or ():
        if not isinstance(m, dict):  # the planners give dicts (docker.types.Mount is one): no other kind is made
            continue
        kind, src = m.get("Type", m.get("type", "volume")), m.get("Source", m.get("source"))
        if src:
            out.append((str(kind), str(src)))
    return out


def named_volumes(kwargs: dict[str, Any]) -> list[str]:
    """The named volumes one containers.run/create call mounts (`-v NAME:/d`, `--mount source=NAME`)."""
    return [src for kind, src in _mount_sources(kwargs) if kind == "volume"]


def relative_sources(kwargs: dict[str, Any]) -> list[str]:
    """Bind sources in one containers.run/create call that are not absolute paths."""
    return [src for kind, src in _mount_sources(kwargs)
            if (kind == "bind" and not src.startswith("/")) or relative_source(src)]


NAMESPACE_MODES = (("network", "network_mode", "--network"), ("pid", "pid_mode", "--pid"),
                   ("ipc", "ipc_mode", "--ipc"), ("uts", "uts_mode", "--uts"))


def shared_namespaces(kwargs: dict[str, Any]) -> list[tuple[str, str]]:
    """(flag, container) for each `--network/--pid/--ipc/--uts container:X` in one call's kwargs."""
    out: list[tuple[str, str]] = []
    for _, key, flag in NAMESPACE_MODES:
        for k in (key, "network") if key == "network_mode" else (key,):
            value = str(kwargs.get(k) or "")
            if value.startswith("container:"):
                out.append((flag, value[len("container:"):]))
    return out


def check_uts(command: Command | None, kwargs: dict[str, Any] | None = None) -> list[GuardHit]:
    """`--uts host` shares the host's hostname namespace: the host_pid guard's kin, own guard `host_uts`."""
    uts = command.uts if isinstance(command, RunContainer) else None
    values = [uts or "", str((kwargs or {}).get("uts_mode") or "")]
    return [GuardHit("host_uts", "--uts host")] if any(v.lower() == "host" for v in values) else []


def _allow_param(bind_allow: Iterable[str]) -> tuple[tuple[str, Any], ...]:
    allow = ", ".join(bind_allow)
    return (("allow", allow or "-"),)


def _under(path: str, tree: str) -> bool:
    return path == tree or path.startswith(tree.rstrip("/") + "/")


# --------------------------------------------------------------------------- checks


# The option-driven guards, in the order their hits are reported. Which options each guard
# covers, the Command field and SDK argument they fill and the flag shown all come from the
# option tables (bot/language/docker_options.py: `Option.guard`); how a value hits is below.
_OPTION_GUARDS = ("privileged", "cap_add", "host_pid", "host_ipc", "host_network", "device", "security_opt",
                  "userns_host")
_HOST_VALUED = ("host_pid", "host_ipc", "host_network", "userns_host")  # only the value "host" hits
# SDK arguments a Call may carry that no table option fills (the SDK's alias, docker's raw form)
_SDK_ONLY = {"host_network": (("network_mode", "--network"),),
             "device": (("device_cgroup_rules", "--device-cgroup-rule"),)}


@lru_cache(maxsize=None)
def _guarded(guard: str) -> tuple[Any, ...]:
    """The table options (run/create, exec) a guard covers, each once, in table order."""
    from bot.language import docker_options as do

    out: list[Any] = []
    for table in (do.RUN, do.EXEC):
        for o in table.options:
            if o.guard == guard and all((o.field, o.sdk, o.name) != (p.field, p.sdk, p.name) for p in out):
                out.append(o)
    return tuple(out)


def _value_hits(guard: str, flag: str, value: Any, *, repeatable: bool) -> list[GuardHit]:
    """Hits of one option's value: "host" for the namespace guards; each item of a repeatable
    option (security options other than no-new-privileges); else the option being set at all."""
    if guard in _HOST_VALUED:
        return [GuardHit(guard, f"{flag} host")] if str(value or "").lower() == "host" else []
    if repeatable:
        items = [v for v in (value or ()) if guard != "security_opt" or str(v).lower() not in HARMLESS_SECURITY_OPTS]
        return [GuardHit(guard, f"{flag} {v}") for v in items]
    return [GuardHit(guard, flag)] if value else []


def guarded_fields(command: Command) -> dict[str, object]:
    """The command's fields that option guards read, by field name (`Option.field` of the run/exec
    tables), read per variant: a run's, an exec's `--privileged`, a service's `--cap-add` and
    `--network`, `docker network connect|disconnect NETWORK` (`host` hits host_network).
    tests/test_guards.py checks that every variant with a guarded field is read here."""
    if isinstance(command, RunContainer):
        return {"privileged": command.privileged, "cap_add": command.cap_add, "pid": command.pid,
                "ipc": command.ipc, "network": command.network, "devices": command.devices,
                "security_opt": command.security_opt, "userns": command.userns}
    if isinstance(command, Exec):
        return {"privileged": command.privileged}
    if isinstance(command, ServiceCreate):
        return {"cap_add": command.cap_add, "network": command.network}
    if isinstance(command, (NetworkConnect, NetworkDisconnect)):
        return {"network": command.network}
    return {}


def check_command(command: Command, *, bind_allow: Iterable[str] = ()) -> list[GuardHit]:
    """Guard hits in a parsed command's fields (RunContainer, Exec; others have none)."""
    bind_allow = tuple(bind_allow)
    hits: list[GuardHit] = []
    host_flag = command.host_flag
    if host_flag:
        flag = str(host_flag)
        hits.append(GuardHit("host_flag", flag if flag.startswith("-") else f"-H {flag}"))
    fields = guarded_fields(command)
    for guard in _OPTION_GUARDS:
        for opt in _guarded(guard):
            if opt.field:  # the table names the command's field (bot/language/docker_options.py)
                hits += _value_hits(guard, opt.flag, fields.get(opt.field), repeatable=opt.repeatable)
    for vol in command.volumes if isinstance(command, RunContainer) else ():  # (`rm -v`: volumes=True)
        if vol.is_bind:
            hits += _path_hits(vol.source, bind_allow)
    return hits


def check_call(op: str, kwargs: dict[str, Any], *, bind_allow: Iterable[str] = ()) -> list[GuardHit]:
    """Guard hits in the kwargs of one SDK call (containers.run/create, exec)."""
    bind_allow = tuple(bind_allow)
    hits: list[GuardHit] = []
    for guard in _OPTION_GUARDS:
        options = _guarded(guard)  # repeatable ones, then the SDK-only arguments, then the rest
        for opt in (o for o in options if o.sdk and o.repeatable):
            hits += _value_hits(guard, opt.flag, kwargs.get(opt.sdk), repeatable=True)
        for key, flag in _SDK_ONLY.get(guard, ()):
            hits += _value_hits(guard, flag, kwargs.get(key), repeatable=guard == "device")
        for opt in (o for o in options if o.sdk and not o.repeatable):
            hits += _value_hits(guard, opt.flag, kwargs.get(opt.sdk), repeatable=False)
    for source in bind_sources(kwargs, repeats=True):
        hits += _path_hits(source, bind_allow)
    return hits


def check_text(text: str, engine: str | None = None) -> list[GuardHit]:
    """docker's global engine-selecting flags typed before the subcommand (CLI form).

    `--context NAME` / `-c NAME` is no hit when NAME is `engine`, the engine the plan runs on
    (a known engine chosen by name, bot/engine/choose.py); any other value is.
    """
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.split()
    if words and words[0] == "docker":
        words = words[1:]
    hits: list[GuardHit] = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        if not word.startswith("-"):
            break
        flag = word.split("=", 1)[0]
        if engine is not None and flag in ("--context", "-c"):
            value = word.split("=", 1)[1] if "=" in word else (words[i + 1] if i + 1 < len(words) else "")
            if value == engine:
                skip = "=" not in word
                continue
        if flag in HOST_FLAGS or (flag.startswith("-H") and not flag.startswith("--")):
            hits.append(GuardHit("host_flag", flag if flag.startswith("--") else flag[:2]))
        skip = flag in _VALUE_FLAGS and "=" not in word
    return hits


def check(plan: Plan, text: str = "", *, bind_allow: Iterable[str] = ()) -> list[GuardHit]:
    """Every guard hit of a plan (command fields, SDK calls, request text), without repeats."""
    bind_allow = tuple(bind_allow)
    hits = check_command(plan.command, bind_allow=bind_allow)
    for call in plan.calls:
        hits += check_call(call.op, call.kw(), bind_allow=bind_allow)
    engine = plan.engine or plan.command.engine
    hits += check_text(text, engine if engine != "*" else None)
    hits += check_uts(plan.command)
    for call in plan.calls:
        hits += check_uts(None, call.kw())
    seen: set[tuple[str, str]] = set()
    out: list[GuardHit] = []
    for h in hits:
        if (h.guard, h.detail) not in seen:
            seen.add((h.guard, h.detail))
            out.append(h)
    return out
