"""Plans waiting for a yes: where they are kept, and whether the world changed meanwhile.

A `Pending` is frozen at the question: the exact Plan (container IDs, not just
names), who asked, where, and until when. A partial reading offered as a question
("`docker stop cache` — I did not read `xyz`. Run it?") is a Pending too, marked
`proposal`: the same store, the same requester-bound, expiring yes. Stores hand a pending out once
(`take` is atomic), so a repeated or concurrent "yes" runs nothing.

    store = MemoryPending()           # one process (terminal, tests)
    store = StatePending()            # the state database (bot.state.backend: SQLite or
                                      # PostgreSQL), shared by processes and replicas: a yes
                                      # clicked on any replica finds it; `take` is one
                                      # DELETE … RETURNING, so a double click runs once
    store = StatePending(path)        # a SQLite file (SqlitePending: the same class)

`changed(asked, fresh)` compares the plan at the question with a plan made
again at the yes: different container IDs, or more (or fewer) targets, mean
the question was about another world, so gorae asks again.
"""
from __future__ import annotations

import pickle
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from bot.model import Decision, Plan, Request
from bot.state.backend import Database, as_database


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


class StatePending:
    """A store shared between processes and replicas: the `pending` table of the state database.

    Pendings are pickled: the table is gorae's own state, never read from elsewhere. Raises
    bot.state.backend.StateUnavailable when the database cannot be reached.
    """

    def __init__(self, path: str | Path | Database | None = None) -> None:
        """`path`: a Database, a state URL, a SQLite file, ":memory:", or None (the state URL)."""
        self._owned = str(path) == ":memory:"
        self.db = as_database(path)
        self.path = self.db.path or self.db.label

    def put(self, pending: Pending) -> None:
        # not durable: a question forgotten by a crash of the database's machine is asked again
        # (the yes finds nothing); `take` stays durable, so a yes never runs twice
        with self.db.tx(durable=False) as tx:
            tx.run("DELETE FROM pending WHERE expires < ?", (time.time() - 3600,))
            tx.run("INSERT INTO pending (id, expires, blob) VALUES (?, ?, ?) "
                   "ON CONFLICT (id) DO UPDATE SET expires = excluded.expires, blob = excluded.blob",
                   (pending.id, pending.expires, pickle.dumps(pending)))

    def get(self, pending_id: str) -> Pending | None:
        with self.db.tx() as tx:
            row = tx.one("SELECT blob FROM pending WHERE id = ?", (pending_id,))
        return pickle.loads(bytes(row["blob"])) if row else None

    def take(self, pending_id: str) -> Pending | None:
        """Atomic get-and-remove: of two concurrent takes (any processes), one gets it."""
        with self.db.tx() as tx:
            row = tx.one("DELETE FROM pending WHERE id = ? RETURNING blob", (pending_id,))
        return pickle.loads(bytes(row["blob"])) if row else None

    def close(self) -> None:
        if self._owned:
            self.db.close()


SqlitePending = StatePending  # the name of its SQLite-only days


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
