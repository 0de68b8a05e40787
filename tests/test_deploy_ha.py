"""deploy/compose.ha.yaml and deploy/stack.ha.yaml started for real: two gorae replicas and PostgreSQL
(docs/ha.md, issue 13).

The images (tests/deploy_images.py, made once per run): gorae from deploy/Dockerfile and a PostgreSQL
made from Debian's package with the official image's entrypoint contract (tests/postgres-image/), both
on an offline Debian base; the deploy files take it through GORAE_POSTGRES_IMAGE (default postgres:16).

Compose (Debian's docker-compose, the test engine), `-f deploy/compose.ha.yaml -f <override>`. The
override only does what this machine needs: both replicas on the host network, so that they reach the
fake Slack Web API (tests/slack_fake.py) on this host's 127.0.0.1 — replica gorae-a over HTTP on a port
of its own (signed events), gorae-b in Socket Mode (the file's own command) — and PostgreSQL published
on 127.0.0.1, so GORAE_STATE names 127.0.0.1:<port> instead of postgres:5432; faster health checks.
- PostgreSQL and both replicas turn healthy; the replicas made gorae's schema in that database;
- a signed event delivered to both replicas (and redelivered) is answered once, the container
  restarted once (engine events), one audit row;
- a confirmation asked on one replica and clicked on the other (and clicked twice) runs once;
- `docker kill` of one replica: the other keeps serving (an event answered, the engine changed);
- `gorae audit verify` inside a replica: the hash chain over the shared audit log holds.

Swarm (the swarm engine unix:///var/run/docker-s.sock, under /tmp/gorae-swarm.lock):
`docker stack deploy` of deploy/stack.ha.yaml as a team would (secrets, config), with what this
single-node swarm without a routing mesh needs written into a copy of the file: every service on the
host network (gorae to reach the fake Slack on 127.0.0.1, PostgreSQL on a free 127.0.0.1 port: PGPORT),
the swarm engine's socket mounted, `max_replicas_per_node` 2 (one node here; the file says 1 for two
nodes), the external secret/config names suffixed per run. Both tasks turn healthy in Socket Mode, and
one event delivered on both connections is answered once, the container restarted once.

Everything created (containers, the compose project and its volume, the stack, secrets, config) is
removed at the end, also on failure; the images at the end of the run.
    flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_deploy_ha.py
    flock /tmp/gorae-swarm.lock .venv/bin/pytest -q -m swarm tests/test_deploy_ha.py
The compose tests on another engine (its socket mounted in place of /var/run/docker.sock), e.g. the
swarm engine's while the test engine is busy:
    GORAE_TEST_HA_COMPOSE_HOST=unix:///var/run/docker-s.sock flock /tmp/gorae-swarm.lock \
      .venv/bin/pytest -q -m docker tests/test_deploy_ha.py
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from deploy_images import MAIN_HOST, SWARM_HOST, DeployImages, docker
from ha_harness import wait_until
from slack_fake import FakeSlack, FakeSocketMode, mention, sign
from test_ha import blob, confirm_click, question

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
POLICY = ROOT / "tests" / "data" / "ha-policy.yaml"
SECRET = "ha-deploy-test-signing-secret"
LABELS = {"gorae.test": "ha-deploy"}
FOREVER = 'trap "exit 0" TERM; while :; do sleep 0.2; done'
# the engine of the compose tests: the test engine; another (GORAE_TEST_HA_COMPOSE_HOST, e.g. the swarm
# engine's socket under its lock) only to try them while the first engine is busy
HA_HOST = os.environ.get("GORAE_TEST_HA_COMPOSE_HOST") or MAIN_HOST


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _skip_or_fail(msg: str) -> None:
    if _ci():
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GORAE_", "DOCKER_GID", "PG"))}
    env.update(extra)
    return env


def _run(*argv: str, check: bool = True, timeout: float = 300, **kw: Any) -> subprocess.CompletedProcess[str]:
    p = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout, **kw)
    if check and p.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} -> {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


def _images(deploy_images: DeployImages, host: str) -> tuple[str, str]:
    """(gorae, postgres) image tags on HOST; skips (fails under CI) without debootstrap."""
    if shutil.which("debootstrap") is None:
        _skip_or_fail("debootstrap is not installed (scripts/engine.sh install adds it)")
    return deploy_images.gorae(host), deploy_images.postgres(host)


def _restarts(client: Any, name: str, since: float) -> int:
    """`restart` events of container NAME since SINCE (epoch s), read from the engine of CLIENT."""
    events = client.events(since=int(since) - 1, until=int(time.time()) + 1, decode=True,
                           filters={"type": "container", "container": name, "event": "restart"})
    return sum(1 for e in events if e["timeNano"] >= since * 1e9)


def _thread(fake: FakeSlack, ts: str) -> list[dict[str, Any]]:
    return fake.thread("C0OPS", ts)


def _said(fake: FakeSlack, ts: str, words: str) -> list[dict[str, Any]]:
    """The messages in the thread of TS that contain WORDS."""
    return [m for m in _thread(fake, ts) if words in blob(m)]


def _audit(url: str, request_id: str) -> list[dict[str, Any]]:
    import psycopg
    from psycopg.rows import dict_row

    with psycopg.connect(url, row_factory=dict_row, connect_timeout=5) as conn:
        return list(conn.execute("SELECT * FROM requests WHERE request_id = %s ORDER BY id", (request_id,)))


@pytest.fixture(scope="module")
def sm() -> Iterator[FakeSocketMode]:
    s = FakeSocketMode().start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def fake(sm: FakeSocketMode) -> Iterator[FakeSlack]:
    f = FakeSlack().start()
    f.ws_url = sm.url
    yield f
    f.stop()


def _world_policy(tmp: Path) -> Path:
    os.chmod(tmp, 0o755)
    policy = tmp / "policy.local.yaml"
    shutil.copy(POLICY, policy)
    os.chmod(policy, 0o644)
    return policy


# =========================================================================== compose


@dataclass
class HaCompose:
    """The compose project of compose.ha.yaml under test."""

    argv: list[str]          # docker-compose -p … -f … -f …
    env: dict[str, str]
    port_a: int              # gorae-a's HTTP port on 127.0.0.1
    state_url: str           # the shared database, with the password (the test's own connections)

    def cid(self, service: str) -> str:
        return _run(*self.argv, "ps", "-q", service, env=self.env).stdout.strip()

    def health(self, service: str) -> str:
        cid = self.cid(service)
        if not cid:
            return "absent"
        return _run("docker", "-H", HA_HOST, "inspect", "-f", "{{.State.Health.Status}}", cid, check=False).stdout.strip()

    def post_a(self, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> int:
        """POST a signed Slack request to gorae-a (HTTP mode); the status it answers."""
        headers = {"Content-Type": ctype, **sign(SECRET, body), **(extra or {})}
        req = urllib.request.Request(f"http://127.0.0.1:{self.port_a}/slack/events", data=body, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return int(r.status)
        except urllib.error.HTTPError as e:
            return int(e.code)

    def event_a(self, envelope: dict[str, Any], retry: int = 0) -> None:
        extra = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        assert self.post_a(json.dumps(envelope).encode(), "application/json", extra) == 200

    def action_a(self, payload: dict[str, Any]) -> None:
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        assert self.post_a(body, "application/x-www-form-urlencoded") == 200


def _sm_deliver(sm: FakeSocketMode, type_: str, payload: dict[str, Any], *, to: Any = None, retry: int = 0) -> None:
    sm.wait_ack(sm.send(type_, payload, to=to, retry_attempt=retry, retry_reason="timeout" if retry else ""))


@pytest.fixture(scope="module")
def ha(deploy_images: DeployImages, engine_client: Any, fake: FakeSlack, sm: FakeSocketMode,
       tmp_path_factory: pytest.TempPathFactory) -> Iterator[HaCompose]:
    """compose.ha.yaml up (PostgreSQL + gorae-a + gorae-b), all three healthy; `down -v` at the end."""
    compose = shutil.which("docker-compose")
    if compose is None:
        _skip_or_fail("docker-compose is not installed (scripts/engine.sh install adds it)")
        raise AssertionError  # not reached
    gorae, postgres = _images(deploy_images, HA_HOST)
    sock = HA_HOST.removeprefix("unix://")
    tmp = tmp_path_factory.mktemp("ha-compose")
    policy = _world_policy(tmp)
    port_a, pg_port = _free_port(), _free_port()
    state = f"postgresql://gorae@127.0.0.1:{pg_port}/gorae"
    # a check that fails inside start_period does not count, one that passes ends it: a long start_period only
    # keeps a loaded machine (initdb, Kiwi loading at start-up) from marking a slow start unhealthy
    fast = {"interval": "2s", "timeout": "10s", "start_period": "120s", "retries": 3}
    replica: dict[str, Any] = {"image": gorae, "network_mode": "host", "healthcheck": fast,
                               "environment": {"SLACK_API_URL": fake.url, "GORAE_STATE": state}}
    if sock != "/var/run/docker.sock":
        replica["volumes"] = [f"{sock}:/var/run/docker.sock"]  # compose merges mounts by their target
    override = tmp / "compose.test.yaml"
    override.write_text(yaml.safe_dump({"services": {
        "postgres": {"ports": [f"127.0.0.1:{pg_port}:5432"], "healthcheck": {**fast, "interval": "1s"}},
        "gorae-a": {**replica, "command": ["slack", "--http", str(port_a), "--host", "127.0.0.1"],
                    "environment": {**replica["environment"], "SLACK_SIGNING_SECRET": SECRET}},
        "gorae-b": replica}}))
    password = secrets.token_hex(16)
    env = _clean_env(SLACK_BOT_TOKEN="xoxb-ha-deploy", SLACK_APP_TOKEN="xapp-1-A0GORAE-ha",
                     DOCKER_GID=str(os.stat(sock).st_gid), GORAE_POLICY_FILE=str(policy), DOCKER_HOST=HA_HOST,
                     GORAE_PG_PASSWORD=password, GORAE_POSTGRES_IMAGE=postgres, GORAE_LOG_LEVEL="debug")
    project = f"goraeha{os.getpid()}"
    argv = [compose, "-p", project, "-f", str(DEPLOY / "compose.ha.yaml"), "-f", str(override)]
    ha = HaCompose(argv, env, port_a, f"postgresql://gorae:{password}@127.0.0.1:{pg_port}/gorae")
    try:
        _run(*argv, "up", "-d", "--no-build", env=env, timeout=300)
        try:
            wait_until(lambda: all(ha.health(s) == "healthy" for s in ("postgres", "gorae-a", "gorae-b")), 120,
                       "PostgreSQL and both replicas healthy")
        except AssertionError:
            logs = _run(*argv, "logs", "--no-color", "--tail", "60", env=env, check=False).stdout
            raise AssertionError({s: ha.health(s) for s in ("postgres", "gorae-a", "gorae-b")}, logs[-6000:])
        yield ha
    finally:
        print(_run(*argv, "logs", "--no-color", "--tail", "200", env=env, check=False).stdout[-20000:])
        _run(*argv, "down", "-v", "--remove-orphans", env=env, check=False, timeout=180)
        left = _run("docker", "-H", HA_HOST, "ps", "-aq", "--filter", f"label=com.docker.compose.project={project}").stdout.split()
        vols = _run("docker", "-H", HA_HOST, "volume", "ls", "-q", "--filter",
                    f"label=com.docker.compose.project={project}").stdout.split()
        for argv_rm in (["docker", "rm", "-f", *left] if left else [], ["docker", "volume", "rm", *vols] if vols else []):
            if argv_rm:
                _run(*argv_rm, check=False)
    assert not left and not vols, f"left behind by `docker-compose down -v`: {left} {vols}"


@pytest.fixture(scope="module")
def engine_client(docker_client: Any) -> Iterator[Any]:
    """An SDK client to HA_HOST (the test engine's docker_client, unless another engine was named)."""
    if HA_HOST == MAIN_HOST:
        yield docker_client
        return
    import docker as sdk

    client = sdk.DockerClient(base_url=HA_HOST, version="auto", timeout=120)
    yield client
    client.close()


@pytest.fixture
def busybox(engine_client: Any) -> Iterator[Any]:
    """make(prefix) -> the name of a running container (a busybox shell), removed at the end."""
    made: list[Any] = []
    image = "busybox" if engine_client.images.list(name="busybox") else "nginx"  # both are busybox here

    def make(prefix: str) -> str:
        name = f"{prefix}-{uuid.uuid4().hex[:6]}"
        made.append(engine_client.containers.run(image, ["sh", "-c", FOREVER], name=name, detach=True,
                                                 labels=LABELS))
        return name
    yield make
    for c in made:
        c.remove(force=True)


@pytest.mark.docker
def test_compose_ha_postgresql_and_both_replicas_are_healthy_on_one_state(ha: HaCompose, engine_client: Any) -> None:
    import psycopg

    assert {s: ha.health(s) for s in ("postgres", "gorae-a", "gorae-b")} == dict.fromkeys(
        ("postgres", "gorae-a", "gorae-b"), "healthy")
    pg = engine_client.api.inspect_container(ha.cid("postgres"))
    assert pg["Config"]["Image"] == ha.env["GORAE_POSTGRES_IMAGE"]  # the image the variable named
    for s in ("gorae-a", "gorae-b"):
        c = engine_client.api.inspect_container(ha.cid(s))
        assert c["HostConfig"]["ReadonlyRootfs"] and c["Config"]["User"] in ("gorae", "10001")
        health = _run("docker", "-H", HA_HOST, "exec", ha.cid(s), "gorae", "health", check=False)
        assert health.returncode == 0 and "Slack ok, engine ok" in health.stdout + health.stderr, health
    # two replicas, two lease holders: on the host network both have the host's name and run gorae as
    # PID 1, and both once took watch:<engine> as "vm:1" (bot/state/lease.py me())
    holders = [set(re.findall(r"lease watch:\S+: taken by (\S+)", _run("docker", "-H", HA_HOST, "logs", ha.cid(s)).stderr))
               for s in ("gorae-a", "gorae-b")]
    assert holders[0].isdisjoint(holders[1]) and any(holders), holders
    with psycopg.connect(ha.state_url, connect_timeout=5) as conn:  # the replicas made the schema there
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"requests", "leases"} <= tables, tables


