"""Slack tokens from files (issue 12: gorae as a Swarm service reads Docker secrets, not an
environment file): NAME, else NAME_FILE, else /run/secrets/<name> — bot.config.with_secrets."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import SettingsInvalid, with_secrets
from bot.messages import text


def test_the_variable_wins_and_nothing_else_is_read(tmp_path: Path) -> None:
    env = {"SLACK_BOT_TOKEN": "xoxb-env", "GORAE_SECRETS_DIR": str(tmp_path)}
    (tmp_path / "slack_bot_token").write_text("xoxb-file\n")
    assert with_secrets(env)["SLACK_BOT_TOKEN"] == "xoxb-env"


def test_name_file_is_read_without_its_newline(tmp_path: Path) -> None:
    f = tmp_path / "bot"
    f.write_text("xoxb-from-file\n")
    out = with_secrets({"SLACK_BOT_TOKEN_FILE": str(f), "GORAE_SECRETS_DIR": str(tmp_path / "none")})
    assert out["SLACK_BOT_TOKEN"] == "xoxb-from-file"
    assert "SLACK_APP_TOKEN" not in out


def test_docker_secrets_in_run_secrets_are_read(tmp_path: Path) -> None:
    (tmp_path / "slack_bot_token").write_text("xoxb-secret")
    (tmp_path / "slack_app_token").write_text("xapp-secret\n")
    out = with_secrets({"GORAE_SECRETS_DIR": str(tmp_path)})
    assert (out["SLACK_BOT_TOKEN"], out["SLACK_APP_TOKEN"]) == ("xoxb-secret", "xapp-secret")
    assert "SLACK_SIGNING_SECRET" not in out


def test_both_set_unreadable_and_empty_are_each_one_sentence(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n")
    env = {"SLACK_BOT_TOKEN": "xoxb-x", "SLACK_BOT_TOKEN_FILE": str(empty),
           "SLACK_APP_TOKEN_FILE": str(tmp_path / "missing"), "SLACK_SIGNING_SECRET_FILE": str(empty),
           "GORAE_SECRETS_DIR": str(tmp_path)}
    with pytest.raises(SettingsInvalid) as e:
        with_secrets(env)
    keys = [p.key for p in e.value.problems]
    assert keys == ["config.secret_both", "config.secret_unreadable", "config.secret_empty"]
    for p in e.value.problems:
        assert text(p, "ko") != p.key and text(p, "en") != p.key
