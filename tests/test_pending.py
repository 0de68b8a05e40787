"""bot/state/pending.py: a question waiting for its yes, kept in the state database — found by another
process and taken once, on SQLite and on PostgreSQL (tests/state_db.py). The yes/no flow through the
pipeline (expiry, someone else, approval): tests/test_confirm.py.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from state_db import a_plan, a_request, open_db_fixture, race, url_fixture  # noqa: F401  (fixtures: url, open_db)

from bot.model import Decision, Msg
from bot.state.backend import Database
from bot.state.pending import Pending, StatePending


def _pending(pid: str = "p1", expires: float | None = None) -> Pending:
    now = time.time()
    return Pending(pid, a_request("docker rm -f web"), a_plan(), Decision("confirm", Msg.of("x")), now,
                   expires or now + 300, audit_row=7)


def test_a_pending_is_found_by_another_process_and_taken_once(url: str, open_db: Callable[[], Database]) -> None:
    asker, other = StatePending(open_db()), StatePending(open_db())
    asker.put(_pending())
    got = other.get("p1")
    assert got is not None and got.plan == a_plan() and got.request.actor.user == "U0BOB" and got.audit_row == 7
    assert other.take("p1") is not None
    assert asker.take("p1") is None and asker.get("p1") is None


def test_a_double_click_on_two_processes_takes_once(url: str, open_db: Callable[[], Database]) -> None:
    stores = [StatePending(open_db()) for _ in range(2)]
    for n in range(5):
        stores[0].put(_pending(f"p{n}"))
        got = race(6, lambda i: stores[i % 2].take(f"p{n}"))
        assert sum(g is not None for g in got) == 1, got
