"""The deploy kit, for real: deploy/Dockerfile is built and run, deploy/compose.yaml is started.

What a team does with deploy/ (docs/slack.md §4), on the test engine:
- the base image is made offline the way a team behind a mirror would: a debootstrap of
  Debian bookworm (minbase + python3, venv, pip, CA certificates) from the machine's own apt
  mirror, imported with `docker import`, and handed to the Dockerfile through its BASE_IMAGE
  build argument; the proxy CA of this machine goes in through deploy/ca-certificates/
  (tests/deploy_images.py: made once per run, shared with the other deploy tests);
- the image runs as non-root, answers `--version`, reads and writes the engine through the
  mounted socket (the engine is inspected afterwards);
- every start-up trap of issue 14 is one clear line, never a traceback;
- `docker-compose up` (Debian's compose) against the fake Slack Web API: the health check turns
  healthy, a signed event is answered in its thread, and a redelivered event restarts nothing twice.

Everything made here (containers, the compose project, its volume) is removed at the end, the
images at the end of the run (the session fixture `deploy_images`).
Slow the first time in a run (a debootstrap and an image build: a few minutes).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import yaml
from deploy_images import MAIN_HOST, DeployImages
from slack_fake import FakeSlack, mention, sign

pytestmark = pytest.mark.docker

ROOT = Path(__file__).resolve().parent.parent
SOCK = "/var/run/docker.sock"
LABEL = "gorae.test=deploy"
SECRET = "deploy-test-signing-secret"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        msg = f"{tool} is not installed (scripts/engine.sh install adds it)"
        if _ci():
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    return path


def run(*argv: str, check: bool = True, timeout: float = 900, **kw: Any) -> subprocess.CompletedProcess[str]:
    p = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout, **kw)
    if check and p.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} -> {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


def socket_gid() -> str:
    return str(os.stat(SOCK).st_gid)


@pytest.fixture(scope="module")
def image(deploy_images: DeployImages, docker_client: Any) -> str:
    """deploy/Dockerfile built on the offline Debian base (tests/deploy_images.py: once per run, shared)."""
    _need("debootstrap")
    return deploy_images.gorae(MAIN_HOST)


@pytest.fixture
def scratch(docker_client: Any, world: Any) -> Any:
    """A running container of the fixture nginx image, removed afterwards."""
    c = docker_client.containers.run("nginx", detach=True, name=f"deploy-t-{os.getpid()}", labels={"gorae.test": "deploy"})
    yield c
    c.remove(force=True)


def gorae(image: str, *args: str, group: bool = True, env: dict[str, str] | None = None,
          mounts: tuple[str, ...] = (), check: bool = False) -> subprocess.CompletedProcess[str]:
    argv = ["docker", "run", "--rm", "--label", LABEL, "-v", f"{SOCK}:{SOCK}"]
    if group:
        argv += ["--group-add", socket_gid()]
    for k, v in (env or {}).items():
        argv += ["-e", f"{k}={v}"]
    for m in mounts:
        argv += ["-v", m]
    return run(*argv, image, *args, check=check, timeout=120)


def one_clear_line(p: subprocess.CompletedProcess[str], *, logging: bool = False) -> str:
    """The one line a failed start says (with `logging`, debug log lines may come before it)."""
    out = (p.stderr + p.stdout).strip()
    assert p.returncode != 0, out
    assert "Traceback" not in out, out
    lines = [line for line in out.splitlines() if line.strip()]
    if logging:
        lines = [line for line in lines if " DEBUG " not in line]
    assert len(lines) == 1, out
    return lines[0]


def test_image_is_non_root_and_answers(image: str) -> None:
    assert run("docker", "run", "--rm", image, "--version").stdout.strip().startswith("gorae ")
    uid = run("docker", "run", "--rm", "--entrypoint", "id", image, "-u").stdout.strip()
    assert uid == "10001"
    hist = run("docker", "history", "--no-trunc", "--format", "{{.CreatedBy}}", image).stdout
    assert "xoxb-" not in hist and "/wheels" not in hist


def test_say_reads_and_writes_the_engine_through_the_socket(image: str, scratch: Any, docker_client: Any) -> None:
    env = {"GORAE_POLICY": ""}  # no policy file: the local user of the container is the operator
    p = gorae(image, "say", "--json", "docker ps", env=env)
    assert p.returncode == 0, p.stderr
    assert scratch.name in p.stdout
    before = docker_client.api.inspect_container(scratch.id)["State"]["StartedAt"]
    p = gorae(image, "say", "--yes", f"{scratch.name} 재시작", env=env)
    assert p.returncode == 0, p.stdout + p.stderr
    state = docker_client.api.inspect_container(scratch.id)["State"]
    assert state["Running"] and state["StartedAt"] != before


def test_each_start_up_trap_is_one_clear_line(image: str, tmp_path: Path) -> None:
    slack_env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": SECRET, "GORAE_POLICY": ""}
    line = one_clear_line(gorae(image, "slack", "--http", "3999", env={**slack_env, "GORAE_SLACK_WORKERS": "four"}))
    assert "GORAE_SLACK_WORKERS=four" in line
    line = one_clear_line(gorae(image, "slack", "--http", "3999", env={**slack_env, "GORAE_LOG_LEVEL": "loud"}))
    assert "GORAE_LOG_LEVEL=loud" in line
    # a lowercase level is fine: the start goes on to the next check (here: no socket group)
    line = one_clear_line(gorae(image, "slack", "--http", "3999", group=False,
                                env={**slack_env, "GORAE_LOG_LEVEL": "debug"}), logging=True)
    assert "No permission on the Docker socket" in line and "DOCKER_GID" in line
    missing = tmp_path / "policy.local.yaml"  # not there: docker makes a directory in its place
    line = one_clear_line(gorae(image, "slack", "--http", "3999", env={**slack_env, "GORAE_POLICY": "/etc/gorae/policy.yaml"},
                                mounts=(f"{missing}:/etc/gorae/policy.yaml:ro",)))
    assert "is a directory" in line and "GORAE_POLICY_FILE" in line


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(port: int, body: dict[str, Any], retry: int | None = None) -> int:
    raw = json.dumps(body).encode()
    headers = {"Content-Type": "application/json", **sign(SECRET, raw)}
    if retry is not None:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    req = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=raw, headers=headers)
    with urllib.request.urlopen(req, timeout=10) as r:
        return int(r.status)


def _restarts(name: str, since: float) -> int:
    out = run("docker", "events", "--since", f"{since:.0f}", "--until", f"{time.time():.0f}",
              "--filter", f"container={name}", "--filter", "event=restart", "--format", "{{.Action}}").stdout
    return len(out.split())


def test_compose_up_is_healthy_and_answers_in_thread(image: str, scratch: Any, tmp_path: Path) -> None:
    compose = _need("docker-compose")
    fake = FakeSlack().start()
    port = _free_port()
    project = f"goraeci{os.getpid()}"
    policy = tmp_path / "policy.local.yaml"
    shutil.copy(ROOT / "tests" / "data" / "slack-policy.yaml", policy)
    os.chmod(policy, 0o644)
    os.chmod(tmp_path, 0o755)
    override = tmp_path / "compose.test.yaml"
    override.write_text(yaml.safe_dump({"services": {"gorae": {
        "image": image, "network_mode": "host",  # the fake Slack Web API listens on this host's 127.0.0.1
        "command": ["slack", "--http", str(port), "--host", "127.0.0.1"],
        "environment": {"SLACK_API_URL": fake.url, "SLACK_SIGNING_SECRET": SECRET},
        "healthcheck": {"interval": "2s", "timeout": "10s", "start_period": "120s", "retries": 3}}}}))
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "DOCKER_GID": socket_gid(),
           "GORAE_POLICY_FILE": str(policy), "GORAE_LOG_LEVEL": "debug"}
    base = [compose, "-p", project, "-f", str(ROOT / "deploy" / "compose.yaml"), "-f", str(override)]
    try:
        run(*base, "up", "-d", "gorae", env=env, timeout=300)
        cid = run(*base, "ps", "-q", "gorae", env=env).stdout.strip()
        deadline = time.time() + 90
        status = ""
        while time.time() < deadline:
            status = run("docker", "inspect", "-f", "{{.State.Health.Status}}", cid).stdout.strip()
            if status == "healthy":
                break
            time.sleep(1)
        logs = run("docker", "logs", cid, check=False).stderr[-3000:]
        assert status == "healthy", logs
        since = time.time() - 1
        event = mention(f"{scratch.name} 재시작", event_id="EvDeploy1")
        assert _post(port, event) == 200
        assert _post(port, event, retry=1) == 200  # Slack's redelivery of the same event
        fake.wait_for("chat.postMessage", 1, timeout=30)
        # the first post may be the "working on it" line; the answer follows it (under load, seconds later)
        deadline = time.time() + 60
        thread = fake.thread("C0OPS", event["event"]["ts"])
        while time.time() < deadline and not any(
                f"docker restart {scratch.name}" in json.dumps(m, ensure_ascii=False) for m in thread):
            time.sleep(0.5)
            thread = fake.thread("C0OPS", event["event"]["ts"])
        assert thread and any(f"docker restart {scratch.name}" in json.dumps(m, ensure_ascii=False) for m in thread)
        time.sleep(2)
        assert _restarts(scratch.name, since) == 1
        assert "Traceback" not in run("docker", "logs", cid, check=False).stderr
    finally:
        run(*base, "down", "-v", "--remove-orphans", env=env, check=False, timeout=120)
        fake.stop()


def test_compose_in_deploy_as_the_docs_say(image: str, tmp_path: Path) -> None:
    """docs/slack.md §3–4 pasted in deploy/ (its `.env`, `GORAE_POLICY_FILE=./policy.local.yaml`), Debian's compose:
    before the policy is copied `up` stops with one error naming the missing file (no directory made in its
    place); after, gorae turns healthy and `gorae health` in it says both connections are up."""
    from test_slack_deploy import compose_in_a_copy_of_deploy

    compose = _need("docker-compose")
    deploy = compose_in_a_copy_of_deploy(tmp_path, policy=False)
    for p in (tmp_path, deploy):
        os.chmod(p, 0o755)
    fake = FakeSlack().start()
    port = _free_port()
    project = f"goraedocs{os.getpid()}"
    (deploy / "compose.test.yaml").write_text(yaml.safe_dump({"services": {"gorae": {
        "image": image, "network_mode": "host",  # the fake Slack Web API is on this host's 127.0.0.1
        "command": ["slack", "--http", str(port), "--host", "127.0.0.1"],
        "environment": {"SLACK_API_URL": fake.url, "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": "xoxb-1"},
        "healthcheck": {"interval": "2s", "timeout": "10s", "start_period": "120s", "retries": 3}}}}))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_", "DOCKER_GID"))}
    base = [compose, "-p", project, "-f", "compose.yaml", "-f", "compose.test.yaml"]
    try:
        up = run(*base, "up", "-d", "--no-build", "gorae", cwd=deploy, env=env, check=False, timeout=300)
        assert up.returncode != 0
        missing = str(deploy / "policy.local.yaml")
        assert f"bind source path does not exist: {missing}" in up.stderr, up.stderr
        assert not os.path.exists(missing)  # no root-owned directory made in its place
        shutil.copy(deploy / "policy.yaml", missing)  # §3: cp deploy/policy.yaml deploy/policy.local.yaml
        os.chmod(missing, 0o644)
        run(*base, "up", "-d", "--no-build", "gorae", cwd=deploy, env=env, timeout=300)
        cid = run(*base, "ps", "-q", "gorae", cwd=deploy, env=env).stdout.strip()
        status, deadline = "", time.time() + 90
        while time.time() < deadline and status != "healthy":
            time.sleep(1)
            status = run("docker", "inspect", "-f", "{{.State.Health.Status}}", cid).stdout.strip()
        assert status == "healthy", run("docker", "logs", cid, check=False).stderr[-3000:]
        health = run(*base, "exec", "-T", "gorae", "gorae", "health", cwd=deploy, env=env, check=False)
        assert health.returncode == 0 and "healthy: Slack ok, engine ok" in health.stdout + health.stderr, health
    finally:
        run(*base, "down", "-v", "--remove-orphans", cwd=deploy, env=env, check=False, timeout=120)
        fake.stop()


def test_the_docs_one_off_commands_through_the_image(image: str, scratch: Any, tmp_path: Path) -> None:
    """docs/slack.md §3 `policy check` through the image and §4's one-off `docker run … say`, as written there."""
    policy = tmp_path / "policy.local.yaml"
    shutil.copy(ROOT / "deploy" / "policy.yaml", policy)
    os.chmod(policy, 0o644)
    os.chmod(tmp_path, 0o755)
    ok = run("docker", "run", "--rm", "--label", LABEL, "-v", f"{policy}:/p.yaml:ro", image, "policy", "check",
             "/p.yaml", check=False)
    assert ok.returncode == 0 and "/p.yaml: OK" in ok.stdout, ok
    lines = policy.read_text().splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines, 1) if "ops: C0123OPS" in line)  # the line the error must name
    policy.write_text(policy.read_text().replace("ops: C0123OPS", 'ops: "#ops"'))
    bad = run("docker", "run", "--rm", "--label", LABEL, "-v", f"{policy}:/p.yaml:ro", image, "policy", "check",
              "/p.yaml", check=False)
    assert bad.returncode == 1 and f"/p.yaml:{at}: `ops: #ops` in channels: the value must be the channel's ID" \
        in bad.stderr, bad
    shutil.copy(ROOT / "deploy" / "policy.yaml", policy)
    say = run("docker", "run", "--rm", "--label", LABEL, "--group-add", socket_gid(), "-v", f"{SOCK}:{SOCK}",
              "-v", f"{policy}:/etc/gorae/policy.yaml:ro", image, "say", "실행중인 컨테이너 보여줘", check=False)
    assert say.returncode == 0 and scratch.name in say.stdout and "docker ps" in say.stdout, say
