"""Holes found by attacking the policy as a user barred from the databases (session 7, branch `break8`).

The attack (issue 8's "every resource a request touches is a subject of the policy"): a role that may do
everything on every container but `db*` (docs/policy.md: a list of only exclusions means everything else)
tried to reach db's data and namespaces through every door a request has — run -v / --mount / --volumes-from /
--network, --pid, --ipc, --uts container:X / --link, exec, top, port, logs, inspect, the prunes, rm -v,
sequences, "all" quantifiers, ID prefixes. What got through, each kept as a test:

    net-id   `docker run --network container:<db's ID prefix>` joined db's network namespace: the
             planner resolved the prefix but kept it in the SDK call and the command, so the policy
             checked the container "03abab", which `!db*` does not exclude (--pid/--ipc/--uts were
             already resolved to the name)
    link-id  `docker run --link <db's ID prefix>:x` likewise (the link target was never resolved)
    joined   a sidecar made (by an admin) in db's namespaces — `docker run --network container:db` or
             `--pid container:db` — was a door to db: `docker exec web-side …` ran in db's network
             (db's 127.0.0.1 ports) or pid namespace (/proc/<db's pid>/root is db's files), `docker top
             web-side` listed db's processes, `--volumes-from web-side` / `--pid container:web-side` went
             on to db. The container a command reaches now includes the containers whose namespaces it
             joins (HostConfig NetworkMode/PidMode/IpcMode/UTSMode), and their volumes.

Everything else of the attack was refused on the right subject; the table below keeps it so (one row
per door). The real-engine proof for the two holes is at the end (docker-marked, under the e2e lock).
"""
from __future__ import annotations

import dataclasses
import secrets
from pathlib import Path

import pytest
from fakes import CONTAINERS, FakeView

from bot.engine.plan import plan as make_plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Actor, Plan, Request
from bot.policy.check import authorize, subjects
from bot.policy.policyfile import parse_policy

# may do everything, on everything but the databases (containers, volumes, images, network)
EXCLUDING = """
roles:
  webber:
    verbs: [all]
    containers: ["*", "!db*"]
    volumes: ["!db*", "!pgdata*"]
    images: ["!postgres*", "!mysql*"]
    networks: ["!backend*"]
local: webber
"""
# allowed only the web tier
WEB_ONLY = EXCLUDING.replace('["*", "!db*"]', '["web*"]')
ME = Actor("local:me", local=True)


class _View(FakeView):
    """The fixture world with db running and mounting pgdata, a stopped db-old, and a web-bk sidecar
    mounting pgdata too. db's ID is `03abab…` (tests/fakes.py numbers the containers in order)."""

    def __init__(self) -> None:
        state = [(n, i, "running") for n, i, _ in CONTAINERS]
        super().__init__(containers=state + [("web-bk", "alpine", "running"), ("db-old", "mysql:5.7", "exited")],
                         volumes=("db", "pgdata", "web-data"))
        self._containers = [dataclasses.replace(c, volumes=("pgdata",)) if c.name in ("db", "web-bk") else c
                            for c in self._containers]
        db = next(c for c in self._containers if c.name == "db")
        # web-side: a sidecar made in db's network and pid namespaces (the engine keeps db's full ID)
        self._containers.append(dataclasses.replace(self._containers[0], id="77" + "cd" * 31, name="web-side",
                                                    image="alpine", volumes=(), joins=(db.id,)))


VIEW = _View()
DB_ID = next(c.id for c in VIEW.containers() if c.name == "db")


def decide(typed: str, policy_text: str = EXCLUDING) -> tuple[str, str, Plan]:
    """(decision kind, English reason, plan) for `typed` asked at the terminal under the policy."""
    parsed = parse(normalize(typed))
    assert not hasattr(parsed, "reason"), (typed, parsed)
    result = make_plan(parsed, VIEW)
    assert isinstance(result, Plan), (typed, result)
    d = authorize(result, Request(typed, ME, "terminal"), parse_policy(policy_text, "p.yaml"))
    return d.kind, text(d.reason, "en") if d.reason else "", result


# --------------------------------------------------------------------------- the two holes


