"""Leases: one holder at a time for a named job (watching an engine), over a row in shared state.

Two gorae replicas share one state (a SQLite file on one host, or PostgreSQL): both run
the Slack app, but only the holder of `watch:<engine>` watches that engine for alerts.
The holder renews its lease every `ttl / 3` seconds; when it dies (`kill -9`, host lost)
the lease runs out after `ttl` seconds and another replica takes it — and the watcher it
starts resumes from the cursor the dead one stored (bot/alerts/watch.py), so no alert is missed
and none is sent twice.

    leases = Leases(open_state())     # the state database (bot.state.backend)
    leases.take("watch:local", "host-a:123", ttl=6)   # True: ours until now + 6 s (taking again renews)
    leases.drop("watch:local", "host-a:123")
    Keeper(leases, "watch:local", on_gain=start_watching, on_loss=stop_watching).start()

The row is `leases(name PRIMARY KEY, holder, expires)`; taking it is one upsert that only
succeeds when the row is free, expired, or already ours:

    INSERT INTO leases VALUES (name, me, now + ttl)
    ON CONFLICT (name) DO UPDATE SET holder = me, expires = now + ttl
    WHERE leases.holder = me OR leases.expires < now

The same statement on SQLite (>= 3.24) and PostgreSQL. "now" is the database's clock where
there is one server (PostgreSQL: clock_timestamp()), so the replicas' own clocks do not matter;
on SQLite (one host) it is that host's clock.
"""
from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable
from typing import Protocol

from bot.state.backend import Database

log = logging.getLogger(__name__)

DEFAULT_TTL = 6.0  # seconds: another replica takes over at most this long after the holder died


class LeaseStore(Protocol):
    """A place for lease rows. `take` is atomic; errors of the database are raised."""

    def take(self, name: str, holder: str, ttl: float) -> bool: ...

    def drop(self, name: str, holder: str) -> None: ...

    def holder(self, name: str) -> str | None: ...


_TAKE = ("INSERT INTO leases (name, holder, expires) VALUES (?, ?, {now} + ?) "
         "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires "
         "WHERE leases.holder = excluded.holder OR leases.expires < {now}")
_DROP = "DELETE FROM leases WHERE name = ? AND holder = ?"
_HOLDER = "SELECT holder FROM leases WHERE name = ? AND expires >= {now}"
NOW = {"sqlite": "((julianday('now') - 2440587.5) * 86400.0)",  # one host: its clock
       "postgresql": "extract(epoch from clock_timestamp())"}  # the server's clock, whatever the replicas say


class Leases:
    """Lease rows in the state database (bot.state.backend: the `leases` table of migration 0001).

    Raises StateUnavailable when the database cannot be reached.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        now = NOW[db.kind]
        self._take, self._holder = _TAKE.format(now=now), _HOLDER.format(now=now)

    def take(self, name: str, holder: str, ttl: float) -> bool:
        with self.db.tx() as tx:
            return tx.run(self._take, (name, holder, ttl)) == 1

    def drop(self, name: str, holder: str) -> None:
        with self.db.tx() as tx:
            tx.run(_DROP, (name, holder))

    def holder(self, name: str) -> str | None:
        with self.db.tx() as tx:
            row = tx.one(self._holder, (name,))
        return None if row is None else str(row["holder"])


_INSTANCE = secrets.token_hex(4)


def me() -> str:
    """This replica's name in a lease row: `host:instance:pid` — the host name, 8 random hex digits
    drawn once per process, and the process id. Host name and pid alone are not unique: two
    containers on the host network share the host's name and both run gorae as PID 1 (found with
    deploy/compose.ha.yaml started for real, tests/test_deploy_ha.py), and both held the lease."""
    return f"{socket.gethostname()}:{_INSTANCE}:{os.getpid()}"


def default_ttl() -> float:
    """$GORAE_LEASE_TTL seconds (1 to 300), default DEFAULT_TTL (bot.config.lease_ttl)."""
    from bot.config import lease_ttl

    return lease_ttl()


class Keeper:
    """Holds a lease while it can: runs `on_gain()` when the lease becomes ours and `on_loss()`
    when it stops being ours (not renewed in time, the database unreachable, `stop`).

    A replica that cannot reach the database cannot know it still holds the lease, so it
    gives the job up at once (fail closed: at worst nobody watches for `ttl` seconds,
    never two at once for longer than one renewal).

    Args:
        store: where the lease row is.
        name: the job ("watch:local").
        holder: this replica (`me()`).
        ttl: seconds a lease lasts without renewal; renewed every ttl / 3.
    """

    def __init__(self, store: LeaseStore, name: str, *, on_gain: Callable[[], None],
                 on_loss: Callable[[], None], holder: str | None = None, ttl: float | None = None) -> None:
        self.store = store
        self.name = name
        self.holder = holder or me()
        self.ttl = ttl or default_ttl()
        self.on_gain = on_gain
        self.on_loss = on_loss
        self.held = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"gorae-lease-{name}", daemon=True)

    def start(self) -> Keeper:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
        if self.held.is_set():
            self._lose()
            try:
                self.store.drop(self.name, self.holder)  # the next replica need not wait for the ttl
            except Exception as e:
                log.warning("lease %s not released (%s): it runs out in %ss", self.name, e, self.ttl)

    def _lose(self) -> None:
        self.held.clear()
        try:
            self.on_loss()
        except Exception:
            log.exception("lease %s: stopping the job failed", self.name)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                ours = self.store.take(self.name, self.holder, self.ttl)
            except Exception as e:
                log.warning("lease %s: state unreachable (%s)", self.name, e)
                ours = False
            if ours and not self.held.is_set():
                log.info("lease %s: taken by %s", self.name, self.holder)
                self.held.set()
                try:
                    self.on_gain()
                except Exception:
                    log.exception("lease %s: starting the job failed; giving the lease up", self.name)
                    self._lose()
                    try:
                        self.store.drop(self.name, self.holder)
                    except Exception:
                        pass
            elif not ours and self.held.is_set():
                log.warning("lease %s: lost by %s", self.name, self.holder)
                self._lose()
            self._stop.wait(self.ttl / 3)
