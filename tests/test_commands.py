"""bot/front/commands.py: `gorae policy check|explain` (the audit subcommand: test_audit.py)."""
from __future__ import annotations

import argparse
import json

from bot.front import commands

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
