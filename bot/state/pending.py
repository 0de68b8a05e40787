"""Plans waiting for a yes: where they are kept, and whether the world changed meanwhile.

A `Pending` is frozen at the question: the exact Plan (container IDs, not just
names), who asked, where, and until when. A partial reading offered as a question
("`docker stop cache` — I did not read `xyz`. Run it?") is a Pending too, marked
`proposal`: the same store, the same requester-bound, expiring yes. Stores hand a pending out once
(`take` is atomic), so a repeated or concurrent "yes" runs nothing.

    store = MemoryPending()           # one process (terminal, tests)
    store = SqlitePending(path)       # shared by processes (Slack workers, `gorae say --yes`)

`changed(asked, fresh)` compares the plan at the question with a plan made
again at the yes: different container IDs, or more (or fewer) targets, mean
the question was about another world, so gorae asks again.
"""
from __future__ import annotations

import os
import pickle
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from bot.model import Decision, Plan, Request


@dataclass
class Pending:
    """A plan waiting for a yes: frozen at the question, tied to who and where."""

    id: str
    request: Request
    plan: Plan
    decision: Decision
    created: float
    expires: float
    audit_row: Any = None
    proposal: bool = False  # a partial reading: the yes accepts the guess, then the policy decides

    def expired(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) > self.expires


class PendingStore(Protocol):
    def put(self, pending: Pending) -> None: ...
    def get(self, pending_id: str) -> Pending | None: ...
    def take(self, pending_id: str) -> Pending | None: ...  # atomic get-and-remove


class MemoryPending:
    """In-process store; expired entries are dropped on the next put."""

    def __init__(self) -> None:
        self._items: dict[str, Pending] = {}
        self._lock = threading.Lock()

    def put(self, pending: Pending) -> None:
        with self._lock:
            now = time.time()
            for key in [k for k, p in self._items.items() if p.expires < now - 3600]:
                del self._items[key]
            self._items[pending.id] = pending

    def get(self, pending_id: str) -> Pending | None:
        with self._lock:
            return self._items.get(pending_id)

    def take(self, pending_id: str) -> Pending | None:
        with self._lock:
            return self._items.pop(pending_id, None)

    def __len__(self) -> int:
        return len(self._items)


class SqlitePending:
    """A store shared between processes: one SQLite file (mode 0600), rows deleted on take.

    Pendings are pickled: the file is gorae's own state, never read from elsewhere.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS pending (id TEXT PRIMARY KEY, expires REAL, blob BLOB)")

    def put(self, pending: Pending) -> None:
        with self._lock:
            self._db.execute("DELETE FROM pending WHERE expires < ?", (time.time() - 3600,))
            self._db.execute("INSERT OR REPLACE INTO pending VALUES (?, ?, ?)",
                             (pending.id, pending.expires, pickle.dumps(pending)))

    def get(self, pending_id: str) -> Pending | None:
        with self._lock:
            row = self._db.execute("SELECT blob FROM pending WHERE id = ?", (pending_id,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def take(self, pending_id: str) -> Pending | None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT blob FROM pending WHERE id = ?", (pending_id,)).fetchone()
                self._db.execute("DELETE FROM pending WHERE id = ?", (pending_id,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return pickle.loads(row[0]) if row else None


def changed(asked: Plan, fresh: Any) -> str | None:
    """How the world moved between the question and the yes, or None if the plan still holds.

    The targets must be the same things (kind, name and ID) and the docker
    commands the same; a plan that cannot be made any more counts as changed.
    """
    if not isinstance(fresh, Plan):
        return "-"
    before = {(t.kind, t.name, t.id) for t in asked.targets}
    after = {(t.kind, t.name, t.id) for t in fresh.targets}
    if before != after:
        was = {(k, n): i for k, n, i in before - after}
        now = {(k, n): i for k, n, i in after - before}
        parts = [f"{n}: {_short(was[k, n])} → {_short(now[k, n])}" for k, n in sorted(was.keys() & now.keys())]
        parts += [f"-{n}" for k, n in sorted(was.keys() - now.keys())]
        parts += [f"+{n}" for k, n in sorted(now.keys() - was.keys())]
        return ", ".join(parts) or "-"
    if tuple(asked.cli) != tuple(fresh.cli) or asked.verb != fresh.verb:
        return " / ".join(fresh.cli) or "-"
    return None


def _short(ident: str | None) -> str:
    return (ident or "-").removeprefix("sha256:")[:12]
