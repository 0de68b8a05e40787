"""bot/engine/fanout.py: the outcomes of one command on every engine as one table with an engine column."""
from __future__ import annotations

from bot.engine.fanout import combine
from bot.messages import text
from bot.model import Msg, Outcome, Table


def test_fanout_outcome_is_one_table_with_an_engine_column():
    t = Table(("CONTAINER ID", "NAMES"), (("1", "web"),))
    out = combine({"alpha": Outcome(True, Msg.of("done.ps"), t),
                   "beta": Outcome(True, Msg.of("done.ps"), Table(t.columns, (("2", "web"), ("3", "cache")))),
                   "mute": Outcome(False, Msg.of("engine.no_answer", where="mute", seconds=5))})
    assert out.table.columns == ("ENGINE", "CONTAINER ID", "NAMES")
    assert out.table.rows == (("alpha", "1", "web"), ("beta", "2", "web"), ("beta", "3", "cache"))
    assert not out.ok and out.message.key == "engines.fanout_failed"
    assert any("[mute]" in text(d, "en") for d in out.details)
