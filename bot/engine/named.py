"""Named engines: the docker CLI's contexts and gorae's `engines:` config, one of them the default.

    >>> e = Engines({"default": EngineSpec("default", "unix:///var/run/docker.sock")}, "default")
    >>> e.names()
    ('default',)

Where they come from (`load_engines`), later sources winning for the same name:

1. the docker CLI's implicit `default` context (`env_engine`): DOCKER_HOST, else
   unix:///var/run/docker.sock (TLS from DOCKER_TLS_VERIFY / DOCKER_TLS / DOCKER_CERT_PATH), as the CLI does;
2. the docker CLI's own contexts, read as the CLI reads them (source: docker/cli
   cli/context/store): `$DOCKER_CONFIG` or `~/.docker`, one directory per context under
   `contexts/meta/<sha256 of the name>/meta.json` (`{"Name", "Endpoints": {"docker": {"Host",
   "SkipTLSVerify"}}}`), its TLS files in `contexts/tls/<sha256 of the name>/docker/{ca,cert,key}.pem`;
3. gorae's config file (bot/config.py `read_config`): `engines: {NAME: URL}` or
   `{NAME: {host: URL, tls: {ca, cert, key, verify}, default: true}}`, and `default_engine: NAME`.

The default: `default_engine:` of the config, else an engine marked `default: true`, else
$DOCKER_CONTEXT, else the CLI's `currentContext` (config.json), else `default`.

Clients (`client_for`, the one place an SDK client of an engine is made, the environment's
default engine included: bot.engine.view.docker_client) are made with the docker SDK: unix:// and tcp:// (with TLS client
certificates), ssh:// through the `ssh` program (`use_ssh_client=True`: the user's
~/.ssh/config and known_hosts apply, as for the docker CLI). An engine that accepts and never
answers is refused within `bot.engine.view.ANSWER_TIMEOUT` seconds (`probe`); an ssh:// or TLS
engine's first answer (GET /version) gets as long, its later calls the usual timeout.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, TypeVar

from bot.model import Msg

NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]+")  # docker context names (docker/cli: ^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$)
SCHEMES = ("unix://", "tcp://", "ssh://", "http://", "https://")
DEFAULT = "default"  # the docker CLI's implicit context
T = TypeVar("T")


@dataclass(frozen=True)
class TLSFiles:
    """Client certificates for a tcp:// engine (paths to PEM files); `verify`: check the server's."""

    ca: str | None = None
    cert: str | None = None
    key: str | None = None
    verify: bool = True


@dataclass(frozen=True)
class EngineSpec:
    """One engine: its name (as typed after --context), where it is and how to reach it.

    `source`: "env" (the CLI's default context), "context" (a docker CLI context) or "config".
    """

    name: str
    host: str
    tls: TLSFiles | None = None
    source: str = "env"
    description: str = ""

    @property
    def where(self) -> str:
        """The label used in sentences: `prod-1 (ssh://deploy@10.0.0.5)`."""
        return f"{self.name} ({self.host})"


