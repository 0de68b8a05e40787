"""`docker stats --no-stream` and a bounded `docker logs -f` without an engine (issue 8, stats9).

Stats: canned `GET /containers/{id}/stats?stream=false` payloads behind the real docker SDK
(tests/fake_docker.py); the figures are the docker CLI's (docker/cli cli/command/container/
stats_helpers.go, formatter_stats.go), checked by hand below. Follow: a fake low-level client whose
log stream yields canned lines with pauses; the follow ends by itself at the bound the plan set
(GORAE_FOLLOW_SECONDS), at the end of the stream, or on Ctrl-C, and closes the stream.
"""
from __future__ import annotations

import threading
from typing import Any

import pytest
from fake_docker import FakeEngine, fake_client
from fakes import FakeGorae, FakeView

from bot.engine import docker_format as fmt
from bot.engine.execute import execute
from bot.engine.plan import plan
from bot.front.cli import explain_json
from bot.language.parse import parse
from bot.messages import text
from bot.model import Call, Logs, Plan, Stats, Unresolved

VIEW = FakeView()
GiB = 1024 ** 3
MiB = 1024 ** 2


def cid(name: str) -> str:
    return next(c.id for c in VIEW.containers() if c.name == name)


def planned(text_: str) -> Plan:
    res = plan(parse(text_), VIEW)
    assert isinstance(res, Plan), res
    return res


def payload(name: str, *, cpu: tuple[int, int] = (2_000_000, 1_000_000), system: tuple[int, int] = (400_000_000, 200_000_000),
            online: int = 2, usage: int = 12 * MiB, inactive: int = 2 * MiB, limit: int = 2 * GiB,
            cgroup: int = 2, pids: int = 3) -> dict[str, Any]:
    """A stats?stream=false answer as dockerd 20.10 writes it (cgroup v2 unless told)."""
    mem_stats = {"inactive_file": inactive} if cgroup == 2 else {"total_inactive_file": inactive, "inactive_file": 1}
    return {
        "read": "2026-12-01T19:00:01Z", "preread": "2026-12-01T19:00:00Z", "name": "/" + name, "id": cid(name),
        "pids_stats": {"current": pids},
        "blkio_stats": {"io_service_bytes_recursive": [
            {"major": 8, "minor": 0, "op": "read", "value": 4_096_000},
            {"major": 8, "minor": 0, "op": "write", "value": 1_500},
        ]},
        "cpu_stats": {"cpu_usage": {"total_usage": cpu[0]}, "system_cpu_usage": system[0], "online_cpus": online},
        "precpu_stats": {"cpu_usage": {"total_usage": cpu[1]}, "system_cpu_usage": system[1], "online_cpus": online},
        "memory_stats": {"usage": usage, "stats": mem_stats, "limit": limit},
        "networks": {"eth0": {"rx_bytes": 1_450, "tx_bytes": 0}, "eth1": {"rx_bytes": 50, "tx_bytes": 2_000_000}},
    }


# ---------------------------------------------------------------------------- the CLI's figures


def test_cpu_percent_is_the_share_of_system_time_times_the_online_cpus():
    # (2e6 - 1e6) / (4e8 - 2e8) * 2 CPUs * 100 = 1.0 %
    assert fmt.cpu_percent(payload("web")) == pytest.approx(1.0)
    # no previous sample (a container that just started): 0, never a division by zero
    first = payload("web", cpu=(5, 0), system=(0, 0))
    assert fmt.cpu_percent(first) == 0.0
    # no online_cpus (an older engine): the per-CPU usage list says how many
    old = payload("web")
    old["cpu_stats"]["online_cpus"] = 0
    old["cpu_stats"]["cpu_usage"]["percpu_usage"] = [1, 1, 1, 1]
    assert fmt.cpu_percent(old) == pytest.approx(2.0)


