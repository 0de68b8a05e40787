"""`gorae health`: is the running `gorae slack` connected to Slack and to the engine?

The Slack process writes a small status file every `INTERVAL` seconds
(`$GORAE_STATE_DIR/health.json`: {"pid", "time", "slack": bool, "engine": bool, "ready": bool});
`gorae health` (the image's HEALTHCHECK, compose's healthcheck) reads it and exits
0 only when all three are true and the file is fresh (younger than `STALE` seconds).
"ready" is false while the worker processes still load the parsers and Kiwi
(bot/front/slack/readiness.py): `gorae health` then says "starting" (a file without the
field, written by an older gorae, counts as ready).
A process that is up but deaf (a Socket Mode client that cannot reconnect) or
stuck stops refreshing the file or writes false, and the check fails.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.model import Msg

INTERVAL = 10.0  # seconds between two status writes
STALE = 60.0  # seconds after which a status file means "not running or stuck"


def status_path(state_dir: str | None = None) -> str:
    """$GORAE_STATE_DIR/health.json (default ~/.local/state/gorae/health.json)."""
    from bot.config import state_dir as default

    return os.path.join(state_dir or default(), "health.json")


def write_status(path: str, *, slack: bool, engine: bool, ready: bool = True, now: float | None = None) -> None:
    """Replace the status file atomically (write + rename)."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"pid": os.getpid(), "time": time.time() if now is None else now,
                   "slack": slack, "engine": engine, "ready": ready}, f)
    os.replace(tmp, path)


def read_status(path: str, now: float | None = None) -> tuple[bool, Msg]:
    """(healthy, why) from the status file at `path`."""
    now = time.time() if now is None else now
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return False, Msg.of("config.health_none", path=path)
    except (OSError, ValueError):
        return False, Msg.of("config.health_none", path=path)
    age = int(max(0.0, now - float(data.get("time", 0))))
    if age > STALE:
        return False, Msg.of("config.health_stale", path=path, age=age)
    if data.get("ready", True) is False:  # the workers still load the parsers and Kiwi
        return False, Msg.of("config.health_starting", age=age)
    slack, engine = bool(data.get("slack")), bool(data.get("engine"))
    word = {True: "ok", False: "down"}
    key = "config.health_ok" if slack and engine else "config.health_bad"
    return slack and engine, Msg.of(key, slack=word[slack], engine=word[engine], age=age)


class Reporter:
    """A daemon thread that writes the status every `interval` seconds until `stop()`.

    `slack()` and `engine()` are the probes (True = connected), `ready()` whether start-up is
    over (None: always); an exception in a probe counts as False.
    """

    def __init__(self, path: str, slack: Callable[[], bool], engine: Callable[[], bool],
                 interval: float = INTERVAL, ready: Callable[[], bool] | None = None) -> None:
        self.path, self._slack, self._engine, self.interval = path, slack, engine, interval
        self._ready = ready
        self._stop = threading.Event()
        self._wake = threading.Event()  # set by stop() and poke()
        self._thread = threading.Thread(target=self._run, name="gorae-health", daemon=True)

    @staticmethod
    def _probe(fn: Callable[[], bool]) -> bool:
        try:
            return bool(fn())
        except Exception:  # a failing probe means "not connected", never a dead reporter
            return False

    def write_once(self) -> None:
        ready = self._probe(self._ready) if self._ready is not None else True
        write_status(self.path, slack=self._probe(self._slack), engine=self._probe(self._engine), ready=ready)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.write_once()
            except OSError:
                pass  # a full or read-only state dir: the check goes stale and says so
            self._wake.wait(self.interval)

    def poke(self) -> None:
        """Write the status now, not at the next interval (e.g. the moment start-up is over)."""
        self._wake.set()

    def start(self) -> Reporter:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=5)
        try:
            write_status(self.path, slack=False, engine=self._probe(self._engine),
                         ready=self._probe(self._ready) if self._ready is not None else True)
        except OSError:
            pass


@dataclass(frozen=True)
class HealthOptions:
    """`gorae health`'s options (`add_arguments`), read once from the command line (`main`)."""

    state_dir: str | None = None  # --state-dir DIR; None: $GORAE_STATE_DIR


def add_arguments(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser("health", help="exit 0 when the running gorae slack is connected to Slack "
                              "and to the engine (for HEALTHCHECK)")
    p.add_argument("--state-dir", default=None, help="where gorae slack writes health.json "
                   "(default $GORAE_STATE_DIR)")
    return p


def main(args: argparse.Namespace | HealthOptions) -> int:
    from bot.config import cli_lang
    from bot.front.compose import read_options
    from bot.messages import text

    opts = args if isinstance(args, HealthOptions) else read_options(HealthOptions, args)
    ok, why = read_status(status_path(opts.state_dir))
    print(text(why, cli_lang()), file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1
