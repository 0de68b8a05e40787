"""PostgreSQL for the tests (issue 13): the shared test server of scripts/pg.sh, and private ones.

Fixtures (imported into conftest.py, so every test module can use them):

    pg_url        session: the URL of the test server (GORAE_TEST_PG_URL, else scripts/pg.sh's
                  postgresql://gorae:gorae@127.0.0.1:55432/gorae); skips without one — fails
                  when CI=true (`make test` starts it: scripts/pg.sh install start)
    pg_database   module: a fresh, empty database on that server for this test module (dropped
                  at the end), as a URL: postgresql://gorae:gorae@127.0.0.1:55432/gorae_t_<hex>

Tests that use `pg_url` (directly or through `pg_database`) get the `postgres` marker, so
`pytest -m 'not postgres'` runs without a server.

`PrivateServer` is a cluster of a test's own (scripts/pg.sh with its own GORAE_PG_DIR and
port): a test that stops and starts PostgreSQL uses one, so the shared server never goes away
under other engineers' tests; such tests also hold /tmp/gorae-pg.lock (see `pg_lock`).
"""
from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
PG_SH = ROOT / "scripts" / "pg.sh"
DEFAULT_URL = "postgresql://gorae:gorae@127.0.0.1:55432/gorae"
LOCK = "/tmp/gorae-pg.lock"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def test_server_url() -> str:
    return os.environ.get("GORAE_TEST_PG_URL") or DEFAULT_URL


test_server_url.__test__ = False  # type: ignore[attr-defined]  # not a test for pytest


def with_database(url: str, name: str) -> str:
    """`url` with its database (the path) replaced by `name`."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def reachable(url: str, timeout: float = 3.0) -> str | None:
    """None when a connection to `url` works, else why not (one line)."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=max(1, int(timeout))) as conn:
            conn.execute("SELECT 1")
        return None
    except psycopg.Error as e:
        return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The test server's URL; it must answer (see the module docstring)."""
    url = test_server_url()
    why = reachable(url)
    if why is not None:
        msg = f"no PostgreSQL at {url} ({why}); start it: sudo scripts/pg.sh install start"
        if _ci():
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    return url


def create_database(url: str) -> str:
    """A new empty database on the server of `url`; returns its URL."""
    import psycopg

    name = "gorae_t_" + secrets.token_hex(6)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")  # whatever template1 is
    return with_database(url, name)


def drop_database(url: str, db_url: str) -> None:
    """Drops the database of `db_url` WITH (FORCE), closing its connections.

    PostgreSQL refuses to terminate a process of another role (an autovacuum worker on the
    database) unless the role has pg_signal_backend (scripts/pg.sh grants it); on a server made
    elsewhere that refusal is retried for a few seconds, until the worker is done.
    """
    import psycopg

    name = urlsplit(db_url).path.lstrip("/")
    for attempt in range(20):
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 19:
                raise
            time.sleep(0.5)


@pytest.fixture(scope="module")
def pg_database(pg_url: str) -> Iterator[str]:
    """A fresh database for this test module, dropped afterwards; its URL."""
    db_url = create_database(pg_url)
    yield db_url
    drop_database(pg_url, db_url)


@contextmanager
def pg_lock() -> Iterator[None]:
    """Holds /tmp/gorae-pg.lock (exclusive): for tests that stop and start a PostgreSQL."""
    with open(LOCK, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateServer:
    """A PostgreSQL cluster of one test's own, made and run by scripts/pg.sh.

    Its data lives in /var/lib/gorae-pg-private/<hex> (root) or a temporary directory of the
    user; it listens on a free 127.0.0.1 port. `url` is its test role's URL (role gorae,
    database gorae). `stop()` / `start()` stop and start it (pg_ctl); `remove()` stops it and
    deletes its data. Raises subprocess.CalledProcessError when scripts/pg.sh fails.
    """

    def __init__(self, base: Path | None = None) -> None:
        if base is None:
            base = Path("/var/lib/gorae-pg-private") if os.geteuid() == 0 else Path("/tmp/gorae-pg-private")
        self.dir = base / secrets.token_hex(4)
        self.port = _free_port()
        self.url = f"postgresql://gorae:gorae@127.0.0.1:{self.port}/gorae"
        self._env = {**os.environ, "GORAE_PG_DIR": str(self.dir), "GORAE_PG_PORT": str(self.port)}

    def _run(self, *args: str) -> None:
        subprocess.run([str(PG_SH), *args], env=self._env, check=True, capture_output=True, text=True,
                       timeout=180)

    def start(self) -> None:
        self._run("start")

    def stop(self) -> None:
        self._run("stop")

    def remove(self) -> None:
        try:
            self._run("stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_private(pg_url: str) -> Iterator[PrivateServer]:
    """A private PostgreSQL of this module's own (started; removed at the end), under the pg lock."""
    server = PrivateServer()
    with pg_lock():
        try:
            server.start()
        except subprocess.CalledProcessError as e:
            msg = f"could not start a private PostgreSQL: {e.stderr or e.stdout}"
            server.remove()
            pytest.fail(msg, pytrace=False)
        try:
            yield server
        finally:
            server.remove()
