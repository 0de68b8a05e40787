"""bot/config.py: every setting is checked at start, one clear line per wrong value."""
from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from bot.config import SettingsInvalid, check_policy_file, format_problems, load_settings


@pytest.mark.parametrize("raw, level", [("debug", logging.DEBUG), ("DEBUG", logging.DEBUG), ("Info", logging.INFO),
                                        ("warning", logging.WARNING), ("error", logging.ERROR), ("", logging.INFO)])
def test_log_levels_in_any_case(raw, level):
    assert load_settings({"GORAE_LOG_LEVEL": raw}).log_level == level


@pytest.mark.parametrize("env, needle", [
    ({"GORAE_LOG_LEVEL": "loud"}, "GORAE_LOG_LEVEL=loud"),
    ({"GORAE_SLACK_WORKERS": "four"}, "GORAE_SLACK_WORKERS=four"),
    ({"GORAE_SLACK_WORKERS": "0"}, "from 1 to 64"),
    ({"GORAE_RUN_TIMEOUT": "soon"}, "GORAE_RUN_TIMEOUT=soon"),
    ({"GORAE_ENGINE_TIMEOUT": "-1"}, "GORAE_ENGINE_TIMEOUT=-1"),
    ({"DOCKER_HOST": "/var/run/docker.sock"}, "DOCKER_HOST=/var/run/docker.sock"),
])
def test_a_wrong_value_is_one_line_naming_it(env, needle):
    with pytest.raises(SettingsInvalid) as e:
        load_settings(env)
    (line,) = format_problems(e.value.problems, "en").splitlines()
    assert needle in line and line.startswith("gorae: ")
    assert format_problems(e.value.problems, "ko") != line  # Korean wording exists


def test_every_problem_at_once_and_token_shapes():
    with pytest.raises(SettingsInvalid) as e:
        load_settings({"GORAE_LOG_LEVEL": "x", "GORAE_SLACK_WORKERS": "y", "SLACK_BOT_TOKEN": "xapp-1",
                       "SLACK_APP_TOKEN": "xoxb-1"}, slack=True)
    assert len(e.value.problems) == 4
    assert load_settings({"SLACK_BOT_TOKEN": "xapp-1"}).slack_workers == 4  # tokens only checked for slack


def test_policy_file_checks(tmp_path):
    assert check_policy_file(str(tmp_path)).key == "config.policy_dir"
    assert check_policy_file(str(tmp_path / "nope.yaml")).key == "config.policy_missing"
    f = tmp_path / "p.yaml"
    f.write_text("version: 1\n")
    assert check_policy_file(str(f)) is None


def test_the_cli_says_it_in_one_line_without_a_traceback():
    env = {**os.environ, "GORAE_SLACK_WORKERS": "four", "GORAE_LOG_LEVEL": "debug"}
    p = subprocess.run([sys.executable, "-m", "bot", "slack"], capture_output=True, text=True, env=env, timeout=60)
    assert p.returncode == 1
    assert p.stderr.strip() == "gorae: GORAE_SLACK_WORKERS=four: must be a whole number from 1 to 64."