@pytest.mark.docker
def test_compose_ha_an_event_on_both_replicas_is_answered_once(ha: HaCompose, fake: FakeSlack, sm: FakeSocketMode,
                                                                busybox: Any, engine_client: Any) -> None:
    name = busybox("ha-dep")
    since = time.time()
    env = mention(f"restart {name}")
    ha.event_a(env)                          # signed, over HTTP, to gorae-a
    _sm_deliver(sm, "events_api", env)       # the same event over gorae-b's Socket Mode connection
    ha.event_a(env, retry=1)                 # and Slack's retries, to both
    _sm_deliver(sm, "events_api", env, retry=2)
    ts = env["event"]["ts"]
    wait_until(lambda: _said(fake, ts, "docker restart"), 60, "the answer in the thread")
    wait_until(lambda: _restarts(engine_client, name, since) >= 1, 30, "the restart")
    time.sleep(2)  # a second run would show by now
    assert _restarts(engine_client, name, since) == 1
    assert len(_said(fake, ts, "docker restart")) == 1, _thread(fake, ts)
    assert [r["outcome"] for r in _audit(ha.state_url, env["event_id"])] == ["ok"]


@pytest.mark.docker
def test_compose_ha_asked_on_one_replica_clicked_on_the_other_runs_once(
        ha: HaCompose, fake: FakeSlack, sm: FakeSocketMode, busybox: Any, engine_client: Any) -> None:
    name = busybox("ha-confirm")
    since = time.time()
    env = mention(f"restart {name}")
    _sm_deliver(sm, "events_api", env)       # asked on gorae-b
    msg = question(fake, env["event"]["ts"])
    assert _restarts(engine_client, name, since) == 0  # nothing runs before the yes
    click = confirm_click(msg)
    ha.action_a(click)                       # clicked on gorae-a
    _sm_deliver(sm, "interactive", click)    # the same click delivered again, to gorae-b
    ha.action_a(confirm_click(msg))          # a second click
    wait_until(lambda: _restarts(engine_client, name, since) >= 1, 60, "the confirmed restart")
    time.sleep(2)
    assert _restarts(engine_client, name, since) == 1
    rows = _audit(ha.state_url, env["event_id"])
    assert [r["outcome"] for r in rows] == ["ok"] and rows[0]["confirmed_by"] == "U0ALICE", rows


