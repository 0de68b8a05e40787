"""Fakes and builders for the on-call alerts' unit tests (test_incidents.py, test_slack_alerts.py,
test_watch.py): engine events, incidents, a Slack client and sink, an engine without Docker."""
from __future__ import annotations

import itertools
from typing import Any

from bot.alerts.incidents import Change, EngineEvent, Incident, Tracker
from bot.alerts.watch import WatchStore
from bot.front.slack.alerts import SlackAlertSink
from bot.policy.alertrules import AlertRules

_n = itertools.count(1)


def ev(action: str, name: str = "web", at: float = 1000.0, code: int | None = None) -> EngineEvent:
    return EngineEvent(int(at * 1e9) + next(_n), action, f"id-{name}", name, "nginx", code)


def feed(tr: Tracker, *events: EngineEvent) -> list[Change]:
    out: list[Change] = []
    for e in events:
        out += tr.feed(e)
    return out


# --------------------------------------------------------------------------- rendering


def inc(name: str = "web", kind: str = "died", **kw: Any) -> Incident:
    return Incident(f"local/{name}/{kind}", "local", name, kind, 1000.0, 1000.0, "id", "nginx", exit_code=3, **kw)


# --------------------------------------------------------------------------- the Slack sink


class FakeClient:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._ts = itertools.count(1)

    def chat_postMessage(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(("post", kw))
        return {"ok": True, "ts": f"1.{next(self._ts)}", "channel": kw["channel"]}

    def chat_update(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(("update", kw))
        return {"ok": True}

    def usergroups_list(self, **kw: Any) -> dict[str, Any]:
        return {"ok": True, "usergroups": [{"id": "S0ONCALL", "handle": "oncall"}]}


class NoDocker:
    class api:
        @staticmethod
        def inspect_container(ref: str) -> dict[str, Any]:
            return {"State": {"Status": "exited", "ExitCode": 1}, "Config": {"Image": "busybox"}, "RestartCount": 0}

        @staticmethod
        def logs(ref: str, **kw: Any) -> bytes:
            return b"bye\n"


def sink_for(rules: AlertRules) -> tuple[SlackAlertSink, FakeClient, WatchStore, list[tuple[str, ...]]]:
    client, store, acked = FakeClient(), WatchStore(":memory:"), []
    return SlackAlertSink(client, rules, store, NoDocker(), batch=0), client, store, acked


# --------------------------------------------------------------------------- the watcher's resume


def raw(action: str, name: str, t_ns: int, code: str | None = None) -> dict[str, Any]:
    attrs = {"name": name, "image": "busybox"}
    if code is not None:
        attrs["exitCode"] = code
    return {"Type": "container", "Action": action, "timeNano": t_ns, "Actor": {"ID": f"id{name}", "Attributes": attrs}}
