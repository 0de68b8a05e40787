"""bot/engine/swarm_execute.py without an engine: converge reports each change of a service update in place until it is done (a scripted Engine API)."""
from __future__ import annotations

from bot import model as m
from bot.messages import text


class _ScriptedAPI:
    """inspect_service / tasks answering from a script of (running, desired, update state)."""

    def __init__(self, script: list[tuple[int, int, str]], failed: int = 0) -> None:
        self.script = script
        self.i = 0
        self.failed = failed

    def _now(self) -> tuple[int, int, str]:
        return self.script[min(self.i, len(self.script) - 1)]

    def inspect_service(self, sid: str) -> dict:
        running, desired, state = self._now()
        svc: dict = {"ID": sid, "Spec": {"Name": "web", "Mode": {"Replicated": {"Replicas": desired}}}}
        if state:
            svc["UpdateStatus"] = {"State": state, "StartedAt": "2099-01-01T00:00:00Z", "Message": "x"}
        return svc

    def tasks(self, filters: dict) -> list[dict]:
        running, desired, _ = self._now()
        self.i += 1
        out = [{"DesiredState": "running", "Status": {"State": "running"}} for _ in range(running)]
        out += [{"DesiredState": "running", "Status": {"State": "preparing"}} for _ in range(desired - running)]
        out += [{"DesiredState": "shutdown", "CreatedAt": "2099-01-01T00:00:00Z",
                 "Status": {"State": "rejected", "Err": "No such image: nope"}} for _ in range(self.failed)]
        return out


class _Client:
    def __init__(self, api: _ScriptedAPI) -> None:
        self.api = api


def _ctx(api: _ScriptedAPI, lines: list[str]):
    from bot.engine.context import Ctx

    return Ctx(_Client(api), lines.append, "en")


def test_converge_reports_each_change_in_place_until_done() -> None:
    from bot.engine.swarm_execute import converge

    lines: list[str] = []
    api = _ScriptedAPI([(0, 3, ""), (0, 3, ""), (1, 3, ""), (3, 3, "")])
    out = converge(_ctx(api, lines), "sid", "web", m.Msg.of("done.service_scale", name="web", replicas=3),
                   sleep=lambda _s: None)
    assert out.ok and out.message and out.message.key == "done.service_scale"
    assert lines == ["`web`: 0/3 running", "`web`: 1/3 running", "`web`: 3/3 running"]


def test_converge_waits_for_this_update_to_complete() -> None:
    from bot.engine.swarm_execute import converge

    lines: list[str] = []
    api = _ScriptedAPI([(1, 1, ""), (1, 1, "updating"), (1, 1, "completed")])
    out = converge(_ctx(api, lines), "sid", "web", m.Msg.of("done.service_restart", name="web"),
                   update_since="", sleep=lambda _s: None)
    assert out.ok and api.i == 3  # not done at the first read (no update of ours yet)


def test_converge_stops_on_a_paused_update_and_on_failing_tasks_and_on_time() -> None:
    from bot.engine.swarm_execute import converge

    out = converge(_ctx(_ScriptedAPI([(0, 1, "paused")]), []), "sid", "web", m.Msg.of("x"), update_since="",
                   sleep=lambda _s: None)
    assert not out.ok and out.message and out.message.key == "swarm.update_paused"
    out = converge(_ctx(_ScriptedAPI([(0, 2, "")], failed=3), []), "sid", "web", m.Msg.of("x"),
                   sleep=lambda _s: None)
    assert not out.ok and out.message and out.message.key == "swarm.tasks_fail"
    assert "No such image" in text(out.message, "en")
    ticks = iter(range(1000))
    out = converge(_ctx(_ScriptedAPI([(1, 2, "")]), []), "sid", "web", m.Msg.of("x"), timeout=5,
                   clock=lambda: next(ticks), sleep=lambda _s: None)
    assert not out.ok and out.message and out.message.key == "swarm.not_converged"
