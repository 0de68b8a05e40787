"""deploy/: the Slack manifest, the Dockerfile and the compose file say what the code needs."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def test_manifest_has_what_gorae_listens_for():
    m = yaml.safe_load((DEPLOY / "slack-manifest.yaml").read_text())
    scopes = set(m["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "im:history", "im:read", "chat:write", "commands", "usergroups:read",
            "files:write"} <= scopes
    settings = m["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] and settings["socket_mode_enabled"]
    assert m["features"]["app_home"]["messages_tab_enabled"]
    assert m["features"]["bot_user"]["display_name"] == "gorae"
    (cmd,) = m["features"]["slash_commands"]
    assert re.match(r"^/gorae", cmd["command"])


def test_dockerfile_is_small_ships_the_grammar_and_bakes_no_secret():
    text = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^ARG BASE_IMAGE=python:3\.\d+-slim", text, re.M)
    assert re.search(r"^FROM \$\{BASE_IMAGE\} AS build", text, re.M) and re.search(r"^FROM \$\{BASE_IMAGE\}$", text, re.M)
    assert "ARG PIP_INDEX_URL" in text and "HEALTHCHECK" in text
    assert "COPY grammar ./grammar" in text and "COPY bot ./bot" in text
    assert "USER gorae" in text
    assert not re.search(r"xox[abp]-|xapp-|SLACK_(BOT|APP)_TOKEN=|SIGNING_SECRET=", text)
    ignore = [line for line in (ROOT / ".dockerignore").read_text().split("\n")
              if line and not line.startswith("#")]
    assert ignore[0] == "*" and "!grammar/**" in ignore and "!bot/**" in ignore


def test_compose_mounts_the_socket_and_takes_tokens_from_the_environment():
    c = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    for name in ("gorae", "gorae-http"):
        svc = c["services"][name]
        assert "/var/run/docker.sock:/var/run/docker.sock" in svc["volumes"]
        policy = next(v for v in svc["volumes"] if isinstance(v, dict))
        assert policy["type"] == "bind" and policy["target"] == "/etc/gorae/policy.yaml" and policy["read_only"]
        assert policy["source"].startswith("${GORAE_POLICY_FILE:?")
        assert svc["group_add"] == [svc["group_add"][0]] and svc["group_add"][0].startswith("${DOCKER_GID:?")
        assert svc["healthcheck"]["test"] == ["CMD", "gorae", "health"]
        assert svc["build"]["dockerfile"] == "deploy/Dockerfile"
        for value in svc["environment"].values():
            assert str(value).startswith("${"), value  # nothing secret written down
    assert c["services"]["gorae"]["command"] == ["slack"]
    assert c["services"]["gorae-http"]["command"] == ["slack", "--http", "3000"]


def test_docs_walk_from_the_manifest_to_the_first_command():
    doc = (ROOT / "docs" / "slack.md").read_text()
    steps = ["From an app manifest", "connections:write", "Install to Workspace", "gorae policy check",
             "docker compose up -d --build", "/invite @gorae", "@gorae 실행중인 컨테이너 보여줘", "@gorae web 재시작"]
    positions = [doc.index(s) for s in steps]
    assert positions == sorted(positions)


def test_gitignore_keeps_deploy_secrets_out():
    ignored = (ROOT / ".gitignore").read_text().split("\n")
    assert "deploy/.env" in ignored and "deploy/*.local.yaml" in ignored


# --------------------------------------------------------------------------- as a newcomer types it


def docs_env_commands() -> str:
    """The `cat > .env <<END … END` and `chmod` of docs/slack.md §4, as a newcomer pastes them."""
    doc = (ROOT / "docs" / "slack.md").read_text()
    start = doc.index("cat > .env <<END")
    end = doc.index("\nEND\n", start) + len("\nEND\n")
    assert "chmod 600 .env" in doc[end:end + 40]
    return doc[start:end] + "chmod 600 .env\n"


def compose_in_a_copy_of_deploy(tmp_path: Path, *, policy: bool = True) -> Path:
    """deploy/ copied as a checkout has it, the docs' policy copy (§3) and the docs' .env (§4) made in it."""
    import shutil

    deploy = tmp_path / "deploy"
    shutil.copytree(DEPLOY, deploy, ignore=shutil.ignore_patterns(".env", "*.local.yaml", "*.crt"))
    if policy:
        shutil.copy(deploy / "policy.yaml", deploy / "policy.local.yaml")  # §3: cp deploy/policy.yaml …
    import subprocess

    subprocess.run(["bash", "-e", "-c", docs_env_commands()], cwd=deploy, check=True, timeout=30)
    return deploy


def _compose_binary() -> str:
    import os
    import shutil

    import pytest

    path = shutil.which("docker-compose")
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("docker-compose is not installed (scripts/engine.sh install adds it)", pytrace=False)
        pytest.skip("docker-compose is not installed")
    return path


def test_the_docs_env_gives_compose_the_socket_group_and_the_policy(tmp_path):
    """docs/slack.md §4 pasted in deploy/: compose reads the number of the socket's group and the
    policy next to the compose file (`docker-compose config`, Debian's compose 1.29; no engine needed)."""
    import os
    import subprocess

    deploy = compose_in_a_copy_of_deploy(tmp_path)
    env_file = deploy / ".env"
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
    gid = str(os.stat("/var/run/docker.sock").st_gid)
    assert f"DOCKER_GID={gid}\n" in env_file.read_text()  # the number, not `$(stat …)`
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_", "DOCKER_GID"))}
    out = subprocess.run([_compose_binary(), "config"], cwd=deploy, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    svc = yaml.safe_load(out.stdout)["services"]["gorae"]
    assert [str(g) for g in svc["group_add"]] == [gid]
    mount = next(v for v in svc["volumes"] if isinstance(v, dict))
    assert mount["source"] == str(deploy / "policy.local.yaml") and mount["target"] == "/etc/gorae/policy.yaml"


def test_a_missing_setting_is_one_line_that_says_what_to_write(tmp_path):
    import os
    import subprocess

    deploy = compose_in_a_copy_of_deploy(tmp_path)
    env_file = deploy / ".env"
    env_file.write_text("".join(line for line in env_file.read_text().splitlines(keepends=True)
                                if not line.startswith("DOCKER_GID=")))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_", "DOCKER_GID"))}
    out = subprocess.run([_compose_binary(), "config"], cwd=deploy, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode != 0
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, out.stderr
    assert "set DOCKER_GID in .env to the number `stat -c %g /var/run/docker.sock` prints" in lines[0]
    assert "$(" not in lines[0].split("in service")[-1]  # never suggests a `$(…)` that .env would not run


def test_docs_never_ask_for_a_command_substitution_inside_env():
    """compose reads .env literally: the docs may show `$(stat …)` only where a shell runs it."""
    readme = (ROOT / "README.md").read_text()
    assert "`DOCKER_GID=$(stat" not in readme
    doc = (ROOT / "docs" / "slack.md").read_text()
    outside_heredoc = doc.replace(docs_env_commands().removesuffix("chmod 600 .env\n"), "")
    assert "DOCKER_GID=$(stat" not in outside_heredoc
    assert "Unable to find group $(stat" in doc  # the troubleshooting row for the text typed into .env