def test_memory_leaves_the_inactive_page_cache_out_on_cgroup_v1_and_v2():
    assert fmt.mem_usage(payload("web")["memory_stats"]) == 10 * MiB  # v2: usage - inactive_file
    v1 = payload("web", cgroup=1, inactive=4 * MiB)["memory_stats"]
    assert fmt.mem_usage(v1) == 8 * MiB  # v1: usage - total_inactive_file
    assert fmt.mem_usage({"usage": 5, "stats": {"inactive_file": 9}}) == 5.0  # more cache than use: usage


def test_the_row_is_formatted_as_docker_stats_prints_it():
    sample = fmt.stats_sample(payload("web"))
    row = fmt.stats_table([sample]).rows[0]
    assert row == (cid("web")[:12], "web", "1.00%", "10MiB / 2GiB", "0.49%", "1.5kB / 2MB", "4.1MB / 1.5kB", "3")
    assert fmt.binary_size(3_317_760) == "3.164MiB"
    assert fmt.binary_size(0) == "0B"


def test_a_stopped_container_reads_as_zeros():
    empty = {"name": "/db", "id": cid("db"), "memory_stats": {}, "cpu_stats": {}, "precpu_stats": {}}
    row = fmt.stats_table([fmt.stats_sample(empty)]).rows[0]
    assert row[1:] == ("db", "0.00%", "0B / 0B", "0.00%", "0B / 0B", "0B / 0B", "0")


# ---------------------------------------------------------------------------- plan and execute


def test_docker_stats_plans_one_read_per_container_each_a_target():
    p = planned("docker stats --no-stream web cache")
    assert p.cli == ("docker stats --no-stream web cache",)
    assert [c.op for c in p.calls] == ["container.stats", "container.stats"]
    assert [t.name for t in p.targets] == ["web", "cache"] and not p.writes and p.verb == "stats"
    assert p.notes == ()


def test_plain_docker_stats_is_one_sample_and_says_so():
    p = planned("docker stats web")
    assert p.cli == ("docker stats --no-stream web",)
    assert [n.key for n in p.notes] == ["stats.one_sample"]
    assert "--no-stream" in text(p.notes[0], "ko") and "Ctrl-C" in text(p.notes[0], "en")


def test_no_name_is_every_running_container_and_all_adds_the_stopped_ones():
    p = planned("docker stats --no-stream")
    assert [t.name for t in p.targets] == ["web", "my-nginx", "cache", "my-volume", "data"]  # db is created only
    assert p.cli == ("docker stats --no-stream",)
    p = planned("docker container stats -a --no-stream")
    assert "db" in [t.name for t in p.targets] and p.cli == ("docker stats --no-stream -a",)


def test_an_unknown_container_is_refused_and_format_is_not_run():
    assert isinstance(plan(parse("docker stats --no-stream nope"), VIEW), Unresolved)
    assert isinstance(plan(Stats(("web", "nope")), VIEW), Unresolved)
    explained = explain_json(FakeGorae().explain("docker stats --format '{{.Name}}' web"))
    assert not explained["understood"]


def test_execute_reads_each_container_once_without_streaming():
    web, cache = cid("web"), cid("cache")
    engine = FakeEngine()
    engine.on("GET", rf"/containers/{web}/stats", 200, payload("web"))
    engine.on("GET", rf"/containers/{cache}/stats", 200, payload("cache", cpu=(9_000_000, 1_000_000), usage=3 * MiB,
                                                                 inactive=0))
    out = execute(planned("docker stats --no-stream web cache"), fake_client(engine))
    assert out.ok and out.message is not None and out.message.key == "done.stats"
    assert out.table is not None and out.table.columns == fmt.STATS_COLUMNS
    assert [r[1] for r in out.table.rows] == ["web", "cache"]  # the plan's order
    assert out.table.rows[1][2] == "8.00%"
    for path in (f"/containers/{web}/stats", f"/containers/{cache}/stats"):
        [(query, _)] = engine.asked("GET", path)
        assert query["stream"][0].lower() in ("0", "false"), query  # dockerd: httputils.BoolValue
    most = {d.key: d.kw()["name"] for d in out.details}
    assert most == {"stats.most_cpu": "cache", "stats.most_memory": "web"}, out.details


