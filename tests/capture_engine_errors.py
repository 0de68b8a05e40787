"""Capture real Engine API error payloads into tests/data/engine_errors.yaml.

    DOCKER_HOST=unix:///var/run/docker.sock   .venv/bin/python tests/capture_engine_errors.py
    DOCKER_HOST=unix:///var/run/docker-b.sock .venv/bin/python tests/capture_engine_errors.py

For each case it makes the situation on the engine (objects named `cap-*`, removed
afterwards), runs gorae's own executor handler for the call (bot.engine.execute.OPS) and
records what the engine answered: the HTTP status and message of the error, or the
in-band error of a pull stream. It also records every read of the engine's state that
`bot.engine.docker_errors.translate` made for that error (method, argument, answer), so
tests/test_engine_errors.py replays the translation offline, exactly as it ran here.

Entries of other engine versions already in the file are kept; this engine's entries
are replaced. Run it on each engine after changing what translate reads.
"""
from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import docker
import yaml
from docker.errors import APIError, NotFound

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bot.engine.context import Ctx  # noqa: E402
from bot.engine.docker_errors import ClientState, ContainerState, translate  # noqa: E402
from bot.engine.execute import OPS  # noqa: E402
from bot.model import Call  # noqa: E402

DATA = os.path.join(ROOT, "tests", "data", "engine_errors.yaml")
IDLE = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]
PREFIX = "cap-"


class Recorder:
    """An EngineState that answers from the real engine and writes down each answer."""

    def __init__(self, inner: ClientState) -> None:
        self.inner = inner
        self.reads: list[list[Any]] = []

    def _log(self, method: str, arg: str, answer: Any) -> Any:
        if isinstance(answer, ContainerState):
            logged: Any = {"name": answer.name, "status": answer.status}
        elif isinstance(answer, tuple):
            logged = list(answer)
        else:
            logged = answer
        self.reads.append([method, arg, logged])
        return answer

    def container(self, ref: str) -> ContainerState | None:
        return self._log("container", ref, self.inner.container(ref))

    def image_users(self, ref: str) -> tuple[str, ...]:
        return self._log("image_users", ref, self.inner.image_users(ref))

    def volume_users(self, name: str) -> tuple[str, ...]:
        return self._log("volume_users", name, self.inner.volume_users(name))

    def network_members(self, ref: str) -> tuple[str, ...] | None:
        return self._log("network_members", ref, self.inner.network_members(ref))

    def published_ports(self) -> frozenset[int]:
        return frozenset(self._log("published_ports", "", sorted(self.inner.published_ports())))


