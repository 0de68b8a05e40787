"""The stored inbox: a Slack delivery acknowledged is a row in the shared state until it is done.

Slack does not redeliver what was acknowledged. Before this store, an event acked by a replica
and still waiting in its worker queue was lost when that replica was killed (`kill -9`, host
lost). Now (issue 13):

- the event (what the pipeline needs to run it: user, channel, thread, text, team, event id,
  received time) is written to the state database BEFORE the ack (`put`: a writer thread groups
  every row waiting into one transaction, so a burst of 200 acks costs a few commits, not 200);
- its owner is the replica that received it; each replica renews a lease `inbox:<owner>` (the
  `leases` table, bot/state/lease.py) every ttl / 3 seconds (`heartbeat`);
- a worker takes a row before running it (`begin`: queued -> started, only by its owner, in
  one UPDATE) and deletes it when done (`finish`);
- rows whose owner's lease ran out (the replica died, or restarted: a restarted process is a
  new owner) are claimed by any live replica (`orphans`: one UPDATE … RETURNING; PostgreSQL
  `FOR UPDATE SKIP LOCKED`, SQLite's one write lock), at most `ttl` + ttl / 3 seconds after the
  death. A claimed row that was still queued is run by its new owner, once (`begin` again, and
  the dedup store's keys as for any delivery); one that had started is never run again (it may
  have written): the caller tells the asker.

    inbox = Inbox(open_state(), owner=new_owner())
    inbox.heartbeat()                                  # before the first ack
    fut = inbox.put(InboxRow.new(inbox.owner, user=…, channel=…, text=…, …))  # a Future: stored
    inbox.watch(on_orphan)                             # renew the lease; claim orphans; call back
    if inbox.begin(row_id): run it; inbox.finish(row_id)

The user's text is kept only until the row is done, and only up to TEXT_MAX characters (the
audit log's bound): a longer text is not kept (`text` None) and such a row is never run from
the store. Nothing here logs a row's text.

Slash commands and button clicks (Confirm/Cancel, "which one?" choices) are rows too
(`kind` COMMAND / ACTION, migration 0003): their payload is kept as Slack sent it (response_url
included), under the same claim/lease/once rules; a taken-over one is run again through the
same listener, and answered through its response_url / chat.update as it would have been.

Errors: StateUnavailable (bot.state.backend) from every synchronous call when the database
cannot be reached; `put`'s Future carries it.
"""
from __future__ import annotations

import json
import logging
import os
import queue
import socket
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from bot.state.audit import TEXT_MAX
from bot.state.backend import Database, StateUnavailable
from bot.state.lease import NOW, default_ttl

log = logging.getLogger(__name__)

QUEUED, STARTED = "queued", "started"
BATCH = 200  # rows written in one INSERT at most
COLUMNS = ("id", "owner", "status", "received", "event_id", "team", "user", "channel", "thread_ts",
           "text", "meta", "kind", "payload")
EVENT, COMMAND, ACTION = "event", "command", "action"  # InboxRow.kind (migration 0003)


