"""bot/front/cli.py: `gorae explain` and `gorae say` as `main(argv)` answers them, without an engine
(DOCKER_HOST names no socket: explain reads without one, say fails with one clear line).

The partial readings through explain/say: tests/test_propose.py; the command as a process:
tests/test_e2e_core.py, tests/test_ahead.py; `gorae slack`'s arguments: tests/test_slack_cli.py.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.front import cli
from bot.messages import text
from bot.model import Msg

NO_ENGINE = "unix:///nonexistent/gorae-test.sock"
POLICY = """\
roles:
  operator: {verbs: [read, operate]}
bindings:
  - {role: operator, users: [U0BOB]}
"""


@pytest.fixture(autouse=True)
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", NO_ENGINE)
    monkeypatch.delenv("DOCKER_CONTEXT", raising=False)
    monkeypatch.delenv("GORAE_POLICY", raising=False)


def explained(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert cli.main(["explain", "--json", *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_explain_json_gives_the_exact_command_and_says_names_were_not_checked(capsys) -> None:
    (data,) = explained(capsys, "docker", "restart", "web")  # the words are one request
    assert data["text"] == "docker restart web" and data["understood"] is True and data["lang"] == "cli"
    assert data["cli"] == ["docker restart web"] and data["verb"] == "restart"
    assert data["writes"] is True and data["destructive"] is False and data["error"] is None
    assert data["summary"] == "Restart web."
    assert NO_ENGINE in data["unchecked"]  # planned without an engine: said so, with where it looked
    assert "decision" not in data  # nobody named: no policy read


def test_explain_answers_in_the_askers_language(capsys) -> None:
    (data,) = explained(capsys, "web 재시작해 줘")
    assert data["lang"] == "ko" and data["cli"] == ["docker restart web"]
    assert data["summary"] == "web 컨테이너를 재시작합니다."
    assert data["unchecked"].startswith("엔진 없이 해석했습니다.")


def test_explain_json_of_words_it_cannot_read(capsys) -> None:
    (data,) = explained(capsys, "blah blah qq")
    assert data["understood"] is False and data["cli"] == [] and "verb" not in data
    assert data["error"] == text(Msg.of("parse.no_verb"), "en")
    assert "restart web" in data["suggestions"]  # what is close


def test_explain_text_shows_the_summary_and_the_command(capsys) -> None:
    assert cli.main(["explain", "docker restart web"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["Restart web.", "  $ docker restart web"]


def test_explain_masks_secrets_in_the_command_it_prints(capsys) -> None:
    assert cli.main(["explain", "docker run -d -e DB_PASSWORD=hunter2 --name api nginx"]) == 0
    out = capsys.readouterr().out
    assert "hunter2" not in out and "docker run" in out


def test_explain_with_an_asker_gives_the_policys_decision(capsys, tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    (ok,) = explained(capsys, "--as", "U0BOB", "--policy", str(policy), "docker restart web")
    assert ok["decision"]["kind"] == "allow" and ok["decision"]["rule"]
    (no,) = explained(capsys, "--as", "U0EVE", "--policy", str(policy), "docker restart web")
    assert no["decision"]["kind"] == "deny" and no["decision"]["reason"]


def test_a_policy_file_with_errors_stops_gorae_with_its_lines(capsys, tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY.replace("verbs:", "allow:"))
    with pytest.raises(SystemExit) as e:
        cli.main(["explain", "--as", "U0BOB", "--policy", str(policy), "docker restart web"])
    err = capsys.readouterr().err
    assert e.value.code == 1 and f"{policy}:2: unknown key `allow` in roles.operator" in err


def test_explain_reads_one_request_a_line_from_stdin(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("docker restart web\n\ndocker stop cache\r\n"))
    got = explained(capsys)
    assert [d["text"] for d in got] == ["docker restart web", "", "docker stop cache"]
    assert got[0]["cli"] == ["docker restart web"] and got[2]["cli"] == ["docker stop cache"]
    assert got[1]["understood"] is False


def test_stdin_bytes_that_are_not_utf8_become_replacement_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"docker ps\n\xff\xfe web\nweb \xec\x9e\xac\xec\x8b\x9c\xec\x9e\x91\n")))
    assert list(cli.stdin_lines()) == ["docker ps", "\ufffd\ufffd web", "web 재시작"]


def test_no_command_prints_the_help_and_exits_2(capsys) -> None:
    assert cli.main([]) == 2
    out = capsys.readouterr().out
    assert out.startswith("usage: gorae") and "explain" in out and "say" in out


def test_say_without_an_engine_fails_with_one_line_and_exit_1(capsys) -> None:
    code = cli.main(["say", "--json", "docker", "restart", "web"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["status"] == "failed" and data["exit_code"] == 1
    assert NO_ENGINE in data["headline"] and "Traceback" not in data["headline"]


def test_say_of_words_it_cannot_read_exits_2(capsys) -> None:
    assert cli.main(["say", "blah", "blah", "qq"]) == 2
    out = capsys.readouterr().out
    assert out.startswith(text(Msg.of("parse.no_verb"), "en")) and "Nothing was run." in out


@pytest.mark.parametrize("argv, user, channel", [
    (["say", "--as", "U0BOB", "restart web"], "U0BOB", "cli"),
    (["say", "--as", "U0BOB", "--channel", "C0OPS", "restart web"], "U0BOB", "C0OPS"),
    (["say", "--channel", "C0OPS", "restart web"], None, "C0OPS"),
    (["say", "restart web"], None, "terminal"),
])
def test_the_request_is_the_named_asker_or_the_local_user(argv, user, channel) -> None:
    req = cli.request_for(cli.build_parser(only="__none__").parse_args(argv), "restart web")
    assert req.text == "restart web" and req.source == "cli" and req.channel == channel
    if user:
        assert req.actor.user == user and not req.actor.local
    else:
        assert req.actor.local and req.actor.user.startswith("local:")


@pytest.mark.parametrize("name", sorted(cli.PLUGINS))
def test_every_subcommand_is_known_before_its_module_is_imported(name: str) -> None:
    """Not named, a sub-command is still a choice (its module is imported only when named)."""
    assert cli.build_parser(only="__none__").parse_args([name]).cmd == name


def test_closed_pipe_safe_passes_the_exit_code_through() -> None:
    assert cli.closed_pipe_safe(lambda args: 3, None) == 3  # type: ignore[arg-type]
