"""Real swarm: the service attacks of tests/test_policy_attack.py (SERVICE_CASES) leave the swarm
unchanged, and secrets typed in a service's environment are masked in the reply, the progress
lines and the audit file while the service really gets them (issue 12, the swarmbreak pass).

Per kind, the whole pipeline (parse -> plan -> authorize -> execute) under deploy/policy.yaml as
shipped, asked as the Slack users it names, on the swarm engine (scripts/engine.sh start-s);
afterwards the swarm is read: every service's ID and spec version, the volumes, the node's
availability — the same as before; the attacker's service was never made.
Run under the swarm lock:

    flock /tmp/gorae-swarm.lock .venv/bin/pytest -q -m swarm tests/test_swarm_break_engine.py
"""
from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.front.slack.blocks import render_reply
from bot.model import Actor, Reply, Request
from bot.pipeline import Gorae
from bot.policy.check import Authorizer
from bot.policy.policyfile import load_policy
from bot.state.audit import AuditLog

SWARM_HOST = os.environ.get("GORAE_SWARM_HOST") or "unix:///var/run/docker-s.sock"
pytestmark = [pytest.mark.swarm]
SAMPLE = Path(__file__).resolve().parent.parent / "deploy" / "policy.yaml"
OPS, ONC = "C0123OPS", "C0456ONCALL"
BOB = Actor("U02BOB")  # operator in #ops
CAROL = Actor("U03CAROL")  # operator + deployer in #ops
PAGER = Actor("U04PAGER", groups=("S0123ONCALL",))  # oncall in #oncall
LOCAL = Actor("local:test", local=True)  # the terminal user: admin
SECRET = "hunter2swarm"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _wait_running(swarm: Any, name: str, n: int) -> None:
    deadline = time.monotonic() + 120
    while True:
        tasks = swarm.api.tasks(filters={"service": name, "desired-state": "running"})
        if sum(1 for t in tasks if t["Status"]["State"] == "running") == n:
            return
        assert time.monotonic() < deadline, f"{name} did not start"
        time.sleep(0.3)


