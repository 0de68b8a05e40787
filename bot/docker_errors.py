"""Docker errors -> one sentence a person understands (a `Msg`), translated once, here.

The engine's explanations are English strings that changed little across API
versions; they are matched by pattern, most specific first. Anything unmatched
falls back to `err.docker` carrying docker's own explanation, never a traceback.

    >>> translate(NotFound("No such container: web"), Call.of("container.restart", "web"))
    Msg(key='err.no_such_container', params=(('name', 'web'),))
"""
from __future__ import annotations

import re
import socket
from collections.abc import Callable
from typing import Any

from bot.model import Call, Msg

# (pattern on docker's explanation, builder(match, call) -> Msg); first match wins.
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Call], Msg]]


def _target(call: Call) -> str:
    kw = call.kw()
    return str(call.target or kw.get("name") or kw.get("image") or kw.get("repository") or "?")


def _image(call: Call) -> str:
    kw = call.kw()
    ref = kw.get("image") or kw.get("repository") or call.target or "?"
    tag = kw.get("tag")
    return f"{ref}:{tag}" if tag and ":" not in str(ref).rsplit("/", 1)[-1] else str(ref)


def suggest_port(port: int, *, tries: int = 50) -> int:
    """The next host port after `port` that nothing on this machine listens on."""
    for cand in range(port + 1, min(port + 1 + tries, 65536)):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("0.0.0.0", cand))
            except OSError:
                continue
            return cand
    return port + 1


def _port_msg(m: re.Match[str], call: Call) -> Msg:
    port = int(m.group("port"))
    return Msg.of("err.port_allocated", port=port, suggest=suggest_port(port))


def _name_msg(m: re.Match[str], call: Call) -> Msg:
    name = m.group("name").lstrip("/")
    return Msg.of("err.name_in_use", name=name, suggest=f"{name}-2")


_HEX_ID = re.compile(r"^[0-9a-f]{12,64}$")


def _named(key: str) -> Callable[[re.Match[str], Call], Msg]:
    """The name docker quotes (a `name` group) unless it is an id; else the call's target."""
    def build(m: re.Match[str], call: Call) -> Msg:
        found = next((v for k, v in m.groupdict().items() if k.startswith("name") and v), "")
        quoted = found.strip("\"'/")
        return Msg.of(key, name=quoted if quoted and not _HEX_ID.match(quoted) else _target(call))
    return build


def _command_msg(m: re.Match[str], call: Call) -> Msg:
    return Msg.of("err.command_not_found", command=m.group("cmd"), image=_image(call))


def _img(key: str) -> Callable[[re.Match[str], Call], Msg]:
    return lambda m, call: Msg.of(key, image=_image(call))


def _netpair(key: str) -> Callable[[re.Match[str], Call], Msg]:
    return lambda m, call: Msg.of(key, network=str(call.target), container=str(call.kw().get("container")))


