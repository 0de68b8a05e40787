"""bot/render.py: Replies from outcomes, refusals and questions (their terminal text: test_terminal.py)."""
from __future__ import annotations

import json

import pytest

from bot import render
from bot.model import (
    Call,
    Command,
    Decision,
    Msg,
    NotUnderstood,
    Outcome,
    Plan,
    Prohibition,
    Restart,
    Table,
    Unresolved,
    VerbClass,
)


def plan(cli: str = "docker restart web", lang: str = "ko", **kw) -> Plan:
    return Plan(command=Restart(targets=("web",), lang=lang), calls=(Call.of("container.restart", "web"),),
                cli=(cli,), verb="restart", verb_class=VerbClass.OPERATE, **kw)


def test_outcome_done_has_headline_and_cli():
    r = render.outcome(plan(), Outcome(True, Msg.of("done.restart", names="web")), "ko")
    assert (r.status, r.exit_code, r.lang) == ("done", 0, "ko")
    assert r.headline == "web 컨테이너를 재시작했습니다."
    assert r.cli == ("docker restart web",)


def test_outcome_failed_in_both_languages():
    out = Outcome(False, Msg.of("err.no_such_container", name="web"))
    ko, en = render.outcome(plan(), out, "ko"), render.outcome(plan(lang="en"), out, "en")
    assert (ko.status, ko.exit_code) == ("failed", 1)
    assert ko.headline == "`web` 컨테이너가 없습니다. `docker ps -a`로 이름을 확인해 주세요."
    assert en.headline == "There is no container named `web`; check the name with `docker ps -a`."
    assert en.cli == ("docker restart web",)


def test_outcome_nonzero_exit_code_is_a_failure_with_output():
    out = Outcome(True, Msg.of("done.run_attached", image="alpine", code=3), text="boom\n", exit_code=3)
    r = render.outcome(plan("docker run alpine false"), out, "en")
    assert (r.status, r.exit_code, r.code) == ("failed", 1, "boom\n")
    assert r.headline == "`alpine` finished with exit code 3."


def test_outcome_details_and_plan_notes_become_notes():
    out = Outcome(False, Msg.of("err.partial", ok_count=1, failed_count=1, failed="cache"),
                  details=(Msg.of("done.restart", names="web"), Msg.of("err.no_such_container", name="cache")))
    r = render.outcome(plan(notes=(Msg.of("render.nothing_ran"),)), out, "en")
    assert r.notes == ("Restarted web.", "There is no container named `cache`; check the name with `docker ps -a`.",
                       "Nothing was run.")


def test_inspect_field_labels_are_translated():
    out = Outcome(True, Msg.of("done.inspect", name="web"), fields=(("field.name", "web"), ("field.state", "running")))
    assert render.outcome(plan(), out, "ko").fields == (("이름", "web"), ("상태", "running"))
    assert render.outcome(plan(), out, "en").fields == (("Name", "web"), ("State", "running"))


def test_not_understood_points_at_the_column():
    nu = NotUnderstood(text="web 재부팅", lang="ko", reason=Msg.of("parse.unknown", where="재부팅"), column=4,
                       suggestions=("web 재시작",))
    r = render.not_planned(nu, None, "ko")
    assert (r.status, r.exit_code) == ("not_understood", 2)
    assert r.code == "web 재부팅\n    ^"
    assert r.choices == ("web 재시작",)
    assert r.notes == ("아무것도 실행하지 않았습니다.", "이런 명령을 알고 있습니다:")


def test_caret_counts_hangul_as_two_columns():
    assert render.caret_line("웹서버 재부팅", 4) == "       ^"  # 3 syllables (6) + space
    assert render.caret_line("restart x", 8) == "        ^"


def test_prohibition_says_nothing_ran():
    r = render.not_planned(Prohibition(understood=Restart(targets=("web",)), lang="ko"), None, "ko")
    assert (r.status, r.exit_code) == ("info", 0)
    assert r.headline == "'하지 말라'는 뜻으로 이해했습니다. 아무것도 실행하지 않았습니다."


def test_unresolved_asks_which_one_or_did_you_mean():
    cmd = Restart(targets=("web",), lang="en")
    which = render.not_planned(cmd, Unresolved(cmd, Msg.of("err.no_such_container", name="web"),
                                               choices=("web-1", "web-2")), "en")
    assert which.status == "question" and which.choices == ("web-1", "web-2")
    assert which.notes[0] == "Which one? web-1, web-2"
    dym = render.not_planned(cmd, Unresolved(cmd, Msg.of("err.no_such_container", name="wbe"),
                                             suggestions=("web",)), "en")
    assert dym.notes == ("Did you mean: web?", "Nothing was run.")
    plain = render.not_planned(cmd, Unresolved(cmd, Msg.of("err.no_such_container", name="zzz")), "en")
    assert (plain.status, plain.exit_code) == ("failed", 1)


def test_ask_confirm_shows_command_reason_and_pending_id():
    p = plan("docker rm web", summary=Msg.of("done.remove", names="web"))
    r = render.ask_confirm(p, Decision("confirm", Msg.of("confirm.destructive")), "ko", "abc123")
    assert (r.status, r.pending, r.exit_code) == ("confirm", "abc123", 1)
    assert r.cli == ("docker rm web",)
    assert r.headline == "되돌릴 수 없는 작업이라 먼저 확인이 필요합니다."


def test_denied_and_simple():
    r = render.denied(plan(), Decision("deny", None), "en")
    assert (r.status, r.exit_code, r.cli) == ("denied", 1, ("docker restart web",))
    assert r.headline == "This request is not allowed; ask an admin if you need it."
    s = render.simple("info", Msg.of("confirm.cancelled"), "ko")
    assert (s.headline, s.exit_code) == ("취소했습니다. 아무것도 실행하지 않았습니다.", 0)


def test_redaction_hook_is_applied_to_every_text(monkeypatch):
    monkeypatch.setattr(render, "_redactor", lambda s: s.replace("hunter2", "***"))
    out = Outcome(True, Msg.of("done.run", name="hunter2", id="x"), text="pw hunter2",
                  fields=(("k", "hunter2"),), table=Table(("A",), (("hunter2",),)))
    r = render.outcome(plan("docker run -e PW=hunter2 x"), out, "en")
    assert "hunter2" not in json.dumps(render.to_json(r), ensure_ascii=False)


def test_real_redactor_masks_env_secrets():
    pytest.importorskip("bot.redact")
    monkey = render.outcome(plan("docker run -e DB_PASSWORD=hunter2 app"), Outcome(True), "en")
    assert "hunter2" not in monkey.cli[0]


# ---------------------------------------------------------------------------- terminal


def _table_reply():
    t = Table(("CONTAINER ID", "NAMES"), (("abc", "웹서버"), ("defdefdef", "web")))
    return render.outcome(plan("docker ps"), Outcome(True, Msg.of("done.list_containers", count=2), table=t), "en")


def test_to_json_is_serializable():
    data = render.to_json(_table_reply())
    assert json.loads(json.dumps(data))["table"] == {"columns": ["CONTAINER ID", "NAMES"],
                                                     "rows": [["abc", "웹서버"], ["defdefdef", "web"]]}
    assert data["status"] == "done" and data["cli"] == ["docker ps"]


def test_command_base_renders_fallback():
    r = render.not_planned(Command(lang="en"), None, "en")
    assert (r.status, r.exit_code) == ("not_understood", 2)