@pytest.fixture(scope="module")
def world(swarm: Any) -> Iterator[dict[str, str]]:
    """A database-like service `db-svc-…` (mounting `pgdata-…`) and a web service `web-…`, made
    behind gorae's back; removed afterwards with anything named after this run's tag."""
    tag = secrets.token_hex(3)
    vol = f"pgdata-{tag}"
    swarm.volumes.create(vol)
    db, web = f"db-svc-{tag}", f"web-{tag}"
    swarm.api.create_service({"ContainerSpec": {"Image": "nginx", "Mounts": [
        {"Type": "volume", "Source": vol, "Target": "/var/lib/data"}]}}, name=db,
        mode={"Replicated": {"Replicas": 1}})
    swarm.api.create_service({"ContainerSpec": {"Image": "nginx"}}, name=web, mode={"Replicated": {"Replicas": 1}})
    _wait_running(swarm, db, 1)
    _wait_running(swarm, web, 1)
    yield {"tag": tag, "volume": vol, "db": db, "web": web}
    for s in swarm.api.services():
        if tag in s["Spec"]["Name"]:
            swarm.api.remove_service(s["ID"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            swarm.volumes.get(vol).remove()
            break
        except Exception:
            time.sleep(0.5)  # the task's container goes away shortly after its service


def _swarm_state(swarm: Any) -> dict[str, Any]:
    """Every service (ID, spec version, replicas, image), the volumes, every node's availability."""
    return {
        "services": {(s["ID"], s["Spec"]["Name"], s["Version"]["Index"],
                      s["Spec"].get("Mode", {}).get("Replicated", {}).get("Replicas"),
                      s["Spec"]["TaskTemplate"]["ContainerSpec"]["Image"]) for s in swarm.api.services()},
        "volumes": {v.name for v in swarm.volumes.list()},
        "nodes": {(n["ID"], n["Spec"]["Availability"]) for n in swarm.api.nodes()},
    }


@pytest.fixture
def say(swarm: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., Reply]:
    """say(text, actor, channel) under the sample policy on the swarm engine; a confirm is answered yes."""
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    gorae = Gorae(authorizer=Authorizer(load_policy(SAMPLE)), audit=AuditLog(tmp_path / "audit.db"))

    def ask(text: str, actor: Actor, channel: str) -> Reply:
        reply = gorae.handle(Request(text, actor, channel, source="slack"))
        if reply.status == "confirm" and reply.pending:
            reply = gorae.confirm(reply.pending, actor, channel, yes=True)
        return reply
    return ask


def _attack(swarm: Any, say: Callable[..., Reply], attempts: list[tuple[str, Actor, str]], status: str = "denied"
            ) -> list[Reply]:
    before = _swarm_state(swarm)
    replies = [say(text, actor, channel) for text, actor, channel in attempts]
    for (text, _, _), reply in zip(attempts, replies):
        assert reply.status == status, (text, reply.status, reply.headline)
    time.sleep(1)  # an update the engine had accepted would show in the spec version by now
    assert _swarm_state(swarm) == before
    return replies


# --------------------------------------------------------------------------- the kinds


def test_volume_kind_a_protected_volume_is_not_mounted_by_a_new_service(swarm: Any, world: dict, say: Any) -> None:
    t, v = world["tag"], world["volume"]
    replies = _attack(swarm, say, [
        (f"docker service create --name web-x-{t} --mount source={v},target=/d nginx", CAROL, OPS),
        (f"docker service create --name web-y-{t} --mount type=volume,src={v},dst=/d,readonly nginx", CAROL, OPS),
    ])
    assert all(f"volume {v}" in r.headline for r in replies), [r.headline for r in replies]


def test_bind_and_guard_kinds_host_paths_host_network_capabilities(swarm: Any, world: dict, say: Any) -> None:
    t = world["tag"]
    _attack(swarm, say, [
        (f"docker service create --name web-x-{t} --mount type=bind,source=/etc,target=/d nginx", CAROL, OPS),
        (f"docker service create --name web-x-{t} --mount type=bind,src=/var/run/docker.sock,"
         f"dst=/var/run/docker.sock nginx", CAROL, OPS),
        (f"docker service create --name web-x-{t} --network host nginx", CAROL, OPS),
        (f"docker service create --name web-x-{t} --cap-add SYS_ADMIN nginx", CAROL, OPS),
    ])


def test_image_kind_on_the_full_reference(swarm: Any, world: dict, say: Any) -> None:
    t = world["tag"]
    _attack(swarm, say, [
        (f"docker service create --name web-x-{t} postgres", CAROL, OPS),
        (f"docker service create --name web-x-{t} docker.io/library/postgres:16", CAROL, OPS),
        (f"{world['web']} 서비스 postgres:16으로 업데이트", CAROL, OPS),
    ])


def test_service_kind_the_database_service_is_out_of_reach(swarm: Any, world: dict, say: Any) -> None:
    db, t = world["db"], world["tag"]
    replies = _attack(swarm, say, [
        (f"docker service create --name db-x-{t} nginx", CAROL, OPS),
        (f"{db} 서비스 0개로 줄여", BOB, OPS),
        (f"docker service update --force {db}", BOB, OPS),
        (f"docker service scale {db}=0", PAGER, ONC),
        (f"docker service rm {db}", PAGER, ONC),
        (f"docker service rollback {db}", CAROL, OPS),
        (f"docker service update --image nginx:1.25 {db}", CAROL, OPS),
    ])
    assert all(db in r.headline or f"db-x-{t}" in r.headline for r in replies), \
        [r.headline for r in replies]


def test_verb_kind_an_operator_may_not_roll_back_or_update_and_nobody_but_admin_drains(
        swarm: Any, world: dict, say: Any) -> None:
    web = world["web"]
    node = swarm.api.nodes()[0]["Description"]["Hostname"]
    _attack(swarm, say, [
        (f"docker service rollback {web}", BOB, OPS),
        (f"{web} 서비스 nginx:1.25로 업데이트", BOB, OPS),
        (f"docker service rm {web}", BOB, OPS),
        (f"docker node update --availability drain {node}", PAGER, ONC),
        (f"{node} 노드 드레인", BOB, OPS),
        (f"pause node {node}", CAROL, OPS),
    ])


def test_refused_options_run_nothing(swarm: Any, world: dict, say: Any) -> None:
    t = world["tag"]
    _attack(swarm, say, [
        (f"docker service create --name web-x-{t} --secret db_password nginx", CAROL, OPS),
        (f"docker service create --name web-x-{t} --privileged nginx", CAROL, OPS),
        (f"web-x-{t} 서비스 nginx로 5개 늘려", CAROL, OPS),
    ], status="not_understood")


# --------------------------------------------------------------------------- secrets in env


def test_env_secrets_are_set_on_the_service_and_masked_everywhere_else(
        swarm: Any, world: dict, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    audit = AuditLog(tmp_path / "audit.db")
    gorae = Gorae(audit=audit)  # the terminal user (admin): it runs
    t = world["tag"]
    lines: list[str] = []
    said = [
        (f"docker service create --name web-env-{t} -e DB_PASSWORD={SECRET} --env=API_TOKEN={SECRET}x "
         f"-e MODE=prod nginx", f"web-env-{t}", {"DB_PASSWORD": SECRET, "API_TOKEN": SECRET + "x"}),
        (f"nginx로 web-envko-{t} 서비스 띄워줘 환경변수 DB_PASSWORD={SECRET}", f"web-envko-{t}",
         {"DB_PASSWORD": SECRET}),
    ]
    for text, name, env in said:
        reply = gorae.handle(Request(text, LOCAL, "terminal", source="cli"), progress=lines.append)
        if reply.status == "confirm" and reply.pending:
            reply = gorae.confirm(reply.pending, LOCAL, "terminal", yes=True, progress=lines.append)
        assert reply.status == "done", reply
        rendered = render_reply(reply)
        shown = json.dumps([reply.headline, reply.cli, reply.code, reply.notes, reply.fields, rendered.blocks,
                            rendered.text], ensure_ascii=False, default=str)
        assert SECRET not in shown and "DB_PASSWORD=***" in shown, shown
        spec_env = swarm.api.inspect_service(name)["Spec"]["TaskTemplate"]["ContainerSpec"]["Env"]
        assert {e.split("=", 1)[0]: e.split("=", 1)[1] for e in spec_env if "=" in e} | env == \
            {e.split("=", 1)[0]: e.split("=", 1)[1] for e in spec_env if "=" in e}  # really set, as typed
        inspect = gorae.handle(Request(f"{name} 서비스 상세 정보", LOCAL, "terminal", source="cli"))
        assert inspect.status == "done" and SECRET not in json.dumps(inspect.fields, ensure_ascii=False)
    assert lines and not any(SECRET in line for line in lines), lines
    audit.close()
    data = b"".join(f.read_bytes() for f in tmp_path.iterdir() if f.is_file())
    assert SECRET.encode() not in data and b"DB_PASSWORD=***" in data


# --------------------------------------------------------------------------- a service name is no container prefix


def test_a_container_verb_on_a_service_name_leaves_its_tasks_alone(
        swarm: Any, world: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a swarm node the task containers are named SERVICE.SLOT.TASKID: "web-… 재시작" must not
    restart (or rm -f) the task container by prefix — it says the name is a service."""
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    gorae = Gorae()  # the terminal user (admin): only the reading stops it
    web = world["web"]

    def task_containers() -> dict[str, str]:
        return {c.name: c.attrs["State"]["StartedAt"] for c in swarm.containers.list(all=True)
                if c.name.startswith(web + ".")}

    before = task_containers()
    assert len(before) == 1, before
    for said in (f"{web} 재시작", f"docker rm -f {web}", f"stop {web}", f"docker exec {web} ls"):
        reply = gorae.handle(Request(said, LOCAL, "terminal", source="cli"))
        if reply.status == "confirm" and reply.pending:
            reply = gorae.confirm(reply.pending, LOCAL, "terminal", yes=True)
        assert reply.status != "done" and "Swarm" in reply.headline, (said, reply)
    assert task_containers() == before
    reply = gorae.handle(Request(f"{web} 로그", LOCAL, "terminal", source="cli"))
    assert reply.status != "done" and f"{web} 서비스" in reply.headline, reply.headline


# --------------------------------------------------------------------------- rollback, networks, task containers
# (the subjects brief: a rollback's previous spec is checked like a create; a service's network is a
# subject; container-wide verbs leave swarm task containers to their services)


def _update_behind(swarm: Any, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Update service `name` outside gorae: `change` edits its TaskTemplate in place."""
    svc = swarm.api.inspect_service(name)
    tt = json.loads(json.dumps(svc["Spec"]["TaskTemplate"]))
    change(tt)
    swarm.api.update_service(svc["ID"], svc["Version"]["Index"], task_template=tt, name=name,
                             mode=svc["Spec"]["Mode"])
    deadline = time.monotonic() + 120  # the engine bumps the version again when the update completes
    while (swarm.api.inspect_service(name).get("UpdateStatus") or {}).get("State") != "completed":
        assert time.monotonic() < deadline, f"the update of {name} did not complete"
        time.sleep(0.3)


def _spec(swarm: Any, name: str) -> tuple[int, Any, Any]:
    svc = swarm.api.inspect_service(name)
    return svc["Version"]["Index"], svc["Spec"]["TaskTemplate"], (svc.get("PreviousSpec") or {}).get("TaskTemplate")


def test_rollback_kind_the_previous_spec_is_checked_before_it_comes_back(swarm: Any, world: dict, say: Any) -> None:
    """web-rb-… mounted the protected volume, then was updated (behind gorae's back) to mount nothing:
    a deployer's rollback would bring the volume back — refused, and the service keeps its spec."""
    t, v = world["tag"], world["volume"]
    name = f"web-rb-{t}"
    swarm.api.create_service({"ContainerSpec": {"Image": "nginx", "Mounts": [
        {"Type": "volume", "Source": v, "Target": "/d"}]}}, name=name, mode={"Replicated": {"Replicas": 1}})
    _update_behind(swarm, name, lambda tt: tt["ContainerSpec"].pop("Mounts"))
    version, current, previous = _spec(swarm, name)
    assert "Mounts" not in current["ContainerSpec"] and previous["ContainerSpec"]["Mounts"][0]["Source"] == v
    replies = _attack(swarm, say, [
        (f"docker service rollback {name}", CAROL, OPS),
        (f"{name} 서비스 롤백해줘", CAROL, OPS),
        (f"roll back service {name}", CAROL, OPS),
    ])
    assert all(f"volume {v}" in r.headline or f"볼륨 {v}" in r.headline for r in replies), [r.headline for r in replies]
    assert _spec(swarm, name) == (version, current, previous)


def test_rollback_refuses_a_spec_changed_after_the_check(swarm: Any, world: dict, say: Any,
                                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The deployer is asked to confirm a rollback to a clean spec; before the yes, the service is
    updated again behind gorae's back (now the previous spec is another one, never checked): the yes
    rolls nothing back and says the service changed."""
    t = world["tag"]
    name = f"web-rb2-{t}"
    swarm.api.create_service({"ContainerSpec": {"Image": "nginx"}}, name=name, mode={"Replicated": {"Replicas": 1}})
    _update_behind(swarm, name, lambda tt: tt["ContainerSpec"].update(Env=["STAGE=one"]))
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    gorae = Gorae(authorizer=Authorizer(load_policy(SAMPLE)), audit=AuditLog(tmp_path / "audit2.db"))
    asked = gorae.handle(Request(f"docker service rollback {name}", CAROL, OPS, source="slack"))
    assert asked.status == "confirm" and asked.pending, asked  # the clean previous spec: the deploy confirm
    _update_behind(swarm, name, lambda tt: tt["ContainerSpec"].update(Env=["STAGE=two"]))
    before = _spec(swarm, name)
    reply = gorae.confirm(asked.pending, CAROL, OPS, yes=True)
    assert reply.status != "done" and name in reply.headline and "changed" in reply.headline, reply
    time.sleep(1)
    assert _spec(swarm, name) == before and before[1]["ContainerSpec"]["Env"] == ["STAGE=two"]


def test_network_kind_a_service_on_the_databases_network(swarm: Any, world: dict, say: Any) -> None:
    t = world["tag"]
    net = f"backend-{t}"
    swarm.api.create_network(net, driver="overlay")
    try:
        replies = _attack(swarm, say, [
            (f"docker service create --name web-x-{t} --network {net} nginx", CAROL, OPS),
            (f"docker service create --name web-x-{t} --network={net} nginx", CAROL, OPS),
            (f"docker network rm {net}", PAGER, ONC),
        ])
        assert all(f"network {net}" in r.headline for r in replies), [r.headline for r in replies]
        assert any(n["Name"] == net for n in swarm.api.networks())
    finally:
        swarm.api.remove_network(net)


def test_tasks_kind_restart_all_containers_leaves_swarm_tasks_to_their_services(
        swarm: Any, world: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """"모든 컨테이너 재시작" / "restart all containers" on a swarm node restarts the plain containers
    only; the task containers keep running as they were (same container, same StartedAt) and the
    reply says they were left out."""
    monkeypatch.setenv("DOCKER_HOST", SWARM_HOST)
    plain = swarm.containers.run("nginx", name=f"plain-{world['tag']}", detach=True)
    try:
        gorae = Gorae()  # the terminal user (admin): more than one container is confirmed
        for said in ("모든 컨테이너 재시작", "restart all containers"):
            tasks = {c.id: c.attrs["State"]["StartedAt"] for c in swarm.containers.list()
                     if "com.docker.swarm.task.id" in c.labels}
            assert tasks, "the world's services run tasks here"
            started = swarm.containers.get(plain.id).attrs["State"]["StartedAt"]
            reply = gorae.handle(Request(said, LOCAL, "terminal", source="cli"))
            if reply.status == "confirm" and reply.pending:
                reply = gorae.confirm(reply.pending, LOCAL, "terminal", yes=True)
            assert reply.status == "done", (said, reply)
            assert any("Swarm" in n for n in reply.notes), reply.notes
            assert swarm.containers.get(plain.id).attrs["State"]["StartedAt"] != started
            after = {c.id: c.attrs["State"]["StartedAt"] for c in swarm.containers.list()
                     if "com.docker.swarm.task.id" in c.labels}
            assert after == tasks
    finally:
        plain.remove(force=True)