@pytest.mark.docker
def test_compose_ha_one_replica_killed_the_other_keeps_serving(ha: HaCompose, fake: FakeSlack, sm: FakeSocketMode,
                                                                busybox: Any, engine_client: Any) -> None:
    killed = ha.cid("gorae-a")
    _run("docker", "-H", HA_HOST, "kill", killed)
    assert engine_client.api.inspect_container(killed)["State"]["Status"] != "running" or \
        engine_client.api.inspect_container(killed)["RestartCount"] > 0  # killed (compose may restart it)
    name = busybox("ha-dep")
    since = time.time()
    env = mention(f"restart {name}")
    _sm_deliver(sm, "events_api", env)       # gorae-b, still up
    ts = env["event"]["ts"]
    wait_until(lambda: _said(fake, ts, "docker restart"), 60, "the answer of the surviving replica")
    wait_until(lambda: _restarts(engine_client, name, since) >= 1, 30, "the restart")
    assert _restarts(engine_client, name, since) == 1
    assert ha.health("gorae-b") == "healthy"


@pytest.mark.docker
def test_compose_ha_audit_verify_inside_a_replica(ha: HaCompose) -> None:
    p = _run("docker", "-H", HA_HOST, "exec", "-e", "GORAE_LANG=en", ha.cid("gorae-b"), "gorae", "audit", "verify", check=False)
    assert p.returncode == 0 and "The audit log is intact" in p.stdout, p
    rows = int(p.stdout.split("The audit log is intact: ")[1].split(" rows")[0])
    assert rows >= 3  # the three requests of the tests above, in the shared log


