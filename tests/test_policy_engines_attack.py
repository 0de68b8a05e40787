"""Engine policy, attacked (engines2): a role limited to staging-* reaching prod by fan-out or by
words, `--context` inside an exec's arguments, an engine name that is also a container name,
raw `-H` addresses. Through the real `Gorae.explain` (parse, engine clause, plan on fake views,
authorize with the policy of tests/test_policy_engines.py). No engine.
"""
from __future__ import annotations

import pytest
from fakes import FakeView
from test_policy_engines import ANYONE, LEAD, ONCALL, POLICY

from bot.engine.named import Engines, EngineSpec
from bot.model import Plan, Request, Unresolved
from bot.pipeline import Gorae
from bot.policy.check import authorize
from bot.policy.policyfile import parse_policy

VIEWS = {
    "staging-1": [("web", "nginx", "running"), ("cache", "redis", "running"), ("prod-1", "nginx", "running")],
    "prod-1": [("web", "nginx", "running"), ("payments", "nginx", "running")],
}


class Two(Gorae):
    def view(self, engine=None):
        return FakeView(containers=VIEWS[engine or self.known_engines().default])


def gorae() -> Gorae:
    policy = parse_policy(POLICY)
    return Two(authorizer=lambda p, r: authorize(p, r, policy),
               engines=Engines({n: EngineSpec(n, f"unix:///tmp/{n}.sock", source="config") for n in VIEWS},
                               "staging-1"))


def decide(sentence: str, who=ANYONE, channel: str = "C0OPS"):
    ex = gorae().explain(sentence, Request(sentence, who, channel, source="slack"))
    return ex


@pytest.mark.parametrize("sentence", [
    "restart web on every host", "모든 서버에서 web 재시작", "전체 서버 web 재시작해줘", "restart web everywhere",
    "docker --context prod-1 restart web", "prod-1에서 payments 재시작", "restart payments",
    "docker --context prod-1 exec web ls", "prod-1에서 web 삭제", "rm -f payments",
])
def test_a_staging_role_never_gets_a_write_on_prod(sentence):
    ex = decide(sentence)
    if isinstance(ex.planned, Plan):
        engines = {s.engine for s in ex.planned.steps} or {ex.planned.engine}
        if "prod-1" in engines:
            assert ex.decision is not None and ex.decision.kind == "deny", (sentence, ex.decision)


def test_a_fan_out_over_staging_only_is_allowed_and_stays_there():
    ex = decide("restart cache on every host")  # cache is only on staging-1
    assert isinstance(ex.planned, Plan) and [s.engine for s in ex.planned.steps] == ["staging-1"]
    assert ex.decision.kind != "deny"


def test_context_inside_an_execs_arguments_is_the_containers_business():
    ex = decide("docker --context staging-1 exec cache docker --context prod-1 restart payments")
    assert isinstance(ex.planned, Plan) and ex.planned.engine == "staging-1"
    assert ex.planned.cli == ("docker --context staging-1 exec cache docker --context prod-1 restart payments",)
    # without a context of its own, the exec's arguments name no engine: cache is on staging-1 only
    ex = decide("docker exec cache docker --context prod-1 restart payments")
    assert isinstance(ex.planned, Plan) and ex.planned.engine == "staging-1"
    ex = decide("docker exec payments docker --context staging-1 ls")
    assert isinstance(ex.planned, Plan) and ex.planned.engine == "prod-1" and ex.decision.kind == "deny"


def test_an_engine_name_that_is_also_a_container_name():
    # the container prod-1 runs on staging-1: said as a container, it is that container there
    ex = decide("restart prod-1")
    assert isinstance(ex.planned, Plan) and ex.planned.cli == ("docker --context staging-1 restart prod-1",)
    ex = decide("prod-1 재시작")
    assert isinstance(ex.planned, Plan) and ex.planned.cli == ("docker --context staging-1 restart prod-1",)
    # said as an engine, it is the engine (and this role may not write there)
    ex = decide("restart web on prod-1")
    assert ex.planned.cli == ("docker --context prod-1 restart web",) and ex.decision.kind == "deny"
    # both at once: never the container on the other engine
    ex = decide("prod-1에서 prod-1 재시작")
    assert not isinstance(ex.planned, Plan) or ex.planned.engine == "prod-1"


@pytest.mark.parametrize("sentence", [
    "docker -H unix:///var/run/docker.sock restart web", "docker -H=tcp://127.0.0.1:2376 restart web",
    "docker -Htcp://127.0.0.1:2376 restart web", "docker --host ssh://gorae-ssh restart web",
    "docker --host=unix:///var/run/docker-b.sock rm -f web", "DOCKER_HOST=tcp://10.0.0.5:2375 docker restart web",
    "docker -H prod-1 restart web", "docker --tlsverify -H tcp://10.0.0.5:2376 ps",
])
@pytest.mark.parametrize("who", [ANYONE, ONCALL, LEAD])
def test_a_raw_host_is_refused_for_everyone(sentence, who):
    ex = decide(sentence, who)
    assert not isinstance(ex.planned, Plan), (sentence, ex.planned)
    assert ex.proposed is None or not isinstance(ex.proposed, Plan) or not ex.proposed.writes


@pytest.mark.parametrize("sentence, key", [
    ("docker --context prod-1 restart web on staging-1", "engines.two_named"),
    ("staging-1에서 docker --context prod-1 restart web", "engines.two_named"),
    ("docker --context staging-1 restart web on every host", "engines.two_named"),
    ("restart web except on prod-1", "engines.excluded"),
    ("restart web but not on staging-1", "engines.excluded"),
])
def test_an_engine_named_twice_or_excluded_is_refused(sentence, key):
    ex = decide(sentence, ONCALL)
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == key, ex.planned


@pytest.mark.parametrize("sentence, key", [
    ("docker --context prod-1 --context staging-1 restart web", "cli.two_contexts"),
    ("docker -c staging-1 -c prod-1 restart web", "cli.two_contexts"),
    ("docker --context '*' restart web", "cli.bad_context"),
    ("docker --context staging-* restart web", "cli.bad_context"),
])
def test_the_cli_names_one_context(sentence, key):
    ex = decide(sentence, ONCALL)
    assert not isinstance(ex.planned, Plan)
    assert ex.parsed.reason.key == key, ex.parsed
