"""A question instead of a refusal: a partial reading (`NotUnderstood.proposal` + `unread`)
is asked as "`docker stop cache` — I did not read `xyz`. Run it?" through the same pending
path as destructive actions (requester-bound, expiring, frozen plan). After the yes the
policy decides as for any request.

The parser builds the partial reading; these tests construct it directly (the parse stage
is replaced by a table). Real planner, policy and audit log, a fake engine view and a
recording executor: nothing touches Docker here (engine tests: test_e2e_propose.py).
"""
from __future__ import annotations

import argparse
import io
import json
from types import SimpleNamespace
from typing import Any

import pytest
from fakes import FakeView

from bot import pipeline as pipeline_mod
from bot.engine import execute as execute_mod
from bot.front import cli, shell
from bot.messages import text
from bot.model import (
    Actor,
    Logs,
    Msg,
    NotUnderstood,
    Outcome,
    Remove,
    Request,
    Sequence,
    Stop,
)
from bot.pipeline import Gorae
from bot.policy.check import Authorizer
from bot.policy.policyfile import parse_policy
from bot.state.audit import AuditLog

POLICY = """\
roles:
  reader: {verbs: [read], containers: ["*"]}
  oncall: {verbs: [read, operate, destroy], containers: ["*"]}
  lead: {verbs: [all]}
bindings:
  - {role: reader, users: [U0READ]}
  - {role: oncall, users: [U0BOB, U0ANN]}
  - {role: lead, users: [U0LEAD, U0LEAD2]}
approve:
  - {verbs: [destroy], containers: ["db*"], approvers: [lead]}
confirm:
  - {verbs: [operate], containers: ["cache"]}
"""
READ, BOB, ANN, LEAD, LEAD2 = Actor("U0READ"), Actor("U0BOB"), Actor("U0ANN"), Actor("U0LEAD"), Actor("U0LEAD2")
LOCAL = Actor("local:me", local=True)


def partial(text_: str, proposal: Any, *unread: str, lang: str = "en") -> NotUnderstood:
    """What the parser answers when all but `unread` was read."""
    word = unread[0] if unread else "?"
    return NotUnderstood(text_, lang, Msg.of("parse.unknown_word", word=word), column=text_.find(word),
                         proposal=proposal, unread=tuple(unread))


STOP_CACHE = partial("stop cache xyz", Stop(targets=("cache",)), "xyz")
STOP_CACHE_KO = partial("cache 멈춰 xyz", Stop(targets=("cache",), lang="ko"), "xyz", lang="ko")
RM_DB = partial("rm db plz-now", Remove(targets=("db",)), "plz-now")
RM_WEB = partial("remove web qq", Remove(targets=("web",)), "qq")
LOGS_WEB = partial("logs web zzz", Logs("web", tail=10), "zzz")
STOP_NOSUCH = partial("stop nosuch xyz", Stop(targets=("nosuch",)), "xyz")


class Bot(Gorae):
    def view(self) -> Any:
        return FakeView()

    def client(self) -> Any:
        return object()


@pytest.fixture
def parsed(monkeypatch):
    table: dict[str, Any] = {nu.text: nu for nu in (STOP_CACHE, STOP_CACHE_KO, RM_DB, RM_WEB, LOGS_WEB,
                                                     STOP_NOSUCH)}
    real = pipeline_mod.parse
    monkeypatch.setattr(pipeline_mod, "parse", lambda t, **kw: table[t] if t in table else real(t, **kw))
    return table


@pytest.fixture
def ran(monkeypatch):
    calls: list[Any] = []

    def fake_execute(plan, client, progress=None):
        calls.append(plan)
        return Outcome(True, Msg.of("done." + plan.verb.replace("rm", "remove"), names=plan.targets[0].name))

    monkeypatch.setattr(execute_mod, "execute", fake_execute)
    return calls


def make_bot(tmp_path, policy: str | None = POLICY, clock=None) -> Bot:
    bot = Bot(authorizer=Authorizer(parse_policy(policy)) if policy else None,
              audit=AuditLog(tmp_path / "audit.db"))
    if clock is not None:
        bot.clock = clock
    return bot


