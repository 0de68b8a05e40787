"""Holes found by trying to break issue 9's policy (a hostile teammate, a newcomer), each kept as a test.

Decided on deploy/policy.yaml as shipped (and, where the sample's positive patterns would hide
the hole, on a policy whose roles only exclude the databases, as docs/policy.md allows):

    registry-1  `registry-1.docker.io/library/postgres` is Docker Hub's postgres (another name of docker.io)
    image-id    an image named by its ID (or an ID prefix) is its tags: `docker rmi <postgres's ID>`
                removed the database image for the on-call role ("never the databases' images");
                `docker run <ID>` ran it for a role excluding `postgres*`
    ns-id       `--pid/--ipc/--uts container:<ID prefix>` is the container with that ID
    mounted     exec in a container reaches the named volumes it mounts, and so does --volumes-from it:
                `docker exec web-bk cat …` read pgdata through a sidecar named like the web tier
    rm-v        `docker rm -v NAME` (a flag, not a volume list) was "checking permissions failed"
    bind-unseen an allowed tree gorae cannot see (gorae in a container without it mounted, the
                compose deploy) let a link planted there by an earlier run lead anywhere on the host
    channel-id  `channels: {ops: "#ops"}` could never match a Slack channel: a `policy check` error

The real-engine proof for image-id is at the end (docker-marked, under the e2e lock).
"""
from __future__ import annotations

import dataclasses
import secrets
from pathlib import Path

import pytest
from fakes import CONTAINERS, IMAGES, FakeView

from bot.engine.plan import plan as make_plan
from bot.engine.view import ImageInfo
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Actor, Plan, Request
from bot.policy.check import authorize
from bot.policy.policyfile import PolicyInvalid, load_policy, parse_policy

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "deploy" / "policy.yaml"
OPS, ONC, DEV = "C0123OPS", "C0456ONCALL", "C0789DEV"
CAROL = Actor("U03CAROL")  # deployer in #ops
PAGER = Actor("U04PAGER", groups=("S0123ONCALL",))  # oncall in #oncall
ALICE = Actor("U01ALICE")  # lead
BOB = Actor("U02BOB")  # operator in #ops
PG_ID = "sha256:" + "cd" * 32  # postgres:16's image ID in this world


class _View(FakeView):
    """The fixture world with a running db, a stopped db-replica and image IDs the engine would resolve (`abab…`, `cdcd…`)."""

    def __init__(self) -> None:
        running = [(n, i, "running" if n == "db" else s) for n, i, s in CONTAINERS]
        super().__init__(containers=running + [("web-1", "nginx", "running"), ("db-replica", "postgres:16", "exited"),
                                               ("web-bk", "alpine", "running")], volumes=("db", "pgdata", "web-data"))

        # web-bk: a backup sidecar named like the web tier, mounting the database's volume
        self._containers = [dataclasses.replace(c, volumes=("pgdata",)) if c.name == "web-bk" else c
                            for c in self._containers]

    def image(self, ref):
        bare = ref[len("sha256:"):] if ref.startswith("sha256:") else ref
        if len(bare) >= 4 and set(bare) <= set("0123456789abcdef"):
            for tag in IMAGES:
                iid = PG_ID if tag.startswith("postgres") else "sha256:" + "ab" * 32
                if iid[len("sha256:"):].startswith(bare):
                    return ImageInfo(iid, (tag,), ())
            return None
        info = super().image(ref)
        if info is None:
            return None
        return dataclasses.replace(info, id=PG_ID if info.tags[0].startswith("postgres") else "sha256:" + "ab" * 32)


VIEW = _View()

# roles that only exclude the databases (docs/policy.md: "a list of only exclusions means everything else")
EXCLUDING = """
channels: {ops: C0123OPS}
roles:
  builder:
    verbs: [read, deploy, destroy]
    containers: ["*", "!db*"]
    volumes: ["!db*", "!pgdata*"]
    images: ["!postgres*", "!mysql*"]
bindings:
  - {role: builder, users: [U03CAROL], in: ["#ops"]}
"""


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    allowed = tmp_path_factory.mktemp("allowed")
    return dataclasses.replace(load_policy(SAMPLE), bind_allow=(str(allowed),))


