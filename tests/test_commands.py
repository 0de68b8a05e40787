"""bot/front/commands.py: `gorae policy check|explain` and `gorae audit` (the store: test_audit.py)."""
from __future__ import annotations

import argparse
import json

import pytest
from test_audit import _plan, _req  # the audit rows the commands read

from bot.front import commands
from bot.model import Decision, Msg
from bot.state.audit import AuditLog

POLICY = """version: 1
roles:
  ops: {verbs: [read, operate], containers: ["*"]}
bindings:
  - {role: ops, users: [U0ALICE]}
"""


def _args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    commands.add_policy_arguments(ap.add_subparsers(dest="cmd"))
    return ap.parse_args(["policy", *argv])


def test_policy_check_ok_and_broken(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("GORAE_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    good = tmp_path / "p.yaml"
    good.write_text(POLICY)
    assert commands.policy_main(_args(["check", str(good)])) == 0
    assert "OK" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nroles:\n  ops: {verbs: [fly]}\n")
    assert commands.policy_main(_args(["check", str(bad)])) == 1
    assert f"{bad}:3:" in capsys.readouterr().err


def test_policy_explain_as_a_user_in_a_channel(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")  # planning without an engine
    p = tmp_path / "p.yaml"
    p.write_text(POLICY)
    argv = ["explain", "--policy", str(p), "--json", "--as", "U0ALICE", "--channel", "C0OPS", "restart", "web"]
    assert commands.policy_main(_args(argv)) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["cli"] == ["docker restart web"] and out["decision"] == "allow" and out["user"] == "U0ALICE"
    argv = ["explain", "--policy", str(p), "--json", "--as", "U0BOB", "--channel", "C0OPS", "restart", "web"]
    assert commands.policy_main(_args(argv)) == 0
    assert json.loads(capsys.readouterr().out)["decision"] == "deny"


def test_without_as_it_is_the_local_user():
    req = commands.policy_request("restart web", None, None)
    assert req.actor.local and req.actor.user.startswith("local:") and req.channel == "terminal"


# --------------------------------------------------------------------------- `gorae audit`

def test_parse_time():
    assert commands.parse_time("10m", now=1000.0) == 400.0
    assert commands.parse_time("2h", now=10_000.0) == 2800.0
    assert commands.parse_time("2026-01-31") > 0
    with pytest.raises(ValueError):
        commands.parse_time("yesterday-ish")


def _cli(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    commands.add_audit_arguments(ap.add_subparsers(dest="cmd"))
    return ap.parse_args(["audit", *argv])


def test_cli_table_and_json(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    path = tmp_path / "audit.db"
    log = AuditLog(path)
    log.start(_req("restart web"), _plan("web"), Decision("allow"))
    log.start(_req("rm db", user="U0EVE"), _plan("db"), Decision("deny", Msg.of("policy.local_none"), rule="local"))
    log.close()
    assert commands.audit_main(_cli(["--audit", str(path), "--json", "--user", "U0EVE"])) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in rows] == ["rm db"]
    assert rows[0]["reason"] == "This policy gives the terminal user no role (local: none)"
    assert commands.audit_main(_cli(["--audit", str(path)])) == 0
    out = capsys.readouterr().out
    assert "restart web" in out and "started, no outcome" in out and "This policy gives" in out
    assert commands.audit_main(_cli(["--audit", str(path), "--since", "whenever"])) == 2
    assert commands.audit_main(_cli(["--audit", str(tmp_path / "none.db")])) == 1


def test_cli_korean_headers(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    path = tmp_path / "audit.db"
    AuditLog(path).start(_req("web 재시작"), _plan("web"), Decision("allow"))
    commands.audit_main(_cli(["--audit", str(path)]))
    assert "사용자" in capsys.readouterr().out
