"""The state backend: one URL -> one `Database` for audit, dedup, pending, rate limits and alert state.

Where the state lives is one URL (issue 13), read by `bot.config.state_url()`:

    GORAE_STATE=sqlite:///var/lib/gorae/state.db      # embedded, one file (the default:
                                                     #   sqlite:///<bot.config.state_dir>/state.db)
    GORAE_STATE=postgresql://gorae:…@db:5432/gorae     # shared by every replica (also postgres://)

or `state:` in the config file (GORAE_CONFIG, ~/.config/gorae/config.yaml, /etc/gorae/config.yaml).

The interface (stable: the stores and the two-replica code are written against it)::

    db = open_state()                    # process-wide, one per URL; migrations applied on first open
    db = open_state("sqlite:///tmp/x.db")
    with db.tx() as tx:                  # one transaction, committed at the end, rolled back on error
        tx.run("INSERT INTO dedup (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (k, now)) -> int
        tx.one("SELECT … WHERE id = ?", (1,))   -> dict | None
        tx.all("SELECT …")                      -> list[dict]
    with db.tx(lock="audit") as tx: …    # + a named exclusive lock held until the commit, across
                                         #   processes (PostgreSQL: pg_advisory_xact_lock; SQLite:
                                         #   BEGIN IMMEDIATE, its one write lock)
    with db.tx(durable=False) as tx: …   # PostgreSQL: the commit does not wait for its WAL flush
                                         #   (synchronous_commit off: lost only if the database's
                                         #   machine crashes within ~0.6 s; SQLite: as always)
    db.kind      "sqlite" | "postgresql"
    db.label     the URL without its password (for logs and messages)
    db.close()

SQL is written once for both backends: `?` placeholders, the dialect common to SQLite ≥ 3.35 and
PostgreSQL (ON CONFLICT, RETURNING, quoted "user"). Rows come back as dicts.

Errors: `StateUnavailable` (an OSError) when the database cannot be reached — refused or lost
connection, no pool connection within GORAE_STATE_TIMEOUT seconds (default 3), SQLite's file
locked or unwritable. Callers fail closed on it (bot.pipeline refuses the request: nothing runs
without its audit row). The PostgreSQL pool (psycopg_pool) checks each connection it hands out
and reconnects by itself, so gorae recovers without a restart when the database returns.

Schema: versioned SQL files in bot/state/migrations/{sqlite,postgresql}/ applied at the first
open by yoyo-migrations (its own lock: two replicas starting together apply them once).
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

from bot.config import state_pool, state_url  # where the state lives is bot/config.py's

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_TIMEOUT = 3.0  # seconds to wait for a pool connection before StateUnavailable
Kind = Literal["sqlite", "postgresql"]


class StateUnavailable(OSError):
    """The state database cannot be reached (see the module docstring). `label`: which one."""

    def __init__(self, label: str, why: str) -> None:
        super().__init__(f"state database {label} unavailable: {why}")
        self.label = label
        self.why = why


class Tx(Protocol):
    """One open transaction (see the module docstring)."""

    def run(self, sql: str, params: Sequence[Any] = ()) -> int: ...

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None: ...

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...


class Database(Protocol):
    """A state database: SQLite or PostgreSQL (see the module docstring)."""

    kind: Kind
    label: str
    @property
    def path(self) -> str | None: ...  # the SQLite file; None for PostgreSQL

    def tx(self, lock: str | None = None, *, durable: bool = True) -> Any: ...  # a context manager yielding a Tx

    def close(self) -> None: ...


# --------------------------------------------------------------------------- the URL


def check_url(url: str) -> str | None:
    """None when `url` is a state URL gorae can use; else what is wrong (for config.bad_state)."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme == "sqlite":
        return None if url[len("sqlite://"):].startswith("/") else "sqlite:///absolute/path.db"
    if scheme in ("postgresql", "postgres"):
        parts = urlsplit(url)
        return None if parts.hostname or "host=" in parts.query else "postgresql://user:password@host:5432/db"
    return "sqlite:///…, postgresql://…"


def sqlite_path(url: str) -> str:
    """The absolute file of a sqlite:// URL: sqlite:///var/lib/gorae/state.db -> /var/lib/gorae/state.db
    (sqlite:////var/lib/… too)."""
    return "/" + url[len("sqlite://"):].lstrip("/")


