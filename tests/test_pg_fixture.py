"""The test PostgreSQL itself (tests/pg.py, scripts/pg.sh): reachable on loopback, a fresh database per module."""
from __future__ import annotations

import psycopg


def test_the_module_database_is_fresh_and_writable(pg_database: str) -> None:
    with psycopg.connect(pg_database) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
        assert tables == (0,)
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]


def test_the_server_listens_on_loopback_only(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        row = conn.execute("SELECT current_setting('listen_addresses')").fetchone()
    assert row == ("127.0.0.1",)


def test_a_private_server_stops_and_starts(pg_private) -> None:  # type: ignore[no-untyped-def]
    """A test's own cluster (scripts/pg.sh with GORAE_PG_DIR/GORAE_PG_PORT) goes down and comes back."""
    from pg import reachable

    assert reachable(pg_private.url) is None
    pg_private.stop()
    assert reachable(pg_private.url) is not None
    pg_private.start()
    assert reachable(pg_private.url) is None
