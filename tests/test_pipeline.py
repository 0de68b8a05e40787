"""bot/pipeline.py: the seams (Authority, AuditSink, PendingStore, EngineView) and the one
boundary for engine errors raised while planning (no engine: fakes only)."""
from __future__ import annotations

import pytest
import requests
from docker import errors
from fakes import FakeView

from bot.engine.view import EngineUnavailable, RawAPIError
from bot.messages import text
from bot.model import Actor, Msg, Request, Unresolved
from bot.pipeline import NO_POLICY, Decide, Gorae, default_decision

LOCAL = Actor(user="local:t", local=True)


class _Broken(FakeView):
    """An engine view whose reads fail the way a dying engine's do."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__()
        self.exc = exc

    def container(self, name):
        raise self.exc

    def containers(self):
        raise self.exc


def _gorae(view) -> Gorae:
    g = Gorae()
    g.view = lambda: view  # type: ignore[method-assign]
    return g


@pytest.mark.parametrize("exc, key", [
    (requests.exceptions.ConnectionError("Connection aborted"), "engine.unreachable"),
    (requests.exceptions.ReadTimeout("read timed out"), "err.timeout"),
    (ConnectionRefusedError(111, "Connection refused"), "engine.unreachable"),
    (PermissionError(13, "Permission denied"), "engine.denied"),
    (TimeoutError("timed out"), "err.timeout"),
    (EngineUnavailable("unix:///var/run/docker.sock"), "engine.unreachable"),
    (RawAPIError(500, "something the engine says"), "err.engine_said"),
])
def test_an_engine_error_while_planning_is_one_sentence_not_an_exception(exc, key):
    g = _gorae(_Broken(exc))
    ex = g.explain("restart web")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == key
    reply = g.handle(Request(text="restart web", actor=LOCAL, channel="terminal", source="cli"))
    assert reply.status != "done"
    assert type(exc).__name__ not in reply.headline and "Traceback" not in reply.headline
    assert reply.headline == text(ex.planned.reason, "en")


def test_a_docker_api_error_while_planning_is_translated():
    exc = errors.APIError("500 Server Error", explanation="driver failed programming external connectivity")
    ex = _gorae(_Broken(exc)).explain("restart web")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key != "err.unexpected"


def test_without_a_policy_the_default_decision_applies_and_nobody_approves():
    g = _gorae(FakeView())
    plan = g.explain("docker rm -f web").planned
    req = Request(text="docker rm -f web", actor=LOCAL, channel="terminal", source="cli")
    assert g.authority is NO_POLICY
    assert g.authorize(plan, req) == default_decision(plan)
    assert NO_POLICY.can_approve(plan, req, LOCAL, "terminal").reason == Msg.of("policy.approve.no_policy")
    assert NO_POLICY.take(plan, req) is None and NO_POLICY.allowed_classes(req) is None


def test_an_authority_that_raises_fails_closed():
    def boom(plan, request):
        raise RuntimeError("policy bug")

    g = _gorae(FakeView())
    g.authorizer = Decide(boom)
    plan = g.explain("restart web").planned
    d = g.authorize(plan, Request(text="restart web", actor=LOCAL, channel="terminal", source="cli"))
    assert d.kind == "deny" and d.reason == Msg.of("policy.error")


def test_the_engine_is_probed_once_a_request(monkeypatch):
    """GET /_ping bounds a silent engine's wait (bot.engine.view.probe); in one request it is asked
    once (before the plan reads the engine), not again before the run (bench item 3)."""
    from fake_docker import FakeEngine, fake_client

    import bot.pipeline as pipeline_mod

    cid = "a" * 64
    engine = FakeEngine().on("GET", r"/containers/web/json", 200, {
        "Id": cid, "Name": "/web", "Config": {"Image": "nginx"}, "State": {"Status": "running"}, "Mounts": []})
    engine.on("POST", rf"/containers/{cid}/restart", 204)
    probes: list[object] = []
    monkeypatch.setattr(pipeline_mod, "probe", lambda *a, **k: probes.append(a))
    g = Gorae(_client=fake_client(engine))
    ask = Request("restart web", Actor("local:test", local=True), source="shell")
    assert g.handle(ask).status == "done"
    assert len(probes) == 1 and len(engine.asked("POST", f"/containers/{cid}/restart")) == 1
    assert g.handle(ask).status == "done"
    assert len(probes) == 2  # the next request asks again
    g.explain("restart web")
    g.explain("restart web")
    assert len(probes) == 4  # outside a request (gorae explain): at every use

