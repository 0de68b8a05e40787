"""gorae's settings: read from the environment once, validated at start, one clear line per problem.

    >>> load_settings({"GORAE_LOG_LEVEL": "debug", "GORAE_SLACK_WORKERS": "8"}).slack_workers
    8

Every variable gorae reads is listed here with its default and its bounds, so a wrong
value stops gorae with one sentence ("GORAE_SLACK_WORKERS=four: must be a whole number
from 1 to 64") instead of a traceback — under compose a traceback is a restart loop.
Log levels are accepted in any case (`debug`, `DEBUG`), as people write them.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.model import Actor, Msg

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "warn": logging.WARNING,
          "error": logging.ERROR, "critical": logging.CRITICAL}
DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock"  # the docker CLI's and the SDK's default


def docker_host(env: Mapping[str, str] | None = None) -> str:
    """The engine gorae talks to: $DOCKER_HOST, else DEFAULT_DOCKER_HOST (as the docker CLI)."""
    env = os.environ if env is None else env
    return env.get("DOCKER_HOST", "").strip() or DEFAULT_DOCKER_HOST


class SettingsInvalid(Exception):
    """One or more settings are wrong; `problems` are Msgs, one line each."""

    def __init__(self, problems: list[Msg]) -> None:
        super().__init__("; ".join(p.key for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Number:
    """One numeric setting: its variable, default and inclusive bounds.

    `kind`: "seconds" (a number of seconds), "whole" (an integer) or "number" (any number);
    it picks the sentence of a wrong value (config.bad_seconds / bad_int / bad_number).
    """

    name: str
    default: float
    low: float
    high: float
    kind: str = "seconds"

    def parse(self, raw: str) -> float | None:
        """The value of `raw` (stripped; "" = the default), or None when it is not valid."""
        raw = raw.strip()
        if not raw:
            return self.default
        try:
            value = float(int(raw)) if self.kind == "whole" else float(raw)
        except ValueError:
            return None
        return value if self.low <= value <= self.high else None  # NaN is in no bounds

    def problem(self, raw: str) -> Msg:
        """The sentence for a wrong `raw`: config.bad_seconds / bad_int / bad_number."""
        key = {"seconds": "config.bad_seconds", "whole": "config.bad_int"}.get(self.kind, "config.bad_number")
        return Msg.of(key, name=self.name, value=raw.strip(), low=_shown(self.low), high=_shown(self.high))


def _shown(bound: float) -> int | float:
    return int(bound) if float(bound).is_integer() else bound


# Every numeric setting, read only through `number` (or `Settings`); all checked at start.
NUMBERS: dict[str, Number] = {n.name: n for n in (
    Number("GORAE_SLACK_WORKERS", 4, 1, 64, "whole"),
    Number("GORAE_RUN_TIMEOUT", 120.0, 1, 86400),  # bot/engine/context.py: attached run and exec
    Number("GORAE_FOLLOW_SECONDS", 30.0, 1, 3600),  # bot/engine/plan.py: how long `docker logs -f` follows
    Number("GORAE_ENGINE_TIMEOUT", 5.0, 0.1, 600),  # bot/engine/view.py: GET /_ping
    Number("GORAE_REGISTRY_TIMEOUT", 3.0, 0.1, 600),  # bot/engine/view.py: an image's EXPOSE read
    Number("GORAE_SERVICE_TIMEOUT", 180.0, 1, 86400),  # bot/engine/swarm_execute.py: convergence
    Number("GORAE_LEASE_TTL", 6.0, 1, 300),  # bot/state/lease.py (docs/ha.md)
    Number("GORAE_STATE_TIMEOUT", 3.0, 0.1, 600),  # bot/state/backend.py: a pool connection
    Number("GORAE_STATE_POOL", 8, 1, 1000, "whole"),  # bot/state/backend.py: pool size
    Number("GORAE_SLACK_UPDATES_PER_MINUTE", 50.0, 1, 6000, "number"),  # chat.update budget
    Number("GORAE_SLACK_ACK_NICE", 0, -20, 0, "whole"),  # the acking process's nice value
    Number("GORAE_SOCKET_CHECK_INTERVAL", 5.0, 0.1, 3600),  # Socket Mode watchdog: between checks
    Number("GORAE_SOCKET_GRACE", 120.0, 1, 86400),  # Socket Mode: without a connection, then exit 3
    Number("GORAE_SOCKET_FAILURES", 5, 1, 1000, "whole"),  # Socket Mode: failed reconnects, then exit 3
    # Socket Mode: slack_sdk's ping and session monitor (a lost connection is retried on its tick)
    Number("GORAE_SOCKET_PING_INTERVAL", 10.0, 0.1, 600),
)}


def number(name: str, env: Mapping[str, str] | None = None) -> float:
    """The value of the numeric setting `name` (a key of NUMBERS), else its default when unset or
    wrong (`load_settings` stops gorae at start on a wrong one). Raises KeyError for another name.

        >>> number("GORAE_SOCKET_GRACE", {"GORAE_SOCKET_GRACE": "30"})
        30.0
    """
    env = os.environ if env is None else env
    spec = NUMBERS[name]
    value = spec.parse(env.get(name, ""))
    return spec.default if value is None else value


@dataclass(frozen=True)
class Settings:
    """The validated environment. Units: seconds for timeouts and intervals."""

    log_level: int = logging.INFO
    slack_workers: int = 4
    run_timeout: float = 120.0
    engine_timeout: float = 5.0
    docker_host: str = DEFAULT_DOCKER_HOST
    state_dir: str | None = None
    policy: str | None = None
    state: str | None = None  # GORAE_STATE: the state URL (bot.state.backend; None = `state:` or the default)
    slack_updates_per_minute: float = 50.0  # GORAE_SLACK_UPDATES_PER_MINUTE
    slack_ack_nice: int = 0  # GORAE_SLACK_ACK_NICE
    socket_check_interval: float = 5.0  # GORAE_SOCKET_CHECK_INTERVAL
    socket_grace: float = 120.0  # GORAE_SOCKET_GRACE
    socket_failures: int = 5  # GORAE_SOCKET_FAILURES
    socket_ping_interval: float = 10.0  # GORAE_SOCKET_PING_INTERVAL (slack_sdk's own default)


def _checked(env: Mapping[str, str], out: list[Msg]) -> dict[str, float]:
    """Every NUMBERS setting's value; a wrong one is added to `out` (and its default used)."""
    values: dict[str, float] = {}
    for spec in NUMBERS.values():
        raw = env.get(spec.name, "")
        value = spec.parse(raw)
        if value is None:
            out.append(spec.problem(raw))
            value = spec.default
        values[spec.name] = value
    return values