_R = re.compile
RULES: tuple[Rule, ...] = (
    (_R(r"(?:Bind for|listen tcp\d?|bind for) [\[\]0-9a-fA-F.:]*:(?P<port>\d+)[: ].*(?:already allocated|already in use)"), _port_msg),
    (_R(r"(?:address|port) (?:is )?already (?:in use|allocated).*?:(?P<port>\d+)"), _port_msg),
    (_R(r'container name "(?P<name>[^"]+)" is already in use'), _name_msg),
    (_R(r"cannot remove a (?:running|paused|restarting) container", re.I), _named("err.remove_running")),
    (_R(r"is already paused", re.I), _named("err.already_paused")),
    (_R(r"is not paused", re.I), _named("err.not_paused")),
    (_R(r"is paused, unpause", re.I), _named("err.paused")),
    (_R(r"is not running", re.I), _named("err.not_running")),
    (_R(r"is restarting, wait until", re.I), _named("err.not_running")),
    (_R(r"endpoint with name .* already exists in network", re.I), _netpair("err.already_connected")),
    (_R(r"is already (?:connected|attached) to (?:the )?network", re.I), _netpair("err.already_connected")),
    (_R(r"is not connected to (?:the )?network", re.I), _netpair("err.not_connected")),
    (_R(r"network with name .* already exists", re.I), _named("err.network_exists")),
    (_R(r"has active endpoints", re.I), _named("err.network_in_use")),
    (_R(r"volume is in use", re.I), _named("err.volume_in_use")),
    (_R(r"(?:unable to (?:remove|delete)|cannot be forced).*(?:is using|being used|is used)", re.I), _named("err.image_in_use")),
    (_R(r"pull access denied|requested access to the resource is denied", re.I), _img("err.pull_denied")),
    (_R(r"manifest (?:for .* )?(?:not found|unknown)|repository .* not found|name unknown", re.I), _img("err.not_in_registry")),
    (_R(r"no such host|connection refused|i/o timeout|dial tcp|TLS handshake timeout|server misbehaving", re.I),
     _img("err.registry_unreachable")),
    (_R(r"invalid reference format|invalid repository name", re.I), _named("err.invalid_reference")),
    (_R(r'exec: "(?P<cmd>[^"]+)": (?:executable file not found|no such file or directory)'), _command_msg),
    (_R(r"No such container: ?(?P<name>\S*)", re.I), _named("err.no_such_container")),
    (_R(r"No such image|reference does not exist|does not exist locally", re.I), _named("err.no_such_image")),
    (_R(r"network (?P<name>\S+) not found|No such network: ?(?P<name2>\S*)", re.I), _named("err.no_such_network")),
    (_R(r"(?:get (?P<name>\S+): )?no such volume", re.I), _named("err.no_such_volume")),
)

_NOT_FOUND_BY_OP = {
    "container": "err.no_such_container",
    "containers": "err.no_such_image",  # run/create: the image is what is missing
    "image": "err.no_such_image",
    "images": "err.no_such_image",
    "volume": "err.no_such_volume",
    "network": "err.no_such_network",
}


def explain_text(text: str, call: Call) -> Msg | None:
    """Match docker's explanation against the rules; None when nothing matches."""
    for pattern, build in RULES:
        m = pattern.search(text)
        if m:
            return build(m, call)
    return None


def translate(exc: BaseException, call: Call, *, where: str = "") -> Msg:
    """Any exception raised while running `call` -> the sentence to show."""
    import requests
    from docker import errors

    if isinstance(exc, requests.exceptions.Timeout):
        return Msg.of("err.timeout")
    if isinstance(exc, requests.exceptions.ConnectionError):
        key = "engine.denied" if "Permission denied" in str(exc) else "engine.unreachable"
        return Msg.of(key, where=where or "?")
    if isinstance(exc, errors.APIError):
        text = str(exc.explanation or exc)
        found = explain_text(text, call)
        if found is not None:
            return found
        if exc.status_code == 404:
            kind = call.op.split(".", 1)[0]
            if kind == "network" and call.op in ("network.connect", "network.disconnect"):
                return Msg.of("err.no_such_container", name=str(call.kw().get("container")))
            return Msg.of(_NOT_FOUND_BY_OP.get(kind, "err.no_such_container"), name=_target(call))
        if exc.status_code == 409:
            return Msg.of("err.conflict", detail=_short(text))
        return Msg.of("err.docker", detail=_short(text))
    if isinstance(exc, errors.DockerException):
        text = str(exc)
        if "Error while fetching server API version" in text or "Connection aborted" in text:
            key = "engine.denied" if "Permission denied" in text else "engine.unreachable"
            return Msg.of(key, where=where or "?")
        return explain_text(text, call) or Msg.of("err.docker", detail=_short(text))
    return Msg.of("err.unexpected", detail=_short(f"{type(exc).__name__}: {exc}"))


def stream_error(item: dict[str, Any], call: Call) -> Msg | None:
    """An in-band error in a pull/push stream (`error` / `errorDetail`), translated."""
    detail = item.get("errorDetail") or {}
    text = item.get("error") or (detail.get("message") if isinstance(detail, dict) else None)
    if not text:
        return None
    return explain_text(str(text), call) or Msg.of("err.docker", detail=_short(str(text)))


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1] + "…"
