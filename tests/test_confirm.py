"""Confirmation and approval in `Gorae`: same person, same place, in time, once; a second
person for approval; the plan frozen at the question (IDs), asked again when the world moved.

Real parser and planner, a fake engine view, a recording executor: nothing touches Docker.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.engine import execute as execute_mod
from bot.engine.view import ContainerInfo, ImageInfo
from bot.messages import text
from bot.model import Actor, Decision, Msg, Outcome, Request
from bot.pipeline import Decide, Gorae
from bot.policy.check import Authorizer, load_authorizer
from bot.policy.policyfile import parse_policy
from bot.state.audit import AuditLog
from bot.state.pending import SqlitePending

POLICY = """\
roles:
  oncall: {verbs: [read, operate, destroy], containers: ["*", "!db*"]}
  lead: {verbs: [all]}
bindings:
  - {role: oncall, users: [U0BOB, U0ANN]}
  - {role: lead, users: [U0LEAD, U0LEAD2]}
approve:
  - {verbs: [destroy], containers: ["db*"], approvers: [lead]}
"""
BOB, ANN, LEAD, LEAD2 = Actor("U0BOB"), Actor("U0ANN"), Actor("U0LEAD"), Actor("U0LEAD2")
LOCAL = Actor("local:me", local=True)


def _cid(n: int) -> str:
    return f"{n:04x}" * 16


@dataclass
class World:
    """A fake EngineView whose containers a test can change between question and answer."""

    containers_: list[ContainerInfo] = field(default_factory=lambda: [
        ContainerInfo(_cid(1), "web", "nginx", "running"),
        ContainerInfo(_cid(2), "cache", "redis", "running"),
        ContainerInfo(_cid(3), "db", "mysql:5.7", "running"),
    ])
    available = True

    def container(self, name: str) -> ContainerInfo | None:
        return None  # only lists: the plan asks containers()

    def containers(self) -> list[ContainerInfo]:
        return list(self.containers_)

    def image(self, ref: str) -> ImageInfo | None:
        return ImageInfo("sha256:" + "e" * 64, (ref,), ("80/tcp",))

    def images(self) -> list[ImageInfo]:
        return []

    def networks(self) -> list[str]:
        return ["bridge"]

    def volumes(self) -> list[str]:
        return []

    def replace(self, name: str, new_id: str) -> None:
        self.containers_ = [ContainerInfo(new_id, c.name, c.image, c.status) if c.name == name else c
                            for c in self.containers_]


class Bot(Gorae):
    world: World

    def view(self) -> Any:
        return self.world

    def client(self) -> Any:
        return object()


@pytest.fixture
def ran(monkeypatch):
    """The plans the executor was asked to run (nothing reaches Docker)."""
    calls: list[Any] = []

    def fake_execute(plan, client, progress=None):
        calls.append(plan)
        return Outcome(True, Msg.of("render.nothing_ran"))

    monkeypatch.setattr(execute_mod, "execute", fake_execute)
    return calls


def make_bot(tmp_path, policy: str | None = POLICY, *, clock=None, pending=None) -> Bot:
    auth = Authorizer(parse_policy(policy)) if policy else load_authorizer(None)
    bot = Bot(authorizer=auth, audit=AuditLog(tmp_path / "audit.db"))
    bot.world = World()
    if clock is not None:
        bot.clock = clock
    if pending is not None:
        bot.pending = pending
    return bot


def ask(bot: Gorae, text_: str, actor: Actor, channel: str = "C0OPS"):
    return bot.handle(Request(text_, actor, channel, source="slack"))


def test_same_person_confirms_once(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f web", BOB)
    assert r.status == "confirm" and r.pending and ran == []
    assert r.headline == "Removing web cannot be undone. Go ahead?"
    done = bot.confirm(r.pending, BOB, "C0OPS")
    assert done.status == "done" and len(ran) == 1
    assert ran[0].targets[0].id == _cid(1)
    again = bot.confirm(r.pending, BOB, "C0OPS")  # a repeated yes runs nothing
    assert again.status == "info" and len(ran) == 1
    assert again.headline == text(Msg.of("confirm.unknown"), "en")


def test_someone_else_cannot_confirm(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f web", BOB)
    no = bot.confirm(r.pending, ANN, "C0OPS")
    assert no.status == "denied" and ran == []
    assert no.headline == text(Msg.of("confirm.foreign"), "en")
    elsewhere = bot.confirm(r.pending, BOB, "C0DEV")
    assert elsewhere.status == "denied" and ran == []
    assert bot.confirm(r.pending, BOB, "C0OPS").status == "done" and len(ran) == 1  # nothing was consumed


def test_expired_confirmation_runs_nothing(tmp_path, ran):
    now = [1000.0]
    bot = make_bot(tmp_path, clock=lambda: now[0])
    r = ask(bot, "web 삭제", BOB)
    assert r.status == "confirm" and r.lang == "ko"
    now[0] += 301  # default 5 minutes
    late = bot.confirm(r.pending, BOB, "C0OPS")
    assert late.status == "info" and late.headline == text(Msg.of("confirm.expired"), "ko") and ran == []
    assert bot.confirm(r.pending, BOB, "C0OPS").headline == text(Msg.of("confirm.unknown"), "en")
    assert bot.audit.query(outcome="expired")[0]["text"] == "web 삭제"


def test_policy_ttl(tmp_path, ran):
    now = [0.0]
    bot = make_bot(tmp_path, POLICY + "confirm_ttl: 30s\n", clock=lambda: now[0])
    r = ask(bot, "docker rm -f web", BOB)
    now[0] += 31
    assert bot.confirm(r.pending, BOB, "C0OPS").headline == text(Msg.of("confirm.expired"), "en") and ran == []


def test_no_cancels(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f web", BOB)
    assert bot.confirm(r.pending, BOB, "C0OPS", yes=False).headline == text(Msg.of("confirm.cancelled"), "en")
    assert ran == [] and bot.confirm(r.pending, BOB, "C0OPS").status == "info" and ran == []


def test_second_person_approval(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f db", LEAD)
    assert r.status == "confirm" and "approval by someone else with the lead role" in r.headline
    own = bot.confirm(r.pending, LEAD, "C0OPS")
    assert own.status == "denied" and own.headline.startswith("You cannot approve your own request") and ran == []
    not_approver = bot.confirm(r.pending, BOB, "C0OPS")
    assert not_approver.status == "denied" and "needs the lead role" in not_approver.headline and ran == []
    wrong_place = bot.confirm(r.pending, LEAD2, "C0DEV")
    assert wrong_place.status == "denied" and ran == []
    ok = bot.confirm(r.pending, LEAD2, "C0OPS")
    assert ok.status == "done" and len(ran) == 1
    (row,) = [x for x in bot.audit.query() if x["text"] == "docker rm -f db"]
    assert row["outcome"] == "ok" and row["confirmed_by"] == "U0LEAD2" and row["user"] == "U0LEAD"


def test_asker_may_withdraw_a_request_waiting_for_approval(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f db", LEAD)
    assert bot.confirm(r.pending, LEAD, "C0OPS", yes=False).headline == text(Msg.of("confirm.cancelled"), "en")
    assert bot.confirm(r.pending, LEAD2, "C0OPS").status == "info" and ran == []


def test_no_policy_nobody_can_approve(tmp_path, ran):
    bot = make_bot(tmp_path)
    bot.authorizer = Decide(lambda plan, request: Decision("approve", None, "x"))
    r = ask(bot, "docker rm -f db", LEAD)
    assert bot.confirm(r.pending, LEAD2, "C0OPS").headline == text(Msg.of("policy.approve.no_policy"), "en")


def test_replaced_container_asks_again(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f web", BOB)
    bot.world.replace("web", _cid(9))  # same name, another container
    again = bot.confirm(r.pending, BOB, "C0OPS")
    assert again.status == "confirm" and again.pending != r.pending and ran == []
    assert again.headline == text(Msg.of("confirm.changed", what=f"web: {_cid(1)[:12]} → {_cid(9)[:12]}"), "en")
    assert bot.confirm(again.pending, BOB, "C0OPS").status == "done"
    assert [t.id for t in ran[0].targets] == [_cid(9)]  # what was confirmed is what ran


def test_more_matches_asks_again(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "stop all containers", LEAD)
    assert r.status == "confirm" and ran == []
    assert r.headline == "This acts on 3 container(s): web, cache, db. Go ahead?"
    bot.world.containers_.append(ContainerInfo(_cid(7), "worker", "alpine", "running"))
    again = bot.confirm(r.pending, LEAD, "C0OPS")
    assert again.status == "confirm" and "+worker" in again.headline and ran == []


def test_target_gone(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f web", BOB)
    bot.world.containers_ = [c for c in bot.world.containers_ if c.name != "web"]
    gone = bot.confirm(r.pending, BOB, "C0OPS")
    assert gone.status == "failed" and gone.headline == text(Msg.of("confirm.gone"), "en") and ran == []


def test_policy_changed_before_yes(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f web", BOB)
    bot.authorizer = Authorizer(parse_policy(POLICY.replace("destroy], containers", "operate], containers")))
    d = bot.confirm(r.pending, BOB, "C0OPS")
    assert d.status == "denied" and ran == []


def test_concurrent_yes_runs_once(tmp_path, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "docker rm -f web", BOB)
    replies = []
    threads = [threading.Thread(target=lambda: replies.append(bot.confirm(r.pending, BOB, "C0OPS")))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ran) == 1 and sorted(x.status for x in replies).count("done") == 1


def test_pending_shared_between_processes(tmp_path, ran):
    """Slack workers / `gorae say`: one process asks, another takes the yes."""
    store = tmp_path / "pending.db"
    asker = make_bot(tmp_path, pending=SqlitePending(store))
    r = ask(asker, "docker rm -f web", BOB)
    other = make_bot(tmp_path, pending=SqlitePending(store))
    assert other.confirm(r.pending, ANN, "C0OPS").status == "denied"
    assert other.confirm(r.pending, BOB, "C0OPS").status == "done" and len(ran) == 1
    assert asker.confirm(r.pending, BOB, "C0OPS").status == "info" and len(ran) == 1
    assert (store.stat().st_mode & 0o777) == 0o600


def test_terminal_user_without_policy(tmp_path, ran):
    bot = make_bot(tmp_path, policy=None)
    r = ask(bot, "docker rm -f web", LOCAL, "terminal")
    assert r.status == "confirm"
    assert bot.confirm(r.pending, LOCAL, "terminal").status == "done"
    slack = ask(bot, "docker ps", Actor("U0ANY"), "C0OPS")
    assert slack.status == "denied" and ran == [ran[0]]


def test_every_request_is_audited(tmp_path, ran):
    bot = make_bot(tmp_path)
    ask(bot, "restart web", BOB)                          # allowed, ran
    ask(bot, "restart db", BOB)                           # denied (!db*)
    ask(bot, "날아라 고래", BOB)                           # not understood
    r = ask(bot, "docker rm -f web", BOB)                 # pending, then cancelled
    bot.confirm(r.pending, BOB, "C0OPS", yes=False)
    ask(bot, "docker rm -f cache", BOB)                   # pending, never answered
    rows = {x["text"]: x["outcome"] for x in bot.audit.query()}
    assert rows == {"restart web": "ok", "restart db": "denied", "날아라 고래": "not_understood",
                    "docker rm -f web": "cancelled", "docker rm -f cache": "pending"}


def test_rate_limit_in_the_pipeline(tmp_path, ran):
    bot = make_bot(tmp_path, POLICY + "rate_limit: {writes_per_minute: 2}\n")
    for _ in range(4):
        bot.explain("restart web", Request("restart web", BOB, "C0OPS"))  # explaining uses nothing
    assert [ask(bot, "restart web", BOB).status for _ in range(3)] == ["done", "done", "denied"]
    assert ask(bot, "web 로그", BOB).status == "done"  # reads are not limited
    r = ask(bot, "docker rm -f cache", ANN)
    assert bot.confirm(r.pending, ANN, "C0OPS").status == "done"  # ANN has her own budget
    assert len(ran) == 4
    (row,) = bot.audit.query(outcome="denied")
    assert row["rule"] == "rate_limit"


def test_lookalike_names_end_to_end(tmp_path, ran):
    """Full-width letters are normalized to ASCII first; a Cyrillic е never reaches a Docker call."""
    bot = make_bot(tmp_path)
    assert ask(bot, "ｗｅｂ 재시작", BOB).status == "done" and ran[-1].targets[0].name == "web"
    n = len(ran)
    for text_ in ("wеb 재시작", "restart wеb", "docker restart wеb", "docker rm -f ԁb"):
        assert ask(bot, text_, LEAD).status in ("not_understood", "denied", "failed", "question"), text_
    assert len(ran) == n


def test_injection_end_to_end(tmp_path, ran):
    bot = make_bot(tmp_path)
    for text_ in ("docker restart web;docker rm -f db", "restart web && rm db", "web$(reboot) 재시작",
                  "docker restart `id`", "docker restart 'web; rm -rf /'"):
        assert ask(bot, text_, LEAD).status in ("not_understood", "denied", "failed", "question"), text_
    assert ran == []
