"""Shared pieces of the benchmarks: statistics, paired timing, bench containers, machine facts.

Everything the benchmarks create in Docker is a container named `bench-*` labelled
`gorae.bench=1` (plus the run's id and PID); `BenchWorld.remove_all` removes exactly
those, and `clean_stale` removes the ones left by a bench run whose process is gone.
The fixture world (label gorae.fixture=1) is only ever read.
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENV_PY = ROOT / ".venv" / "bin" / "python"
LABEL = "gorae.bench"
RUN_LABEL = "gorae.bench.run"
PID_LABEL = "gorae.bench.pid"
IMAGE = "busybox"
# Prints 300 log lines, then idles; traps TERM so that `docker stop` takes milliseconds, not 10 s.
IDLE = ("i=0; while [ $i -lt 300 ]; do echo \"bench log line $i\"; i=$((i+1)); done; "
        "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done")


# --------------------------------------------------------------------------- statistics


def pct(xs: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


def med(xs: Iterable[float]) -> float:
    return statistics.median(list(xs))


def ms(seconds: float) -> str:
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    v = seconds * 1000
    return f"{v:.0f} ms" if v >= 100 else f"{v:.1f} ms" if v >= 1 else f"{v:.2f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


@dataclass
class Paired:
    """Times of A and B measured in alternating order (ABBA...), one pair per round."""

    a: list[float] = field(default_factory=list)
    b: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        """Median of A / median of B."""
        return med(self.a) / med(self.b)

    @property
    def pair_ratio(self) -> float:
        """Median of the per-round ratios (robust to drift between rounds)."""
        return med(x / y for x, y in zip(self.a, self.b))

    @property
    def delta(self) -> float:
        """Median of the per-round differences A - B (seconds)."""
        return med(x - y for x, y in zip(self.a, self.b))


# the caches of gorae's language modules keyed by a text or a word said (module, function): what a first message
# finds empty. Kiwi's analyses (morph.reading; context_clause._analysed, perf11) and the slip reading of a word
# (typo, perf11); a checkout without one (an older `--project`) skips it
FIRST_SIGHT_CACHES = (("bot.language.morph", "reading"), ("bot.language.morph", "_verb_with"),
                      ("bot.language.context_clause", "_analysed"), ("bot.language.typo", "_korean"),
                      ("bot.language.typo", "_ending_slip"), ("bot.language.typo", "_english"),
                      ("bot.language.parse", "_morphemes"), ("bot.language.context_clause", "analysed"),
                      ("bot.language.context_clause", "analysed_spans"),
                      ("bot.language.morph", "tokens"), ("bot.language.parse", "negated"))


def forget_said() -> None:
    """Clear every cache of FIRST_SIGHT_CACHES that the imported gorae has (as a first message finds them)."""
    for module, name in FIRST_SIGHT_CACHES:
        fn = getattr(sys.modules.get(module), name, None)
        if fn is not None and hasattr(fn, "cache_clear"):
            fn.cache_clear()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def paired(a: Callable[[], Any], b: Callable[[], Any], rounds: int, *, warmup: int = 1,
           between: Callable[[], Any] | None = None) -> Paired:
    """Run a and b `rounds` times each, alternating which goes first; `between` runs untimed."""
    for _ in range(warmup):
        a()
        b()
        if between:
            between()
    out = Paired()
    for i in range(rounds):
        order = ((a, out.a), (b, out.b)) if i % 2 == 0 else ((b, out.b), (a, out.a))
        for fn, sink in order:
            sink.append(timed(fn)[0])
            if between:
                between()
    return out


def run_quiet(cmd: Sequence[str], env: dict[str, str] | None = None, check: bool = True) -> None:
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {r.returncode}: {r.stderr.decode()[-500:]}")


# --------------------------------------------------------------------------- process facts


def proc_status(pid: int | str = "self") -> dict[str, int]:
    """VmRSS / VmHWM / ... of a process, in KiB."""
    out: dict[str, int] = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("Vm"):
                k, v = line.split(":", 1)
                out[k] = int(v.split()[0])
    return out


def machine(client: Any) -> dict[str, str]:
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    v = client.version()
    info = client.info()
    import docker
    import lark

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "bot", "grammar"],
                           capture_output=True, text=True).stdout.strip()
    return {
        "cpu": f"{os.cpu_count()} cores ({cpu})",
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "engine": f"Docker {v.get('Version')} (API {v.get('ApiVersion')}), {info.get('Driver')}, "
                  f"{info.get('Containers')} containers on the engine at start",
        "python": f"{platform.python_version()}, lark {lark.__version__}, docker SDK {docker.__version__}",
        "commit": commit + (" (bot/ or grammar/ modified)" if dirty else ""),
        "load": "%.2f %.2f %.2f" % os.getloadavg(),
    }


# --------------------------------------------------------------------------- bench containers


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


class BenchWorld:
    """The containers this run creates: named bench-*, labelled gorae.bench=1 + run id + PID."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.run = uuid.uuid4().hex[:8]
        self.labels = {LABEL: "1", RUN_LABEL: self.run, PID_LABEL: str(os.getpid())}
        self._lock = threading.Lock()

    def clean_stale(self) -> int:
        """Remove bench containers of bench runs that are no longer running."""
        gone = 0
        for c in self.client.api.containers(all=True, filters={"label": [f"{LABEL}=1"]}):
            labels = c.get("Labels") or {}
            names = [n.lstrip("/") for n in c.get("Names") or []]
            if not all(n.startswith("bench-") for n in names):
                continue
            if labels.get(PID_LABEL) and _alive(labels[PID_LABEL]):
                continue
            self.client.api.remove_container(c["Id"], force=True)
            gone += 1
        return gone

    def create(self, name: str, *, extra: dict[str, str] | None = None, start: bool = True,
               network: str | None = None) -> str:
        """One idle busybox container; network None = the default bridge, like a real service."""
        assert name.startswith("bench-"), name
        api = self.client.api
        hc = api.create_host_config(network_mode=network) if network else None
        c = api.create_container(IMAGE, ["sh", "-c", IDLE], name=name, labels={**self.labels, **(extra or {})},
                                 host_config=hc)
        if start:
            api.start(c["Id"])
        return c["Id"]

    def create_many(self, names: Sequence[str], *, extra: dict[str, str] | None = None,
                    network: str | None = None, workers: int = 8) -> list[str]:
        with ThreadPoolExecutor(workers) as pool:
            return list(pool.map(lambda n: self.create(n, extra=extra, network=network), names))

    def start_many(self, ids: Sequence[str], workers: int = 8) -> None:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(self.client.api.start, ids))

    def wait_running(self, ids: Sequence[str], timeout: float = 120) -> None:
        want = set(ids)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            running = {c["Id"] for c in self.client.api.containers(filters={"label": [f"{RUN_LABEL}={self.run}"]})}
            if want <= running:
                return
            time.sleep(0.1)
        raise RuntimeError(f"{len(want - running)} bench containers did not start")

    def remove_all(self) -> int:
        from docker.errors import NotFound

        def rm(c: dict) -> None:
            try:
                self.client.api.remove_container(c["Id"], force=True)
            except NotFound:  # already gone (a removal in progress)
                pass

        ours = self.client.api.containers(all=True, filters={"label": [f"{RUN_LABEL}={self.run}"]})
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(rm, ours))
        return len(ours)