@pytest.mark.parametrize("typed", [
    f"docker run -d --name web-q --network container:{DB_ID[:6]} alpine",
    f"docker run -d --name web-q --network=container:{DB_ID[:12]} alpine",
    f"docker run -d --name web-q --net container:{DB_ID} alpine",
    f"docker create --name web-q --network container:{DB_ID[:8]} alpine",
])
def test_network_namespace_by_id_prefix_is_the_database(typed):
    kind, why, plan = decide(typed)
    assert kind == "deny" and "db" in why, (typed, kind, why)
    assert ("container", "db") in subjects(plan)
    assert plan.calls[0].kw()["network"] == "container:db"  # what runs is what was checked
    assert "--network container:db" in plan.cli[0]


@pytest.mark.parametrize("typed", [
    f"docker run -d --name web-q --link {DB_ID[:6]}:x alpine",
    f"docker run -d --name web-q --link {DB_ID[:12]} alpine",
    f"docker run -d --name web-q --link={DB_ID[:8]}:mysql alpine",
])
def test_link_by_id_prefix_is_the_database(typed):
    kind, why, plan = decide(typed)
    assert kind == "deny" and "db" in why, (typed, kind, why)
    links = plan.calls[0].kw()["links"]
    assert list(links) == ["db"], links  # the SDK links the container by name; the alias as typed


def test_link_by_name_keeps_its_alias():
    kind, _, plan = decide("docker run -d --name web-q --link cache:redis alpine")
    assert kind != "deny"
    assert plan.calls[0].kw()["links"] == {"cache": "redis"}


def test_unknown_link_is_refused_before_the_policy():
    result = make_plan(parse(normalize("docker run -d --name web-q --link nosuch:x alpine")), VIEW)
    assert not isinstance(result, Plan)


@pytest.mark.parametrize("typed", [
    "docker exec web-side cat /etc/hostname",
    "web-side에서 ps aux 실행",
    "docker top web-side",
    "docker run -d --name web-q --volumes-from web-side alpine",
    "docker run -d --name web-q --pid container:web-side alpine",
    "docker run -d --name web-q --network container:web-side alpine",
])
def test_a_sidecar_in_the_database_namespaces_is_the_database(typed):
    kind, why, plan = decide(typed)
    assert kind == "deny" and ("db" in why or "pgdata" in why), (typed, kind, why)
    assert ("container", "db") in subjects(plan)


def test_a_sidecar_of_an_allowed_container_is_allowed():
    view = _View()
    web = next(c for c in view.containers() if c.name == "web")
    view._containers.append(dataclasses.replace(web, id="88" + "ef" * 31, name="web-side2", joins=(web.id,)))
    result = make_plan(parse(normalize("docker exec web-side2 ls")), view)
    assert isinstance(result, Plan)
    d = authorize(result, Request("docker exec web-side2 ls", ME, "terminal"), parse_policy(EXCLUDING, "p.yaml"))
    assert d.kind != "deny", d
    assert [t.name for t in result.targets if t.kind == "container"] == ["web-side2", "web"]


# --------------------------------------------------------------------------- every other door stays shut


DOORS = [
    "docker run -d --name web-x -v db:/x alpine",
    "docker run -d --name web-x -v pgdata:/x:ro alpine",
    "docker run -d --name web-x --mount type=volume,dst=/x,src=pgdata,readonly alpine",
    "docker run -d --name web-x --volumes-from db:ro alpine",
    f"docker run -d --name web-x --volumes-from {DB_ID[:6]} alpine",
    "docker run -d --name web-x --volumes-from web-bk alpine",  # a sidecar mounting pgdata
    "docker run -d --name web-x --network container:db alpine",
    f"docker run -d --name web-x --pid container:{DB_ID[:6]} alpine",
    "docker run -d --name web-x --ipc=container:db alpine",
    "docker run -d --name web-x --uts=container:db alpine",
    "docker run -d --name web-x --link db:x alpine",
    "docker run -d --name web-x --network backend alpine",
    "docker run -d --name web-x -v /var/lib/docker/volumes/pgdata/_data:/x alpine",
    "docker create --name web-x --volumes-from db alpine",
    "docker exec db ls",
    f"docker exec {DB_ID[:8]} ls",
    "docker exec web-bk cat /x",  # the sidecar reaches pgdata
    "docker top db", "docker port db", "docker logs db", "docker inspect db", "docker container logs db",
    "docker volume inspect pgdata", "docker network inspect backend",
    "docker volume prune", "docker network prune", "docker container prune",
    "docker rm -v db", "docker rm -v web db", "docker stop web db", "docker start db",
    "docker restart $(docker ps -q)", "docker stop $(docker ps -aq)",
    "docker network connect backend web", "docker network disconnect backend web",
    "docker volume rm pgdata", "docker pull postgres", "docker run -d --name web-y postgres:16",
    "stop web then remove db", "web 껐다가 db 지워줘", "web 끄고 db 재시작", "restart web and db",
    "stop all but cache", "remove all stopped containers", "정지된 컨테이너 다 지워", "clean up unused volumes",
    "안 쓰는 볼륨 정리해줘", "run nginx named web-n with db's volumes", "db에서 ls 실행", "run ls in db",
]


