"""bot/front/compose.py: the one composition root (cli, shell and slack build their Gorae here)."""
from __future__ import annotations

import pytest

from bot.front import compose
from bot.policy.check import Authorizer
from bot.policy.policyfile import PolicyInvalid
from bot.state.audit import AuditLog
from bot.state.pending import MemoryPending, SqlitePending

POLICY = """version: 1
roles:
  ops: {verbs: [read, operate], containers: ["*"]}
bindings:
  - {role: ops, users: [U0ALICE]}
"""


@pytest.fixture()
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("GORAE_POLICY", raising=False)
    monkeypatch.delenv("GORAE_AUDIT", raising=False)
    monkeypatch.delenv("GORAE_CONFIG", raising=False)
    return tmp_path


def test_the_policy_the_audit_log_and_the_pending_store(home):
    policy = home / "policy.yaml"
    policy.write_text(POLICY)
    g = compose.make_gorae(str(policy))
    assert isinstance(g.authorizer, Authorizer) and "ops" in g.authorizer.policy.roles
    assert isinstance(g.audit, AuditLog) and isinstance(g.pending, MemoryPending)


def test_slack_passes_its_shared_pending_store_and_explain_runs_without_audit(home):
    shared = SqlitePending(str(home / "pending.sqlite"))
    assert compose.make_gorae(None, pending=shared).pending is shared
    assert compose.make_gorae(None, audit=False).audit is None


def test_a_broken_policy_stops_gorae_with_its_lines(home, capsys):
    bad = home / "bad.yaml"
    bad.write_text("version: 1\nroles:\n  ops: {verbs: [fly]}\n")
    with pytest.raises(PolicyInvalid):
        compose.make_gorae(str(bad))
    with pytest.raises(SystemExit) as e:
        compose.make_gorae_or_exit(str(bad))
    assert e.value.code == 1
    err = capsys.readouterr().err
    assert f"{bad}:3:" in err and "Traceback" not in err


def test_read_options_reads_the_namespace_once_into_the_typed_options():
    """The front ends' edge (issue 10): argparse's namespace -> a frozen dataclass; a field the
    namespace lacks keeps its default, a namespace entry without a field is left out."""
    import argparse
    import dataclasses

    from bot.front.cli import AskOptions, build_parser
    from bot.front.shell import ShellOptions

    shell = compose.read_options(ShellOptions, argparse.Namespace(as_user="U1", no_color=True, cmd="shell"))
    assert shell == ShellOptions(as_user="U1", channel=None, policy=None, no_color=True)
    assert compose.read_options(ShellOptions, None) == ShellOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        shell.channel = "x"  # type: ignore[misc]
    say = compose.read_options(AskOptions, build_parser().parse_args(["say", "--yes", "--as", "U2", "restart", "web"]))
    assert say == AskOptions(text=("restart", "web"), yes=True, as_user="U2")