def ask(bot: Gorae, text_: str, actor: Actor, channel: str = "C0OPS"):
    return bot.handle(Request(text_, actor, channel, source="slack"))


# --------------------------------------------------------------------------- the question


def test_a_partial_reading_is_a_question_and_runs_nothing(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "stop cache xyz", BOB)
    assert q.status == "confirm" and q.pending and q.proposal and ran == []
    assert q.headline == "`docker stop cache` — I did not read `xyz`. Run it?"
    assert q.cli == ("docker stop cache",) and q.exit_code == 2 and not q.approval
    assert text(Msg.of("proposal.only_on_yes"), "en") in q.notes
    (row,) = bot.audit.query()
    assert row["outcome"] == "pending" and row["rule"] == "proposal" and row["cli"] == ["docker stop cache"]
    assert "xyz" in row["reason"]  # the proposal and the words not read are recorded


def test_korean_question(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "cache 멈춰 xyz", BOB)
    assert q.lang == "ko" and q.headline == "`docker stop cache` — `xyz` 부분은 읽지 못했습니다. 이대로 실행할까요?"
    assert bot.confirm(q.pending, BOB, "C0OPS").headline == "cache 컨테이너를 중지했습니다."


def test_the_answer_is_in_the_askers_language_whatever_the_proposal_says(tmp_path, parsed, ran):
    parsed["cache 꺼 xyz"] = partial("cache 꺼 xyz", Stop(targets=("cache",)), "xyz", lang="ko")  # lang "en"
    bot = make_bot(tmp_path)
    q = ask(bot, "cache 꺼 xyz", BOB)
    assert q.lang == "ko" and bot.confirm(q.pending, BOB, "C0OPS").lang == "ko"


def test_the_askers_yes_runs_it_once(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "stop cache xyz", BOB)
    done = bot.confirm(q.pending, BOB, "C0OPS")
    assert done.status == "done" and done.headline == "Stopped cache." and not done.proposal
    assert [p.cli for p in ran] == [("docker stop cache",)]
    assert ran[0].targets[0].id == FakeView().containers()[2].id  # the frozen plan, by ID
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "info" and len(ran) == 1
    (row,) = bot.audit.query()
    assert row["outcome"] == "ok" and row["confirmed_by"] == "U0BOB"
    assert row["rule"].startswith("proposal, then ") and "xyz" in row["reason"]  # the question, the answer


def test_someone_else_cannot_answer(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "stop cache xyz", BOB)
    for actor, channel in ((ANN, "C0OPS"), (LEAD, "C0OPS"), (BOB, "C0DEV")):
        r = bot.confirm(q.pending, actor, channel)
        assert r.status == "denied" and r.headline == text(Msg.of("confirm.foreign"), "en") and ran == []
    assert bot.confirm(q.pending, ANN, "C0OPS", yes=False).status == "denied"  # nor cancel it
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "done" and len(ran) == 1  # nothing was consumed


def test_no_cancels_and_is_audited(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "stop cache xyz", BOB)
    r = bot.confirm(q.pending, BOB, "C0OPS", yes=False)
    assert r.headline == text(Msg.of("confirm.cancelled"), "en") and ran == []
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "info" and ran == []
    assert bot.audit.query()[0]["outcome"] == "cancelled"


def test_a_late_yes_runs_nothing(tmp_path, parsed, ran):
    now = [1000.0]
    bot = make_bot(tmp_path, clock=lambda: now[0])
    q = ask(bot, "stop cache xyz", BOB)
    now[0] += 301
    r = bot.confirm(q.pending, BOB, "C0OPS")
    assert r.headline == text(Msg.of("confirm.expired"), "en") and ran == []
    assert bot.audit.query()[0]["outcome"] == "expired"


def test_a_reading_the_policy_refuses_is_not_asked(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "stop cache xyz", READ)  # a reader may not stop anything
    assert r.status == "not_understood" and r.pending is None and r.exit_code == 2 and ran == []
    assert r.headline == "I could not read `xyz`."
    assert text(Msg.of("proposal.not_allowed", cli="docker stop cache"), "en") in r.notes
    (row,) = bot.audit.query()
    assert row["outcome"] == "not_understood" and row["decision"] == "deny"


