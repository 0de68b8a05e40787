"""PostgreSQL goes away and comes back (issue 13): gorae refuses in one clear sentence and runs
nothing (no audit row, nothing runs), then recovers without a restart when the database returns.

A private PostgreSQL of this module's own (tests/pg.py `pg_private`, under /tmp/gorae-pg.lock) is
stopped and started with pg_ctl; the shared test server is never touched. Real parser, planner,
policy and state backend; a fake engine view and a recording executor (as tests/test_confirm.py).
"""
from __future__ import annotations

import time
from typing import Any

import pytest
from pg import PrivateServer
from test_confirm import BOB, POLICY, Bot, World, ask

from bot.engine import execute as execute_mod
from bot.messages import text
from bot.model import Msg, Outcome
from bot.policy.check import Authorizer
from bot.policy.policyfile import parse_policy
from bot.policy.ratelimit import SharedRateLimiter
from bot.state.audit import AuditLog, verify
from bot.state.backend import connect
from bot.state.pending import StatePending


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The plans the executor was asked to run (nothing reaches Docker)."""
    calls: list[Any] = []

    def fake_execute(plan: Any, client: Any, progress: Any = None) -> Outcome:
        calls.append(plan)
        return Outcome(True, Msg.of("render.nothing_ran"))

    monkeypatch.setattr(execute_mod, "execute", fake_execute)
    return calls


def _until(check: Any, seconds: float = 120.0) -> Any:
    """Ask `check()` again until it returns something truthy (or `seconds` pass); its last answer."""
    deadline = time.monotonic() + seconds
    while True:
        got = check()
        if got or time.monotonic() > deadline:
            return got
        time.sleep(0.5)


def test_database_stopped_refuses_clearly_then_recovers(pg_private: PrivateServer, ran: list[Any]) -> None:
    db = connect(pg_private.url)
    try:
        auth = Authorizer(parse_policy(POLICY + "rate_limit: {writes_per_minute: 50}\n"))
        auth.limiter = SharedRateLimiter(db, 50)
        bot = Bot(authorizer=auth, audit=AuditLog(db), pending=StatePending(db))
        bot.world = World()

        assert ask(bot, "restart web", BOB).status == "done" and len(ran) == 1
        question = ask(bot, "docker rm -f web", BOB)
        assert question.status == "confirm" and question.pending

        pg_private.stop()
        refused = ask(bot, "restart cache", BOB)
        assert (refused.status, refused.headline) == ("failed", text(Msg.of("state.unavailable"), "en"))
        ko = ask(bot, "cache 재시작해줘", BOB)
        assert ko.headline == text(Msg.of("state.unavailable"), "ko")
        assert ko.headline == "상태 데이터베이스에 연결할 수 없어서 아무것도 실행하지 않았습니다. 데이터베이스가 돌아오면 다시 요청해 주세요."
        click = bot.confirm(question.pending, BOB, "C0OPS")
        assert click.headline == text(Msg.of("state.unavailable"), "en")
        assert len(ran) == 1  # nothing ran without its audit row

        pg_private.start()  # the same gorae objects: no restart
        back = _until(lambda: ask(bot, "restart cache", BOB).status == "done")
        assert back, "no recovery within 120 s of the database's return"
        assert len(ran) == 2 and ran[1].targets[0].name == "cache"
        done = bot.confirm(question.pending, BOB, "C0OPS")  # the question survived the outage
        assert done.status == "done" and len(ran) == 3

        log = AuditLog(db)
        rows = log.query(limit=None)
        assert [(r["cli"], r["outcome"]) for r in reversed(rows)] == [
            (["docker restart web"], "ok"), (["docker rm -f web"], "ok"), (["docker restart cache"], "ok")], rows
        assert verify(log).ok
    finally:
        db.close()