def test_a_container_gone_meanwhile_is_said_and_the_others_shown():
    web, cache = cid("web"), cid("cache")
    engine = FakeEngine()
    engine.on("GET", rf"/containers/{web}/stats", 200, payload("web"))
    engine.on("GET", rf"/containers/{cache}/stats", 404, {"message": f"No such container: {cache}"})
    out = execute(planned("docker stats --no-stream web cache"), fake_client(engine))
    assert not out.ok and out.table is not None and [r[1] for r in out.table.rows] == ["web"]
    assert any(d.key == "err.no_such_container" for d in out.details), out.details


# ---------------------------------------------------------------------------- bounded follow


class _Stream:
    """docker-py's CancellableStream, canned: yields `chunks` (a float: a pause of that many seconds),
    then ends (`end`) or waits until closed; `close()` ends a wait at once, as the socket's shutdown does."""

    def __init__(self, chunks: list[bytes | float], end: bool) -> None:
        self.chunks, self.end = chunks, end
        self.closed = threading.Event()

    def __iter__(self):
        for c in self.chunks:
            if isinstance(c, float):
                if self.closed.wait(c):
                    return
                continue
            yield c
        if not self.end:
            self.closed.wait()

    def close(self) -> None:
        self.closed.set()


class _Api:
    def __init__(self, stream: _Stream) -> None:
        self.stream = stream
        self.asked: list[dict[str, Any]] = []

    def logs(self, container: str, **kw: Any) -> _Stream:
        self.asked.append({"container": container, **kw})
        return self.stream


class _Client:
    def __init__(self, stream: _Stream) -> None:
        self.api = _Api(stream)


def test_follow_is_planned_with_the_bound_and_says_it(monkeypatch):
    monkeypatch.setenv("GORAE_FOLLOW_SECONDS", "7")
    p = planned("docker logs -f web")
    assert p.cli == ("docker logs -f web",)
    assert p.calls[0].kw() == {"follow": True, "seconds": 7}
    assert p.summary is not None and p.summary.kw()["seconds"] == 7
    assert "7" in text(p.notes[0], "ko") and "GORAE_FOLLOW_SECONDS" in text(p.notes[0], "en")
    assert planned("docker logs --follow --tail 5 web").cli == ("docker logs -f --tail 5 web",)


def test_follow_streams_each_line_as_progress_and_stops_at_the_bound():
    stream = _Stream([b"old 1\nold 2\n", 0.05, b"new 1\n", 0.05, b"new 2\nnew", b" 3\n"], end=False)
    client = _Client(stream)
    seen: list[str] = []
    p = planned("docker logs -f web")
    call = Call.of("container.logs", p.calls[0].target, follow=True, seconds=0.5)
    out = execute(Plan(p.command, (call,), p.cli, "logs", p.verb_class, p.targets, writes=False), client,
                  progress=seen.append)
    assert out.ok and out.message is not None and out.message.key == "done.logs_follow"
    assert [s for s in seen if s.startswith(("old", "new"))] == ["old 1\n", "old 2\n", "new 1\n", "new 2\n", "new 3\n"]
    assert out.text == "old 1\nold 2\nnew 1\nnew 2\nnew 3\n"
    assert stream.closed.is_set()  # the stream is closed: nothing reads the engine after the reply
    [asked] = client.api.asked
    assert asked["follow"] is True and asked["stream"] is True and asked["tail"] == 200


def test_follow_ends_with_the_log_when_the_container_stops():
    stream = _Stream([b"a\n", 0.02, b"b\n"], end=True)
    p = planned("docker logs -f --tail 10 web")
    out = execute(p, _Client(stream))
    assert out.ok and out.message is not None and out.message.key == "done.logs_follow_ended"
    assert out.text == "a\nb\n" and stream.closed.is_set()