def test_a_policy_that_denies_at_the_yes_still_denies(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "stop cache xyz", BOB)
    bot.authorizer = Authorizer(parse_policy(POLICY.replace("[read, operate, destroy]", "[read]")))
    r = bot.confirm(q.pending, BOB, "C0OPS")
    assert r.status == "denied" and ran == []
    assert bot.audit.query()[0]["outcome"] == "denied"


def test_a_confirm_rule_is_met_by_the_same_yes(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)  # `confirm: operate on cache` and a destructive rm: one yes each
    q = ask(bot, "stop cache xyz", BOB)
    assert "Go ahead?" in " ".join(q.notes)  # the policy's own reason is shown with the question
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "done" and len(ran) == 1
    q = ask(bot, "remove web qq", BOB)
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "done" and [p.verb for p in ran] == ["stop", "rm"]


def test_an_approve_rule_still_needs_the_second_person(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "rm db plz-now", LEAD)
    assert q.status == "confirm" and q.proposal and not q.approval  # first: is this what you meant?
    assert bot.confirm(q.pending, LEAD2, "C0OPS").status == "denied" and ran == []  # not LEAD2's guess
    a = bot.confirm(q.pending, LEAD, "C0OPS")
    assert a.status == "confirm" and a.approval and a.pending != q.pending and ran == []
    assert "approval by someone else with the lead role" in a.headline
    assert bot.confirm(a.pending, LEAD, "C0OPS").status == "denied" and ran == []  # not one's own
    assert bot.confirm(a.pending, LEAD2, "C0OPS").status == "done" and [p.verb for p in ran] == ["rm"]
    rows = {r["id"]: r["outcome"] for r in bot.audit.query()}
    assert sorted(rows.values()) == ["accepted", "ok"]