def load_settings(env: Mapping[str, str] | None = None, *, slack: bool = False) -> Settings:
    """Read and check every setting. Raises SettingsInvalid listing every problem at once.

    `slack`: also check the Slack tokens' shapes (xoxb-, xapp-) when they are set.
    """
    env = os.environ if env is None else env
    problems: list[Msg] = []
    level_raw = env.get("GORAE_LOG_LEVEL", "").strip()
    level = LEVELS.get(level_raw.lower(), -1) if level_raw else logging.INFO
    if level < 0:
        problems.append(Msg.of("config.bad_level", name="GORAE_LOG_LEVEL", value=level_raw))
        level = logging.INFO
    n = _checked(env, problems)
    host = docker_host(env)
    if not host.startswith(("unix://", "tcp://", "ssh://", "http://", "https://", "npipe://", "fd://")):
        problems.append(Msg.of("config.bad_docker_host", value=host))
    state = env.get("GORAE_STATE", "").strip()
    if state:
        from bot.state.backend import check_url, redacted

        expected = check_url(state)
        if expected is not None:
            problems.append(Msg.of("config.bad_state", value=redacted(state), expected=expected))
    if slack:
        for name, prefix in (("SLACK_BOT_TOKEN", "xoxb-"), ("SLACK_APP_TOKEN", "xapp-")):
            value = env.get(name, "").strip()
            if value and not value.startswith(prefix):
                problems.append(Msg.of("config.bad_token", name=name, prefix=prefix))
    if problems:
        raise SettingsInvalid(problems)
    return Settings(log_level=level, slack_workers=int(n["GORAE_SLACK_WORKERS"]),
                    run_timeout=n["GORAE_RUN_TIMEOUT"], engine_timeout=n["GORAE_ENGINE_TIMEOUT"],
                    docker_host=host,
                    state_dir=env.get("GORAE_STATE_DIR") or None, policy=env.get("GORAE_POLICY") or None,
                    state=state or None,
                    slack_updates_per_minute=n["GORAE_SLACK_UPDATES_PER_MINUTE"],
                    slack_ack_nice=int(n["GORAE_SLACK_ACK_NICE"]),
                    socket_check_interval=n["GORAE_SOCKET_CHECK_INTERVAL"],
                    socket_grace=n["GORAE_SOCKET_GRACE"], socket_failures=int(n["GORAE_SOCKET_FAILURES"]),
                    socket_ping_interval=n["GORAE_SOCKET_PING_INTERVAL"])


