"""bot/config.py: every setting is checked at start, one clear line per wrong value."""
from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from bot.config import NUMBERS, SettingsInvalid, check_policy_file, format_problems, load_settings, number


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


# --------------------------------------------------------------------------- discovery: one home


def test_the_config_file_names_the_policy_and_the_audit_log_relative_to_itself(tmp_path):
    from bot.config import audit_path, config_files, policy_path

    cfg = tmp_path / "gorae.yaml"
    cfg.write_text("policy: policies/team.yaml\naudit: audit.db\n")
    env = {"GORAE_CONFIG": str(cfg), "XDG_STATE_HOME": str(tmp_path / "state")}
    assert config_files(env) == [str(cfg)]
    assert policy_path(None, env) == str(tmp_path / "policies" / "team.yaml")
    assert audit_path(None, env) == str(tmp_path / "audit.db")
    # the flag, then the environment, then the file
    assert policy_path("p.yaml", {**env, "GORAE_POLICY": "q.yaml"}) == "p.yaml"
    assert policy_path(None, {**env, "GORAE_POLICY": "q.yaml"}) == "q.yaml"
    assert audit_path(None, {**env, "GORAE_AUDIT": "a.db"}) == "a.db"


def test_without_a_config_file_no_policy_and_the_audit_log_in_the_state_dir(tmp_path):
    from bot.config import audit_path, config_files, policy_path

    env = {"XDG_CONFIG_HOME": str(tmp_path / "none"), "XDG_STATE_HOME": str(tmp_path / "state")}
    assert [p for p in config_files(env) if not str(p).startswith("/etc/")] == []
    if not os.path.exists("/etc/gorae/config.yaml"):
        assert policy_path(None, env) is None
        # the audit rows are in the state database, as bot.state.audit.AuditLog(None) opens them
        assert audit_path(None, env) == "sqlite:///" + str(tmp_path / "state" / "gorae" / "state.db").lstrip("/")


def test_a_malformed_config_file_is_skipped(tmp_path):
    from bot.config import policy_path

    cfg = tmp_path / "gorae.yaml"
    cfg.write_text("policy: [unclosed\n")
    assert policy_path(None, {"GORAE_CONFIG": str(cfg)}) is None


