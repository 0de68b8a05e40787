"""The long operations: run/create (auto-pull, attached wait), pull and push (streamed).

    run_container(Call.of("containers.run", image="alpine", command=["echo", "hi"], detach=False), ctx)

Handlers take a `Call` and the executor's `Ctx` and may raise: `bot.execute`
translates exceptions. In-band stream errors (pull/push never raise on them)
are translated here, with the same table.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bot import docker_format as fmt
from bot.docker_errors import stream_error
from bot.model import Call, Msg, Outcome

if TYPE_CHECKING:
    from bot.execute import Ctx

_DONE = ("Pull complete", "Already exists", "Pushed", "Layer already exists")
PROGRESS_EVERY = 1.0  # seconds between two progress lines (layer completions always report)


class LayerProgress:
    """Folds a pull/push stream into 'N/M layers, X/Y' lines, throttled."""

    def __init__(self, ctx: Ctx, image: str, key: str) -> None:
        self.ctx, self.image, self.key = ctx, image, key
        self.layers: dict[str, tuple[int, int]] = {}  # id -> (current, total) bytes downloaded
        self.done: set[str] = set()
        self.last = 0.0

    def feed(self, item: dict[str, Any]) -> None:
        lid, status = item.get("id"), str(item.get("status") or "")
        if not lid or status.startswith(("Pulling from", "Digest", "Status", "The push refers")):
            return
        finished = status in _DONE or status.startswith("Mounted from")
        detail = item.get("progressDetail") or {}
        if status in ("Downloading", "Pushing") and detail.get("total"):
            self.layers[lid] = (int(detail.get("current") or 0), int(detail["total"]))
        else:
            self.layers.setdefault(lid, (0, 0))
        if finished and lid not in self.done:
            self.done.add(lid)
            self.report()
        elif time.monotonic() - self.last >= PROGRESS_EVERY:
            self.report()

    def report(self) -> None:
        self.last = time.monotonic()
        cur = sum(c for c, _ in self.layers.values())
        tot = sum(t for _, t in self.layers.values())
        size = f"{fmt.human_size(cur)}/{fmt.human_size(tot)}" if tot else "-"
        self.ctx.say(self.key, image=self.image, done=len(self.done), total=len(self.layers), size=size)


def split_ref(image: str, tag: str | None = None) -> tuple[str, str]:
    """'nginx' -> ('nginx', 'latest'); '127.0.0.1:5000/x:1' -> ('127.0.0.1:5000/x', '1')."""
    from docker.utils import parse_repository_tag

    repo, parsed = parse_repository_tag(image)
    return repo, tag or parsed or "latest"


def _ref(repo: str, tag: str) -> str:
    return f"{repo}@{tag}" if tag.startswith("sha256:") else f"{repo}:{tag}"


def _consume(stream: Iterable[dict[str, Any]], call: Call, tracker: LayerProgress) -> Msg | None:
    """Read a pull/push stream to its end; the first in-band error, translated, or None."""
    for item in stream:
        if not isinstance(item, dict):
            continue
        err = stream_error(item, call)
        if err is not None:
            return err
        tracker.feed(item)
    return None


def pull(ctx: Ctx, image: str, call: Call, tag: str | None = None) -> Msg | None:
    repo, tag = split_ref(image, tag)
    tracker = LayerProgress(ctx, _ref(repo, tag), "progress.pull")
    return _consume(ctx.api.pull(repo, tag=tag, stream=True, decode=True), call, tracker)


def pull_image(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    repo, tag = split_ref(kw.get("repository") or call.target or "", kw.get("tag"))
    err = pull(ctx, repo, call, tag)
    if err is not None:
        return Outcome(False, err)
    ref = _ref(repo, tag)
    ident = ctx.api.inspect_image(ref).get("Id", "")
    return Outcome(True, Msg.of("done.pull", image=ref, id=fmt.short_id(ident)))


def push_image(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    repo, tag = split_ref(kw.get("repository") or call.target or "", kw.get("tag"))
    ref = _ref(repo, tag)
    tracker = LayerProgress(ctx, ref, "progress.push")
    err = _consume(ctx.api.push(repo, tag=tag, stream=True, decode=True), call, tracker)
    if err is not None:
        return Outcome(False, err)
    return Outcome(True, Msg.of("done.push", image=ref))


# ---------------------------------------------------------------------------- run / create


def _create(call: Call, ctx: Ctx, kw: dict[str, Any]) -> str | Outcome:
    """Create the container (pulling the image first if missing, as docker does); its id."""
    from docker.errors import ImageNotFound
    from docker.models.containers import _create_container_args

    expose = [_exposed(p) for p in kw.pop("expose", None) or ()]
    stop_timeout = kw.pop("stop_timeout", None)  # `--stop-timeout`: create_container has it, run() not
    anonymous = list(kw.pop("anonymous_volumes", None) or ())  # `-v /data`: Config.Volumes only, as docker
    args = {k: v for k, v in kw.items() if not (isinstance(v, (list, tuple, dict)) and not v)}
    args["version"] = ctx.api._version
    create_kwargs = _create_container_args(args)
    if expose:  # `--expose`: declared on the container, not published (docker-py #2242)
        create_kwargs["ports"] = list(create_kwargs.get("ports") or []) + expose
    if stop_timeout is not None:
        create_kwargs["stop_timeout"] = int(stop_timeout)
    if anonymous:
        create_kwargs["volumes"] = list(create_kwargs.get("volumes") or []) + anonymous
    try:
        return ctx.api.create_container(**create_kwargs)["Id"]
    except ImageNotFound:
        repo, tag = split_ref(kw["image"])
        ctx.say("progress.pull_missing", image=_ref(repo, tag))
        err = pull(ctx, kw["image"], call)
        if err is not None:
            return Outcome(False, err)
        return ctx.api.create_container(**create_kwargs)["Id"]


def _exposed(port: int | str) -> int | tuple[int, str]:
    """`--expose` items: 80 (tcp) or "53/udp" -> docker-py's (53, "udp")."""
    if isinstance(port, str) and "/" in port:
        number, proto = port.split("/", 1)
        return (int(number), proto) if proto != "tcp" else int(number)
    return int(port)