def new_owner() -> str:
    """This process's name as an inbox owner: host, pid and a random tag (a restarted container
    has the same host name and pid 1: its old rows must still look orphaned)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class InboxRow:
    """One stored event. `text` None: longer than TEXT_MAX, not kept. `meta`: what else the
    Slack layer needs to run it again (JSON-able: kind, ts, client_msg_id, user_team, …).
    `received`: epoch seconds (the receiving replica's clock). `kind`: EVENT (an Events API
    event), COMMAND (a slash command) or ACTION (a button click); `payload`: for a command or an
    action, the payload Slack sent (its form fields or its JSON, response_url included), run
    again as it came; None for an event."""

    id: str
    owner: str
    user: str
    channel: str
    text: str | None
    thread_ts: str | None = None
    event_id: str | None = None
    team: str | None = None
    received: float = 0.0
    status: str = QUEUED
    meta: dict[str, Any] = field(default_factory=dict)
    kind: str = EVENT
    payload: dict[str, Any] | None = None

    @classmethod
    def new(cls, owner: str, *, user: str, channel: str, text: str, thread_ts: str | None = None,
            event_id: str | None = None, team: str | None = None,
            meta: dict[str, Any] | None = None, kind: str = EVENT,
            payload: dict[str, Any] | None = None) -> InboxRow:
        """A queued row received now, with a fresh id; `text` over TEXT_MAX is not kept (and a
        payload's "text" field is then not kept either)."""
        kept = len(text) <= TEXT_MAX
        if payload is not None and not kept:
            payload = {k: v for k, v in payload.items() if k != "text"}
        return cls(id=uuid.uuid4().hex, owner=owner, user=user, channel=channel,
                   text=text if kept else None, thread_ts=thread_ts,
                   event_id=event_id, team=team, received=time.time(), meta=dict(meta or {}),
                   kind=kind, payload=payload)

    def values(self) -> tuple[Any, ...]:
        return (self.id, self.owner, self.status, self.received, self.event_id, self.team, self.user,
                self.channel, self.thread_ts, self.text, json.dumps(self.meta, separators=(",", ":")),
                self.kind, None if self.payload is None else json.dumps(self.payload, separators=(",", ":")))

    @classmethod
    def of(cls, row: dict[str, Any]) -> InboxRow:
        return cls(id=str(row["id"]), owner=str(row["owner"]), user=str(row["user"]),
                   channel=str(row["channel"]), text=row["text"], thread_ts=row["thread_ts"],
                   event_id=row["event_id"], team=row["team"], received=float(row["received"]),
                   status=str(row["status"]), meta=json.loads(row["meta"] or "{}"),
                   kind=str(row.get("kind") or EVENT),
                   payload=json.loads(row["payload"]) if row.get("payload") else None)

    def __repr__(self) -> str:  # never the text (logs)
        return f"InboxRow({self.id}, {self.kind}, {self.status}, event {self.event_id}, owner {self.owner})"


def _insert(n: int) -> str:
    cols = ", ".join('"user"' if c == "user" else c for c in COLUMNS)
    one = "(" + ", ".join(["?"] * len(COLUMNS)) + ")"
    return f"INSERT INTO inbox ({cols}) VALUES " + ", ".join([one] * n) + " ON CONFLICT (id) DO NOTHING"


# rows whose owner holds no live lease, oldest first, taken by `owner` in one statement
_CLAIM = ("UPDATE inbox SET owner = ? WHERE id IN ("
          "SELECT i.id FROM inbox i WHERE i.owner <> ? AND NOT EXISTS ("
          "SELECT 1 FROM leases l WHERE l.name = 'inbox:' || i.owner AND l.expires >= {now}) "
          "ORDER BY i.received LIMIT ?{lock}) RETURNING *")
_TAKE_LEASE = ("INSERT INTO leases (name, holder, expires) VALUES (?, ?, {now} + ?) "
               "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires "
               "WHERE leases.holder = excluded.holder OR leases.expires < {now}")
STALE_LEASES = 3600.0  # seconds: an owner's expired lease row is removed after this long


class Inbox:
    """The `inbox` table (migrations 0002, 0003) seen by one owner (see the module docstring).

    Args:
        db: the state database.
        owner: this replica (`new_owner()`).
        ttl: seconds the owner's lease lasts without renewal (default $GORAE_LEASE_TTL or 6).
    """

    def __init__(self, db: Database, *, owner: str | None = None, ttl: float | None = None) -> None:
        self.db = db
        self.owner = owner or new_owner()
        self.ttl = ttl or default_ttl()
        now = NOW[db.kind]
        self._claim = _CLAIM.format(now=now, lock=" FOR UPDATE OF i SKIP LOCKED" if db.kind == "postgresql" else "")
        self._take = _TAKE_LEASE.format(now=now)
        self._stale = f"DELETE FROM leases WHERE name LIKE 'inbox:%' AND expires < {now} - ?"
        self._ops: queue.SimpleQueue[tuple[str, Any, Future[None] | None]] = queue.SimpleQueue()
        self._retry: list[str] = []  # rows done whose delete failed (the database was away)
        self._retry_lock = threading.Lock()
        self._stop = threading.Event()
        self._writer = threading.Thread(target=self._write_loop, name="gorae-inbox-writer", daemon=True)
        self._writer.start()
        self._watcher: threading.Thread | None = None

    # ----------------------------------------------------------------- the ack path
    def put(self, row: InboxRow) -> Future[None]:
        """Store `row` (with every other row waiting, in one transaction). The Future is done
        when it is committed; its exception is StateUnavailable when it could not be."""
        fut: Future[None] = Future()
        self._ops.put(("put", row, fut))
        return fut

    def store(self, row: InboxRow, timeout: float | None = None) -> None:
        """`put` and wait. Raises StateUnavailable (also after `timeout` seconds)."""
        try:
            self.put(row).result(timeout)
        except TimeoutError as e:
            raise StateUnavailable(self.db.label, "the inbox write took too long") from e

    def drop(self, row_id: str) -> None:
        """Delete a row that will not run (a duplicate delivery, an ignored event): in the
        background, with the next group of writes."""
        self._ops.put(("drop", row_id, None))

    def _write_loop(self) -> None:
        while True:
            op = self._ops.get()
            if op[0] == "stop":
                return
            ops = [op]
            while len(ops) < BATCH:
                try:
                    ops.append(self._ops.get_nowait())
                except queue.Empty:
                    break
            stop = any(o[0] == "stop" for o in ops)
            puts = [(row, fut) for kind, row, fut in ops if kind == "put"]
            drops = [str(row_id) for kind, row_id, _ in ops if kind == "drop"]
            try:
                with self.db.tx() as tx:
                    if puts:
                        tx.run(_insert(len(puts)), [v for row, _ in puts for v in row.values()])
                    if drops:
                        tx.run("DELETE FROM inbox WHERE id IN (" + ", ".join(["?"] * len(drops)) + ")", drops)
            except Exception as e:
                log.error("inbox: %d rows not stored, %d not deleted: %s", len(puts), len(drops), e)
                with self._retry_lock:
                    self._retry.extend(drops)
                for _, fut in puts:
                    if fut is not None:
                        fut.set_exception(e if isinstance(e, StateUnavailable)
                                          else StateUnavailable(self.db.label, str(e)))
            else:
                for _, fut in puts:
                    if fut is not None:
                        fut.set_result(None)
            if stop:
                return

    # ----------------------------------------------------------------- the worker
    def begin(self, row_id: str) -> bool:
        """Take a queued row of ours to run it (queued -> started). False: not ours any more
        (claimed by another replica while our lease had run out) or already started — do not run."""
        with self.db.tx() as tx:
            return tx.run("UPDATE inbox SET status = ? WHERE id = ? AND owner = ? AND status = ?",
                          (STARTED, row_id, self.owner, QUEUED)) == 1

    def finish(self, row_id: str) -> None:
        """The row is done (answered, refused, or reported): deleted. When the database cannot be
        reached, the delete is retried at the next heartbeat (never raises)."""
        try:
            with self.db.tx() as tx:
                tx.run("DELETE FROM inbox WHERE id = ?", (row_id,))
        except Exception as e:
            log.warning("inbox: row %s not deleted yet (%s)", row_id, e)
            with self._retry_lock:
                self._retry.append(row_id)

    # ----------------------------------------------------------------- liveness and orphans
    def heartbeat(self) -> bool:
        """Take or renew this owner's lease `inbox:<owner>` for `ttl` seconds. False: not renewed."""
        with self.db.tx() as tx:
            return tx.run(self._take, (f"inbox:{self.owner}", self.owner, self.ttl)) == 1

    def orphans(self, limit: int = 100) -> list[InboxRow]:
        """Claim up to `limit` rows whose owner holds no live lease (oldest first): they are ours
        now. Each is either queued (run it: `begin`, then `finish`) or started (never run it
        again; tell the asker, then `finish`)."""
        with self.db.tx() as tx:
            rows = tx.all(self._claim, (self.owner, self.owner, limit))
        return sorted((InboxRow.of(r) for r in rows), key=lambda r: r.received)

    def mine(self) -> list[InboxRow]:
        """Every row this owner holds (tests, shutdown)."""
        with self.db.tx() as tx:
            return [InboxRow.of(r) for r in tx.all("SELECT * FROM inbox WHERE owner = ?", (self.owner,))]

    def sweep(self) -> None:
        """Retry the deletes that failed, and remove the lease rows of owners gone for an hour."""
        with self._retry_lock:
            retry, self._retry = self._retry, []
        try:
            with self.db.tx() as tx:
                if retry:
                    tx.run("DELETE FROM inbox WHERE id IN (" + ", ".join(["?"] * len(retry)) + ")", retry)
                tx.run(self._stale, (STALE_LEASES,))
        except Exception:
            with self._retry_lock:
                self._retry.extend(retry)
            raise

    def watch(self, on_orphan: Callable[[InboxRow], None], *, every: float | None = None,
              on_tick: Callable[[], None] | None = None) -> Inbox:
        """A thread: every `every` seconds (default ttl / 3) renew the lease, and when it is
        held, claim orphans and call `on_orphan(row)` for each (on this thread: it must only
        queue work); then `on_tick()`. Stopped by `close`."""
        interval = every or self.ttl / 3

        def loop() -> None:
            ticks = 0
            while not self._stop.is_set():
                try:
                    if self.heartbeat():
                        if ticks % 30 == 0 or self._retry:
                            self.sweep()
                        for row in self.orphans():
                            log.info("inbox: took over %r", row)
                            try:
                                on_orphan(row)
                            except Exception:
                                log.exception("inbox: could not take over %r", row)
                    else:
                        log.warning("inbox: lease inbox:%s held by another process", self.owner)
                    if on_tick is not None:
                        on_tick()
                except Exception as e:
                    log.warning("inbox: state unreachable (%s)", e)
                ticks += 1
                self._stop.wait(interval)

        self._watcher = threading.Thread(target=loop, name="gorae-inbox-watch", daemon=True)
        self._watcher.start()
        return self

    def close(self, *, release: bool = True) -> None:
        """Stop the threads (the writer after the writes queued before); `release`: drop the
        lease, so another replica takes the rows left at once instead of after `ttl`."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(10)
        self._ops.put(("stop", None, None))
        self._writer.join(10)
        if release:
            try:
                with self.db.tx() as tx:
                    tx.run("DELETE FROM leases WHERE name = ? AND holder = ?", (f"inbox:{self.owner}", self.owner))
            except Exception as e:
                log.warning("inbox: lease not released (%s): it runs out in %ss", e, self.ttl)