@pytest.mark.parametrize("typed", DOORS)
def test_every_door_to_the_database_is_refused(typed):
    kind, why, _ = decide(typed)
    assert kind == "deny", (typed, kind)
    assert any(w in why for w in ("db", "pgdata", "backend", "postgres", "mysql", "sensitive")), why


@pytest.mark.parametrize("typed", DOORS[:12] + ["docker exec db ls", "docker logs db", "stop web then remove db"])
def test_every_door_is_refused_to_the_web_tier_too(typed):
    kind, _, _ = decide(typed, WEB_ONLY)
    assert kind == "deny", (typed, kind)


# --------------------------------------------------------------------------- the real engine


@pytest.fixture
def secret_db(world, docker_client, cleanup):
    """A running `db-…` container with a secret file, on its own network namespace."""
    tag = secrets.token_hex(4)
    db = docker_client.containers.run(
        "alpine", ["sh", "-c", "trap 'exit 0' TERM; while sleep 1; do :; done"], detach=True, name=f"db-{tag}")
    cleanup.container(db)
    return {"tag": tag, "db": db.name, "id": db.id}


@pytest.mark.docker
def test_id_prefix_does_not_share_the_database_on_the_engine(tmp_path: Path, docker_client, secret_db):
    from bot.pipeline import Gorae
    from bot.policy.check import Authorizer
    from bot.state.audit import AuditLog

    bot = Gorae(authorizer=Authorizer(parse_policy(EXCLUDING, "p.yaml")), audit=AuditLog(tmp_path / "audit.db"))
    spy = f"web-b8-{secret_db['tag']}"
    before = {c.id for c in docker_client.containers.list(all=True)}
    for flag in (f"--network container:{secret_db['id'][:12]}", f"--link {secret_db['id'][:10]}:x",
                 f"--network=container:{secret_db['id']}"):
        typed = f"docker run -d --name {spy} {flag} alpine sleep 60"
        reply = bot.handle(Request(typed, ME, "terminal", source="cli"))
        assert reply.status == "denied" and secret_db["db"] in reply.headline, (flag, reply)
    assert not any(c.name == spy for c in docker_client.containers.list(all=True))
    assert {c.id for c in docker_client.containers.list(all=True)} == before


@pytest.mark.docker
def test_a_sidecar_in_the_database_namespaces_is_refused_on_the_engine(tmp_path: Path, docker_client, secret_db,
                                                                       cleanup):
    from bot.pipeline import Gorae
    from bot.policy.check import Authorizer
    from bot.state.audit import AuditLog

    tag = secret_db["tag"]
    side = docker_client.containers.run(  # made by an admin, outside gorae: in db's network and pid namespaces
        "alpine", ["sh", "-c", "trap 'exit 0' TERM; while sleep 1; do :; done"], detach=True, name=f"web-side-{tag}",
        network_mode=f"container:{secret_db['id']}", pid_mode=f"container:{secret_db['id']}")
    cleanup.container(side)
    bot = Gorae(authorizer=Authorizer(parse_policy(EXCLUDING, "p.yaml")), audit=AuditLog(tmp_path / "audit.db"))
    spy = f"web-b8s-{tag}"
    before = {c.id: c.status for c in docker_client.containers.list(all=True)}
    execs = docker_client.api.inspect_container(side.id)["ExecIDs"]
    for typed in (f"docker exec {side.name} cat /proc/1/root/etc/hostname", f"docker top {side.name}",
                  f"{side.name}에서 ps aux 실행", f"docker run -d --name {spy} --volumes-from {side.name} alpine sleep 60",
                  f"docker run -d --name {spy} --pid container:{side.name} alpine sleep 60"):
        reply = bot.handle(Request(typed, ME, "terminal", source="cli"))
        assert reply.status == "denied" and secret_db["db"] in reply.headline, (typed, reply)
    assert docker_client.api.inspect_container(side.id)["ExecIDs"] == execs  # nothing ran in the sidecar
    assert {c.id: c.status for c in docker_client.containers.list(all=True)} == before
    assert not any(c.name == spy for c in docker_client.containers.list(all=True))
