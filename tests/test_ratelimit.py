"""bot/policy/ratelimit.py: write actions counted per user in a sliding minute, shared by every
process through the state database (SQLite and PostgreSQL: tests/state_db.py). The Authorizer's use
of a limit (deciding counts nothing, a yes takes a slot): tests/test_check.py.
"""
from __future__ import annotations

from collections.abc import Callable

from state_db import open_db_fixture, race, url_fixture  # noqa: F401  (fixtures: url, open_db)

from bot.policy.ratelimit import SharedRateLimiter
from bot.state.backend import Database


def test_rate_limits_count_across_processes(url: str, open_db: Callable[[], Database]) -> None:
    limiters = [SharedRateLimiter(open_db(), 5, per_user={"U0VIP": None, "U0NONE": 0}) for _ in range(3)]
    results = race(12, lambda i: limiters[i % 3].take("U0BOB"))
    assert results.count(None) == 5, results  # 5 a minute, whichever process took them
    assert all(w is not None and 0 < w <= 60 for w in results if w is not None)
    assert limiters[2].check("U0BOB") is not None
    assert limiters[0].take("U0VIP") is None and limiters[1].take("U0NONE") == 60.0
    assert limiters[1].check("U0ANN") is None


def test_rate_limit_slots_free_after_the_window(url: str, open_db: Callable[[], Database]) -> None:
    now = [1000.0]
    a = SharedRateLimiter(open_db(), 2, clock=lambda: now[0])
    b = SharedRateLimiter(open_db(), 2, clock=lambda: now[0])
    assert a.take("U1") is None and b.take("U1") is None and a.take("U1") == 60.0
    now[0] += 30
    assert b.take("U1") == 30.0
    now[0] += 30.5
    assert b.take("U1") is None