@pytest.mark.parametrize("env, lang", [
    ({"LANG": "ko_KR.UTF-8"}, "ko"), ({"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko"),
    ({"GORAE_LANG": "en", "LANG": "ko_KR.UTF-8"}, "en"), ({}, "en"), ({"LANG": "C.UTF-8"}, "en"),
])
def test_the_operators_language_from_the_locale(env, lang):
    from bot.config import cli_lang

    assert cli_lang(env) == lang


def test_the_local_actor_and_the_docker_host():
    from bot.config import DEFAULT_DOCKER_HOST, docker_host, local_actor

    me = local_actor(("S1",), {"LOGNAME": "alice", "USER": "bob"})
    assert (me.user, me.groups, me.local) == ("local:alice", ("S1",), True)
    assert local_actor(env={"USER": "bob"}).user == "local:bob"
    assert docker_host({}) == DEFAULT_DOCKER_HOST == "unix:///var/run/docker.sock"
    assert docker_host({"DOCKER_HOST": " tcp://127.0.0.1:2375 "}) == "tcp://127.0.0.1:2375"


# --------------------------------------------------------------------------- the engines file, found as the config files are


def test_config_file_discovery(tmp_path, monkeypatch):
    from bot.config import config_files, read_config

    cfg = tmp_path / "gorae" / "config.yaml"
    cfg.parent.mkdir()
    cfg.write_text("engines:\n  b: unix:///var/run/docker-b.sock\n")
    assert config_files({"XDG_CONFIG_HOME": str(tmp_path)}) == [str(cfg)]
    assert read_config({"GORAE_CONFIG": str(cfg)})["engines"] == {"b": "unix:///var/run/docker-b.sock"}
    assert read_config({"XDG_CONFIG_HOME": str(tmp_path / "none"), "HOME": str(tmp_path / "none")}) == {}


# --------------------------------------------------------------------------- every numeric setting: one table
# GORAE_SOCKET_GRACE / _FAILURES / _CHECK_INTERVAL were read with bare float()/int() in
# bot/front/slack/app.py; GORAE_SERVICE_TIMEOUT at import (a traceback); GORAE_STATE_POOL /
# _TIMEOUT only when PostgreSQL was opened; GORAE_SLACK_UPDATES_PER_MINUTE never checked.


SOCKET_BAD = [
    ("GORAE_SOCKET_GRACE", "soon", "GORAE_SOCKET_GRACE=soon: must be a number of seconds (1–86400)."),
    ("GORAE_SOCKET_GRACE", "0", "GORAE_SOCKET_GRACE=0: must be a number of seconds (1–86400)."),
    ("GORAE_SOCKET_FAILURES", "five", "GORAE_SOCKET_FAILURES=five: must be a whole number from 1 to 1000."),
    ("GORAE_SOCKET_FAILURES", "2.5", "GORAE_SOCKET_FAILURES=2.5: must be a whole number from 1 to 1000."),
    ("GORAE_SOCKET_FAILURES", "0", "GORAE_SOCKET_FAILURES=0: must be a whole number from 1 to 1000."),
    ("GORAE_SOCKET_CHECK_INTERVAL", "often", "GORAE_SOCKET_CHECK_INTERVAL=often: must be a number of seconds (0.1–3600)."),
    ("GORAE_SOCKET_CHECK_INTERVAL", "nan", "GORAE_SOCKET_CHECK_INTERVAL=nan: must be a number of seconds (0.1–3600)."),
    ("GORAE_SOCKET_CHECK_INTERVAL", "-1", "GORAE_SOCKET_CHECK_INTERVAL=-1: must be a number of seconds (0.1–3600)."),
]


@pytest.mark.parametrize("name, raw, line", SOCKET_BAD)
def test_a_wrong_socket_mode_setting_is_one_sentence_at_start(name, raw, line):
    with pytest.raises(SettingsInvalid) as e:
        load_settings({name: raw}, slack=True)
    assert format_problems(e.value.problems, "en") == "gorae: " + line
    ko = format_problems(e.value.problems, "ko")
    assert ko.startswith(f"gorae: {name}={raw}: ") and ko != "gorae: " + line


def test_the_socket_mode_settings_good_path_and_defaults():
    s = load_settings({"GORAE_SOCKET_GRACE": " 30 ", "GORAE_SOCKET_FAILURES": "2",
                       "GORAE_SOCKET_CHECK_INTERVAL": "0.2", "GORAE_SLACK_UPDATES_PER_MINUTE": "20",
                       "GORAE_SLACK_ACK_NICE": "-5"}, slack=True)
    assert (s.socket_grace, s.socket_failures, s.socket_check_interval) == (30.0, 2, 0.2)
    assert isinstance(s.socket_failures, int) and s.slack_updates_per_minute == 20.0 and s.slack_ack_nice == -5
    d = load_settings({}, slack=True)
    assert (d.socket_grace, d.socket_failures, d.socket_check_interval) == (120.0, 5, 5.0)
    assert (d.slack_updates_per_minute, d.slack_ack_nice) == (50.0, 0)


@pytest.mark.parametrize("name", ["GORAE_SOCKET_GRACE", "GORAE_SOCKET_FAILURES", "GORAE_SOCKET_CHECK_INTERVAL"])
def test_gorae_slack_stops_on_a_wrong_socket_setting_with_the_exit_status_of_the_others(name, tmp_path):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GORAE_", "SLACK_"))}
    env = {**base, "GORAE_LANG": "en", "GORAE_STATE_DIR": str(tmp_path), name: "x",
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-1-test"}
    p = subprocess.run([sys.executable, "-m", "bot", "slack"], capture_output=True, text=True, env=env, timeout=60)
    other = subprocess.run([sys.executable, "-m", "bot", "slack"], capture_output=True, text=True, timeout=60,
                           env={**env, name: "", "GORAE_SLACK_WORKERS": "x"})
    assert p.returncode == other.returncode == 1
    assert p.stderr.strip().startswith(f"gorae: {name}=x: must be ") and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name", sorted(NUMBERS))
def test_every_numeric_setting_is_checked_at_start(name):

    with pytest.raises(SettingsInvalid) as e:
        load_settings({name: "lots"})
    assert [p.kw()["name"] for p in e.value.problems] == [name]
    spec = NUMBERS[name]
    assert number(name, {name: "lots"}) == spec.default  # a reader never sees a wrong value
    assert number(name, {}) == spec.default
    assert number(name, {name: str(spec.high)}) == spec.high
    load_settings({name: str(spec.low)})  # the bounds are inclusive


def test_the_cli_stops_on_a_wrong_service_timeout_in_one_line():
    """It was read at import time with float(): a traceback before any check."""
    env = {**os.environ, "GORAE_LANG": "en", "GORAE_SERVICE_TIMEOUT": "later"}
    p = subprocess.run([sys.executable, "-m", "bot", "explain", "restart web"], capture_output=True, text=True,
                       env=env, timeout=120)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert p.stderr.strip() == "gorae: GORAE_SERVICE_TIMEOUT=later: must be a number of seconds (1–86400)."


def test_no_gorae_setting_is_read_from_the_environment_outside_bot_config():
    """Every GORAE_* variable is read in bot/config.py (checked at start there), nowhere else."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "bot"
    read = re.compile(r"""(?:environ|env|getenv)\s*(?:\.get\(|\[|\()\s*["']GORAE_""")
    offenders = [f"{p.relative_to(root)}:{i}" for p in root.rglob("*.py") if p.name != "config.py" or p.parent != root
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if read.search(line)]
    assert offenders == []


def test_the_socket_mode_settings_are_documented():
    from pathlib import Path

    top = Path(__file__).resolve().parent.parent
    readme = (top / "README.md").read_text(encoding="utf-8")
    slack = (top / "docs" / "slack.md").read_text(encoding="utf-8")
    for name in ("GORAE_SOCKET_GRACE", "GORAE_SOCKET_FAILURES", "GORAE_SOCKET_CHECK_INTERVAL", "GORAE_SOCKET_PING_INTERVAL"):
        assert f"`{name}`" in slack and f"`{name}`" in readme, name
    docs = readme + "".join(p.read_text(encoding="utf-8") for p in (top / "docs").glob("*.md"))
    assert [n for n in NUMBERS if n not in docs] == []


def test_the_start_up_engine_check_reads_the_engine_as_gorae_will_use_it(tmp_path):
    """bot.config.check_engine (`gorae slack` at start): the environment's engine, TLS included
    (bot.engine.named.env_engine / client_for); one sentence when it cannot be reached."""
    from bot.config import check_engine

    gone = f"unix://{tmp_path}/nothing.sock"
    msg = check_engine(env={"DOCKER_HOST": gone})
    assert msg is not None and msg.key == "engine.unreachable" and msg.kw()["where"] == gone
    (line,) = format_problems([msg], "en").splitlines()
    assert gone in line
