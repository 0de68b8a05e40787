"""The long operations: run/create (auto-pull, attached wait), pull and push (streamed).

    run_container(Call.of("containers.run", image="alpine", command=["echo", "hi"], detach=False), ctx)

Handlers take a `Call` and the executor's `Ctx` and may raise: `bot.engine.execute`
translates exceptions. In-band stream errors (pull/push never raise on them)
are translated here, with the same table.
"""
from __future__ import annotations

import select
import time
from collections.abc import Iterable
from typing import Any

from bot.engine import docker_format as fmt
from bot.engine.context import Ctx
from bot.engine.docker_errors import stream_error
from bot.language.docker_values import split_image_ref
from bot.model import Call, Msg, Outcome

OUTPUT_MAX = 1 << 20  # bytes of a command's output kept (its tail), whatever it prints


class TailBuffer:
    """The last `limit` bytes written to it; older bytes are dropped and counted (`dropped`).

    Memory stays under 2 x `limit` however much is written.
    """

    def __init__(self, limit: int = OUTPUT_MAX) -> None:
        self.limit = limit
        self._buf = bytearray()
        self._dropped = 0

    def write(self, data: bytes) -> None:
        self._buf += data
        if len(self._buf) > 2 * self.limit:
            cut = len(self._buf) - self.limit
            del self._buf[:cut]
            self._dropped += cut

    @property
    def dropped(self) -> int:
        """Bytes written that `text()` no longer holds."""
        return self._dropped + max(0, len(self._buf) - self.limit)

    def text(self) -> str:
        """The kept tail as text (invalid UTF-8, e.g. a character cut in two, becomes U+FFFD)."""
        return bytes(self._buf[-self.limit:]).decode("utf-8", "replace")

    def note(self) -> tuple[Msg, ...]:
        """A note saying the output was cut, when it was."""
        return (Msg.of("note.output_cut", size=fmt.human_size(self.limit)),) if self.dropped else ()


def read_stream(sock: Any, deadline: float, out: TailBuffer, *, tty: bool = False) -> bool:
    """Read an attach or exec stream (a raw socket from the SDK) into `out`.

    Without a TTY the stream is docker's multiplexed frames (8-byte header: stream, 0, 0, 0,
    size as big-endian uint32 — Engine API "Attach to a container"); stdout and stderr are
    kept interleaved, as a terminal shows them. True at the end of the stream, False when
    `deadline` (time.monotonic()) came first. Never blocks past `deadline`.
    """
    recv = getattr(sock, "recv", None) or sock.read  # docker-py gives a socket (recv) or a SocketIO (read)
    pending = bytearray()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([sock], [], [], remaining)
        if not ready:
            return False
        chunk = recv(65536)
        if chunk is None:
            continue
        if not chunk:
            return True
        if tty:
            out.write(chunk)
            continue
        pending += chunk
        while len(pending) >= 8:
            size = int.from_bytes(pending[4:8], "big")
            if len(pending) < 8 + size:
                break
            out.write(bytes(pending[8:8 + size]))
            del pending[:8 + size]


def close_stream(sock: Any) -> None:
    """Close a raw stream socket and the HTTP response that holds it (never raises)."""
    for obj in (sock, getattr(sock, "_response", None)):  # docker-py keeps the response on the socket, untyped
        try:
            if obj is not None:
                obj.close()
        except Exception:
            pass


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
    repo, tag = split_image_ref(image, tag)
    tracker = LayerProgress(ctx, _ref(repo, tag), "progress.pull")
    return _consume(ctx.api.pull(repo, tag=tag, stream=True, decode=True), call, tracker)


