"""Real engine: a denied or unconfirmed command changes nothing (checked by inspecting the
engine), and the audit log holds every request, redacted.

Each test makes its own containers (unique names) so that the shared fixture world is
never touched; `cleanup` removes them.
"""
from __future__ import annotations

import secrets

import pytest

from bot.model import Actor, Request
from bot.pipeline import Gorae
from bot.policy.check import Authorizer, load_authorizer
from bot.policy.policyfile import parse_policy
from bot.state.audit import AuditLog

pytestmark = pytest.mark.docker

POLICY = """\
local: deployer
roles:
  viewer: {verbs: [read]}
  deployer: {verbs: [read, operate, deploy, destroy]}
bindings:
  - {role: viewer, users: [U0EVE]}
"""
EVE = Actor("U0EVE")
LOCAL = Actor("local:tester", local=True)


@pytest.fixture
def box(world, docker_client, cleanup):
    """A running container of our own: (name, id)."""
    name = f"p3-{secrets.token_hex(4)}"
    c = docker_client.containers.run("nginx", detach=True, name=name)
    cleanup.container(c)
    return name, c.id


def _state(docker_client, ref: str) -> dict:
    s = docker_client.api.inspect_container(ref)
    return {"id": s["Id"], "running": s["State"]["Running"], "started": s["State"]["StartedAt"],
            "restarts": s["RestartCount"], "paused": s["State"]["Paused"]}


def _bot(tmp_path, policy: str | None = POLICY) -> Gorae:
    auth = Authorizer(parse_policy(policy)) if policy else load_authorizer(None)
    return Gorae(authorizer=auth, audit=AuditLog(tmp_path / "audit.db"))


def _exists(docker_client, name: str) -> bool:
    from docker.errors import NotFound

    try:
        docker_client.api.inspect_container(name)
        return True
    except NotFound:
        return False


@pytest.mark.parametrize("verb", ["restart", "stop", "kill", "pause", "rm -f"])
def test_denied_changes_nothing(tmp_path, docker_client, box, verb):
    name, _ = box
    before = _state(docker_client, name)
    reply = _bot(tmp_path).handle(Request(f"docker {verb} {name}", EVE, "C0OPS", source="slack"))
    assert reply.status == "denied", reply
    assert _state(docker_client, name) == before


def test_slack_user_without_policy_changes_nothing(tmp_path, docker_client, box):
    name, _ = box
    before = _state(docker_client, name)
    reply = _bot(tmp_path, None).handle(Request(f"{name} 재시작", Actor("U0ANY"), "C0OPS", source="slack"))
    assert reply.status == "denied" and reply.lang == "ko"
    assert _state(docker_client, name) == before


def test_unconfirmed_expired_and_foreign_change_nothing(tmp_path, docker_client, box):
    name, cid = box
    now = [1000.0]
    bot = _bot(tmp_path)
    bot.clock = lambda: now[0]
    ask = bot.handle(Request(f"docker rm -f {name}", LOCAL, "terminal"))
    assert ask.status == "confirm" and _exists(docker_client, name)  # not confirmed: still there

    foreign = bot.confirm(ask.pending, Actor("local:other", local=True), "terminal")
    assert foreign.status == "denied" and _exists(docker_client, name)

    now[0] += 301
    assert bot.confirm(ask.pending, LOCAL, "terminal").status == "info" and _exists(docker_client, name)

    ask2 = bot.handle(Request(f"docker rm -f {name}", LOCAL, "terminal"))
    assert bot.confirm(ask2.pending, LOCAL, "terminal", yes=False).status == "info"
    assert _state(docker_client, name)["id"] == cid

    ask3 = bot.handle(Request(f"docker rm -f {name}", LOCAL, "terminal"))
    assert bot.confirm(ask3.pending, LOCAL, "terminal").status == "done"
    assert not _exists(docker_client, name)


def test_replaced_container_is_not_removed_on_an_old_yes(tmp_path, docker_client, cleanup, box):
    name, old_id = box
    bot = _bot(tmp_path)
    ask = bot.handle(Request(f"docker rm -f {name}", LOCAL, "terminal"))
    docker_client.api.remove_container(old_id, force=True)
    new = docker_client.containers.run("nginx", detach=True, name=name)
    cleanup.container(new)
    again = bot.confirm(ask.pending, LOCAL, "terminal")
    assert again.status == "confirm" and _state(docker_client, name)["id"] == new.id  # asked again, nothing ran


def test_guard_refuses_and_creates_nothing(tmp_path, docker_client, world):
    name = f"p3-{secrets.token_hex(4)}"
    for flags in ("--privileged", "--cap-add SYS_ADMIN", "--pid host", "-v /etc:/host-etc",
                  "-v /var/run/docker.sock:/var/run/docker.sock"):
        reply = _bot(tmp_path).handle(Request(f"docker run -d {flags} --name {name} nginx", LOCAL, "terminal"))
        assert reply.status == "denied" and "guard" in reply.headline, (flags, reply)
        assert not _exists(docker_client, name), flags


def test_audit_holds_every_request_redacted(tmp_path, docker_client, cleanup, box):
    name, _ = box
    secret = "s3cr3t-" + secrets.token_hex(4)
    new = f"p3-{secrets.token_hex(4)}"
    cleanup.container(new)
    bot = _bot(tmp_path)
    asks = [
        (Request(f"docker run -d --name {new} -e API_TOKEN={secret} nginx", LOCAL, "terminal"), "done"),
        (Request(f"docker restart {name}", EVE, "C0OPS", source="slack"), "denied"),
        (Request(f"{name} 로그 보여줘 DB_PASSWORD={secret}", EVE, "C0OPS", source="slack"), None),
        (Request(f"docker rm -f {name}", LOCAL, "terminal"), "confirm"),
        (Request("고래야 날아라", EVE, "C0OPS", source="slack"), "not_understood"),
    ]
    for request, status in asks:
        reply = bot.handle(request)
        if status:
            assert reply.status == status, (request.text, reply)
        assert secret not in " ".join(reply.cli) + reply.headline
    env = docker_client.api.inspect_container(new)["Config"]["Env"]
    assert f"API_TOKEN={secret}" in env  # it really ran with the secret...
    rows = bot.audit.query(limit=None)
    assert len(rows) == len(asks)  # ...every request is in the log...
    assert {r["user"] for r in rows} == {"U0EVE", "local:tester"}
    run_row = next(r for r in rows if r["text"].startswith("docker run"))
    assert run_row["outcome"] == "ok" and run_row["cli"] and "API_TOKEN=***" in run_row["cli"][0]
    bot.audit.close()
    for f in tmp_path.iterdir():  # ...and the secret is nowhere on disk
        assert secret.encode() not in f.read_bytes(), f
