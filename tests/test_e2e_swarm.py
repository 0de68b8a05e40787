"""Swarm services end to end (issue 12), on a real single-node swarm.

The swarm is its own dockerd (scripts/engine.sh start-s: unix:///var/run/docker-s.sock,
`docker swarm init --advertise-addr 127.0.0.1`), never the shared e2e engines. Run these tests
under its lock:

    flock /tmp/gorae-swarm.lock .venv/bin/pytest -q -m swarm tests/test_e2e_swarm.py

Each request goes through the whole pipeline (Gorae.handle -> parse, plan, authorize, execute,
render) in Korean, English or docker CLI, and each is checked ON THE ENGINE afterwards: the
service's spec (inspect), its tasks counted as `docker service ps` counts them (the docker CLI
against the same socket), the image the running tasks run, an HTTP GET to the published port.

The routing mesh (ingress) does not work in this sandbox (no IPVS in the kernel, dockerd with
--iptables=false): a service published in the default ingress mode is checked by its spec, and
the HTTP checks use `--publish mode=host,…`, which binds the port on 127.0.0.1 like `docker run -p`.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conftest import http_get, pick_free_port

from bot.model import Actor, Reply, Request
from bot.pipeline import Gorae

SWARM_HOST = os.environ.get("GORAE_SWARM_HOST") or "unix:///var/run/docker-s.sock"
pytestmark = [pytest.mark.swarm]
ACTOR = Actor("local:test", local=True)
HANGUL = re.compile(r"[\uac00-\ud7a3]")
NGINX_WELCOME = "Welcome to nginx!"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture
def bot(swarm: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Reply]]:
    """say(text) through the whole pipeline on the swarm engine; confirms with yes when asked."""
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    gorae = Gorae()

    def say(text: str, *, progress: Callable[[str], None] | None = None) -> Reply:
        reply = gorae.handle(Request(text, ACTOR, channel="terminal", source="cli"), progress=progress)
        if reply.status == "confirm":
            assert reply.pending
            reply = gorae.confirm(reply.pending, ACTOR, "terminal", yes=True, progress=progress)
        return reply

    yield say


@pytest.fixture
def names(swarm: Any) -> Iterator[Callable[[], str]]:
    """Unique service names; every service made with one is removed afterwards."""
    made: list[str] = []

    def new() -> str:
        made.append("e2e-svc-" + uuid.uuid4().hex[:6])
        return made[-1]

    yield new
    for name in made:
        for s in swarm.api.services(filters={"name": name}):
            if s["Spec"]["Name"] == name:
                swarm.api.remove_service(s["ID"])


def service(swarm: Any, name: str) -> dict:
    return swarm.api.inspect_service(name)


def running_tasks(name: str) -> list[dict]:
    """`docker service ps --filter desired-state=running NAME` with the task's current state,
    read by the docker CLI on the swarm's socket (what an operator would count)."""
    out = subprocess.run(["docker", "-H", SWARM_HOST, "service", "ps", "--filter", "desired-state=running",
                          "--format", "{{json .}}", "--no-trunc", name],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def running_count(name: str) -> int:
    return sum(1 for t in running_tasks(name) if t["CurrentState"].startswith("Running"))


def task_images(name: str) -> set[str]:
    """The images the running tasks run, as `repo:tag` (no digest; no tag = latest)."""
    refs = {t["Image"].split("@")[0] for t in running_tasks(name) if t["CurrentState"].startswith("Running")}
    return {r if ":" in r.rsplit("/", 1)[-1] else r + ":latest" for r in refs}


def check(reply: Reply, lang: str, cli: str, status: str = "done") -> None:
    assert reply.status == status, reply
    assert reply.cli == (cli,), reply.cli
    if lang == "ko":
        assert HANGUL.search(reply.headline), reply.headline
    else:
        assert not HANGUL.search(reply.headline), reply.headline


def create_sdk(swarm: Any, name: str, image: str = "nginx", replicas: int = 1) -> None:
    """A service made behind gorae's back (the starting point of a scale/update test)."""
    swarm.api.create_service({"ContainerSpec": {"Image": image}}, name=name,
                             mode={"Replicated": {"Replicas": replicas}})
    deadline = time.monotonic() + 120
    while running_count(name) != replicas:
        assert time.monotonic() < deadline, f"{name} did not start"
        time.sleep(0.3)


# --------------------------------------------------------------------------- create


def test_create_in_korean_with_replicas_and_port_from_expose(swarm: Any, bot: Any, names: Any) -> None:
    name, port = names(), pick_free_port()
    lines: list[str] = []
    reply = bot(f"nginx로 {name} 서비스 3개 띄워줘, {port}포트", progress=lines.append)
    check(reply, "ko", f"docker service create --name {name} --replicas 3 -p {port}:80 nginx")
    spec = service(swarm, name)["Spec"]
    assert spec["Mode"]["Replicated"]["Replicas"] == 3
    assert [(p["PublishedPort"], p["TargetPort"]) for p in spec["EndpointSpec"]["Ports"]] == [(port, 80)]
    assert running_count(name) == 3  # gorae answered "done" only once all three ran
    assert any("3" in line for line in lines), lines  # progress was shown


def test_create_in_english_and_served_on_a_host_mode_port(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    reply = bot(f"create a service {name} from nginx with 2 replicas")
    check(reply, "en", f"docker service create --name {name} --replicas 2 nginx")
    assert service(swarm, name)["Spec"]["Mode"]["Replicated"]["Replicas"] == 2 and running_count(name) == 2
    name, port = names(), pick_free_port()
    reply = bot(f"docker service create --name {name} --publish mode=host,target=80,published={port} nginx")
    check(reply, "cli", f"docker service create --name {name} --publish mode=host,published={port},target=80 nginx")
    assert running_count(name) == 1
    assert NGINX_WELCOME in http_get(port, timeout=60).body


def test_create_of_an_image_that_does_not_exist_says_the_tasks_fail(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    reply = bot(f"docker service create --name {name} no-such-image-e2e:1")
    assert reply.status == "failed", reply
    assert "no-such-image" in reply.headline or "do not start" in reply.headline, reply.headline
    assert service(swarm, name)["Spec"]["Name"] == name  # said: the service is still there


# --------------------------------------------------------------------------- scale 1 -> 3 -> 1


def test_scale_one_to_three_to_one_in_three_dialects(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    create_sdk(swarm, name, replicas=1)
    lines: list[str] = []
    reply = bot(f"scale {name} to 3", progress=lines.append)
    check(reply, "en", f"docker service scale {name}=3")
    assert running_count(name) == 3 and service(swarm, name)["Spec"]["Mode"]["Replicated"]["Replicas"] == 3
    assert lines and lines[-1] == f"`{name}`: 3/3 running", lines
    reply = bot(f"{name} 서비스 1개로 줄여줘")
    check(reply, "ko", f"docker service scale {name}=1")
    assert running_count(name) == 1 and service(swarm, name)["Spec"]["Mode"]["Replicated"]["Replicas"] == 1
    reply = bot(f"docker service scale {name}=3")
    check(reply, "cli", f"docker service scale {name}=3")
    assert running_count(name) == 3


# --------------------------------------------------------------------------- update, force, rollback


def test_rolling_image_update_then_rollback(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    create_sdk(swarm, name, "nginx", replicas=2)
    lines: list[str] = []
    reply = bot(f"{name} 서비스 httpd로 업데이트", progress=lines.append)
    check(reply, "ko", f"docker service update --image httpd {name}")
    svc = service(swarm, name)
    assert svc["Spec"]["TaskTemplate"]["ContainerSpec"]["Image"].startswith("httpd")
    assert svc["UpdateStatus"]["State"] == "completed"
    assert task_images(name) == {"httpd:latest"} and running_count(name) == 2
    assert any("updating" in line for line in lines), lines  # the rolling update was followed in place
    reply = bot(f"docker service rollback {name}")
    check(reply, "cli", f"docker service rollback {name}")
    svc = service(swarm, name)
    assert svc["Spec"]["TaskTemplate"]["ContainerSpec"]["Image"].startswith("nginx")
    assert svc["UpdateStatus"]["State"] == "rollback_completed"
    assert task_images(name) == {"nginx:latest"} and running_count(name) == 2


def test_rollback_in_english_and_korean(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    create_sdk(swarm, name, "nginx")
    check(bot(f"update service {name} to httpd"), "en", f"docker service update --image httpd {name}")
    assert task_images(name) == {"httpd:latest"}
    check(bot(f"roll back the {name} service"), "en", f"docker service rollback {name}")
    assert task_images(name) == {"nginx:latest"}
    check(bot(f"{name} 서비스 롤백해줘"), "ko", f"docker service rollback {name}")  # back again: to httpd
    assert task_images(name) == {"httpd:latest"}


def test_rollback_of_a_service_never_updated_is_refused(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    create_sdk(swarm, name, "nginx")
    version = service(swarm, name)["Version"]["Index"]
    reply = bot(f"rollback service {name}")
    assert reply.status == "failed" and "previous" in reply.headline, reply
    assert service(swarm, name)["Version"]["Index"] == version  # nothing changed


def test_restart_of_every_task_is_a_forced_update(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    create_sdk(swarm, name, replicas=2)
    before = {t["ID"] for t in running_tasks(name)}
    force = service(swarm, name)["Spec"]["TaskTemplate"].get("ForceUpdate", 0)
    reply = bot(f"{name} 서비스 재시작")
    check(reply, "ko", f"docker service update --force {name}")
    after = {t["ID"] for t in running_tasks(name)}
    assert len(after) == 2 and not (before & after)  # every task replaced
    assert service(swarm, name)["Spec"]["TaskTemplate"]["ForceUpdate"] == force + 1
    check(bot(f"docker service update --force {name}"), "cli", f"docker service update --force {name}")
    assert not ({t["ID"] for t in running_tasks(name)} & after)


# --------------------------------------------------------------------------- reads and rm


def test_ls_ps_inspect_logs_and_node_ls_are_tables_and_fields(swarm: Any, bot: Any, names: Any) -> None:
    name = names()
    create_sdk(swarm, name, replicas=2)
    reply = bot("서비스 목록")
    assert reply.status == "done" and reply.table is not None
    row = next(r for r in reply.table.rows if r[1] == name)
    assert row[3] == "2/2" and row[4] == "nginx"
    reply = bot(f"docker service ps {name}")
    assert reply.table is not None and reply.table.columns[:3] == ("ID", "NAME", "IMAGE")
    assert sum(1 for r in reply.table.rows if r[4] == "running") == 2
    reply = bot(f"inspect service {name}")
    fields = dict(reply.fields)
    assert fields["Name"] == name and fields["Replicas"] == "2/2 running" and fields["Image"] == "nginx"
    reply = bot(f"{name} 서비스 로그 마지막 5줄")
    check(reply, "ko", f"docker service logs --tail 5 {name}")
    assert reply.code and "nginx (gorae fixture)" in reply.code
    reply = bot("list nodes")
    assert reply.table is not None and len(reply.table.rows) == 1 and reply.table.rows[0][4] == "Leader"


def test_rm_asks_then_removes(swarm: Any, bot: Any, names: Any) -> None:
    import docker.errors

    name = names()
    create_sdk(swarm, name)
    reply = bot(f"{name} 서비스 삭제")  # destructive: confirmed (the fixture says yes), then run
    check(reply, "ko", f"docker service rm {name}")
    with pytest.raises(docker.errors.NotFound):
        service(swarm, name)


def test_a_missing_service_runs_nothing(swarm: Any, bot: Any) -> None:
    before = {s["ID"] for s in swarm.api.services()}
    reply = bot("scale e2e-svc-missing to 2")
    assert reply.status != "done" and "e2e-svc-missing" in reply.headline
    assert {s["ID"] for s in swarm.api.services()} == before


def test_the_shared_engine_is_not_a_swarm_manager_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a plain engine (the shared e2e one), a service request is refused in one sentence."""
    import docker

    host = "unix:///var/run/docker.sock"
    try:
        docker.DockerClient(base_url=host, timeout=10).ping()
    except Exception as e:
        if _ci():
            pytest.fail(f"no engine at {host}: {e}", pytrace=False)
        pytest.skip(f"no engine at {host}")
    monkeypatch.setenv("DOCKER_HOST", host)
    reply = Gorae().handle(Request("list services", ACTOR, channel="terminal", source="cli"))
    assert reply.status != "done" and "swarm manager" in reply.headline, reply


def test_drain_and_activate_the_node(swarm: Any, bot: Any, names: Any) -> None:
    """An admin's change: the only node drained (its tasks leave), then active again (they come back)."""
    name = names()
    create_sdk(swarm, name)
    node = swarm.api.nodes()[0]
    host = node["Description"]["Hostname"]
    try:
        reply = bot(f"drain node {host}")  # destructive: asked, the fixture says yes
        check(reply, "en", f"docker node update --availability drain {host}")
        assert swarm.api.inspect_node(node["ID"])["Spec"]["Availability"] == "drain"
        deadline = time.monotonic() + 60
        while running_count(name) != 0:
            assert time.monotonic() < deadline, "the task did not leave the drained node"
            time.sleep(0.3)
        reply = bot(f"{host} 노드 활성화")
        check(reply, "ko", f"docker node update --availability active {host}")
        assert swarm.api.inspect_node(node["ID"])["Spec"]["Availability"] == "active"
        deadline = time.monotonic() + 60
        while running_count(name) != 1:
            assert time.monotonic() < deadline, "the task did not come back"
            time.sleep(0.3)
    finally:
        now = swarm.api.inspect_node(node["ID"])
        if now["Spec"]["Availability"] != "active":
            swarm.api.update_node(node["ID"], now["Version"]["Index"], dict(now["Spec"], Availability="active"))


def test_slack_shows_the_scale_in_place_until_converged(swarm: Any, names: Any, tmp_path: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """In Slack: the placeholder message is edited (chat.update) with "N/M running" as tasks start,
    then with the result, in the asker's language — through the real bolt app and a fake Slack."""
    from slack_fake import FakeSlack, mention
    from slack_harness import Harness

    from bot.policy.check import load_authorizer
    from bot.state.pending import MemoryPending

    name = names()
    create_sdk(swarm, name)
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    policy = os.path.join(os.path.dirname(__file__), "data", "slack-policy.yaml")  # U0ALICE operates in #ops
    gorae = Gorae(authorizer=load_authorizer(policy), pending=MemoryPending())
    gorae._client = swarm
    fake = FakeSlack().start()
    h = Harness.start(gorae, fake=fake, dedup_path=tmp_path / "d.sqlite", slow_after=0.0)
    try:
        env = mention(f"{name} 서비스 3개로 늘려", user="U0ALICE", channel="C0OPS")
        h.post_event(env)
        h.idle(120)
    finally:
        h.stop()
        fake.stop()
    post = fake.ok_calls("chat.postMessage")[0]
    updates = [json.dumps(u.params, ensure_ascii=False) for u in fake.ok_calls("chat.update")]
    assert any("3개 중" in u and "실행 중" in u for u in updates), updates  # progress, edited in place
    final = json.dumps(fake.messages("C0OPS")[post.response["ts"]], ensure_ascii=False)
    assert f"docker service scale {name}=3" in final and "3개로 맞췄습니다" in final, final
    assert running_count(name) == 3


def test_the_shell_shows_the_rolling_update_on_its_live_line(swarm: Any, names: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`gorae shell` on a terminal: each progress line overwrites the last (\\r, erase line), then the answer."""
    import io

    from bot.front.shell import Shell

    name = names()
    create_sdk(swarm, name, replicas=2)
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    out = io.StringIO()
    shell = Shell(Gorae(), ACTOR, out=out, color=True)
    assert shell.handle_line(f"update service {name} to httpd", lambda _prompt: "y")
    text = out.getvalue()
    live = [seg for seg in text.split("\r\x1b[K")[1:]]
    assert live and any("updating" in seg for seg in live), text
    assert f"Updated service `{name}` to `httpd`" in text
    assert task_images(name) == {"httpd:latest"} and running_count(name) == 2