def pull_image(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    repo, tag = split_image_ref(kw.get("repository") or call.target or "", kw.get("tag"))
    err = pull(ctx, repo, call, tag)
    if err is not None:
        return Outcome(False, err)
    ref = _ref(repo, tag)
    ident = ctx.api.inspect_image(ref).get("Id", "")
    return Outcome(True, Msg.of("done.pull", image=ref, id=fmt.short_id(ident)))


def push_image(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    repo, tag = split_image_ref(kw.get("repository") or call.target or "", kw.get("tag"))
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
        repo, tag = split_image_ref(kw["image"])
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


def symlinked_bind(volumes: dict[str, Any] | list[str], ctx: Ctx) -> tuple[str, str] | None:
    """A bind source that is not its own real path, as (path, real path), else None.

    The policy decided on the path as written; a symlink in it (an allowed directory
    holding a link to /) would mount something else. gorae refuses such a path and
    asks for the real one. Checked only where this process sees the daemon's files
    (a local unix socket); a remote engine's paths cannot be seen from here.
    """
    import os

    host = str(getattr(ctx.api, "base_url", "") or "")  # docker-py's APIClient (untyped); fakes have none
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


def _secs(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def run_container(call: Call, ctx: Ctx) -> Outcome:
    """containers.run / containers.create. Detached -> name, id, ports; attached -> output + exit code."""
    kw = {k: v for k, v in call.kw().items() if v is not None}
    from bot.language.docker_options import bind_sources

    linked = symlinked_bind(bind_sources(kw), ctx)  # -v, --mount type=bind and bind-like volume options
    if linked is not None:
        return Outcome(False, Msg.of("err.bind_symlink", path=linked[0], real=linked[1]))
    create_only = call.op == "containers.create"
    detach = bool(kw.pop("detach", True))
    auto_remove = bool(kw.get("auto_remove"))
    attached = not create_only and not detach
    # --rm is the engine's AutoRemove (HostConfig), as docker does: a container run with
    # --rm goes away when it ends even if gorae is killed while it runs.
    cid = _create(call, ctx, kw)
    if isinstance(cid, Outcome):
        return cid
    if create_only:
        name = ctx.api.inspect_container(cid)["Name"].lstrip("/")
        return Outcome(True, Msg.of("done.create", name=name, id=fmt.short_id(cid)))
    if attached:
        return _run_attached(ctx, cid, image=kw["image"], auto_remove=auto_remove, tty=bool(kw.get("tty")))
    try:
        ctx.api.start(cid)
    except Exception:
        _discard(ctx, cid)
        raise
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


def _wait_request(ctx: Ctx, cid: str, condition: str) -> Any:
    """POST /containers/{id}/wait?condition=..., sent and acknowledged before the container
    starts (the engine answers its headers at once, API >= 1.30), its body read later: the
    exit code is known even when AutoRemove has already removed the container (docker CLI's
    waitExitOrRemoved)."""
    api = ctx.api
    res = api._post(api._url("/containers/{0}/wait", cid), params={"condition": condition}, stream=True,
                    timeout=(api.timeout, ctx.attach_timeout + api.timeout))
    api._raise_for_status(res)
    return res


def _exit_code(res: Any) -> int | None:
    try:
        return res.json().get("StatusCode")
    except Exception:
        return None
    finally:
        res.close()


def _run_attached(ctx: Ctx, cid: str, *, image: str, auto_remove: bool, tty: bool) -> Outcome:
    """Attach, start, read the output (bounded, until the end or `ctx.attach_timeout`), exit code."""
    api = ctx.api
    sock = api.attach_socket(cid, params={"stdout": 1, "stderr": 1, "stream": 1, "logs": 1})
    waiter = None
    try:
        waiter = _wait_request(ctx, cid, "removed" if auto_remove else "next-exit")
        try:
            api.start(cid)
        except Exception:
            _discard(ctx, cid)
            raise
        out = TailBuffer()
        finished = read_stream(sock, time.monotonic() + ctx.attach_timeout, out, tty=tty)
    except BaseException:
        if waiter is not None:
            waiter.close()
        raise
    finally:
        close_stream(sock)
    if not finished:
        waiter.close()
        seconds = _secs(ctx.attach_timeout)
        name = _name_of(ctx, cid)
        if auto_remove:
            _discard(ctx, cid)
            return Outcome(False, Msg.of("err.run_timeout_removed", name=name, seconds=seconds), text=out.text(),
                           details=out.note())
        return Outcome(False, Msg.of("err.run_timeout", name=name, seconds=seconds), text=out.text(),
                       details=out.note())
    code = _exit_code(waiter)
    return Outcome(True, Msg.of("done.run_attached", image=image, code=code), text=out.text(), exit_code=code,
                   details=out.note())


def _name_of(ctx: Ctx, cid: str) -> str:
    try:
        return str(ctx.api.inspect_container(cid)["Name"]).lstrip("/")
    except Exception:
        return fmt.short_id(cid)
