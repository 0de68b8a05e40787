"""gorae itself as a Swarm service, for real: deploy/stack.yaml deployed on the swarm engine (issue 12).

What a team does with deploy/stack.yaml (docs/swarm.md), on the single-node swarm of
`scripts/engine.sh start-s` (unix:///var/run/docker-s.sock):
- the image is deploy/Dockerfile built from an offline Debian base (debootstrap from this
  machine's apt mirror: tests/deploy_images.py, once per run, shared with the other deploy tests);
- the Slack tokens are Docker secrets (`docker secret create`), the policy a Docker config;
  nothing secret is in the service's environment (`docker service inspect` is checked);
- `docker stack deploy -c deploy/stack.yaml -c <test override>`: the override only points gorae at
  the fake Slack Web API on this host's 127.0.0.1 (host network, HTTP mode on 127.0.0.1, the signing
  secret as a third Docker secret) and mounts the swarm engine's socket where the stack mounts the
  manager's (/var/run/docker.sock on a real manager);
- the task runs as the stack says (user 10001, the socket's group, read-only root), turns healthy,
  reads its tokens from /run/secrets, and a signed Slack event "서비스 … 3개로 늘려" is answered in its
  thread and scales a service on the engine (checked with inspect).

Slow (a debootstrap and an image build: minutes): run with the swarm tests, under their lock:
    flock /tmp/gorae-swarm.lock .venv/bin/pytest -q -m swarm tests/test_deploy_stack.py
Everything made here (stack, secrets, config, the probe service) is removed at the end; the images
at the end of the run (the session fixture `deploy_images`).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from deploy_images import DeployImages
from slack_fake import FakeSlack, mention, sign

pytestmark = pytest.mark.swarm

ROOT = Path(__file__).resolve().parent.parent
HOST = os.environ.get("GORAE_SWARM_HOST") or "unix:///var/run/docker-s.sock"
SOCK = HOST.removeprefix("unix://")
SECRET = "stack-test-signing-secret"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _skip_or_fail(msg: str) -> None:
    if _ci():
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


def docker(*argv: str, check: bool = True, timeout: float = 600, **kw: Any) -> subprocess.CompletedProcess[str]:
    p = subprocess.run(["docker", "-H", HOST, *argv], capture_output=True, text=True, timeout=timeout, **kw)
    if check and p.returncode != 0:
        raise AssertionError(f"docker {' '.join(argv)} -> {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


@pytest.fixture(scope="module")
def image(deploy_images: DeployImages) -> str:
    """deploy/Dockerfile built on an offline bookworm base, on the swarm engine (tests/deploy_images.py:
    once per run; copied from the first engine when it was built there)."""
    if docker("info", "--format", "{{.Swarm.ControlAvailable}}", check=False).stdout.strip() != "true":
        _skip_or_fail(f"no swarm manager at {HOST}: sudo scripts/engine.sh install-s start-s")
    if shutil.which("debootstrap") is None:
        _skip_or_fail("debootstrap is not installed (scripts/engine.sh install adds it)")
    return deploy_images.gorae(HOST)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(port: int, body: dict[str, Any]) -> int:
    raw = json.dumps(body).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=raw,
                                 headers={"Content-Type": "application/json", **sign(SECRET, raw)})
    with urllib.request.urlopen(req, timeout=10) as r:
        return int(r.status)


def _secret(name: str, value: str) -> None:
    docker("secret", "create", name, "-", input=value)


def test_gorae_runs_as_a_swarm_service_with_docker_secrets(image: str, tmp_path: Path) -> None:
    stack = "goraest" + uuid.uuid4().hex[:6]
    probe = "e2e-stack-" + uuid.uuid4().hex[:6]
    fake = FakeSlack().start()
    port = _free_port()
    gid = str(os.stat(SOCK).st_gid)
    override = tmp_path / "stack.test.yaml"
    override.write_text(yaml.safe_dump({
        "version": "3.8",
        "services": {"gorae": {
            "image": image,
            "command": ["slack", "--http", str(port), "--host", "127.0.0.1"],
            "environment": {"SLACK_API_URL": fake.url, "GORAE_LOG_LEVEL": "debug"},
            "secrets": [{"source": "slack_signing_secret", "target": "slack_signing_secret",
                         "uid": "10001", "gid": "10001", "mode": 0o400}],
            "volumes": [{"type": "bind", "source": SOCK, "target": "/var/run/docker.sock"}],
            "networks": ["hostnet"],
            "healthcheck": {"interval": "2s", "timeout": "10s", "start_period": "120s", "retries": 3}}},
        "networks": {"hostnet": {"external": True, "name": "host"}},
        "secrets": {"slack_signing_secret": {"external": True}},
    }))
    env = {**os.environ, "GORAE_IMAGE": image, "DOCKER_GID": gid}
    try:
        _secret("slack_bot_token", "xoxb-1")
        _secret("slack_app_token", "xapp-1")
        _secret("slack_signing_secret", SECRET)
        docker("config", "create", "gorae_policy", str(ROOT / "tests" / "data" / "slack-policy.yaml"))
        docker("service", "create", "-d", "--name", probe, "nginx")
        docker("stack", "deploy", "-c", str(ROOT / "deploy" / "stack.yaml"), "-c", str(override), stack, env=env)
        name = f"{stack}_gorae"
        spec = json.loads(docker("service", "inspect", name).stdout)[0]["Spec"]
        cs = spec["TaskTemplate"]["ContainerSpec"]
        assert spec["Mode"]["Replicated"]["Replicas"] == 1
        assert "node.role == manager" in spec["TaskTemplate"]["Placement"]["Constraints"]
        assert cs["User"] == f"10001:{gid}" and cs.get("ReadOnly") is True
        assert {s["File"]["Name"] for s in cs["Secrets"]} == {"slack_bot_token", "slack_app_token",
                                                              "slack_signing_secret"}
        assert not any(e.split("=", 1)[0].startswith("SLACK_") and "_API_URL" not in e for e in cs.get("Env", []))
        deadline = time.time() + 120
        status, cid = "", ""
        while time.time() < deadline:
            cid = docker("ps", "-q", "--filter", f"label=com.docker.swarm.service.name={name}").stdout.strip()
            if cid:
                status = docker("inspect", "-f", "{{.State.Health.Status}}", cid, check=False).stdout.strip()
                if status == "healthy":
                    break
            time.sleep(1)
        logs = docker("service", "logs", "--raw", name, check=False)
        assert status == "healthy", (logs.stdout + logs.stderr)[-3000:]
        event = mention(f"{probe} 서비스 3개로 늘려", event_id="EvStack1")
        assert _post(port, event) == 200
        fake.wait_for("chat.postMessage", 1, timeout=60)
        deadline = time.time() + 60
        answered = ""
        while time.time() < deadline:
            answered = json.dumps(fake.thread("C0OPS", event["event"]["ts"]), ensure_ascii=False)
            if "3개로 맞췄습니다" in answered:
                break
            time.sleep(0.5)
        assert f"docker service scale {probe}=3" in answered and "3개로 맞췄습니다" in answered, answered
        spec = json.loads(docker("service", "inspect", probe).stdout)[0]["Spec"]
        assert spec["Mode"]["Replicated"]["Replicas"] == 3  # the engine was changed, by gorae in the swarm
        logs = docker("service", "logs", "--raw", name, check=False)
        assert "Traceback" not in logs.stdout + logs.stderr
        assert "xoxb-1" not in logs.stdout + logs.stderr and SECRET not in logs.stdout + logs.stderr
    finally:
        docker("stack", "rm", stack, check=False)
        docker("service", "rm", probe, check=False)
        deadline = time.time() + 60  # secrets in use by a task cannot be removed before it is gone
        while time.time() < deadline and docker("ps", "-aq", "--filter",
                                                f"label=com.docker.stack.namespace={stack}").stdout.strip():
            time.sleep(1)
        for s in ("slack_bot_token", "slack_app_token", "slack_signing_secret"):
            docker("secret", "rm", s, check=False)
        docker("config", "rm", "gorae_policy", check=False)
        docker("volume", "rm", f"{stack}_gorae-state", check=False)
        fake.stop()