@pytest.fixture(scope="module")
def excluding():
    return parse_policy(EXCLUDING, "excluding.yaml")


def planned(typed: str) -> Plan:
    parsed = parse(normalize(typed))
    result = make_plan(parsed, VIEW) if not hasattr(parsed, "reason") else parsed
    assert isinstance(result, Plan), (typed, result)
    return result


# (id, typed, actor, channel, which policy, decision, rule prefix, words the English reason must hold)
CASES = [
    # ------------------------------------------------------------ image-id: an ID is its tags
    ("image-id-rmi-short", "docker rmi cdcdcdcdcdcd", PAGER, ONC, "sample", "deny", "roles.oncall",
     "does not cover the image postgres:16"),
    ("image-id-rmi-force-full", "docker rmi -f " + PG_ID, PAGER, ONC, "sample", "deny", "roles.oncall",
     "image postgres:16"),
    ("image-id-rmi-bare-full", "docker rmi " + "cd" * 32, PAGER, ONC, "sample", "deny", "roles.oncall",
     "image postgres:16"),
    ("image-id-rmi-image-rm", "docker image rm cdcdcdcd", PAGER, ONC, "sample", "deny", "roles.oncall",
     "image postgres:16"),
    ("image-id-rmi-with-other", "docker rmi nginx cdcdcdcd", PAGER, ONC, "sample", "deny", "roles.oncall",
     "image postgres:16"),
    ("image-id-rmi-en", "remove image cdcdcdcdcdcd", PAGER, ONC, "sample", "deny", "roles.oncall",
     "image postgres:16"),
    ("image-id-rmi-lead-approves", "docker rmi cdcdcdcdcdcd", ALICE, OPS, "sample", "approve", "approve[0]",
     "lead role"),
    ("image-id-rmi-other-ok", "docker rmi abababababab", PAGER, ONC, "sample", "confirm", "builtin.destructive", ""),
    ("image-id-run", "docker run --name web-x cdcdcdcdcdcd", CAROL, OPS, "excluding", "deny", "roles.builder",
     "does not cover the image postgres:16"),
    ("image-id-create", "docker create --name web-x sha256:cdcdcdcdcdcd", CAROL, OPS, "excluding", "deny",
     "roles.builder", "image postgres:16"),
    ("image-id-rmi-excluding", "docker rmi cdcdcdcdcdcd", CAROL, OPS, "excluding", "deny", "roles.builder",
     "image postgres:16"),
    ("image-id-run-other-ok", "docker run --name web-x abababababab", CAROL, OPS, "excluding", "allow", "bindings[0]",
     ""),
    # ------------------------------------------------------------ ns-id: container:<ID prefix>
    ("ns-id-pid", "docker run --name web-x --pid container:03abab nginx", CAROL, OPS, "excluding", "deny",
     "roles.builder", "does not cover db"),
    ("ns-id-pid-eq", "docker run --name web-x --pid=container:03ababab nginx", CAROL, OPS, "excluding", "deny",
     "roles.builder", "cover db"),
    ("ns-id-ipc", "docker run --name web-x --ipc container:03abab nginx", CAROL, OPS, "excluding", "deny",
     "roles.builder", "cover db"),
    ("ns-id-uts-eq", "docker run --name web-x --uts=container:03ab nginx", CAROL, OPS, "excluding", "deny",
     "roles.builder", "cover db"),
    ("ns-id-volumes-from", "docker run --name web-x --volumes-from 03abab nginx", CAROL, OPS, "excluding", "deny",
     "roles.builder", "cover db"),
    ("ns-id-sample", "docker run --name web-x --pid container:03abab nginx", CAROL, OPS, "sample", "deny",
     "roles.deployer", "cover"),
    ("ns-id-own-ok", "docker run --name web-x --ipc container:web nginx", CAROL, OPS, "excluding", "allow",
     "bindings[0]", ""),
    # ------------------------------------------------------------ other ways to the databases, already closed
    ("db-exec-by-id", "docker exec 03abab cat /etc/passwd", PAGER, ONC, "sample", "deny", "roles.oncall", "cover db"),
    ("db-exec-ko", "db에서 ls 실행", PAGER, ONC, "sample", "deny", "roles.oncall", "cover db"),
    ("db-stop-all", "stop everything", PAGER, ONC, "sample", "deny", "roles.oncall", "cover db"),
    ("db-stop-all-ko", "전부 중지", PAGER, ONC, "sample", "deny", "roles.oncall", "cover db"),
    ("db-restart-pair-ko", "web이랑 db 재시작", PAGER, ONC, "sample", "deny", "roles.oncall", "cover db"),
    ("db-container-prune", "docker container prune -f", CAROL, OPS, "excluding", "deny", "roles.builder",
     "does not cover db-replica"),
    ("db-volume-rm-list", "docker volume rm web-data pgdata", PAGER, ONC, "sample", "deny", "roles.oncall",
     "volume pgdata"),
    ("db-rm-v", "docker rm -fv db", PAGER, ONC, "sample", "deny", "roles.oncall", "cover db"),
    ("db-volume-fullwidth", "docker run --name web-x -v ｐｇｄａｔａ:/d nginx", CAROL, OPS, "sample", "deny",
     "roles.deployer", "volume pgdata"),
    ("db-volume-trailing-dot", "docker run --name web-x -v pgdata.:/d nginx", CAROL, OPS, "excluding", "deny",
     "roles.builder", "volume pgdata."),
    ("db-image-registry-1", "docker run --name web-x registry-1.docker.io/library/postgres", CAROL, OPS, "sample",
     "deny", "roles.deployer", "image registry-1.docker.io/library/postgres"),
    ("db-image-registry-1-rmi", "docker rmi registry-1.docker.io/library/postgres:16", PAGER, ONC, "sample", "deny",
     "roles.oncall", "image registry-1.docker.io/library/postgres:16"),
    ("db-image-registry-1-run", "docker run --name web-x registry-1.docker.io/library/postgres", CAROL, OPS,
     "excluding", "deny", "roles.builder", "image registry-1.docker.io/library/postgres"),
    ("db-image-registry-1-nginx-ok", "docker run --name web-x registry-1.docker.io/library/nginx", CAROL, OPS,
     "sample", "confirm", "confirm[1]", ""),
    # ------------------------------------------------------------ mounted: what a container mounts is reached
    ("mounted-exec", "docker exec web-bk cat /d/marker", BOB, OPS, "sample", "deny", "roles.operator",
     "The operator role does not cover the volume pgdata"),
    ("mounted-exec-ko", "web-bk에서 ls 실행", BOB, OPS, "sample", "deny", "roles.operator", "volume pgdata"),
    ("mounted-exec-en", "run ls in web-bk", PAGER, ONC, "sample", "deny", "roles.oncall", "volume pgdata"),
    ("mounted-volumes-from", "docker run --name web-x --volumes-from web-bk nginx", CAROL, OPS, "sample", "deny",
     "roles.deployer", "volume pgdata"),
    ("mounted-volumes-from-excluding", "docker run --name web-x --volumes-from web-bk nginx", CAROL, OPS,
     "excluding", "deny", "roles.builder", "volume pgdata"),
    ("mounted-restart-ok", "docker restart web-bk", BOB, OPS, "sample", "allow", "bindings[1]", ""),
    ("mounted-exec-other-ok", "docker exec web ls", BOB, OPS, "sample", "allow", "bindings[1]", ""),
    # ------------------------------------------------------------ rm-v: a flag, not a volume list
    ("rm-v-flag", "docker rm -v cache", PAGER, ONC, "sample", "confirm", "builtin.destructive", "cache"),
    ("rm-fv-flag", "docker rm -fv web-1", PAGER, ONC, "sample", "confirm", "builtin.destructive", "web-1"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_break(case, sample, excluding):
    _, typed, actor, channel, which, kind, rule, words = case
    policy = sample if which == "sample" else excluding
    d = authorize(planned(typed), Request(typed, actor, channel, source="slack"), policy)
    reason = text(d.reason, "en") if d.reason else ""
    assert (d.kind, (d.rule or "")[:len(rule)]) == (kind, rule), (d.rule, reason)
    assert words in reason
    if kind != "allow":
        assert text(d.reason, "ko")


def test_the_shared_namespace_is_shown_by_name():
    assert planned("docker run --name web-x --pid container:03abab nginx").cli == \
        ("docker run -d --name web-x --pid container:db nginx",)


# --------------------------------------------------------------------------- bind-unseen


def _bind(path: str, actor: Actor, bind_allow: tuple[str, ...]):
    policy = dataclasses.replace(load_policy(SAMPLE), bind_allow=bind_allow)
    typed = f"docker run --name web-x -v {path}:/d nginx"
    return authorize(planned(typed), Request(typed, actor, OPS, source="slack"), policy)


def test_an_allowed_tree_gorae_cannot_see_is_not_trusted(tmp_path):
    """gorae in a container without /srv/gorae mounted: it cannot see `link -> /etc` planted there."""
    unseen = tmp_path / "srv-gorae"  # not made: as gorae's container sees the host's /srv/gorae
    d = _bind(f"{unseen}/link/cron.d", CAROL, (str(unseen),))
    reason = text(d.reason, "en")
    assert (d.kind, d.rule) == ("deny", "guards.bind_mount"), reason
    assert f"the allowed tree {unseen} is not visible where gorae runs" in reason
    assert "mount it there at the same path" in reason and text(d.reason, "ko")
    # a lead may bypass bind_mount (with a yes), as for any path outside the allowlist
    assert _bind(f"{unseen}/x", ALICE, (str(unseen),)).kind == "confirm"


def test_a_seen_tree_is_followed(tmp_path):
    allowed = tmp_path / "srv-gorae"
    allowed.mkdir()
    assert _bind(f"{allowed}/app/new", CAROL, (str(allowed),)).kind == "confirm"  # confirm[1]: deploy asks a yes
    (allowed / "link").symlink_to("/etc")  # what an earlier `run -v …:/w … ln -s /etc /w/link` leaves
    d = _bind(f"{allowed}/link/cron.d", CAROL, (str(allowed),))
    assert (d.kind, d.rule) == ("deny", "guards.sensitive_mount"), text(d.reason, "en")


# --------------------------------------------------------------------------- channel-id


@pytest.mark.parametrize("value", ['"#ops"', "ops", "c0123ops", '"<#C0123OPS|ops>"'])
def test_a_channel_table_value_must_be_an_id(value):
    with pytest.raises(PolicyInvalid) as e:
        parse_policy(f"channels:\n  dev: C0DEV\n  ops: {value}\n")
    [problem] = e.value.problems
    assert problem.line == 3
    assert "must be the channel's ID" in text(problem.msg, "en") and text(problem.msg, "ko")


def test_channel_ids_are_fine():
    assert parse_policy("channels: {ops: C0123OPS, priv: G0PRIV, me: D0DM}\n").channels["priv"] == "G0PRIV"


# --------------------------------------------------------------------------- real engine: image-id


@pytest.mark.docker
def test_the_database_image_is_not_removed_by_its_id(tmp_path, docker_client, world, cleanup):
    """`docker rmi -f <ID>` of a postgres-tagged image, as the on-call role: refused, the image stays."""
    import io

    from bot.pipeline import Gorae
    from bot.policy.check import Authorizer
    from bot.state.audit import AuditLog

    tag = f"postgres:break-{secrets.token_hex(4)}"
    dockerfile = f"FROM alpine\nLABEL gorae.test=break gorae.break={tag}\n".encode()
    # one LABEL step, no build labels (another step) and no intermediate container left (rm, forcerm)
    image, _ = docker_client.images.build(fileobj=io.BytesIO(dockerfile), tag=tag, rm=True, forcerm=True)
    cleanup.image(tag)
    short = image.id.split(":", 1)[1][:12]
    bot = Gorae(authorizer=Authorizer(load_policy(SAMPLE)), audit=AuditLog(tmp_path / "audit.db"))
    for typed in (f"docker rmi -f {short}", f"docker rmi {image.id}", f"{short} 이미지 삭제해줘"):
        reply = bot.handle(Request(typed, PAGER, ONC, source="slack"))
        assert reply.status == "denied", (typed, reply)
        assert tag in reply.headline, reply.headline
    assert docker_client.images.get(tag).id == image.id  # still there, still tagged


# --------------------------------------------------------------------------- the executor: --mount binds too


class _Api:
    base_url = "http+docker://localhost"

    def __getattr__(self, name):  # any engine call would be a failure: the refusal comes first
        raise AssertionError(f"engine called: {name}")


class _Client:
    api = _Api()


def test_the_executor_refuses_a_linked_mount_source_as_it_does_a_volume(tmp_path):
    """`--mount type=bind,source=LINK` (issue 15's reader makes `mounts`) is refused at run time like `-v LINK:`."""
    from bot.engine.context import Ctx
    from bot.engine.execute_run import run_container
    from bot.model import Call

    (tmp_path / "etc").symlink_to("/etc")
    ctx = Ctx(client=_Client(), progress=lambda *a, **k: None)
    for kw in ({"mounts": [{"Type": "bind", "Source": str(tmp_path / "etc"), "Target": "/d"}]},
               {"volumes": {str(tmp_path / "etc"): {"bind": "/d", "mode": "rw"}}}):
        out = run_container(Call.of("containers.run", None, image="alpine", detach=True, **kw), ctx)
        assert not out.ok and "/etc" in text(out.message, "en"), out


@pytest.mark.docker
def test_a_sidecar_mounting_the_database_volume_is_no_way_in(tmp_path, docker_client, world, cleanup):
    """A running `web-bk-…` (named like the web tier) mounts `pgdata-…`: exec in it and --volumes-from it are
    refused as the volume itself is, the marker is not read, nothing is created."""
    from bot.pipeline import Gorae
    from bot.policy.check import Authorizer
    from bot.state.audit import AuditLog

    tag = secrets.token_hex(4)
    secret = f"marker-{secrets.token_hex(8)}"
    volume = cleanup.volume(docker_client.volumes.create(f"pgdata-{tag}"))
    docker_client.containers.run("alpine", ["sh", "-c", f"echo {secret} > /d/marker"],
                                 volumes={volume.name: {"bind": "/d", "mode": "rw"}}, remove=True)
    sidecar = cleanup.container(docker_client.containers.run(
        "alpine", ["sh", "-c", "trap 'exit 0' TERM; while sleep 1; do :; done"], detach=True, name=f"web-bk-{tag}",
        volumes={volume.name: {"bind": "/d", "mode": "rw"}}))
    bot = Gorae(authorizer=Authorizer(load_policy(SAMPLE)), audit=AuditLog(tmp_path / "audit.db"))
    before = {c.id for c in docker_client.containers.list(all=True)}
    for typed, actor, channel in [(f"docker exec {sidecar.name} cat /d/marker", BOB, OPS),
                                  (f"{sidecar.name}에서 cat /d/marker 실행", PAGER, ONC),
                                  (f"docker run --rm --name web-x{tag} --volumes-from {sidecar.name} nginx "
                                   "cat /d/marker", CAROL, OPS)]:
        reply = bot.handle(Request(typed, actor, channel, source="slack"))
        assert reply.status == "denied", (typed, reply)
        assert volume.name in reply.headline, reply.headline
        assert secret not in " ".join([reply.headline, reply.code or "", *reply.notes])
    assert {c.id for c in docker_client.containers.list(all=True)} == before
    out = docker_client.containers.run("alpine", ["cat", "/d/marker"], remove=True,
                                       volumes={volume.name: {"bind": "/d", "mode": "ro"}})
    assert out.decode().strip() == secret
