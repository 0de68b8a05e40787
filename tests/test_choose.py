"""bot/engine/choose.py without an engine: which engine(s) a command is planned on, through the
pipeline over fake views (one named, every engine, a search; a silent engine left out).

Where named engines come from: test_named.py; how a sentence names one: test_engine_clause.py;
real engines (unix, ssh, a silent socket): tests/test_e2e_engines.py; the policy's engine
patterns: tests/test_policy_engines.py.
"""
from __future__ import annotations

import pytest
from fakes import FakeView

from bot.engine.named import Engines, EngineSpec
from bot.engine.view import NullView
from bot.language.engine_clause import EVERY
from bot.messages import text
from bot.model import Actor, Msg, Plan, Request, Unresolved
from bot.pipeline import Gorae

# ----------------------------------------------------------------------------- planning on engines


WEB_B = [("web", "nginx", "running"), ("cache", "redis", "running")]
ONLY_A = [("db", "mysql:5.7", "created"), ("web", "nginx", "running")]


class EnginesGorae(Gorae):
    """Gorae over fake views, one per engine; `mute` never answers."""

    VIEWS = {"alpha": lambda: FakeView(containers=ONLY_A), "beta": lambda: FakeView(containers=WEB_B),
             "mute": lambda: NullView(Msg.of("engine.no_answer", where="mute (unix:///tmp/m.sock)", seconds=5))}

    def view(self, engine=None):
        return self.VIEWS[engine or self.known_engines().default]()


def gorae(*names, default="alpha"):
    specs = {n: EngineSpec(n, f"unix:///tmp/{n}.sock", source="config") for n in names}
    return EnginesGorae(engines=Engines(specs, default))


LOCAL = Request("", Actor("local:me", local=True), "terminal")


def explain(g, sentence):
    return g.explain(sentence, Request(sentence, LOCAL.actor, LOCAL.channel))


@pytest.mark.parametrize("sentence", [
    "beta에서 web 재시작", "web 재시작해줘 (beta)", "restart web on beta", "docker --context beta restart web",
    "docker -c beta restart web", "restart web on host beta", "beta 서버에서 web 재시작해 주세요",
])
def test_every_dialect_names_the_engine(sentence):
    ex = explain(gorae("alpha", "beta"), sentence)
    assert isinstance(ex.planned, Plan), ex.planned
    assert ex.planned.engine == "beta"
    assert ex.planned.cli == ("docker --context beta restart web",)


def test_the_cli_names_the_engine_only_when_there_are_several():
    g = EnginesGorae(engines=Engines({"alpha": EngineSpec("alpha", "unix:///tmp/a.sock", source="config")}, "alpha"))
    ex = explain(g, "restart web")
    assert ex.planned.cli == ("docker restart web",) and ex.planned.engine is None


@pytest.mark.parametrize("sentence", [
    "restart web on prod-9", "prod-9에서 web 재시작", "web 재시작해줘 (prod-9)", "docker --context prod-9 restart web",
])
def test_an_unknown_engine_is_refused_with_the_known_ones(sentence):
    ex = explain(gorae("alpha", "beta"), sentence)
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "engines.unknown"
    assert dict(ex.planned.reason.params)["known"] == "alpha, beta"
    assert "prod-9" in text(ex.planned.reason, "ko") and "alpha, beta" in text(ex.planned.reason, "en")


def test_a_raw_host_stays_refused():
    ex = explain(gorae("alpha", "beta"), "docker -H tcp://10.0.0.1:2375 restart web")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "plan.host_flag"


def test_a_loose_phrase_that_is_not_an_engine_stays_a_phrase():
    ex = explain(gorae("alpha", "beta"), "web에서 ls 실행")  # exec in web, not an engine called web
    # web runs on alpha and on beta: which one is asked (engines2: it ran on the default unasked)
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "engines.ambiguous"
    assert ex.planned.choices == ("docker --context alpha exec web ls", "docker --context beta exec web ls")
    again = explain(gorae("alpha", "beta"), ex.planned.choices[1])
    assert isinstance(again.planned, Plan) and again.planned.verb == "exec"
    assert again.planned.cli == ("docker --context beta exec web ls",)


def test_a_name_on_several_engines_asks_which():
    ex = explain(gorae("alpha", "beta"), "web 재시작")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "engines.ambiguous"
    assert ex.planned.choices == ("web 재시작 (alpha)", "web 재시작 (beta)")
    # a choice is a sentence that names the engine: it plans on that engine only
    again = explain(gorae("alpha", "beta"), ex.planned.choices[1])
    assert again.planned.engine == "beta"


def test_a_name_on_one_engine_is_found_there():
    ex = explain(gorae("alpha", "beta"), "restart cache")
    assert ex.planned.engine == "beta" and ex.planned.cli == ("docker --context beta restart cache",)
    ex = explain(gorae("alpha", "beta"), "db 로그 보여줘")
    assert ex.planned.engine == "alpha"


def test_a_name_nowhere_is_the_default_engines_answer():
    ex = explain(gorae("alpha", "beta"), "restart nosuch")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "plan.no_such_container"


def test_a_silent_engine_is_left_out_of_a_search_and_said():
    ex = explain(gorae("alpha", "beta", "mute"), "restart cache")
    assert ex.planned.engine == "beta"
    assert [n.key for n in ex.planned.notes] == ["engines.skipped"]
    assert "mute" in text(ex.planned.notes[0], "en")


def test_every_engine_is_one_plan_per_engine_confirmed_once():
    g = gorae("alpha", "beta")
    ex = explain(g, "모든 서버에서 web 재시작")
    p = ex.planned
    assert isinstance(p, Plan) and p.engine == EVERY
    assert [s.engine for s in p.steps] == ["alpha", "beta"]
    assert p.cli == ("docker --context alpha restart web", "docker --context beta restart web")
    assert ex.decision.kind == "confirm" and ex.decision.reason.key == "engines.confirm_many"


def test_every_engine_leaves_out_those_without_the_name_and_the_silent():
    ex = explain(gorae("alpha", "beta", "mute"), "restart cache on every host")
    p = ex.planned
    assert [s.engine for s in p.steps] == ["beta"]
    assert sorted(n.key for n in p.notes) == ["engines.not_there", "engines.skipped"]


def test_ps_on_all_hosts_reads_and_is_not_asked():
    ex = explain(gorae("alpha", "beta"), "ps on all hosts")
    assert ex.planned.cli == ("docker --context alpha ps", "docker --context beta ps")
    assert ex.decision.kind == "allow"


def test_replan_at_the_yes_stays_on_the_engine():
    g = gorae("alpha", "beta")
    ex = explain(g, "beta에서 web 재시작")
    assert g._replan(ex.planned).engine == "beta"
    ex = explain(g, "restart web on every host")
    assert [s.engine for s in g._replan(ex.planned).steps] == ["alpha", "beta"]