# =========================================================================== swarm


def _swarm_manager() -> None:
    info = docker(SWARM_HOST, "info", "--format", "{{.Swarm.ControlAvailable}}", check=False, timeout=60)
    if info.stdout.strip() != "true":
        _skip_or_fail(f"no swarm manager at {SWARM_HOST}: sudo scripts/engine.sh install-s start-s")


def _stack_for_this_swarm(stack: dict[str, Any], *, suffix: str, pg_port: int, fake: FakeSlack,
                          sock: str) -> dict[str, Any]:
    """deploy/stack.ha.yaml with what this single-node swarm without a routing mesh needs (module docstring)."""
    fast = {"interval": "2s", "timeout": "10s", "start_period": "120s", "retries": 3}
    gorae, pg = stack["services"]["gorae"], stack["services"]["postgres"]
    gorae["networks"] = pg["networks"] = ["hostnet"]
    gorae["environment"] = {**gorae["environment"], "SLACK_API_URL": fake.url,
                            "GORAE_STATE": f"postgresql://gorae@127.0.0.1:{pg_port}/gorae"}
    gorae["volumes"] = [{"type": "bind", "source": sock, "target": "/var/run/docker.sock"},  # this swarm's engine
                        *(v for v in gorae["volumes"] if "docker.sock" not in str(v))]
    gorae["deploy"]["placement"]["max_replicas_per_node"] = 2
    for service in (gorae, pg):
        service["healthcheck"] = {**service["healthcheck"], **fast}  # the file's test, checked more often
    pg["environment"] = {**pg["environment"], "PGPORT": str(pg_port)}  # the server's port and pg_isready's
    pg["command"] = ["postgres", "-c", "listen_addresses=127.0.0.1"]
    stack["networks"] = {"hostnet": {"external": True, "name": "host"}}
    for kind in ("secrets", "configs"):
        for name, spec in stack[kind].items():
            assert spec == {"external": True}, (name, spec)
            spec["name"] = f"{name}_{suffix}"
    return stack