# --------------------------------------------------------------------------- secrets from files
# Under Docker Swarm (deploy/stack.yaml) the tokens are Docker secrets: files in /run/secrets/,
# never environment variables (which `docker inspect` and /proc/*/environ show). The convention of
# the official images: NAME_FILE names the file holding NAME; without either, the Docker secret
# /run/secrets/<name in lower case> is read when it exists.
SECRET_NAMES = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")
SECRETS_DIR = "/run/secrets"  # where Docker mounts a service's secrets (override: GORAE_SECRETS_DIR)


def with_secrets(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """`env` with every secret of SECRET_NAMES filled in from its file, for the front ends to read.

    For NAME: the variable NAME as set; else the file named by NAME_FILE; else
    $GORAE_SECRETS_DIR (default /run/secrets)/<name in lower case> if it exists. The file's
    content without its trailing newline. Raises SettingsInvalid (every problem at once) when
    NAME and NAME_FILE are both set, or a named file cannot be read or is empty.
    """
    env = os.environ if env is None else env
    out = dict(env)
    problems: list[Msg] = []
    folder = env.get("GORAE_SECRETS_DIR") or SECRETS_DIR
    for name in SECRET_NAMES:
        file = env.get(name + "_FILE", "").strip()
        if env.get(name) and file:
            problems.append(Msg.of("config.secret_both", name=name))
            continue
        if env.get(name):
            continue
        if not file:
            default = os.path.join(folder, name.lower())
            if not os.path.isfile(default):
                continue
            file = default
        try:
            with open(file, encoding="utf-8") as f:
                value = f.read().rstrip("\r\n")
        except OSError as e:
            problems.append(Msg.of("config.secret_unreadable", name=name, path=file, why=e.strerror or str(e)))
            continue
        if not value.strip():
            problems.append(Msg.of("config.secret_empty", name=name, path=file))
            continue
        out[name] = value
    if problems:
        raise SettingsInvalid(problems)
    return out


def state_dir(env: Mapping[str, str] | None = None) -> str:
    """Where gorae keeps its state (health.json, and the embedded state database state.db —
    dedup keys, pending confirmations, rate limit, alerts — unless GORAE_STATE names another,
    bot.state.backend): $GORAE_STATE_DIR, else $XDG_STATE_HOME/gorae, else ~/.local/state/gorae."""
    env = os.environ if env is None else env
    return env.get("GORAE_STATE_DIR") or os.path.join(
        env.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state"), "gorae")


def check_policy_file(path: str) -> Msg | None:
    """None when `path` is a readable file; else why not, in one sentence.

    A directory in its place is what Docker makes for a bind mount whose host file is
    missing (the classic `-v` and compose short syntax): said as such.
    """
    if os.path.isdir(path):
        return Msg.of("config.policy_dir", path=path)
    if not os.path.exists(path):
        return Msg.of("config.policy_missing", path=path)
    try:
        with open(path, "rb") as f:
            f.read(1)
    except OSError as e:
        return Msg.of("config.policy_unreadable", path=path, why=e.strerror or str(e))
    return None


def check_engine(docker_host: str | None = None, timeout: float = 5.0,
                 env: Mapping[str, str] | None = None) -> Msg | None:
    """None when the environment's engine answers a ping; else one sentence (no permission on the
    socket names the socket's group, the usual mistake under compose). Reads only.

    The engine and its TLS files are read from `env` as the docker CLI does
    (bot.engine.named.env_engine; `docker_host` overrides the host), and its client is made
    where every engine's client is made (bot.engine.named.client_for).
    """
    from dataclasses import replace

    from bot.engine.named import client_for, env_engine
    from bot.engine.view import EngineUnavailable

    spec = env_engine(env)
    if docker_host:
        spec = replace(spec, host=docker_host)
    try:
        client = client_for(spec, timeout=max(1, int(timeout)))
        try:
            client.ping()
        finally:
            client.close()
    except EngineUnavailable as e:
        if e.denied:
            return Msg.of("config.engine_denied", where=spec.host)
        if e.__cause__ is None or e.tls or e.timeout is not None:  # gorae's own sentence says it all
            return EngineUnavailable(spec.host, timeout=e.timeout, tls=e.tls, source=spec.source).message()
        return Msg.of("config.engine_down", where=spec.host, why=str(e.__cause__))
    except Exception as e:  # the SDK's own errors after the first answer
        why = str(e)
        if "Permission denied" in why or "PermissionError" in why:
            return Msg.of("config.engine_denied", where=spec.host)
        return Msg.of("config.engine_down", where=spec.host, why=why)
    return None


def format_problems(problems: list[Msg] | tuple[Msg, ...], lang: str, prefix: str = "gorae: ") -> str:
    """One line per problem, each starting with `prefix`."""
    from bot.messages import text

    return "\n".join(prefix + text(p, lang) for p in problems)


def cli_lang(env: Mapping[str, str] | None = None) -> str:
    """The operator's language from the locale (ko_KR.UTF-8 -> ko), for start-up messages."""
    env = os.environ if env is None else env
    loc = env.get("GORAE_LANG") or env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    return "ko" if loc.lower().startswith("ko") else "en"


# --------------------------------------------------------------------------- the config file


def config_files(env: Mapping[str, str] | None = None) -> list[str]:
    """gorae's config file: $GORAE_CONFIG, else the first of $XDG_CONFIG_HOME/gorae/config.yaml
    (~/.config/gorae/config.yaml) and /etc/gorae/config.yaml that exists."""
    env = os.environ if env is None else env
    if env.get("GORAE_CONFIG"):
        return [env["GORAE_CONFIG"]]
    home = env.get("XDG_CONFIG_HOME") or os.path.join(env.get("HOME") or os.path.expanduser("~"), ".config")
    return [p for p in (os.path.join(home, "gorae", "config.yaml"), "/etc/gorae/config.yaml") if os.path.isfile(p)]


def read_config(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The first config file (`config_files`) as a mapping: {} when there is none.

    Keys read elsewhere: `policy` (bot/policy/check.py), `engines` and `default_engine`
    (bot/engine/named.py). Raises SettingsInvalid when the file is there but is not YAML mapping.
    """
    for path in config_files(env)[:1]:
        import yaml  # only when there is a file: `gorae explain` starts without it

        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f) or {}
        except (OSError, yaml.YAMLError) as e:
            raise SettingsInvalid([Msg.of("config.unreadable", path=path, why=str(e).splitlines()[0])]) from e
        if not isinstance(data, dict):
            raise SettingsInvalid([Msg.of("config.unreadable", path=path, why="not a mapping")])
        return data
    return {}


def config_path_setting(key: str, env: Mapping[str, str] | None = None) -> str | None:
    """The path under `key:` in the first config file that has one, relative to that file
    (a `~` expanded); None when no file sets it. Unreadable or malformed files are skipped."""
    for name in config_files(env):
        cfg = Path(name)
        try:
            import yaml

            data = yaml.safe_load(cfg.read_text(encoding="utf-8")) or {}
        except Exception:
            continue
        if isinstance(data, dict) and data.get(key):
            return str((cfg.parent / str(data[key])).expanduser())
    return None


def policy_path(explicit: str | None = None, env: Mapping[str, str] | None = None) -> str | None:
    """--policy FILE, else $GORAE_POLICY, else `policy:` in the config file, else None."""
    env = os.environ if env is None else env
    return explicit or env.get("GORAE_POLICY") or config_path_setting("policy", env)


def audit_path(explicit: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """Where the audit rows are (bot.state.audit.AuditLog opens it): --audit FILE|URL, else
    $GORAE_AUDIT, else `audit:` in the config file (a SQLite file of its own, relative to that
    file), else the state database (`state_url()`)."""
    env = os.environ if env is None else env
    return explicit or env.get("GORAE_AUDIT") or config_path_setting("audit", env) or state_url(env)


def default_url(env: Mapping[str, str] | None = None) -> str:
    """sqlite:///<state_dir()>/state.db."""
    return "sqlite:///" + os.path.abspath(os.path.join(state_dir(env), "state.db")).lstrip("/")


def state_url(env: Mapping[str, str] | None = None) -> str:
    """The state database's URL (bot.state.backend opens it): $GORAE_STATE, else `state:` in the
    config file, else `default_url()`."""
    env = os.environ if env is None else env
    if env.get("GORAE_STATE", "").strip():
        return env["GORAE_STATE"].strip()
    for name in config_files(env):
        try:
            import yaml

            data = yaml.safe_load(Path(name).read_text(encoding="utf-8")) or {}
        except Exception:
            continue
        if isinstance(data, dict) and data.get("state"):
            return str(data["state"]).strip()
    return default_url(env)


def lease_ttl(env: Mapping[str, str] | None = None) -> float:
    """$GORAE_LEASE_TTL seconds (1..300, default 6): bot.state.lease's lease length (`number`)."""
    return number("GORAE_LEASE_TTL", env)


def state_pool(env: Mapping[str, str] | None = None) -> tuple[float | None, int | None]:
    """The PostgreSQL state pool's (timeout seconds, size) from $GORAE_STATE_TIMEOUT and
    $GORAE_STATE_POOL (`number`); None where unset (bot.state.backend's defaults: 3 s, 8 connections)."""
    env = os.environ if env is None else env
    timeout = number("GORAE_STATE_TIMEOUT", env) if env.get("GORAE_STATE_TIMEOUT", "").strip() else None
    size = int(number("GORAE_STATE_POOL", env)) if env.get("GORAE_STATE_POOL", "").strip() else None
    return timeout, size


def local_actor(groups: tuple[str, ...] = (), env: Mapping[str, str] | None = None) -> Actor:
    """The person at this terminal: Actor("local:NAME", local=True), NAME from the login name
    (getpass: $LOGNAME, $USER, $LNAME, $USERNAME, then the password database), else "user"."""
    import getpass

    env = os.environ if env is None else env
    try:
        name = next((env[k] for k in ("LOGNAME", "USER", "LNAME", "USERNAME") if env.get(k)), None) \
            or getpass.getuser()
    except (KeyError, OSError):  # no name in the environment nor in the password database
        name = "user"
    return Actor(f"local:{name}", groups, local=True)