def redacted(url: str) -> str:
    """The URL without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname or ''}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_xact_lock from a lock's name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


# --------------------------------------------------------------------------- SQLite


class _SqliteTx:
    def __init__(self, conn: sqlite3.Connection, label: str) -> None:
        self._conn = conn
        self._label = label

    def _exec(self, sql: str, params: Sequence[Any]) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, tuple(params))
        except sqlite3.OperationalError as e:
            if _sqlite_unavailable(e):
                raise StateUnavailable(self._label, str(e)) from e
            raise

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._exec(sql, params).rowcount)

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        row = self._exec(sql, params).fetchone()
        return dict(row) if row is not None else None

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._exec(sql, params).fetchall()]


def _sqlite_unavailable(e: sqlite3.OperationalError) -> bool:
    text = str(e).lower()
    return any(w in text for w in ("locked", "unable to open", "disk", "readonly", "i/o"))


class SqliteDatabase:
    """One SQLite file in WAL mode (mode 0600), one connection shared by the threads (one lock).

    `path` ":memory:" gives a throw-away database (a temporary file, removed on close).
    Every transaction is BEGIN IMMEDIATE: SQLite's one write lock serializes writers across
    processes, so a named lock needs nothing more.
    """

    kind: Kind = "sqlite"

    def __init__(self, path: str | Path, *, migrate: bool = True) -> None:
        self._tmpdir: str | None = None
        path = str(path)
        if path == ":memory:":
            self._tmpdir = tempfile.mkdtemp(prefix="gorae-state-")
            path = os.path.join(self._tmpdir, "state.db")
        self.path = os.path.abspath(path)
        self.url = "sqlite:///" + self.path.lstrip("/")
        self.label = self.url
        Path(self.path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))  # who did what: not world-readable
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        except (OSError, sqlite3.Error) as e:
            raise StateUnavailable(self.label, str(e)) from e
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._setup()
        if migrate:
            migrate_database(self.url, "sqlite")

    def _setup(self, attempts: int = 50) -> None:
        """WAL. Processes starting at once race for the switch, which SQLite answers with
        "database is locked" without waiting on its busy timeout: retried for up to ~5 s."""
        import time

        for attempt in range(attempts):
            try:
                with self._lock:
                    self._db.execute("PRAGMA journal_mode=WAL")
                    self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: survives kill -9
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == attempts - 1:
                    raise StateUnavailable(self.label, str(e)) from e
                time.sleep(0.1)

    @contextmanager
    def tx(self, lock: str | None = None, *, durable: bool = True) -> Iterator[Tx]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as e:
                raise StateUnavailable(self.label, str(e)) from e
            try:
                yield _SqliteTx(self._db, self.label)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as e:
                self._db.execute("ROLLBACK")
                raise StateUnavailable(self.label, str(e)) from e

    def close(self) -> None:
        with self._lock:
            self._db.close()
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)


# --------------------------------------------------------------------------- PostgreSQL


def _pg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class _PgTx:
    def __init__(self, conn: Any, label: str) -> None:
        self._conn = conn
        self._label = label

    def _exec(self, sql: str, params: Sequence[Any]) -> Any:
        import psycopg

        try:
            return self._conn.execute(_pg_sql(sql), tuple(params))
        except psycopg.OperationalError as e:
            raise StateUnavailable(self._label, _first_line(e)) from e

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._exec(sql, params).rowcount)

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        row = self._exec(sql, params).fetchone()
        return dict(row) if row is not None else None

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._exec(sql, params).fetchall()]


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


# Every PostgreSQL connection talks UTF-8, whatever the database's encoding: on a SQL_ASCII database
# (what initdb makes without a UTF-8 locale, e.g. LANG=C) the client encoding would be SQL_ASCII too,
# and psycopg then hands text back as bytes — yoyo's first query failed (`sql_identifier = bytea`)
# and gorae did not start. A SQL_ASCII server converts nothing: the UTF-8 bytes are stored as sent.
# Source: PostgreSQL docs, "Character Set Support" (SQL_ASCII); psycopg 3 docs, "Strings adaptation".
CLIENT_ENCODING = "UTF8"


class PostgresDatabase:
    """A psycopg 3 connection pool (psycopg_pool) to one PostgreSQL database.

    Each connection handed out is checked first (a lost one is replaced); connections that
    fail are retried by the pool in the background, so the database may come and go.
    `timeout`: seconds to wait for a connection before StateUnavailable.
    `max_size`: the pool's size (GORAE_STATE_POOL, default 8).
    """

    kind: Kind = "postgresql"
    path: str | None = None  # no file: the label names it

    def __init__(self, url: str, *, timeout: float | None = None, max_size: int | None = None,
                 migrate: bool = True) -> None:
        from psycopg.rows import dict_row
        from psycopg_pool import ConnectionPool

        self.url = url
        self.label = redacted(url)
        env_timeout, env_size = state_pool()  # $GORAE_STATE_TIMEOUT, $GORAE_STATE_POOL (bot/config.py)
        self.timeout = float(timeout if timeout is not None else env_timeout if env_timeout is not None else DEFAULT_TIMEOUT)
        size = int(max_size or env_size or 8)
        self._used: dict[int, float] = {}  # id(connection) -> monotonic time its last transaction ended
        self._pool: Any = ConnectionPool(
            url, min_size=1, max_size=size, open=False, name="gorae-state",
            kwargs={"autocommit": True, "row_factory": dict_row, "connect_timeout": max(1, int(self.timeout)),
                    "application_name": "gorae", "client_encoding": CLIENT_ENCODING},
            check=self._check, timeout=self.timeout,
            reconnect_timeout=60.0, reconnect_failed=self._reconnect_failed)
        if migrate:  # first: an unreachable database fails here, before the pool starts trying
            migrate_database(url, "postgresql", label=self.label)
        self._pool.open(wait=False)

    IDLE_CHECK = 1.0  # seconds: a connection idle longer is checked (a round trip) before it is handed out

    def _check(self, conn: Any) -> None:
        """The pool's check: a connection used within IDLE_CHECK seconds is handed out as it is (a
        busy gorae pays no extra round trip); an older one is pinged, and replaced if dead (after
        the database restarted). Raises psycopg.OperationalError for a dead one."""
        import time

        last = self._used.get(id(conn))
        if last is None or time.monotonic() - last > self.IDLE_CHECK:
            conn.execute("")

    def _reconnect_failed(self, pool: Any) -> None:
        log.warning("state database %s: no connection for 60 s; still trying on demand", self.label)

    @contextmanager
    def tx(self, lock: str | None = None, *, durable: bool = True) -> Iterator[Tx]:
        import time

        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with self._pool.connection(timeout=self.timeout) as conn:
                # BEGIN and the lock in one round trip (a simple query of two statements; the key
                # is our own integer); a failure inside rolls back, and the pool discards a
                # connection that was lost
                begin = "BEGIN"
                if not durable:
                    begin += "; SET LOCAL synchronous_commit TO off"
                if lock is not None:
                    begin += f"; SELECT pg_advisory_xact_lock({lock_key(lock)})"
                conn.execute(begin.encode())
                try:
                    yield _PgTx(conn, self.label)
                except BaseException:
                    if not conn.closed and not conn.broken:
                        conn.execute(b"ROLLBACK")
                    raise
                conn.execute(b"COMMIT")
                self._used[id(conn)] = time.monotonic()
        except PoolTimeout as e:
            raise StateUnavailable(self.label, _first_line(e)) from e
        except psycopg.OperationalError as e:  # lost at the commit
            raise StateUnavailable(self.label, _first_line(e)) from e

    def close(self) -> None:
        self._pool.close()


# --------------------------------------------------------------------------- migrations

_migrated: set[str] = set()
_migrate_lock = threading.Lock()


def migrate_database(url: str, kind: Kind, *, label: str | None = None) -> None:
    """Apply the SQL files of bot/state/migrations/<kind>/ not applied yet (yoyo-migrations,
    under its lock). Once per URL and process. Raises StateUnavailable when unreachable."""
    with _migrate_lock:
        if url in _migrated:
            return
        from yoyo import get_backend, read_migrations

        yoyo_url = url
        if kind == "sqlite":  # yoyo reads sqlite:///relative and sqlite:////absolute
            yoyo_url = "sqlite:///" + sqlite_path(url)
        if kind == "postgresql":
            parts = urlsplit(url)
            query = "&".join(q for q in (parts.query, f"client_encoding={CLIENT_ENCODING}") if q)
            yoyo_url = urlunsplit(parts._replace(scheme="postgresql+psycopg", query=query))
        try:
            backend = get_backend(yoyo_url)
            try:
                migrations = read_migrations(str(MIGRATIONS / kind))
                with backend.lock():
                    backend.apply_migrations(backend.to_apply(migrations))
            finally:
                backend.connection.close()
        except Exception as e:
            if _unreachable(e):
                raise StateUnavailable(label or redacted(url), _first_line(e)) from e
            raise
        _migrated.add(url)


def _unreachable(e: BaseException) -> bool:
    try:
        import psycopg

        if isinstance(e, psycopg.OperationalError):
            return True
    except ImportError:  # pragma: no cover - a dependency
        pass
    return isinstance(e, (OSError, sqlite3.OperationalError))


# --------------------------------------------------------------------------- opening


_open: dict[str, Database] = {}
_open_lock = threading.Lock()


def connect(url: str, *, migrate: bool = True) -> Database:
    """A new Database for `url` (not shared; the caller closes it). Raises ValueError for a URL
    that is neither sqlite:/// nor postgresql://, StateUnavailable when unreachable."""
    problem = check_url(url)
    if problem is not None:
        raise ValueError(f"state URL {redacted(url)!r}: expected {problem}")
    if url.startswith("sqlite://"):
        return SqliteDatabase(sqlite_path(url), migrate=migrate)
    return PostgresDatabase(url, migrate=migrate)


def open_state(url: str | None = None) -> Database:
    """The process-wide Database for `url` (default `state_url()`), opened once."""
    url = url or state_url()
    with _open_lock:
        db = _open.get(url)
        if db is None:
            db = _open[url] = connect(url)
        return db


def as_database(where: str | Path | Database | None) -> Database:
    """What the stores accept: a Database, a state URL, a SQLite file path (":memory:" for a
    throw-away one: a new database each time), or None for `open_state()`."""
    if where is None:
        return open_state()
    if isinstance(where, (str, Path)):
        text = str(where)
        if text == ":memory:":
            return SqliteDatabase(":memory:")
        if "://" in text:
            return open_state(text)
        return open_state("sqlite:///" + os.path.abspath(text).lstrip("/"))
    return where