@pytest.mark.swarm
def test_swarm_stack_ha_two_replicas_healthy_on_one_postgresql(
        deploy_images: DeployImages, swarm: Any, tmp_path: Path) -> None:
    _swarm_manager()
    sm = FakeSocketMode().start()
    fake = FakeSlack().start()
    fake.ws_url = sm.url
    gorae, postgres = _images(deploy_images, SWARM_HOST)
    suffix = uuid.uuid4().hex[:6]
    name_of = {k: f"{k}_{suffix}" for k in ("gorae_pg_password", "gorae_pgpass", "gorae_policy")}
    stack_name = f"goraeha{suffix}"
    sock = SWARM_HOST.removeprefix("unix://")
    pg_port = _free_port()
    stack = yaml.safe_load((DEPLOY / "stack.ha.yaml").read_text())
    path = tmp_path / "stack.ha.test.yaml"
    path.write_text(yaml.safe_dump(_stack_for_this_swarm(stack, suffix=suffix, pg_port=pg_port, fake=fake, sock=sock)))
    password = secrets.token_hex(16)
    env = _clean_env(GORAE_IMAGE=gorae, GORAE_POSTGRES_IMAGE=postgres, SLACK_BOT_TOKEN="xoxb-ha-stack",
                     SLACK_APP_TOKEN="xapp-1-A0GORAE-ha", DOCKER_GID=str(os.stat(sock).st_gid), GORAE_LOG_LEVEL="debug")
    try:
        # as the file's header says: the password twice (the server's, libpq's password file), the policy
        docker(SWARM_HOST, "secret", "create", name_of["gorae_pg_password"], "-", input=password)
        docker(SWARM_HOST, "secret", "create", name_of["gorae_pgpass"], "-", input=f"*:*:*:gorae:{password}\n")
        docker(SWARM_HOST, "config", "create", name_of["gorae_policy"], str(POLICY))
        swarm.containers.run("nginx", name=f"ha-stack-{suffix}", detach=True, labels=LABELS)
        docker(SWARM_HOST, "stack", "deploy", "-c", str(path), stack_name, env=env, timeout=300)

        def tasks(service: str) -> list[Any]:
            return swarm.containers.list(filters={"label": f"com.docker.swarm.service.name={stack_name}_{service}"})

        def healthy() -> bool:
            cs = tasks("gorae") + tasks("postgres")
            return len(cs) == 3 and all(c.attrs["State"].get("Health", {}).get("Status") == "healthy" for c in cs)

        try:
            wait_until(healthy, 180, "two gorae tasks and PostgreSQL healthy")
        except AssertionError:
            ps = docker(SWARM_HOST, "stack", "ps", "--no-trunc", stack_name, check=False).stdout
            logs = docker(SWARM_HOST, "service", "logs", "--raw", "--tail", "80", f"{stack_name}_gorae", check=False)
            raise AssertionError(ps, (logs.stdout + logs.stderr)[-6000:])
        spec = json.loads(docker(SWARM_HOST, "service", "inspect", f"{stack_name}_gorae").stdout)[0]["Spec"]
        assert spec["Mode"]["Replicated"]["Replicas"] == 2
        mounts = {m["Target"]: m["Type"] for m in spec["TaskTemplate"]["ContainerSpec"]["Mounts"]}
        assert mounts == {"/var/run/docker.sock": "bind", "/tmp": "tmpfs"}, mounts
        assert {c.attrs["Config"]["Image"] for c in tasks("postgres")} == {postgres}
        wait_until(lambda: len(sm.connections) >= 2, 60, "both replicas connected in Socket Mode")
        links = list(sm.connections)  # one connection per replica (a gorae process opens one)
        assert len(links) == 2, links
        # state shared: one event delivered on both replicas' connections (and again) is run once
        since = time.time()
        env_ = mention(f"restart ha-stack-{suffix}")
        for ws in links:
            _sm_deliver(sm, "events_api", env_, to=ws)
        _sm_deliver(sm, "events_api", env_, to=links[0], retry=1)
        ts = env_["event"]["ts"]
        wait_until(lambda: _said(fake, ts, "docker restart"), 60, "the answer in the thread")
        wait_until(lambda: _restarts(swarm, f"ha-stack-{suffix}", since) >= 1, 30, "the restart")
        time.sleep(2)
        assert _restarts(swarm, f"ha-stack-{suffix}", since) == 1
        assert len(_said(fake, ts, "docker restart")) == 1, _thread(fake, ts)
        one = tasks("gorae")[0]
        verify = one.exec_run(["gorae", "audit", "verify"], environment={"GORAE_LANG": "en"})
        assert verify.exit_code == 0 and b"The audit log is intact" in verify.output, verify.output
        logs = docker(SWARM_HOST, "service", "logs", "--raw", f"{stack_name}_gorae", check=False)
        assert "Traceback" not in logs.stdout + logs.stderr and password not in logs.stdout + logs.stderr
    finally:
        docker(SWARM_HOST, "stack", "rm", stack_name, check=False)
        try:
            swarm.api.remove_container(f"ha-stack-{suffix}", force=True)
        except Exception:
            pass
        deadline = time.time() + 90  # secrets in use by a task cannot be removed before it is gone
        while time.time() < deadline and docker(SWARM_HOST, "ps", "-aq", "--filter",
                                                f"label=com.docker.stack.namespace={stack_name}").stdout.strip():
            time.sleep(1)
        for s in ("gorae_pg_password", "gorae_pgpass"):
            docker(SWARM_HOST, "secret", "rm", name_of[s], check=False)
        docker(SWARM_HOST, "config", "rm", name_of["gorae_policy"], check=False)
        docker(SWARM_HOST, "volume", "rm", f"{stack_name}_gorae-pg", check=False)
        fake.stop()
        sm.stop()