def test_a_read_only_reading_is_asked_too(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    q = ask(bot, "logs web zzz", READ)
    assert q.status == "confirm" and q.proposal and ran == []
    assert bot.confirm(q.pending, READ, "C0OPS").status == "done" and len(ran) == 1


def test_a_reading_that_cannot_be_planned_is_not_understood(tmp_path, parsed, ran):
    bot = make_bot(tmp_path)
    r = ask(bot, "stop nosuch xyz", BOB)
    assert r.status == "not_understood" and r.pending is None and ran == []
    assert bot.audit.query()[0]["outcome"] == "not_understood"


def test_the_world_changed_before_the_yes_asks_again(tmp_path, parsed, ran, monkeypatch):
    bot = make_bot(tmp_path)
    q = ask(bot, "stop cache xyz", BOB)
    other = FakeView()
    other._containers = [c if c.name != "cache" else type(c)("9" * 64, c.name, c.image, c.status)
                         for c in other._containers]
    monkeypatch.setattr(Bot, "view", lambda self: other)
    again = bot.confirm(q.pending, BOB, "C0OPS")
    assert again.status == "confirm" and again.pending != q.pending and ran == []


def test_a_proposed_sequence_is_asked_whole(tmp_path, parsed, ran):
    parsed["stop web then rm it xyz"] = partial(
        "stop web then rm it xyz", Sequence(steps=(Stop(targets=("web",)), Remove(targets=("web",)))), "xyz")
    bot = make_bot(tmp_path)
    q = ask(bot, "stop web then rm it xyz", BOB)
    assert q.headline == "`docker stop web && docker rm web` — I did not read `xyz`. Run it?"
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "done" and [p.verb for p in ran] == ["stop", "rm"]


def test_without_a_policy_the_local_user_is_asked(tmp_path, parsed, ran):
    bot = make_bot(tmp_path, policy=None)
    q = ask(bot, "stop cache xyz", LOCAL, "terminal")
    assert q.proposal and bot.confirm(q.pending, LOCAL, "terminal").status == "done"


# --------------------------------------------------------------------------- explain, say, shell


def test_explain_json_keeps_understood_false(tmp_path, parsed):
    data = cli.explain_json(make_bot(tmp_path).explain("stop cache xyz"))
    assert data["understood"] is False and data["cli"] == []
    assert data["proposal"]["cli"] == ["docker stop cache"] and data["proposal"]["summary"]
    assert data["unread"] == ["xyz"] and data["error"] == "I could not read `xyz`."
    plain = cli.explain_json(make_bot(tmp_path).explain("stop nosuch xyz"))  # no plan: no proposal
    assert "proposal" not in plain and plain["unread"] == ["xyz"]


def _say(monkeypatch, tmp_path, capsys, *argv: str) -> tuple[int, str]:
    bot = make_bot(tmp_path, policy=None)
    monkeypatch.setattr(cli, "make_gorae", lambda args, audit=True: bot)
    code = cli.main(["say", *argv])
    return code, capsys.readouterr().out


def test_say_yes_never_accepts_a_guess(monkeypatch, tmp_path, capsys, parsed, ran):
    code, out = _say(monkeypatch, tmp_path, capsys, "--yes", "stop cache xyz")
    assert code == 2 and ran == []
    assert "`docker stop cache` — I did not read `xyz`. Run it?" in out
    assert text(Msg.of("proposal.no_blind_yes"), "en") in out
    code, out = _say(monkeypatch, tmp_path, capsys, "--json", "--yes", "stop cache xyz")
    data = json.loads(out)
    assert code == 2 and data["proposal"] is True and data["status"] == "confirm" and ran == []


def test_say_without_a_terminal_asks_and_exits_2(monkeypatch, tmp_path, capsys, parsed, ran):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out = _say(monkeypatch, tmp_path, capsys, "stop cache xyz")
    assert code == 2 and "Run it?" in out and ran == []


def test_say_yes_still_confirms_an_understood_request(monkeypatch, tmp_path, capsys, ran):
    code, out = _say(monkeypatch, tmp_path, capsys, "--yes", "docker rm web")
    assert code == 0 and [p.verb for p in ran] == ["rm"]


def _shell(bot: Gorae, lines: str) -> str:
    out = io.StringIO()
    ns = SimpleNamespace(as_user=None, channel=None, no_color=True)
    shell.main(ns, bot=bot, stdin=io.StringIO(lines), stdout=out)
    return out.getvalue()


def test_shell_yes_runs_the_proposal(tmp_path, parsed, ran):
    out = _shell(make_bot(tmp_path, policy=None), "stop cache xyz\ny\n")
    assert "I did not read `xyz`. Run it?" in out and "Stopped cache." in out
    assert [p.cli for p in ran] == [("docker stop cache",)]


def test_shell_no_runs_nothing(tmp_path, parsed, ran):
    out = _shell(make_bot(tmp_path, policy=None), "stop cache xyz\nn\n")
    assert "Run it?" in out and text(Msg.of("confirm.cancelled"), "en") in out and ran == []


def test_shell_explain_shows_the_closest_reading(tmp_path, parsed, ran):
    out = _shell(make_bot(tmp_path, policy=None), "? stop cache xyz\n")
    assert "Closest reading: `docker stop cache` (not read: `xyz`)" in out and ran == []


def test_explain_text_output(monkeypatch, tmp_path, capsys, parsed):
    monkeypatch.setattr(pipeline_mod.Gorae, "view", lambda self: FakeView())
    assert cli.explain_main(argparse.Namespace(text=["stop cache xyz"], json=False, as_user=None,
                                               channel=None, policy=None)) == 0
    out = capsys.readouterr().out
    assert "I could not read `xyz`." in out and "Closest reading: `docker stop cache`" in out


def test_slack_blocks_of_the_question_have_confirm_and_cancel(tmp_path, parsed, ran):
    from bot.front.slack.blocks import CANCEL, CONFIRM, render_reply

    q = ask(make_bot(tmp_path), "cache 멈춰 xyz", BOB)
    rendered = render_reply(q)
    (actions,) = [b for b in rendered.blocks if b["type"] == "actions"]
    assert [e["action_id"] for e in actions["elements"]] == [CONFIRM, CANCEL]
    assert all(e["value"] == q.pending for e in actions["elements"]) and actions["block_id"].endswith("_ko")
    assert "`docker stop cache` — `xyz` 부분은 읽지 못했습니다." in rendered.blocks[0]["text"]["text"]
