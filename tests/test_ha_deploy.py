"""deploy/compose.ha.yaml and deploy/stack.ha.yaml: two gorae replicas and PostgreSQL (docs/ha.md),
read by the tools that deploy them (`docker-compose config`, Debian's compose; `docker stack config`
where the docker CLI has it) — no engine needed. What must hold: two replicas of one image on one
state URL (PostgreSQL, no password in it), the password only from .env or a secret, the Swarm
replicas spread over nodes and updated one at a time, a missing setting one clear line."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.state.backend import check_url

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
ENV = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "DOCKER_GID": "998",
       "GORAE_PG_PASSWORD": "s3cret-pg-password"}


def _compose() -> str:
    path = shutil.which("docker-compose")
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("docker-compose is not installed (scripts/engine.sh install adds it)", pytrace=False)
        pytest.skip("docker-compose is not installed")
    return path


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_", "DOCKER_GID", "PG"))}
    env.update(extra)
    return env


def compose_config(tmp_path: Path, file: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    deploy = tmp_path / "deploy"
    if not deploy.exists():
        shutil.copytree(DEPLOY, deploy, ignore=shutil.ignore_patterns(".env", "*.local.yaml", "*.crt"))
        shutil.copy(deploy / "policy.yaml", deploy / "policy.local.yaml")
    return subprocess.run([_compose(), "-f", file, "config"], cwd=deploy, env=_clean_env(**env),
                          capture_output=True, text=True, timeout=60)


def test_compose_ha_runs_two_replicas_on_one_postgresql(tmp_path):
    out = compose_config(tmp_path, "compose.ha.yaml", {**ENV, "GORAE_POLICY_FILE": "./policy.local.yaml"})
    assert out.returncode == 0, out.stderr
    services = yaml.safe_load(out.stdout)["services"]
    replicas = [s for name, s in services.items() if name.startswith("gorae-")]
    assert len(replicas) == 2
    urls = {s["environment"]["GORAE_STATE"] for s in replicas}
    (url,) = urls  # one truth
    assert url.startswith("postgresql://") and check_url(url) is None
    assert "s3cret" not in url and "s3cret" not in str(replicas[0]["command"])
    assert {s["environment"]["PGPASSWORD"] for s in replicas} == {ENV["GORAE_PG_PASSWORD"]}
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"] == ENV["GORAE_PG_PASSWORD"]
    assert all(s["image"] == replicas[0]["image"] and s["command"] == ["slack"] for s in replicas)
    assert all("postgres" in s["depends_on"] for s in replicas)
    assert [str(g) for g in replicas[0]["group_add"]] == ["998"]
    assert all(s["stop_grace_period"] == "40s" for s in replicas)  # > the 30 s drain of acknowledged work


def test_compose_ha_without_the_database_password_is_one_line(tmp_path):
    env = {k: v for k, v in ENV.items() if k != "GORAE_PG_PASSWORD"}
    out = compose_config(tmp_path, "compose.ha.yaml", {**env, "GORAE_POLICY_FILE": "./policy.local.yaml"})
    assert out.returncode != 0
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "set GORAE_PG_PASSWORD in .env" in lines[0], out.stderr


def _stack_checks(stack: dict[str, Any]) -> None:
    gorae, pg = stack["services"]["gorae"], stack["services"]["postgres"]
    assert gorae["deploy"]["replicas"] == 2
    assert gorae["deploy"]["placement"]["max_replicas_per_node"] == 1  # one node lost: one replica left
    assert gorae["deploy"]["update_config"]["parallelism"] == 1
    assert gorae["stop_grace_period"] == "40s"  # > the 30 s drain of acknowledged work (Docker's default: 10 s)
    url = gorae["environment"]["GORAE_STATE"]
    assert url.startswith("postgresql://") and check_url(url) is None and ":" not in url.split("@")[0][13:]
    assert gorae["environment"]["PGPASSFILE"] == "/run/secrets/gorae_pgpass"
    (secret,) = gorae["secrets"]
    assert secret["source"] == "gorae_pgpass" and int(secret["mode"]) == 0o400  # YAML 0400, octal
    assert str(secret["uid"]) == "10001"  # the image's user (deploy/Dockerfile): libpq reads a 0400 file
    assert pg["environment"]["POSTGRES_PASSWORD_FILE"] == "/run/secrets/gorae_pg_password"
    assert "PASSWORD" not in " ".join(k for k in gorae["environment"] if k != "PGPASSFILE")


def test_stack_ha_two_replicas_spread_and_secrets(tmp_path):
    env = {**ENV, "GORAE_IMAGE": "registry.example:5000/gorae:1"}
    out = compose_config(tmp_path, "stack.ha.yaml", env)  # compose reads the stack format too
    assert out.returncode == 0, out.stderr
    _stack_checks(yaml.safe_load(out.stdout))
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "stack", "config", "--help"], capture_output=True).returncode == 0:
        out = subprocess.run([docker, "stack", "config", "-c", "stack.ha.yaml"], cwd=tmp_path / "deploy",
                             env=_clean_env(**env), capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        _stack_checks(yaml.safe_load(out.stdout))


def test_stack_ha_without_an_image_is_one_line(tmp_path):
    out = compose_config(tmp_path, "stack.ha.yaml", ENV)
    assert out.returncode != 0
    assert "set GORAE_IMAGE to the gorae image" in out.stderr


def test_no_dash_in_a_required_variable_message_of_a_stack_file():
    """`docker stack deploy` (the docker CLI's template) takes the first '-' in `${VAR:?a message}` for
    `${VAR-default}` and puts the rest of the message in place of the variable, set or not: the
    replicas of stack.ha.yaml got SLACK_BOT_TOKEN='…)' (found deploying it, tests/test_deploy_ha.py)."""
    import re

    for f in sorted(DEPLOY.glob("stack*.yaml")):
        for m in re.finditer(r"\$\{([A-Za-z_][A-Za-z0-9_]*):\?([^}]*)\}", f.read_text()):
            assert "-" not in m[2], f"{f.name}: ${{{m[1]}:?{m[2]}}}"