@dataclass
class World:
    """What the cases make; `clean()` removes all of it."""

    api: Any
    held: list[socket.socket]

    def run(self, name: str, image: str = "alpine", *, start: bool = True, pause: bool = False,
            **host: Any) -> str:
        ports = list(host.get("port_bindings") or {})
        cid = self.api.create_container(image, IDLE if image == "alpine" else None, name=name, ports=ports or None,
                                        host_config=self.api.create_host_config(**host))["Id"]
        if start:
            self.api.start(cid)
        if pause:
            self.api.pause(cid)
        return cid

    def clean(self) -> None:
        for c in self.api.containers(all=True):
            if any(n.lstrip("/").startswith(PREFIX) for n in c.get("Names") or []):
                with contextlib.suppress(APIError):
                    if c.get("State") == "paused":
                        self.api.unpause(c["Id"])
                    self.api.remove_container(c["Id"], force=True, v=True)
        for n in self.api.networks():
            if n["Name"].startswith(PREFIX):
                with contextlib.suppress(APIError):
                    self.api.remove_network(n["Id"])
        for v in self.api.volumes().get("Volumes") or []:
            if v["Name"].startswith(PREFIX):
                with contextlib.suppress(APIError):
                    self.api.remove_volume(v["Name"], force=True)
        for img in self.api.images():
            for tag in img.get("RepoTags") or []:
                if tag.startswith(PREFIX):
                    with contextlib.suppress(APIError):
                        self.api.remove_image(tag)
        for s in self.held:
            s.close()
        self.held.clear()

    def hold_port(self) -> int:
        """A port on 127.0.0.1 that this process listens on (so the engine cannot bind it)."""
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        self.held.append(s)
        return s.getsockname()[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_taken_by_container(w: World) -> Call:
    port = free_port()
    w.run("cap-port-a", "nginx", port_bindings={"80/tcp": ("127.0.0.1", port)})
    return Call.of("containers.run", image="nginx", name="cap-port-b", detach=True,
                   ports={"80/tcp": ("127.0.0.1", port)})


def _port_taken_by_process(w: World) -> Call:
    port = w.hold_port()
    return Call.of("containers.run", image="nginx", name="cap-port-c", detach=True,
                   ports={"80/tcp": ("127.0.0.1", port)})


def _own_image(w: World) -> None:
    """cap-image:latest, an image of its own (one tag only): a commit of an alpine container."""
    cid = w.run("cap-base", start=False)
    w.api.commit(cid, repository="cap-image", tag="latest")


def _net(w: World, name: str, *members: str) -> None:
    w.api.create_network(name, driver="bridge")
    for m in members:
        w.api.connect_container_to_network(m, name)


# case -> setup(world) -> the call gorae's executor makes
CASES: dict[str, Callable[[World], Call]] = {
    "remove_running": lambda w: (w.run("cap-run"), Call.of("container.remove", "cap-run"))[1],
    "remove_paused": lambda w: (w.run("cap-paused", pause=True), Call.of("container.remove", "cap-paused"))[1],
    "name_in_use": lambda w: (w.run("cap-name", start=False),
                              Call.of("containers.run", image="alpine", name="cap-name", command=IDLE,
                                      detach=True))[1],
    "pause_paused": lambda w: (w.run("cap-paused", pause=True), Call.of("container.pause", "cap-paused"))[1],
    "pause_created": lambda w: (w.run("cap-created", start=False), Call.of("container.pause", "cap-created"))[1],
    "unpause_running": lambda w: (w.run("cap-run"), Call.of("container.unpause", "cap-run"))[1],
    "exec_created": lambda w: (w.run("cap-created", start=False),
                               Call.of("container.exec", "cap-created", cmd=["true"]))[1],
    "exec_paused": lambda w: (w.run("cap-paused", pause=True), Call.of("container.exec", "cap-paused", cmd=["true"]))[1],
    "kill_created": lambda w: (w.run("cap-created", start=False), Call.of("container.kill", "cap-created"))[1],
    "image_in_use": lambda w: (_own_image(w), w.run("cap-user", "cap-image:latest", start=False),
                               Call.of("image.remove", "cap-image:latest"))[2],
    "volume_in_use": lambda w: (w.api.create_volume("cap-vol"), w.run("cap-vol-user", start=False,
                                binds={"cap-vol": {"bind": "/data", "mode": "rw"}}),
                                Call.of("volume.remove", "cap-vol"))[2],
    "network_in_use": lambda w: (w.run("cap-member"), _net(w, "cap-net", "cap-member"),
                                 Call.of("network.remove", "cap-net"))[2],
    "network_predefined": lambda w: Call.of("network.remove", "bridge"),
    "network_exists": lambda w: (_net(w, "cap-net"), Call.of("networks.create", name="cap-net", driver="bridge"))[1],
    "already_connected": lambda w: (w.run("cap-member"), _net(w, "cap-net", "cap-member"),
                                    Call.of("network.connect", "cap-net", container="cap-member"))[2],
    "not_connected": lambda w: (w.run("cap-member"), _net(w, "cap-net"),
                                Call.of("network.disconnect", "cap-net", container="cap-member"))[2],
    "no_such_container": lambda w: Call.of("container.restart", "cap-nosuch"),
    "no_such_image": lambda w: Call.of("image.remove", "cap-nosuch:1"),
    "no_such_volume": lambda w: Call.of("volume.remove", "cap-nosuch"),
    "no_such_network": lambda w: Call.of("network.remove", "cap-nosuch"),
    "connect_no_such_network": lambda w: (w.run("cap-member"),
                                          Call.of("network.connect", "cap-nosuchnet", container="cap-member"))[1],
    "connect_no_such_container": lambda w: (_net(w, "cap-net"),
                                            Call.of("network.connect", "cap-net", container="cap-nosuch"))[1],
    "run_no_such_network": lambda w: Call.of("containers.run", image="alpine", name="cap-nonet", command=IDLE,
                                             network="cap-nosuchnet", detach=True),
    "port_taken_by_container": _port_taken_by_container,
    "port_taken_by_process": _port_taken_by_process,
    "command_not_found": lambda w: Call.of("containers.run", image="alpine", name="cap-nocmd",
                                           command=["cap-nosuch-cmd"], detach=True),
    "invalid_reference": lambda w: Call.of("containers.run", image="Cap-Bad!", detach=True),
    "unknown_network_driver": lambda w: Call.of("networks.create", name="cap-drv", driver="cap-nosuch-driver"),
    # `docker tag` (image.tag): the source gone (removed between the plan and the call), and a new name the engine
    # refuses (upper case, a tag with a space, a name over 255 characters — the last passes gorae's own check)
    "tag_no_such_image": lambda w: Call.of("image.tag", "cap-nosuch:1", repository="cap-newbie", tag="1"),
    "tag_invalid_reference": lambda w: (_own_image(w), Call.of("image.tag", "cap-image:latest", repository="Cap-Bad",
                                                               tag="1"))[1],
    "tag_invalid_tag": lambda w: (_own_image(w), Call.of("image.tag", "cap-image:latest", repository="cap-image",
                                                         tag="bad tag"))[1],
    "tag_name_too_long": lambda w: (_own_image(w), Call.of("image.tag", "cap-image:latest",
                                                           repository="cap-" + "a" * 300, tag="1"))[1],
    "pull_not_in_registry": lambda w: Call.of("images.pull", repository="127.0.0.1:5000/library/cap-nosuch",
                                              tag="latest"),
}


def capture(client: Any, only: list[str] | None = None) -> list[dict[str, Any]]:
    api = client.api
    version = api.version()
    world = World(api, [])
    out = []
    for case, setup in CASES.items():
        if only and case not in only:
            continue
        world.clean()
        try:
            call = setup(world)
            entry: dict[str, Any] = {
                "case": case, "engine": version["Version"], "api": version["ApiVersion"],
                "call": {"op": call.op, "target": call.target, "kwargs": _plain(call.kw())},
            }
            try:
                if call.op == "images.pull":  # the raw stream: its in-band error is the payload
                    kw = call.kw()
                    items = list(api.pull(kw["repository"], tag=kw["tag"], stream=True, decode=True))
                    entry["stream_error"] = next(i for i in items if "error" in i or "errorDetail" in i)
                else:
                    OPS[call.op](call, Ctx(client, lambda _line: None))
                    raise RuntimeError(f"{case}: the call succeeded, no error to capture")
            except APIError as e:
                rec = Recorder(ClientState(api))
                translate(e, call, state=rec)
                entry.update(status=e.status_code, message=str(e.explanation or e), reads=rec.reads)
            out.append(entry)
            print(f"{case}: {entry.get('status', 'stream')} {entry.get('message') or entry.get('stream_error')}")
        finally:
            world.clean()
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def main() -> int:
    client = docker.from_env(timeout=60)
    try:
        client.api.inspect_image("alpine:latest")
    except NotFound:
        print("capture: no alpine image: run scripts/engine.sh images (or images-b)", file=sys.stderr)
        return 1
    entries = capture(client, sys.argv[1:] or None)
    version = entries[0]["engine"] if entries else ""
    old: list[dict[str, Any]] = []
    if os.path.exists(DATA):
        with open(DATA, encoding="utf-8") as f:
            old = (yaml.safe_load(f) or {}).get("payloads") or []
    done = {(e["engine"], e["case"]) for e in entries}
    kept = [e for e in old if (e["engine"], e["case"]) not in done]
    payloads = sorted(kept + entries, key=lambda e: (e["case"], e["engine"]))
    with open(DATA, "w", encoding="utf-8") as f:
        f.write("# Engine API error payloads captured from real engines by tests/capture_engine_errors.py\n"
                "# (do not edit by hand: rerun it on each engine). reads: what translate() asked the engine.\n")
        yaml.safe_dump({"payloads": payloads}, f, allow_unicode=True, sort_keys=False, width=200)
    print(f"capture: {len(entries)} payloads of Engine {version} written to {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
