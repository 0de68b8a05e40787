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
