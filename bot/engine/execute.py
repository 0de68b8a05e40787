"""Execute a Plan against the engine: the only module that changes anything in Docker.

    outcome = execute(plan, docker_client(), progress=print)

Each `Call.op` maps to one handler below (low-level API, one request where the
CLI would make one). Several calls of the same op ("restart web and cache",
"stop all") all run and each is reported; other sequences stop at the first
failure. Every exception is translated once, here, by `bot.engine.docker_errors` into
an `Outcome(ok=False, message=Msg)`: callers never see a traceback.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from bot.engine import docker_format as fmt
from bot.engine import execute_run as _run  # run/create/pull/push: streams and waits
from bot.engine.context import ATTACH_TIMEOUT, Ctx, Handler, Progress
from bot.engine.docker_errors import ClientState, translate
from bot.model import Call, Msg, Outcome, Plan, reply_lang

MAX_TEXT = 1_000_000  # characters of logs/output kept (the tail)
LOGS_TAIL = 200  # lines of logs read when the request names no count (`docker logs` has none)
OPS: dict[str, Handler] = {}
# ops whose repeated calls are independent targets: run all, report each
FAN_OUT_WORKERS = 8  # at most this many calls of a fan-out at once (the SDK keeps 10 connections)
FAN_OUT = {
    "container.start", "container.stop", "container.kill", "container.pause", "container.unpause",
    "container.restart", "container.remove", "image.remove", "volume.remove", "network.remove",
}


def op(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        OPS[name] = fn
        return fn
    return register


def engine_where() -> str:
    from bot.config import docker_host

    return docker_host()


def execute(plan: Plan, client: Any, *, progress: Progress | None = None,
            attach_timeout: float | None = None) -> Outcome:
    """Run `plan.calls` in order and say what came of it (never raises)."""
    ctx = Ctx(client, progress or (lambda _line: None), reply_lang(plan.command.lang),
              attach_timeout if attach_timeout is not None else ATTACH_TIMEOUT,
              {t.id: t.name for t in plan.targets if t.id})
    calls = plan.calls
    if not calls:
        return Outcome(True, plan.summary or Msg.of("done.stop_none" if plan.verb == "stop" else "render.nothing_ran"))
    if len(calls) > 1 and len({c.op for c in calls}) == 1 and calls[0].op in FAN_OUT:
        return _fan_out(calls, ctx)
    if len(calls) > 1 and len({c.op for c in calls}) == 1 and calls[0].op in _INSPECTS:
        return _inspect_many(calls, ctx)
    if all(c.op == "container.stats" for c in calls):
        return _stats_many(calls, ctx)
    result = Outcome(True)
    for call in calls:
        result = run_call(call, ctx)
        if not result.ok:
            break
    return result


def run_call(call: Call, ctx: Ctx) -> Outcome:
    handler = OPS.get(call.op)
    if handler is None:
        return Outcome(False, Msg.of("err.unknown_op", op=call.op))
    try:
        return handler(call, ctx)
    except Exception as e:  # the one translation boundary
        # a refusal is explained by a fresh, read-only look at the state (docker_errors.EngineState)
        return Outcome(False, translate(e, _display_call(call, ctx), where=engine_where(), state=ClientState(ctx.api)))


def _display_call(call: Call, ctx: Ctx) -> Call:
    """The call with its target replaced by a display name, for error sentences."""
    if call.target and call.target in ctx.names:
        return Call(call.op, ctx.names[call.target], call.kwargs)
    return call


def _fan_out(calls: tuple[Call, ...], ctx: Ctx) -> Outcome:
    # containers are acted on side by side, as `docker stop/start/rm a b c` do (the CLI: 50 at
    # a time; rmi, volume rm and network rm go one by one there and here); results keep the
    # order of the calls. "stop all" on 300 containers: ~2x faster.
    if len(calls) == 1 or not calls[0].op.startswith("container."):
        outs = [run_call(c, ctx) for c in calls]
    else:
        with ThreadPoolExecutor(max_workers=min(FAN_OUT_WORKERS, len(calls))) as pool:
            outs = list(pool.map(lambda c: run_call(c, ctx), calls))
    results = [(ctx.name(c.target), r) for c, r in zip(calls, outs)]
    done = [n for n, r in results if r.ok]
    failed = [n for n, r in results if not r.ok]
    key = _DONE_KEYS.get(calls[0].op, "done." + calls[0].op.split(".", 1)[1])
    if not failed:
        return Outcome(True, Msg.of(key, names=", ".join(done)))
    details = tuple(r.message for _, r in results if r.message is not None)
    head = "err.partial" if done else "err.failed_all"
    return Outcome(False, Msg.of(head, ok_count=len(done), failed_count=len(failed), failed=", ".join(failed)),
                   details=details)


_DONE_KEYS = {"image.remove": "done.image_remove", "volume.remove": "done.volume_remove",
              "network.remove": "done.network_remove"}


# ---------------------------------------------------------------------------- containers


def _names(call: Call, ctx: Ctx) -> Msg:
    return Msg.of(_DONE_KEYS.get(call.op, "done." + call.op.split(".", 1)[1]), names=ctx.name(call.target))


@op("container.start")
def _start(call: Call, ctx: Ctx) -> Outcome:
    ctx.api.start(call.target)
    return Outcome(True, _names(call, ctx))


def _stop_like(action: str, call: Call, ctx: Ctx) -> None:
    """POST /containers/{id}/stop or /restart, as the docker CLI: `t` only when the user gave
    one (else the container's own StopTimeout, or the engine's 10 s, applies), and the HTTP
    wait long enough for that stop (the client's timeout plus the grace period) — a slow
    stop is waited for, never reported as a failure."""
    api = ctx.api
    given = call.kw().get("timeout")
    own: Any = None
    if given is None:
        try:
            own = (api.inspect_container(call.target).get("Config") or {}).get("StopTimeout")
        except Exception:  # the stop itself will say what is wrong (no such container, ...)
            own = None
    grace = int(given) if given is not None else (10 if own is None else int(own))
    if grace < 0:  # "wait forever" (-1): bounded by the run limit instead
        grace = int(ctx.attach_timeout)
    params = {"t": int(given)} if given is not None else {}
    base = api.timeout if isinstance(api.timeout, (int, float)) else 60
    res = api._post(api._url("/containers/{0}/" + action, call.target), params=params, timeout=base + grace + 5)
    api._raise_for_status(res)


@op("container.stop")
def _stop(call: Call, ctx: Ctx) -> Outcome:
    _stop_like("stop", call, ctx)
    return Outcome(True, _names(call, ctx))


@op("container.restart")
def _restart(call: Call, ctx: Ctx) -> Outcome:
    _stop_like("restart", call, ctx)
    return Outcome(True, _names(call, ctx))


@op("container.kill")
def _kill(call: Call, ctx: Ctx) -> Outcome:
    sig = call.kw().get("signal")
    ctx.api.kill(call.target, **({"signal": sig} if sig else {}))
    return Outcome(True, _names(call, ctx))


@op("container.pause")
def _pause(call: Call, ctx: Ctx) -> Outcome:
    ctx.api.pause(call.target)
    return Outcome(True, _names(call, ctx))


@op("container.unpause")
def _unpause(call: Call, ctx: Ctx) -> Outcome:
    ctx.api.unpause(call.target)
    return Outcome(True, _names(call, ctx))


@op("container.rename")
def _rename(call: Call, ctx: Ctx) -> Outcome:
    """`docker rename CONTAINER NEW_NAME` (POST /containers/{id}/rename?name=…, the SDK's `Container.rename` /
    `api.rename`): the engine answers 204; a name taken since the plan is its 409, translated once (`run_call`)."""
    new = call.kw()["name"]
    ctx.api.rename(call.target, new)
    return Outcome(True, Msg.of("done.rename", name=ctx.name(call.target), new=new))


@op("container.remove")
def _remove(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    ctx.api.remove_container(call.target, force=bool(kw.get("force")), v=bool(kw.get("v")))
    return Outcome(True, _names(call, ctx))


@op("containers.prune")
def _prune(call: Call, ctx: Ctx) -> Outcome:
    filters = call.kw().get("filters")  # plans send none; tests scope a prune by label
    res = ctx.api.prune_containers(**({"filters": filters} if filters else {}))
    deleted = res.get("ContainersDeleted") or []
    return Outcome(True, Msg.of("done.prune", count=len(deleted), space=fmt.human_size(res.get("SpaceReclaimed") or 0)))


def _pruned(kind: str, deleted: list[str], space: int | None) -> Outcome:
    """docker's own report: "Deleted Volumes:" and one name a line, then "Total reclaimed space:"."""
    lines = [f"Deleted {kind}:", *deleted] if deleted else []
    if space is not None:
        total = f"Total reclaimed space: {fmt.human_size(space, 4)}"
        lines += ["", total] if lines else [total]
    key = "done." + kind.lower() + "_prune"
    return Outcome(True, Msg.of(key, count=len(deleted), space=fmt.human_size(space or 0)), text="\n".join(lines))


@op("volumes.prune")
def _prune_volumes(call: Call, ctx: Ctx) -> Outcome:
    filters = call.kw().get("filters")  # plans send none; tests scope a prune by label
    res = ctx.api.prune_volumes(**({"filters": filters} if filters else {}))
    return _pruned("Volumes", [str(v) for v in res.get("VolumesDeleted") or []], int(res.get("SpaceReclaimed") or 0))


@op("networks.prune")
def _prune_networks(call: Call, ctx: Ctx) -> Outcome:
    filters = call.kw().get("filters")
    res = ctx.api.prune_networks(**({"filters": filters} if filters else {}))
    return _pruned("Networks", [str(n) for n in res.get("NetworksDeleted") or []], None)


@op("images.prune")
def _prune_images(call: Call, ctx: Ctx) -> Outcome:
    """`filters` {"dangling": True}: untagged images only (docker image prune); none: every unused (-a).
    docker prints each entry as "untagged: REF" or "deleted: sha256:…"."""
    filters = call.kw().get("filters")
    res = ctx.api.prune_images(**({"filters": filters} if filters else {}))
    lines = [f"{k.lower()}: {v}" for e in res.get("ImagesDeleted") or [] for k, v in e.items() if k in ("Untagged", "Deleted")]
    return _pruned("Images", lines, int(res.get("SpaceReclaimed") or 0))


@op("containers.list")
def _ps(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    show_all = bool(kw.get("all"))
    extra = {k: kw[k] for k in ("filters", "limit", "latest") if kw.get(k) not in (None, False, {})}
    raw = ctx.api.containers(all=show_all, **extra)
    if not raw:
        return Outcome(True, Msg.of("done.list_containers_all_none" if show_all else "done.list_containers_none"))
    if kw.get("quiet"):  # `docker ps -q`: the short IDs (12 hex digits), one a line, as docker prints them
        return Outcome(True, Msg.of("done.list_containers", count=len(raw)), text="\n".join(fmt.short_id(c["Id"]) for c in raw))
    return Outcome(True, Msg.of("done.list_containers", count=len(raw)), table=fmt.containers_table(raw))


@op("container.inspect")
def _inspect(call: Call, ctx: Ctx) -> Outcome:
    attrs = ctx.api.inspect_container(call.target)
    fields = fmt.container_fields(attrs)
    return Outcome(True, Msg.of("done.inspect", name=fields[0][1]), fields=fields)


# (lead32c) the inspects that take several names (`docker inspect web cache`, `docker volume inspect db pgdata`,
# `docker network inspect backend bridge`) -> the done message of several
_INSPECTS = {"container.inspect": "done.inspect", "volume.inspect": "done.volume_inspect",
             "network.inspect": "done.network_inspect"}


def _inspect_many(calls: tuple[Call, ...], ctx: Ctx) -> Outcome:
    """`docker inspect web cache` (and `docker volume inspect db pgdata`, `docker network inspect backend bridge`): each
    one's summary in the order typed, one after the other (each starts with its name); the first that fails is the
    answer, as docker exits 1 then."""
    outs = []
    for call in calls:
        out = run_call(call, ctx)
        if not out.ok:
            return out
        outs.append(out)
    names = ", ".join(o.fields[0][1] for o in outs if o.fields)
    return Outcome(True, Msg.of(_INSPECTS[calls[0].op], name=names), fields=tuple(f for o in outs for f in o.fields))


@op("container.top")
def _top(call: Call, ctx: Ctx) -> Outcome:
    """`docker top`: the engine's ps of the container (GET /containers/{id}/top), as docker prints it."""
    kw = call.kw()
    res = ctx.api.top(call.target, ps_args=kw.get("ps_args") or None)
    table = fmt.top_table(res)
    name = ctx.name(call.target)
    return Outcome(True, Msg.of("done.top", name=name, count=len(table.rows)), table=table)


@op("container.port")
def _port(call: Call, ctx: Ctx) -> Outcome:
    """`docker port`: the published ports from the container's inspect (NetworkSettings.Ports), one
    `80/tcp -> 0.0.0.0:8080` line each as docker prints them (only the host side for one port asked)."""
    attrs = ctx.api.inspect_container(call.target)
    private = call.kw().get("private_port")
    lines = fmt.port_lines(attrs, private)
    name = ctx.name(call.target)
    if not lines:
        return Outcome(True, Msg.of("done.port_none", name=name), text="")
    count = fmt.published_port_count(attrs, private)  # ports, not lines: 80/tcp on 0.0.0.0 and [::] is one
    headline = (Msg.of("done.port", name=name, count=count) if count == len(lines)
                else Msg.of("done.port_bindings", name=name, count=count, bindings=len(lines)))
    return Outcome(True, headline, text="\n".join(lines))


def _sample(call: Call, ctx: Ctx) -> fmt.StatsSample | Outcome:
    """GET /containers/{id}/stats?stream=false: the engine takes two samples about a second apart, so
    that the CPU % has a previous one, as the CLI's `--no-stream` row does. An error: its Outcome."""
    try:
        return fmt.stats_sample(ctx.api.stats(call.target, stream=False), call.target or "", ctx.name(call.target))
    except Exception as e:  # the translation boundary, as run_call
        return Outcome(False, translate(e, _display_call(call, ctx), where=engine_where(), state=ClientState(ctx.api)))


@op("container.stats")
def _stats(call: Call, ctx: Ctx) -> Outcome:
    """`docker stats --no-stream` of one container, as the CLI's table row."""
    return _stats_many((call,), ctx)


def _stats_many(calls: tuple[Call, ...], ctx: Ctx) -> Outcome:
    """`docker stats --no-stream a b c`: every container's sample taken side by side, one table in the
    order of the plan (docker/cli formatter_stats.go); with several, the heaviest on CPU and on memory
    named ("which container eats the most cpu"). A container that failed is said below the table."""
    with ThreadPoolExecutor(max_workers=min(FAN_OUT_WORKERS, len(calls))) as pool:
        outs = list(pool.map(lambda c: _sample(c, ctx), calls))
    samples = [o for o in outs if isinstance(o, fmt.StatsSample)]
    failed = tuple(o.message for o in outs if isinstance(o, Outcome) and o.message is not None)
    if not samples:
        return Outcome(False, failed[0] if failed else Msg.of("render.nothing_ran"), details=failed[1:])
    details: tuple[Msg, ...] = ()
    cpu = max(samples, key=lambda x: x.cpu_percent)
    mem = max(samples, key=lambda x: x.mem_usage)
    if len(samples) > 1 and f"{cpu.cpu_percent:.2f}" != "0.00":  # all idle: no heaviest to name
        details += (Msg.of("stats.most_cpu", name=cpu.name, cpu=f"{cpu.cpu_percent:.2f}%"),)
    if len(samples) > 1 and mem.mem_usage > 0:
        details += (Msg.of("stats.most_memory", name=mem.name, mem=fmt.binary_size(mem.mem_usage)),)
    return Outcome(not failed, Msg.of("done.stats", count=len(samples)), table=fmt.stats_table(samples),
                   details=details + failed)


_SINCE = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNIT = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def since_to_datetime(since: Any, now: datetime | None = None) -> datetime | int | None:
    """'10m' / '1h' / '30s' / '2d' -> a datetime that far back; ISO text or epoch pass through."""
    if since is None or since == "":
        return None
    if isinstance(since, (int, float)):
        return int(since)
    m = _SINCE.match(str(since))
    if m:
        return (now or datetime.now()) - timedelta(**{_UNIT[m.group(2)]: int(m.group(1))})
    if str(since).isdigit():
        return int(since)
    if re.fullmatch(r"\d+\.\d+", str(since)):  # a Unix time with a fraction (docker accepts it)
        return int(float(since))
    from bot.language.docker_values import ValueRejected, duration_ns

    try:  # a Go duration ("1h30m", "90s"): that long ago, as docker reads --since/--until
        return (now or datetime.now()) - timedelta(microseconds=duration_ns(str(since)) / 1000)
    except ValueRejected:
        pass
    return datetime.fromisoformat(str(since).replace("Z", "+00:00"))


def _decode(data: bytes | str | None) -> str:
    if data is None:
        return ""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return text[-MAX_TEXT:]


@op("container.logs")
def _logs(call: Call, ctx: Ctx) -> Outcome:
    """The logs' tail: the count asked for, else LOGS_TAIL lines (said in the reply when cut),
    streamed into a bounded buffer (never a whole log in memory)."""
    from bot.engine.execute_run import TailBuffer

    kw = call.kw()
    given = kw.get("tail") is not None
    args: dict[str, Any] = {"stdout": True, "stderr": True, "timestamps": bool(kw.get("timestamps")),
                            "tail": int(kw["tail"]) if given else LOGS_TAIL}
    since = since_to_datetime(kw.get("since"))
    if since is not None:
        args["since"] = since
    until = since_to_datetime(kw.get("until"))
    if until is not None:
        args["until"] = until
    if kw.get("follow"):
        return _follow(call, ctx, args, float(kw.get("seconds") or 30))
    out = TailBuffer(MAX_TEXT)
    stream = ctx.api.logs(call.target, stream=True, follow=False, **args)
    try:
        for chunk in stream:
            out.write(chunk if isinstance(chunk, bytes) else str(chunk).encode())
    finally:
        stream.close()
    text = out.text()
    name = ctx.name(call.target)
    if not text:
        return Outcome(True, Msg.of("done.logs_empty", name=name), text="")
    lines = len(text.splitlines())
    if not given and lines >= LOGS_TAIL:
        return Outcome(True, Msg.of("done.logs_tail", name=name, lines=lines, limit=LOGS_TAIL), text=text,
                       details=out.note())
    return Outcome(True, Msg.of("done.logs", name=name, lines=lines), text=text, details=out.note())


def _follow(call: Call, ctx: Ctx, args: dict[str, Any], seconds: float) -> Outcome:
    """`docker logs -f`, bounded: the tail, then each new line as it comes (one progress line each, ending
    with a newline — output that stays: the shell prints them one under the other, Slack edits one message
    with the latest, rate-limited: bot/front/slack/deliver.py) for `seconds`
    (GORAE_FOLLOW_SECONDS, set by the plan), or until the log ends (the container stopped) or Ctrl-C
    in the shell. The stream is read on a thread and closed at the end (docker-py's CancellableStream
    shuts its socket down, which ends the read); the reply holds the kept tail of all that was read."""
    import queue
    import threading
    import time

    from bot.engine.execute_run import TailBuffer
    from bot.redact import redact

    stream = ctx.api.logs(call.target, stream=True, follow=True, **args)
    chunks: queue.Queue[bytes | None] = queue.Queue()

    def pump() -> None:
        try:
            for chunk in stream:
                chunks.put(chunk if isinstance(chunk, bytes) else str(chunk).encode())
        except Exception:  # the stream closed under it (the end of the follow) or the engine went away
            pass
        finally:
            chunks.put(None)

    reader = threading.Thread(target=pump, name="gorae-logs-follow", daemon=True)
    reader.start()
    name = ctx.name(call.target)
    ctx.say("progress.logs_follow", name=name, seconds=_secs(seconds))
    out = TailBuffer(MAX_TEXT)
    partial = b""
    began = time.monotonic()
    deadline = began + seconds
    how = "done.logs_follow"
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                chunk = chunks.get(timeout=remaining)
            except queue.Empty:
                break
            if chunk is None:
                how = "done.logs_follow_ended"
                break
            out.write(chunk)
            *whole, partial = (partial + chunk).split(b"\n")
            for line in whole:
                try:
                    ctx.progress((redact(line.decode("utf-8", "replace")) or "") + "\n")  # a line that stays
                except Exception:  # a broken progress sink never ends the follow
                    pass
    except KeyboardInterrupt:  # the shell's Ctrl-C: the follow stops, the shell goes on
        how = "done.logs_follow_interrupted"
    finally:
        stream.close()
        reader.join(timeout=5)
    text = out.text()
    lines = len(text.splitlines())
    elapsed = _secs(time.monotonic() - began)
    return Outcome(True, Msg.of(how, name=name, seconds=_secs(seconds), elapsed=elapsed, lines=lines), text=text,
                   details=out.note())


def _secs(value: float) -> str:
    """Seconds as said in a reply: whole when whole ("30"), else one decimal ("2.5")."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


@op("container.exec")
def _exec(call: Call, ctx: Ctx) -> Outcome:
    """Run a command in a container, as `docker exec` (no TTY): its output (interleaved, the
    last OUTPUT_MAX bytes) and exit code. Bounded by `ctx.attach_timeout` seconds: past it
    gorae stops reading, says the process is still running there, and shows the output so far."""
    import time

    from bot.engine.execute_run import TailBuffer, close_stream, read_stream

    kw = call.kw()
    cmd = kw.get("cmd") or kw.get("command")
    cmd = list(cmd) if isinstance(cmd, (list, tuple)) else cmd
    ex = ctx.api.exec_create(call.target, cmd, stdout=True, stderr=True,
                             user=kw.get("user") or "", workdir=kw.get("workdir"),
                             environment=kw.get("environment"), privileged=bool(kw.get("privileged")))
    if kw.get("detach"):  # docker exec -d: started, not waited for
        ctx.api.exec_start(ex["Id"], detach=True)
        return Outcome(True, Msg.of("cli.done_exec_detached", name=ctx.name(call.target)))
    sock = ctx.api.exec_start(ex["Id"], socket=True)
    out = TailBuffer()
    try:
        finished = read_stream(sock, time.monotonic() + ctx.attach_timeout, out)
    finally:
        close_stream(sock)  # the engine leaves the process running (no signal on a closed attach)
    info = _exec_state(ctx, ex["Id"], settle=finished)
    name = ctx.name(call.target)
    if not finished or info.get("Running"):
        secs = int(ctx.attach_timeout) if float(ctx.attach_timeout).is_integer() else ctx.attach_timeout
        return Outcome(False, Msg.of("err.exec_timeout", name=name, seconds=secs), text=out.text(),
                       details=out.note())
    code = info.get("ExitCode")
    return Outcome(True, Msg.of("done.exec", name=name, code=code), text=out.text(), exit_code=code,
                   details=out.note())


def _exec_state(ctx: Ctx, exec_id: str, *, settle: bool) -> dict[str, Any]:
    """exec_inspect; after the end of its stream, a moment for the engine to record the exit."""
    import time

    info = ctx.api.exec_inspect(exec_id)
    for _ in range(20 if settle else 0):
        if not info.get("Running"):
            break
        time.sleep(0.05)
        info = ctx.api.exec_inspect(exec_id)
    return info


# ---------------------------------------------------------------------------- images, volumes, networks


@op("images.list")
def _images(call: Call, ctx: Ctx) -> Outcome:
    # `name`: docker images REPOSITORY[:TAG] (the SDK's APIClient.images(name=…), the API's `reference` filter)
    raw = ctx.api.images(name=call.kw().get("name"), all=bool(call.kw().get("all")),
                         filters=call.kw().get("filters") or None)
    if not raw:
        return Outcome(True, Msg.of("done.list_images_none"))
    if call.kw().get("quiet"):  # `docker images -q`: the IMAGE ID column alone, row for row, as docker prints it
        ids = [row[2] for row in fmt.images_table(raw).rows]
        return Outcome(True, Msg.of("done.list_images", count=len(ids)), text="\n".join(ids))
    table = fmt.images_table(raw)
    return Outcome(True, Msg.of("done.list_images", count=len(table.rows)), table=table)


@op("image.inspect")
def _image_inspect(call: Call, ctx: Ctx) -> Outcome:
    """`docker image inspect IMAGE` (GET /images/{name}/json): a summary of it, never a JSON dump."""
    attrs = ctx.api.inspect_image(call.target)
    return Outcome(True, Msg.of("done.image_inspect", image=call.target), fields=fmt.image_fields(attrs))


@op("image.history")
def _history(call: Call, ctx: Ctx) -> Outcome:
    """`docker history IMAGE` (GET /images/{name}/history): its layers as a table, or their IDs alone (`-q`)."""
    kw = call.kw()
    table = fmt.history_table(ctx.api.history(call.target), no_trunc=bool(kw.get("no_trunc")))
    msg = Msg.of("done.history", image=call.target, count=len(table.rows))
    if kw.get("quiet"):  # `docker history -q`: the IMAGE column alone, row for row, as docker prints it
        return Outcome(True, msg, text="\n".join(row[0] for row in table.rows))
    return Outcome(True, msg, table=table)


@op("image.remove")
def _rmi(call: Call, ctx: Ctx) -> Outcome:
    ctx.api.remove_image(call.target, force=bool(call.kw().get("force")), noprune=bool(call.kw().get("noprune")))
    return Outcome(True, _names(call, ctx))


@op("image.tag")
def _tag(call: Call, ctx: Ctx) -> Outcome:
    """`docker tag SOURCE TARGET` (POST /images/{name}/tag?repo=…&tag=…, the SDK's `Image.tag` / `api.tag`): the
    engine answers 201 Created; anything else it did not say as an error is reported, never taken as done."""
    kw = call.kw()
    reference = f"{kw['repository']}:{kw['tag']}"
    if not ctx.api.tag(call.target, kw["repository"], tag=kw["tag"]):
        return Outcome(False, Msg.of("err.tag_not_made", source=ctx.name(call.target), reference=reference))
    return Outcome(True, Msg.of("done.tag", source=ctx.name(call.target), reference=reference))


@op("volumes.create")
def _volume_create(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    res = ctx.api.create_volume(name=kw.get("name") or call.target, driver=kw.get("driver"))
    return Outcome(True, Msg.of("done.volume_create", name=res.get("Name")))


@op("volumes.list")
def _volumes(call: Call, ctx: Ctx) -> Outcome:
    filters = call.kw().get("filters")
    raw = (ctx.api.volumes(**({"filters": filters} if filters else {})) or {}).get("Volumes") or []
    if not raw:
        return Outcome(True, Msg.of("done.list_volumes_none"))
    return Outcome(True, Msg.of("done.list_volumes", count=len(raw)), table=fmt.volumes_table(raw))


@op("volume.inspect")
def _volume_inspect(call: Call, ctx: Ctx) -> Outcome:
    vol = ctx.api.inspect_volume(call.target)
    users = ctx.api.containers(all=True, filters={"volume": vol["Name"]})
    used_by = sorted(n.lstrip("/") for c in users for n in (c.get("Names") or [])[:1])
    return Outcome(True, Msg.of("done.volume_inspect", name=vol["Name"]), fields=fmt.volume_fields(vol, used_by))


@op("volume.remove")
def _volume_remove(call: Call, ctx: Ctx) -> Outcome:
    ctx.api.remove_volume(call.target, force=bool(call.kw().get("force")))
    return Outcome(True, _names(call, ctx))


@op("networks.create")
def _network_create(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    name = kw.get("name") or call.target
    ctx.api.create_network(name, driver=kw.get("driver"), check_duplicate=True)
    return Outcome(True, Msg.of("done.network_create", name=name))


@op("networks.list")
def _networks(call: Call, ctx: Ctx) -> Outcome:
    filters = call.kw().get("filters")  # (lead32c) `docker network ls --filter driver=bridge`
    raw = ctx.api.networks(**({"filters": filters} if filters else {}))
    return Outcome(True, Msg.of("done.list_networks", count=len(raw)), table=fmt.networks_table(raw))


@op("network.inspect")
def _network_inspect(call: Call, ctx: Ctx) -> Outcome:
    net = ctx.api.inspect_network(call.target)
    return Outcome(True, Msg.of("done.network_inspect", name=net["Name"]), fields=fmt.network_fields(net))


@op("network.remove")
def _network_remove(call: Call, ctx: Ctx) -> Outcome:
    ctx.api.remove_network(call.target)
    return Outcome(True, _names(call, ctx))


@op("network.connect")
def _network_connect(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    container = kw["container"]
    aliases = list(kw.get("aliases") or ()) or None  # (en24b) `--alias NAME`
    ctx.api.connect_container_to_network(container, call.target, aliases=aliases)
    return Outcome(True, Msg.of("done.network_connect", container=ctx.name(container), network=ctx.name(call.target)))


@op("network.disconnect")
def _network_disconnect(call: Call, ctx: Ctx) -> Outcome:
    kw = call.kw()
    ctx.api.disconnect_container_from_network(kw["container"], call.target, force=bool(kw.get("force")))
    return Outcome(True, Msg.of("done.network_disconnect", container=ctx.name(kw["container"]),
                                network=ctx.name(call.target)))



OPS.update({
    "containers.run": _run.run_container,
    "containers.create": _run.run_container,
    "images.pull": _run.pull_image,
    "image.push": _run.push_image,
})

from bot.engine import swarm_execute as _swarm  # noqa: E402,F401  (Swarm services and nodes: registers their ops)