# --------------------------------------------------------------------------- a label-scoped client


class ScopedAPI:
    """The low-level API, with container list/prune calls limited to one label.

    "stop all" must stop every running container *of the benchmark*, never the fixture
    world or another engineer's test containers: gorae gets this client, and the docker
    CLI side of the comparison gets the same `--filter label=...`. The engine does the
    same work (the filter is applied server-side over all containers).
    """

    def __init__(self, api: Any, label: str) -> None:
        self._api = api
        self._label = label

    def _filters(self, filters: dict | None) -> dict:
        f = dict(filters or {})
        have = f.get("label") or []
        f["label"] = ([have] if isinstance(have, str) else list(have)) + [self._label]
        return f

    def containers(self, *args: Any, filters: dict | None = None, **kw: Any) -> Any:
        return self._api.containers(*args, filters=self._filters(filters), **kw)

    def prune_containers(self, filters: dict | None = None) -> Any:
        return self._api.prune_containers(filters=self._filters(filters))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._api, name)


class ScopedClient:
    def __init__(self, client: Any, label: str) -> None:
        self._client = client
        self.api = ScopedAPI(client.api, label)

    def __getattr__(self, name: str) -> Any:
        if name == "containers":  # the high-level collection would bypass the scope
            raise AttributeError("ScopedClient: use .api")
        return getattr(self._client, name)


class CountingAPI:
    """Counts engine calls (item 1 asserts there are none)."""

    def __init__(self, api: Any) -> None:
        self._api = api
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._api, name)
        if not callable(attr):
            return attr

        def wrapped(*a: Any, **kw: Any) -> Any:
            self.calls += 1
            return attr(*a, **kw)

        return wrapped


def py_env(extra: dict[str, str] | None = None, project: Path | None = None) -> dict[str, str]:
    """The environment of gorae child processes: bytecode cached (as an installed gorae has it)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.environ.get("GORAE_BENCH_PYCACHE", "/tmp/gorae-bench-pycache")
    if project is not None and project != ROOT:
        env["PYTHONPATH"] = str(project) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra or {})
    return env


def log(*parts: Any) -> None:
    print(*parts, file=sys.stderr, flush=True)