def bind_sources(kw: dict[str, Any]) -> list[str]:
    """Host paths of the binds in run kwargs: `volumes` (dict keyed by source, or a list of
    "SRC:DST[:MODE]" strings) and `mounts` of type bind."""
    vols = kw.get("volumes") or {}
    out = [str(v).split(":", 1)[0] for v in vols] if isinstance(vols, (list, tuple)) else list(vols)
    for mt in kw.get("mounts") or ():
        if isinstance(mt, dict) and mt.get("Type") == "bind":
            out.append(str(mt.get("Source", "")))
    return out


def symlinked_bind(volumes: dict[str, Any] | list[str], ctx: Ctx) -> tuple[str, str] | None:
    """A bind source that is not its own real path, as (path, real path), else None.

    The policy decided on the path as written; a symlink in it (an allowed directory
    holding a link to /) would mount something else. gorae refuses such a path and
    asks for the real one. Checked only where this process sees the daemon's files
    (a local unix socket); a remote engine's paths cannot be seen from here.
    """
    import os

    host = str(getattr(ctx.api, "base_url", "") or "")
    if not (host.startswith("http+docker://localhost") or host.startswith("unix://")):
        return None
    for source in volumes:
        if not source.startswith("/"):
            continue  # a named volume
        path = os.path.normpath(source)
        real = os.path.realpath(path)
        if real != path:  # also a link in a parent of a missing last part (issue 9)
            return path, real
    return None


def _discard(ctx: Ctx, cid: str) -> None:
    """Remove a container we created moments ago (failed start, attached --rm)."""
    try:
        ctx.api.remove_container(cid, force=True)
    except Exception:
        pass


def _timed_out(exc: BaseException) -> bool:
    import requests

    return isinstance(exc, requests.exceptions.ReadTimeout) or "timed out" in str(exc).lower()


def _secs(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def run_container(call: Call, ctx: Ctx) -> Outcome:
    """containers.run / containers.create. Detached -> name, id, ports; attached -> output + exit code."""
    from bot.execute import _decode

    kw = {k: v for k, v in call.kw().items() if v is not None}
    linked = symlinked_bind(bind_sources(kw), ctx)
    if linked is not None:
        return Outcome(False, Msg.of("err.bind_symlink", path=linked[0], real=linked[1]))
    create_only = call.op == "containers.create"
    detach = bool(kw.pop("detach", True))
    auto_remove = bool(kw.get("auto_remove"))
    attached = not create_only and not detach
    if attached:  # remove it ourselves after reading its output: no race with --rm
        kw.pop("auto_remove", None)
    cid = _create(call, ctx, kw)
    if isinstance(cid, Outcome):
        return cid
    if create_only:
        name = ctx.api.inspect_container(cid)["Name"].lstrip("/")
        return Outcome(True, Msg.of("done.create", name=name, id=fmt.short_id(cid)))
    try:
        ctx.api.start(cid)
    except Exception:
        _discard(ctx, cid)
        raise
    if attached:
        return _wait_attached(ctx, cid, image=kw["image"], auto_remove=auto_remove, decode=_decode)
    return _detached(ctx, cid, kw.get("name"))


def _detached(ctx: Ctx, cid: str, name: str | None) -> Outcome:
    from docker.errors import NotFound

    try:
        info = ctx.api.inspect_container(cid)
    except NotFound:  # --rm and already gone
        return Outcome(True, Msg.of("done.run", name=name or fmt.short_id(cid), id=fmt.short_id(cid)))
    name = info["Name"].lstrip("/")
    ports = fmt.ports_from_settings((info.get("NetworkSettings") or {}).get("Ports"))
    if ports:
        return Outcome(True, Msg.of("done.run_ports", name=name, id=fmt.short_id(cid), ports=ports))
    return Outcome(True, Msg.of("done.run", name=name, id=fmt.short_id(cid)))


def _wait_attached(ctx: Ctx, cid: str, *, image: str, auto_remove: bool, decode: Any) -> Outcome:
    try:
        code = ctx.api.wait(cid, timeout=ctx.attach_timeout).get("StatusCode")
    except Exception as e:
        if not _timed_out(e):
            raise
        text = decode(ctx.api.logs(cid, stdout=True, stderr=True))
        name = ctx.api.inspect_container(cid)["Name"].lstrip("/")
        seconds = _secs(ctx.attach_timeout)
        if auto_remove:
            _discard(ctx, cid)
            return Outcome(False, Msg.of("err.run_timeout_removed", name=name, seconds=seconds), text=text)
        return Outcome(False, Msg.of("err.run_timeout", name=name, seconds=seconds), text=text)
    text = decode(ctx.api.logs(cid, stdout=True, stderr=True))
    if auto_remove:
        _discard(ctx, cid)
    return Outcome(True, Msg.of("done.run_attached", image=image, code=code), text=text, exit_code=code)