def test_ctrl_c_stops_the_follow_and_the_shell_goes_on():
    stream = _Stream([b"a\n"], end=False)

    def interrupt(line: str) -> None:
        if line == "a\n":
            raise KeyboardInterrupt

    out = execute(planned("docker logs -f web"), _Client(stream), progress=interrupt)
    assert out.ok and out.message is not None and out.message.key == "done.logs_follow_interrupted"
    assert stream.closed.is_set()


def test_follow_is_a_read_of_the_container():
    p = planned("docker logs -f web")
    assert not p.writes and [t.name for t in p.targets] == ["web"]
    assert isinstance(p.command, Logs) and p.command.follow


def test_the_shell_prints_followed_lines_one_under_the_other():
    """A followed log's lines end with a newline: the shell prints them as they are, on a TTY too
    (a pull's progress lines overwrite each other there; these must stay)."""
    import io

    from bot.front.shell import Shell
    from bot.model import Actor

    for color in (False, True):
        out = io.StringIO()
        shell = Shell(object(), Actor("local:t", local=True), out=out, color=color)
        shell.progress("Pulling nginx: 1/2 layers")
        shell.progress("line 1\n")
        shell.progress("line 2\n")
        text_ = out.getvalue()
        assert "line 1\nline 2\n" in text_, repr(text_)


# ---------------------------------------------------------------------------- policy


def test_each_container_of_stats_and_the_followed_one_are_policy_subjects_read():
    """A role may read some containers only: `docker stats` of those is allowed, of every running one
    (my-nginx among them) or of another is denied; `docker logs -f` is a read of its container."""
    from bot.model import Actor, Request
    from bot.policy.check import authorize, subjects
    from bot.policy.policyfile import parse_policy

    policy = parse_policy("""\
version: 1
channels: {ops: C0OPS}
roles:
  watcher: {verbs: [read], containers: ["web", "cache"]}
bindings:
  - {role: watcher, channels: ["#ops"]}
""", "t.yaml")
    ask = Request("x", Actor("U0ANY"), channel="C0OPS", source="slack")
    every = planned("docker stats --no-stream")
    assert set(subjects(every)) >= {("container", n) for n in ("web", "my-nginx", "cache", "my-volume", "data")}
    assert authorize(planned("docker stats --no-stream web cache"), ask, policy).kind == "allow"
    assert authorize(every, ask, policy).kind == "deny"
    assert authorize(planned("docker stats --no-stream db"), ask, policy).kind == "deny"
    assert authorize(planned("docker logs -f web"), ask, policy).kind == "allow"
    assert authorize(planned("docker logs -f my-nginx"), ask, policy).kind == "deny"


def test_the_shell_does_not_print_a_followed_log_twice():
    import io

    from bot.front.shell import Shell
    from bot.model import Actor, Reply

    out = io.StringIO()
    shell = Shell(object(), Actor("local:t", local=True), out=out)
    for line in ("line 1\n", "line 2\n"):
        shell.progress(line)
    shell.show(Reply("en", "done", "Followed the logs of `web` for 3 s, then stopped (2 lines).",
                     cli=("docker logs -f web",), code="line 1\nline 2\n"))
    assert out.getvalue().count("line 2") == 1, out.getvalue()
    shell.show(Reply("en", "done", "Logs of `web` (lines: 2)", cli=("docker logs web",), code="line 1\nline 2\n"))
    assert out.getvalue().count("line 2") == 2  # a plain read shows its lines


def test_stats_of_a_name_is_planned_on_the_engine_that_has_it():
    """Several engines (bot/engine/choose.py): `docker stats cache` on the one engine with cache;
    no name: the default engine's running containers."""
    from test_choose import explain, gorae

    ex = explain(gorae("alpha", "beta"), "cache cpu 사용량")
    assert ex.planned.engine == "beta" and ex.planned.cli == ("docker --context beta stats --no-stream cache",)
    ex = explain(gorae("alpha", "beta"), "follow cache logs")
    assert ex.planned.engine == "beta"
    ex = explain(gorae("alpha", "beta"), "리소스 사용량")
    assert ex.planned.engine == "alpha" and [t.name for t in ex.planned.targets] == ["web"]