class EnginesInvalid(Exception):
    """The engine configuration is wrong; `problems` are Msgs, one line each."""

    def __init__(self, problems: list[Msg]) -> None:
        super().__init__("; ".join(p.key for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Engines:
    """The known engines by name, and the default one's name."""

    specs: Mapping[str, EngineSpec]
    default: str = DEFAULT
    problems: tuple[Msg, ...] = field(default=(), compare=False)  # unreadable contexts (skipped)

    def names(self) -> tuple[str, ...]:
        """The default first, the others sorted."""
        return (self.default,) + tuple(sorted(n for n in self.specs if n != self.default))

    def get(self, name: str) -> EngineSpec | None:
        return self.specs.get(name)

    @property
    def many(self) -> bool:
        """More than one engine: every command shown names its context."""
        return len(self.specs) > 1

    def matching(self, patterns: Iterable[str]) -> tuple[str, ...]:
        pats = tuple(patterns)
        return tuple(n for n in self.names() if engine_matches(n, pats))

    def distinct(self) -> tuple[str, ...]:
        """One name per daemon (`same_daemon`), in `names()` order: the first of each keeps it (the
        default when it is one of them). What a fan-out and a search go over: a daemon that two names
        reach (a config's `staging: unix:///var/run/docker.sock` beside the CLI's `default`) is one
        target, restarted once, never asked about as two."""
        seen: set[str] = set()
        out: list[str] = []
        for n in self.names():
            key = daemon_key(self.specs[n])
            if key not in seen:
                seen.add(key)
                out.append(n)
        return tuple(out)

    def aliases(self, name: str) -> tuple[str, ...]:
        """The other names of the daemon `name` reaches, in `names()` order (() when it has none)."""
        spec = self.specs.get(name)
        if spec is None:
            return ()
        key = daemon_key(spec)
        return tuple(n for n in self.names() if n != name and daemon_key(self.specs[n]) == key)


_LOOPBACK = {"localhost": "127.0.0.1", "::1": "127.0.0.1", "[::1]": "127.0.0.1"}


def daemon_key(spec: EngineSpec) -> str:
    """Where `spec` reaches, normalized so that two names of one daemon compare equal:

        >>> daemon_key(EngineSpec("a", "tcp://LocalHost:2375")) == daemon_key(EngineSpec("b", "http://127.0.0.1"))
        True
        >>> daemon_key(EngineSpec("a", "ssh://deploy@10.0.0.5")) == daemon_key(EngineSpec("b", "ssh://deploy@10.0.0.5:22"))
        True
        >>> daemon_key(EngineSpec("a", "ssh://deploy@10.0.0.5")) == daemon_key(EngineSpec("b", "ssh://root@10.0.0.5"))
        False

    unix://: the socket's path with its links resolved; tcp:// http:// https://: host and port (2375
    without TLS, 2376 with, when none is written; `localhost` as 127.0.0.1); ssh://: user, host and port
    (22). Kept apart when in doubt (another user, another port): two daemons read as one would lose a
    target, never gain one; the address only — the daemon's ID is not asked (a request per engine).
    """
    from urllib.parse import urlsplit

    host = spec.host
    if host.startswith("unix://"):
        return "unix:" + os.path.realpath(host[len("unix://"):] or "/")
    try:
        parts = urlsplit(host)
        port = parts.port
    except ValueError:
        return "raw:" + host
    scheme = parts.scheme.lower()
    name = (parts.hostname or "").lower()
    name = _LOOPBACK.get(name, name)
    if scheme == "ssh":
        return f"ssh:{parts.username or ''}@{name}:{port or 22}"
    tls = spec.tls is not None or scheme == "https"
    return f"tcp:{name}:{port or (2376 if tls else 2375)}"


def engine_matches(name: str, patterns: Iterable[str]) -> bool:
    """Glob patterns with `!` exclusions, as containers in a policy: ["staging-*", "!staging-db"]."""
    pats = tuple(patterns)
    if any(p.startswith("!") and fnmatchcase(name, p[1:]) for p in pats):
        return False
    return any(not p.startswith("!") and fnmatchcase(name, p) for p in pats)


def single(host: str | None = None) -> Engines:
    """One engine, the CLI's default context (DOCKER_HOST or the default socket)."""
    from bot.config import docker_host

    host = host or docker_host()
    return Engines({DEFAULT: EngineSpec(DEFAULT, host)}, DEFAULT)


def env_engine(env: Mapping[str, str] | None = None) -> EngineSpec:
    """The docker CLI's implicit `default` context, from the environment as the CLI reads it.

    Host: $DOCKER_HOST, else the local socket (bot.config.docker_host). TLS when
    $DOCKER_TLS_VERIFY or $DOCKER_TLS is non-empty (verifying the engine's certificate only with
    DOCKER_TLS_VERIFY), with `ca.pem`, `cert.pem`, `key.pem` from $DOCKER_CERT_PATH, else
    ~/.docker, each one only when it exists (source: docker/cli cli/flags/options.go,
    SetDefaultOptions). The one reading of these variables: `load_engines`, the env client
    (bot.engine.view.docker_client) and the start-up check all go through it.
    """
    from bot.config import docker_host

    env = os.environ if env is None else env
    host = docker_host(env)
    verify = bool(env.get("DOCKER_TLS_VERIFY"))
    if not (verify or env.get("DOCKER_TLS")):
        return EngineSpec(DEFAULT, host, None, "env")
    d = Path(env.get("DOCKER_CERT_PATH") or Path(env.get("HOME") or Path.home()) / ".docker")
    ca, cert, key = (str(d / f) if (d / f).is_file() else None for f in ("ca.pem", "cert.pem", "key.pem"))
    return EngineSpec(DEFAULT, host, TLSFiles(ca, cert, key, verify=verify), "env")


# --------------------------------------------------------------------------- the docker CLI's contexts


def docker_config_dir(env: Mapping[str, str] | None = None) -> Path:
    """$DOCKER_CONFIG, else ~/.docker (as the docker CLI: cli/config.Dir)."""
    env = os.environ if env is None else env
    return Path(env.get("DOCKER_CONFIG") or Path(env.get("HOME") or Path.home()) / ".docker")


def context_dir_name(name: str) -> str:
    """The directory of a context in the CLI's store: the hex SHA-256 of its name."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def docker_contexts(config_dir: Path) -> tuple[list[EngineSpec], list[Msg]]:
    """The contexts under `config_dir`/contexts/meta, each with its TLS files when present.

    Returns (specs, problems): a meta.json that cannot be read is a problem, not an error.
    """
    meta_root = config_dir / "contexts" / "meta"
    specs: list[EngineSpec] = []
    problems: list[Msg] = []
    if not meta_root.is_dir():
        return specs, problems
    for meta in sorted(meta_root.glob("*/meta.json")):
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            name = str(data["Name"])
            endpoint = (data.get("Endpoints") or {}).get("docker") or {}
            host = str(endpoint.get("Host") or "")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            problems.append(Msg.of("engines.bad_context", path=str(meta)))
            continue
        if not host or not NAME_RE.fullmatch(name):
            problems.append(Msg.of("engines.bad_context", path=str(meta)))
            continue
        tls_dir = config_dir / "contexts" / "tls" / context_dir_name(name) / "docker"
        tls = None
        if tls_dir.is_dir():
            files = {k: str(tls_dir / f"{k}.pem") for k in ("ca", "cert", "key") if (tls_dir / f"{k}.pem").is_file()}
            tls = TLSFiles(files.get("ca"), files.get("cert"), files.get("key"),
                           verify=not endpoint.get("SkipTLSVerify", False))
        description = str(((data.get("Metadata") or {}).get("Description")) or "")
        specs.append(EngineSpec(name, host, tls, "context", description))
    return specs, problems


def current_context(config_dir: Path, env: Mapping[str, str]) -> str | None:
    """$DOCKER_CONTEXT, else `currentContext` in config.json, else None."""
    if env.get("DOCKER_CONTEXT"):
        return env["DOCKER_CONTEXT"]
    try:
        data = json.loads((config_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("currentContext") if isinstance(data, dict) else None
    return str(value) if value else None


# --------------------------------------------------------------------------- gorae's config


def _config_engines(raw: Any, problems: list[Msg]) -> tuple[list[EngineSpec], str | None]:
    """`engines:` of gorae's config: {NAME: URL | {host, tls: {ca, cert, key, verify}, default}}."""
    if raw is None:
        return [], None
    if not isinstance(raw, dict):
        problems.append(Msg.of("engines.bad_section"))
        return [], None
    out: list[EngineSpec] = []
    marked: str | None = None
    for name, body in raw.items():
        name = str(name)
        if not NAME_RE.fullmatch(name) or name == "*":
            problems.append(Msg.of("engines.bad_name", name=name))
            continue
        tls = None
        description = ""
        if isinstance(body, str):
            host = body
        elif isinstance(body, dict):
            host = str(body.get("host") or "")
            description = str(body.get("description") or "")
            if body.get("default") is True:
                marked = name
            t = body.get("tls")
            if isinstance(t, dict):
                ca, cert, key = (str(t[k]) if t.get(k) else None for k in ("ca", "cert", "key"))
                tls = TLSFiles(ca, cert, key, verify=t.get("verify", True) is not False)
                for path in (tls.ca, tls.cert, tls.key):
                    if path and not os.path.isfile(path):
                        problems.append(Msg.of("engines.tls_missing", name=name, path=path))
            elif t is not None:
                problems.append(Msg.of("engines.bad_tls", name=name))
        else:
            problems.append(Msg.of("engines.bad_entry", name=name))
            continue
        if not host.startswith(SCHEMES):
            problems.append(Msg.of("engines.bad_host", name=name, host=host))
            continue
        out.append(EngineSpec(name, host, tls, "config", description))
    return out, marked


def load_engines(env: Mapping[str, str] | None = None, config: Mapping[str, Any] | None = None) -> Engines:
    """Every engine gorae may use (see the module docstring for the sources and the default).

    `config`: gorae's config file as read by bot.config.read_config (read here when None).
    Raises EnginesInvalid when gorae's own `engines:` section is wrong (gorae must not start
    on it); a docker context that cannot be read is left out and listed in `problems`.
    """
    from bot.config import read_config

    env = os.environ if env is None else env
    if config is None:
        config = read_config(env)
    specs: dict[str, EngineSpec] = {DEFAULT: env_engine(env)}
    cfg_dir = docker_config_dir(env)
    contexts, skipped = docker_contexts(cfg_dir)
    for spec in contexts:
        if spec.name != DEFAULT:
            specs[spec.name] = spec
    problems: list[Msg] = []
    configured, marked = _config_engines(config.get("engines"), problems)
    for spec in configured:
        specs[spec.name] = spec
    default = str(config.get("default_engine") or marked or current_context(cfg_dir, env) or DEFAULT)
    if default not in specs:
        problems.append(Msg.of("engines.bad_default", name=default, known=", ".join(sorted(specs))))
    if problems:
        raise EnginesInvalid(problems)
    return Engines(specs, default, tuple(skipped))


# --------------------------------------------------------------------------- clients


def client_for(spec: EngineSpec, timeout: int = 60) -> Any:
    """A docker SDK client for `spec`, speaking the negotiated API version.

    Raises bot.engine.view.EngineUnavailable (naming the engine: `spec.where`) when it cannot be
    reached, within ANSWER_TIMEOUT seconds for an engine that accepts and does not answer.
    """
    from bot.engine.view import (
        ANSWER_TIMEOUT,
        EngineUnavailable,
        negotiate_api_version,
        probe,
        without_environment,
    )

    if spec.tls is None:
        try:
            probe(spec.host)
        except EngineUnavailable as e:
            raise EngineUnavailable(spec.where, denied=e.denied, timeout=e.timeout) from None
    import docker
    from docker.constants import DEFAULT_DOCKER_API_VERSION
    from docker.errors import DockerException

    kwargs: dict[str, Any] = {}
    if spec.tls is not None:
        from docker.tls import TLSConfig

        cert = (spec.tls.cert, spec.tls.key) if spec.tls.cert and spec.tls.key else None
        kwargs["tls"] = TLSConfig(client_cert=cert, ca_cert=spec.tls.ca,
                                  verify=spec.tls.ca if spec.tls.verify and spec.tls.ca else spec.tls.verify)
    base_url = spec.host
    if spec.tls is not None and base_url.startswith("tcp://"):
        base_url = "https://" + base_url[len("tcp://"):]
    ssh = base_url.startswith("ssh://")
    first = timeout  # the first answer (GET /version): bounded like a probe for ssh and TLS engines
    if ssh or spec.tls is not None:
        first = min(timeout, max(1, int(ANSWER_TIMEOUT)))
    if ssh:
        kwargs["use_ssh_client"] = True
    def make(version: str) -> Any:
        c = docker.DockerClient(base_url=base_url, timeout=first, version=version, **kwargs)
        if spec.tls is not None:
            # requests would replace the engine's CA with $REQUESTS_CA_BUNDLE / $CURL_CA_BUNDLE
            # (psf/requests#3829): the engine's TLS files alone decide, as for the docker CLI.
            # Set before the first request, hence no version="auto" (it asks in the constructor).
            c.api.trust_env = False
        return c

    try:
        if spec.tls is None:
            client = docker.DockerClient(base_url=base_url, timeout=first, version="auto", **kwargs)
            server = client.api.api_version
        else:
            client = make(DEFAULT_DOCKER_API_VERSION)
            server = str(client.api.version(api_version=False)["ApiVersion"])
        spoken = negotiate_api_version(server, DEFAULT_DOCKER_API_VERSION)
        if spoken != client.api.api_version:
            client.close()
            client = make(spoken)
        client.api.timeout = timeout  # then the calls themselves get the usual time (stop, pull, logs)
        return without_environment(client, spec.host)
    except DockerException as e:
        raise EngineUnavailable(spec.where, denied="Permission denied" in str(e),
                                tls=spec.tls is not None and tls_failure(e), source=spec.source) from e
    except OSError as e:  # ssh that could not start or connect; requests' errors (a TLS handshake)
        raise EngineUnavailable(spec.where, tls=spec.tls is not None and tls_failure(e), source=spec.source) from e


def tls_failure(e: BaseException) -> bool:
    """The error (or one it wraps) is a failed TLS handshake (ssl.SSLError, as requests wraps it)."""
    import ssl

    seen: set[int] = set()
    cur: BaseException | None = e
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, ssl.SSLError) or type(cur).__name__ == "SSLError":
            return True
        for arg in cur.args:
            if isinstance(arg, BaseException) and tls_failure(arg):
                return True
        cur = cur.__cause__ or cur.__context__
    return "SSLError" in str(e) or "CERTIFICATE" in str(e).upper()


def side_by_side(names: Iterable[str], work: Callable[[str], T], *, limit: int = 8) -> dict[str, T]:
    """`work(name)` for every engine at once (threads); results by name, in the order given.

    An engine that is slow delays only its own result: the whole takes as long as the
    slowest, each bounded by its own timeout. Exceptions propagate (call sites catch their own).
    """
    order = list(dict.fromkeys(names))
    if len(order) <= 1:
        return {n: work(n) for n in order}
    with ThreadPoolExecutor(max_workers=min(limit, len(order)), thread_name_prefix="engine") as pool:
        futures = {n: pool.submit(work, n) for n in order}
        return {n: futures[n].result() for n in order}


def with_context(cli: str, name: str) -> str:
    """`docker restart web` -> `docker --context prod-1 restart web` (the first `docker` only)."""
    if cli.startswith("docker "):
        return f"docker --context {name} " + cli[len("docker "):]
    return cli
