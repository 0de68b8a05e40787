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
class Settings:
    """The validated environment. Units: seconds for timeouts."""

    log_level: int = logging.INFO
    slack_workers: int = 4
    run_timeout: float = 120.0
    engine_timeout: float = 5.0
    docker_host: str = DEFAULT_DOCKER_HOST
    state_dir: str | None = None
    policy: str | None = None
    state: str | None = None  # GORAE_STATE: the state URL (bot.state.backend; None = `state:` or the default)


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int, out: list[Msg]) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        out.append(Msg.of("config.bad_int", name=name, value=raw, low=low, high=high))
        return default
    return value


def _seconds(env: Mapping[str, str], name: str, default: float, low: float, high: float,
             out: list[Msg]) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        out.append(Msg.of("config.bad_seconds", name=name, value=raw, low=int(low), high=int(high)))
        return default
    return value


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
    workers = _int(env, "GORAE_SLACK_WORKERS", 4, 1, 64, problems)
    run_timeout = _seconds(env, "GORAE_RUN_TIMEOUT", 120.0, 1, 86400, problems)
    engine_timeout = _seconds(env, "GORAE_ENGINE_TIMEOUT", 5.0, 0.1, 600, problems)
    _seconds(env, "GORAE_REGISTRY_TIMEOUT", 3.0, 0.1, 600, problems)  # read by bot/engine/view.py
    _seconds(env, "GORAE_LEASE_TTL", 6.0, 1, 300, problems)  # read by bot/state/lease.py (docs/ha.md)
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
    return Settings(log_level=level, slack_workers=workers, run_timeout=run_timeout,
                    engine_timeout=engine_timeout, docker_host=host,
                    state_dir=env.get("GORAE_STATE_DIR") or None, policy=env.get("GORAE_POLICY") or None,
                    state=state or None)


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


def check_engine(docker_host: str, timeout: float = 5.0) -> Msg | None:
    """None when the engine answers a ping; else one sentence (no permission on the socket
    names the socket's group, the usual mistake under compose). Reads only."""
    try:
        import docker
        import docker.errors
    except ImportError as e:  # pragma: no cover - docker is a dependency
        return Msg.of("config.engine_down", where=docker_host, why=str(e))
    try:
        client = docker.DockerClient(base_url=docker_host, timeout=timeout)
        try:
            client.ping()
        finally:
            client.close()
    except docker.errors.DockerException as e:
        why = str(e)
        if "Permission denied" in why or "PermissionError" in why:
            return Msg.of("config.engine_denied", where=docker_host)
        return Msg.of("config.engine_down", where=docker_host, why=why)
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
    """$GORAE_LEASE_TTL seconds, clamped to 1..300 (unreadable: the default, 6); bot.state.lease's
    lease length (`load_settings` reports a value out of bounds at start)."""
    env = os.environ if env is None else env
    raw = env.get("GORAE_LEASE_TTL", "").strip()
    try:
        value = float(raw) if raw else 6.0
    except ValueError:
        value = 6.0
    return min(300.0, max(1.0, value))


def state_pool(env: Mapping[str, str] | None = None) -> tuple[float | None, int | None]:
    """The PostgreSQL state pool's (timeout seconds, size) from $GORAE_STATE_TIMEOUT and
    $GORAE_STATE_POOL; None where unset (bot.state.backend's defaults: 3 s, 8 connections)."""
    env = os.environ if env is None else env
    timeout, size = env.get("GORAE_STATE_TIMEOUT"), env.get("GORAE_STATE_POOL")
    return (float(timeout) if timeout else None, int(size) if size else None)


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
