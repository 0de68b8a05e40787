"""The state database for tests: every test that takes `url` runs on SQLite and on a real PostgreSQL
(tests/pg.py: a fresh database for each test module), with empty tables.

    from state_db import a_plan, a_request, open_db_fixture, race, url_fixture  # noqa: F401

The fixtures are named `url` and `open_db` (imported under their functions' names, so that a test's
parameter does not shadow an import).

Two `Database` objects from `open_db()` stand for two processes (each its own connections).
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.model import Actor, Plan, Request, Restart, Target, VerbClass
from bot.state.backend import Database, connect

TABLES = ("requests", "audit_chain", "dedup", "pending", "rate_writes", "alert_cursor", "alert_seen",
          "alert_incidents", "alert_silences", "leases")


@pytest.fixture(params=["sqlite", "postgresql"], name="url")
def url_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A state URL with empty tables: a new SQLite file, or this module's PostgreSQL database."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(tmp_path / "state.db").lstrip("/")
        return
    db_url = request.getfixturevalue("pg_database")
    db = connect(db_url)
    with db.tx() as tx:
        tx.run("TRUNCATE " + ", ".join(TABLES) + " RESTART IDENTITY")
    db.close()
    yield db_url


@pytest.fixture(name="open_db")
def open_db_fixture(url: str) -> Iterator[Callable[[], Database]]:
    """open_db() -> a new Database on the test's URL, as another process would have (closed at the end)."""
    made: list[Database] = []

    def make() -> Database:
        db = connect(url)
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


def a_request(text: str = "restart web", user: str = "U0BOB") -> Request:
    return Request(text, Actor(user), "C0OPS", source="slack", request_id="Ev1")


def a_plan(name: str = "web") -> Plan:
    return Plan(Restart(targets=(name,)), (), (f"docker restart {name}",), "restart", VerbClass.OPERATE,
                (Target("container", name, "ab" * 32),))


def race(n: int, fn: Callable[[int], Any]) -> list[Any]:
    """fn(0..n-1) on n threads released together; their results in order."""
    out: list[Any] = [None] * n
    gate = threading.Barrier(n)

    def one(i: int) -> None:
        gate.wait()
        out[i] = fn(i)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return out
