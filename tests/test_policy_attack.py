"""The policy attack table (issue 9): what a hostile teammate tries, decided on the sample policy.

Every case is typed as a person would (docker CLI and, where the parser reads it, English
or Korean), parsed and planned against the fixture world (tests/fakes.py, no engine) and
decided by deploy/policy.yaml itself. The kinds:

    volume     named volumes are subjects: -v NAME:/d, volume rm, volume inspect
    image      image patterns on the full reference (docker.io/library/… by default)
    namespace  --pid/--ipc/--uts/--network container:X and --volumes-from X are subjects
    bind       bind mounts by real path (symlinks, missing parts), sensitive prefixes, `~`/relative
    group      Slack user groups by ID only: a handle never matches
    binding    a denial names the binding that did not apply

The real-engine proof that nothing changed is tests/test_policy_attack_engine.py.
"""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fakes import CONTAINERS, FakeView

from bot.engine.plan import plan as make_plan
from bot.engine.view import ServiceSpecInfo
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Actor, Call, Plan, Request, RunContainer, Sequence, Stop, Target, VerbClass
from bot.policy.check import (
    Authorizer,
    authorize,
    can_approve,
    image_matches,
    image_reference,
    load_authorizer,
)
from bot.policy.policyfile import PolicyInvalid, load_policy, parse_policy
from bot.policy.ratelimit import SharedRateLimiter

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "deploy" / "policy.yaml"

OPS, ONC, DEV, DM = "C0123OPS", "C0456ONCALL", "C0789DEV", "D0PAGER"
BOB = Actor("U02BOB")  # operator in #ops
CAROL = Actor("U03CAROL")  # operator in #ops, deployer in #ops and #dev
PAGER = Actor("U04PAGER", groups=("S0123ONCALL",))  # in the Slack user group @oncall (by ID)
ALICE = Actor("U01ALICE")  # lead (policy group `leads`)
HANDLE_LEADS = Actor("U05MALLORY", groups=("leads",))  # made a Slack group with the handle `leads`
FAKE_ID_LEADS = Actor("U05MALLORY", groups=("S0LEADS",))  # a Slack group of their own, by ID
HANDLE_ONCALL = Actor("U06EVE", groups=("oncall",))  # the handle of the on-call group, not its ID
NEWCOMER = Actor("U07NEW")



class _View(FakeView):
    """The fixture world, with image IDs shaped as the engine's (sha256 + 64 hex)."""

    def image(self, ref):
        info = super().image(ref)
        return None if info is None else dataclasses.replace(info, id="sha256:" + "ab" * 32)


VIEW = _View(containers=CONTAINERS + [("web-1", "nginx", "running")], volumes=("db", "pgdata", "web-data"))


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """An allowed tree with an escape: allowed/link -> outside, allowed/etc-link -> /etc."""
    base = tmp_path_factory.mktemp("binds")
    (base / "allowed" / "data").mkdir(parents=True)
    (base / "outside").mkdir()
    (base / "allowed" / "link").symlink_to(base / "outside")
    (base / "allowed" / "etc-link").symlink_to("/etc")
    return base


@pytest.fixture(scope="module")
def policy(tree):
    """deploy/policy.yaml as shipped, with guards.bind_allow pointing at the test's allowed tree."""
    return dataclasses.replace(load_policy(SAMPLE), bind_allow=(str(tree / "allowed"),))


def planned(typed: str) -> Plan:
    parsed = parse(normalize(typed))
    result = make_plan(parsed, VIEW) if not hasattr(parsed, "reason") else parsed
    assert isinstance(result, Plan), (typed, result)  # the attack must be understood to prove anything
    return result


# (id, typed, actor, channel, decision, rule prefix, words the English reason must hold)
# `{A}` is the allowed tree (guards.bind_allow), `{T}` its parent (outside it).
CASES = [
    # ----------------------------------------------------------- volume: named volumes are subjects
    ("volume-run-cli", "docker run --name web-x -v pgdata:/d nginx cat /d/marker", CAROL, OPS, "deny",
     "roles.deployer", "does not cover the volume pgdata"),
    ("volume-run-long-eq", "docker run --name web-x --volume=pgdata:/d nginx", CAROL, OPS, "deny",
     "roles.deployer", "volume pgdata"),
    ("volume-run-ro", "docker run --name web-x -v pgdata:/d:ro nginx", CAROL, OPS, "deny", "roles.deployer",
     "volume pgdata"),
    ("volume-create-cli", "docker create --name web-x -v pgdata:/d nginx", CAROL, DEV, "deny", "roles.deployer",
     "volume pgdata"),
    ("volume-db-volume", "docker run --name web-x -v db:/var/lib/mysql nginx", CAROL, OPS, "deny",
     "roles.deployer", "volume db"),
    ("volume-second-mount", "docker run --name web-x -v web-data:/e -v pgdata:/d nginx", CAROL, OPS, "deny",
     "roles.deployer", "volume pgdata"),
    ("volume-run-en", "run nginx named web-x with volume pgdata at /d", CAROL, OPS, "deny", "roles.deployer",
     "volume pgdata"),
    ("volume-run-ko", "pgdata 볼륨을 /d에 마운트해서 web-x라는 이름으로 nginx 실행", CAROL, OPS, "deny",
     "roles.deployer", "volume pgdata"),
    ("volume-rm-cli", "docker volume rm pgdata", PAGER, ONC, "deny", "roles.oncall",
     "The oncall role does not cover the volume pgdata (it covers: !db*, !pgdata*)"),
    ("volume-rm-force", "docker volume rm -f pgdata", PAGER, ONC, "deny", "roles.oncall", "volume pgdata"),
    ("volume-rm-ko", "pgdata 볼륨 삭제해줘", PAGER, ONC, "deny", "roles.oncall", "volume pgdata"),
    ("volume-rm-en-dm", "delete the pgdata volume", PAGER, DM, "deny", "roles.oncall", "volume pgdata"),
    ("volume-rm-db", "docker volume rm db", PAGER, ONC, "deny", "roles.oncall", "volume db"),
    ("volume-rm-db-ko", "db 볼륨 지워줘", PAGER, DM, "deny", "roles.oncall", "volume db"),
    ("volume-inspect-cli", "docker volume inspect pgdata", PAGER, DM, "deny", "roles.oncall", "volume pgdata"),
    ("volume-inspect-en", "inspect volume pgdata", PAGER, DM, "deny", "roles.oncall", "volume pgdata"),
    ("volume-inspect-ko", "pgdata 볼륨 정보", PAGER, DM, "deny", "roles.oncall", "volume pgdata"),
    ("volume-rm-by-operator", "docker volume rm pgdata", BOB, OPS, "deny", "roles.", "needs the"),
    ("volume-lead-run-approves", "docker run -v pgdata:/d alpine cat /d/marker", ALICE, OPS, "approve",
     "approve[1]", "needs approval by someone else with the lead role"),
    ("volume-lead-rm-approves", "docker volume rm pgdata", ALICE, OPS, "approve", "approve[0]", "lead role"),
    ("volume-lead-rm-ko-approves", "pgdata 볼륨 삭제해줘", ALICE, DEV, "approve", "approve[0]", "lead role"),
    ("volume-other-rm-ok", "docker volume rm web-data", PAGER, ONC, "confirm", "builtin.destructive", "web-data"),
    ("volume-other-run-ok", "docker run --name web-x -v web-data:/d nginx", CAROL, OPS, "confirm", "confirm[1]",
     ""),
    # ----------------------------------------------------------- image: patterns on the full reference
    ("image-rmi-postgres", "docker rmi postgres", PAGER, ONC, "deny", "roles.oncall",
     "does not cover the image postgres"),
    ("image-rmi-postgres-ko", "postgres 이미지 삭제해줘", PAGER, ONC, "deny", "roles.oncall", "image postgres"),
    ("image-rmi-postgres-en", "remove image postgres", PAGER, DM, "deny", "roles.oncall", "image postgres"),
    ("image-rmi-mysql-tag", "docker rmi mysql:5.7", PAGER, ONC, "deny", "roles.oncall", "image mysql:5.7"),
    ("image-rmi-other-ok", "docker rmi nginx", PAGER, ONC, "confirm", "builtin.destructive", ""),
    ("image-lead-rmi-approves", "docker rmi postgres", ALICE, OPS, "approve", "approve[0]", "lead role"),
    ("image-evil-registry", "docker pull nginx.evil.example/backdoor", CAROL, OPS, "deny", "roles.deployer",
     "image nginx.evil.example/backdoor"),
    ("image-evil-registry-en", "pull nginx.evil.example/backdoor", CAROL, DEV, "deny", "roles.deployer",
     "nginx.evil.example/backdoor"),
    ("image-evil-registry-ko", "nginx.evil.example/backdoor 이미지 받아줘", CAROL, DEV, "deny", "roles.deployer",
     "nginx.evil.example/backdoor"),
    ("image-miner-namespace", "docker pull nginx-miner/xmrig", CAROL, OPS, "deny", "roles.deployer",
     "image nginx-miner/xmrig"),
    ("image-miner-ko", "nginx-miner/xmrig 받아줘", CAROL, DEV, "deny", "roles.deployer", "nginx-miner/xmrig"),
    ("image-run-evil", "docker run --name web-x nginx.evil.example/backdoor", CAROL, OPS, "deny", "roles.deployer",
     "nginx.evil.example/backdoor"),
    ("image-run-miner", "docker run --name web-x nginx-miner/xmrig", CAROL, OPS, "deny", "roles.deployer",
     "nginx-miner/xmrig"),
    ("image-localhost-registry", "docker pull localhost/nginx", CAROL, OPS, "deny", "roles.deployer",
     "localhost/nginx"),
    ("image-other-namespace", "docker pull evil/nginx", CAROL, OPS, "deny", "roles.deployer", "evil/nginx"),
    ("image-redis-lookalike-registry", "docker pull redis.evil.example/redis", CAROL, OPS, "deny",
     "roles.deployer", "redis.evil.example/redis"),
    ("image-mirror-database", "docker pull 127.0.0.1:5000/library/postgres", CAROL, OPS, "deny",
     "roles.deployer", "127.0.0.1:5000/library/postgres"),
    ("image-not-listed", "docker pull postgres", CAROL, OPS, "deny", "roles.deployer", "image postgres"),
    ("image-tag-ok", "docker pull nginx:1.25", CAROL, OPS, "confirm", "confirm[1]", ""),
    ("image-full-ref-ok", "docker pull docker.io/library/nginx:1.25", CAROL, OPS, "confirm", "confirm[1]", ""),
    ("image-index-ok", "docker pull index.docker.io/library/nginx", CAROL, OPS, "confirm", "confirm[1]", ""),
    ("image-library-ok", "docker pull library/nginx", CAROL, OPS, "confirm", "confirm[1]", ""),
    ("image-named-registry-ok", "docker pull 127.0.0.1:5000/apps/web", CAROL, OPS, "confirm", "confirm[1]", ""),
    # ----------------------------------------------------------- namespace: other containers' namespaces
    ("ns-pid-cli", "docker run --name web-x --pid container:db nginx", CAROL, OPS, "deny", "roles.deployer",
     "The deployer role does not cover db (it covers: web*, cache*)"),
    ("ns-pid-eq", "docker run --name web-x --pid=container:db nginx", CAROL, OPS, "deny", "roles.deployer",
     "cover db"),
    ("ns-ipc-cli", "docker run --name web-x --ipc container:db nginx", CAROL, OPS, "deny", "roles.deployer",
     "cover db"),
    ("ns-ipc-eq", "docker run --name web-x --ipc=container:db nginx", CAROL, OPS, "deny", "roles.deployer",
     "cover db"),
    ("ns-uts-cli", "docker run --name web-x --uts container:db nginx", CAROL, OPS, "deny", "roles.deployer",
     "cover db"),
    ("ns-uts-eq", "docker run --name web-x --uts=container:db nginx", CAROL, OPS, "deny", "roles.deployer",
     "cover db"),
    ("ns-volumes-from", "docker run --name web-x --volumes-from db nginx", CAROL, OPS, "deny", "roles.deployer",
     "cover db"),
    ("ns-volumes-from-en", "run nginx named web-x with the volumes from db", CAROL, OPS, "deny", "roles.deployer",
     "cover db"),
    ("ns-uts-host", "docker run --name web-x --uts host nginx", CAROL, OPS, "deny", "guards.host_uts",
     "UTS namespace"),
    ("ns-uts-host-eq", "docker run --name web-x --uts=host nginx", CAROL, OPS, "deny", "guards.host_uts", ""),
    ("ns-pid-host", "docker run --name web-x --pid host nginx", CAROL, OPS, "deny", "guards.host_pid", ""),
    ("ns-no-deploy-role", "docker run --pid container:db alpine", PAGER, ONC, "deny", "", "needs the"),
    ("ns-lead-approves", "docker run --pid container:db alpine", ALICE, OPS, "approve", "approve[1]", "lead"),
    ("ns-own-container-ok", "docker run --name web-x --pid container:web nginx", CAROL, OPS, "confirm",
     "confirm[1]", ""),
    # ----------------------------------------------------------- bind: by real path
    ("bind-symlink-missing-last", "docker run --name web-x -v {A}/link/new:/d nginx", CAROL, OPS, "deny",
     "guards.bind_mount", "{T}/outside/new"),
    ("bind-symlink-itself", "docker run --name web-x -v {A}/link:/d nginx", CAROL, OPS, "deny",
     "guards.bind_mount", "{T}/outside"),
    ("bind-symlink-deep-missing", "docker run --name web-x -v {A}/link/a/b/c:/d nginx", CAROL, OPS, "deny",
     "guards.bind_mount", "outside/a/b/c"),
    ("bind-symlink-to-etc", "docker run --name web-x -v {A}/etc-link:/d nginx", CAROL, OPS, "deny",
     "guards.sensitive_mount", "-> /etc"),
    ("bind-symlink-into-etc", "docker run --name web-x -v {A}/etc-link/cron.d:/d nginx", CAROL, OPS, "deny",
     "guards.sensitive_mount", "/etc/cron.d"),
    ("bind-symlink-etc-missing", "docker run --name web-x -v {A}/etc-link/gorae-new/x:/d nginx", CAROL, OPS,
     "deny", "guards.sensitive_mount", ""),
    ("bind-dotdot", "docker run --name web-x -v {A}/data/../../outside:/d nginx", CAROL, OPS, "deny",
     "guards.bind_mount", ""),
    ("bind-symlink-en", "run nginx named web-x mounting {A}/link/new to /d", CAROL, OPS, "deny",
     "guards.bind_mount", "outside/new"),
    ("bind-symlink-ko", "{A}/link/new를 /d에 마운트해서 web-x라는 이름으로 nginx 실행", CAROL, OPS, "deny",
     "guards.bind_mount", "outside/new"),
    ("bind-lead-symlink-etc", "docker run -v {A}/etc-link/x:/d alpine", ALICE, OPS, "deny",
     "guards.sensitive_mount", ""),
    ("bind-lead-symlink-confirms", "docker run -v {A}/link/new:/d alpine", ALICE, OPS, "confirm",
     "guards.bind_mount", "The lead role allows it"),
    ("bind-usr-bin", "docker run -v /usr/bin:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-usr-local-bin", "docker run -v /usr/local/bin:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount",
     ""),
    ("bind-cron", "docker run -v /var/spool/cron:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-cron-crontabs", "docker run -v /var/spool/cron/crontabs:/d alpine", ALICE, OPS, "deny",
     "guards.sensitive_mount", ""),
    ("bind-docker-data", "docker run -v /var/lib/docker/volumes:/d alpine", ALICE, OPS, "deny",
     "guards.sensitive_mount", ""),
    ("bind-boot", "docker run -v /boot/grub:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-etc-sub", "docker run -v /etc/cron.d:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-root-ssh", "docker run -v /root/.ssh:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-proc", "docker run -v /proc/1/root:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-sys", "docker run -v /sys/kernel:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-dev", "docker run -v /dev/sda:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-socket", "docker run -v /var/run/docker.sock:/var/run/docker.sock alpine", ALICE, OPS, "deny",
     "guards.sensitive_mount", ""),
    ("bind-containerd", "docker run -v /run/containerd:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount",
     ""),
    ("bind-lib-modules", "docker run -v /lib/modules:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-sbin", "docker run -v /sbin:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-home-all", "docker run -v /home:/d alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-root-fs", "docker run -v /:/host alpine", ALICE, OPS, "deny", "guards.sensitive_mount", ""),
    ("bind-sensitive-ko", "/usr/local/bin를 /d에 마운트해서 web-x라는 이름으로 nginx 실행", CAROL, OPS, "deny",
     "guards.sensitive_mount", ""),
    # docker CLI: a `~` or relative bind source is refused before any plan, with docker's reason (issue 15)
    ("bind-tilde", "docker run -v ~/x:/d alpine", ALICE, OPS, "refused", "cli.shell_expansion", "runs no shell"),
    ("bind-tilde-named", "docker run --name web-x -v ~/srv/data:/d nginx", CAROL, OPS, "refused",
     "cli.shell_expansion", "runs no shell"),
    ("bind-tilde-quoted", "docker run --name web-x -v '~/srv/data:/d' nginx", CAROL, OPS, "refused",
     "cli.relative_bind", "Use an absolute path"),
    ("bind-dot", "docker run -v ./x:/d alpine", ALICE, OPS, "refused", "cli.relative_bind", "Use an absolute path"),
    ("bind-dotdot-relative", "docker run -v ../x:/d alpine", ALICE, OPS, "refused", "cli.relative_bind",
     "Use an absolute path"),
    ("bind-relative-dir", "docker run -v x/y:/d alpine", ALICE, OPS, "refused", "cli.relative_bind",
     "Use an absolute path"),
    ("bind-tilde-en", "run nginx named web-x mounting ~/x to /d", CAROL, OPS, "deny", "guards.bind_mount",
     "use an absolute path"),
    ("bind-dot-ko", "nginx 실행해서 ./x를 /d에 마운트", ALICE, OPS, "deny", "guards.bind_mount",
     "use an absolute path"),
    ("bind-allowed-ok", "docker run --name web-x -v {A}/data:/d nginx", CAROL, OPS, "confirm", "confirm[1]", ""),
    ("bind-allowed-missing-ok", "docker run --name web-x -v {A}/data/new/deeper:/d nginx", CAROL, OPS, "confirm",
     "confirm[1]", ""),
    # ----------------------------------------------------------- group: Slack user groups by ID only
    ("group-handle-leads-rm-db", "docker rm -f db", HANDLE_LEADS, OPS, "deny", "", "bindings[4]"),
    ("group-handle-leads-volume", "docker volume rm pgdata", HANDLE_LEADS, OPS, "deny", "", "leads"),
    ("group-handle-leads-ko", "db 강제 삭제해줘", HANDLE_LEADS, OPS, "deny", "", ""),
    ("group-own-id-leads", "docker rm -f db", FAKE_ID_LEADS, OPS, "deny", "", ""),
    ("group-handle-oncall", "docker restart cache", HANDLE_ONCALL, ONC, "deny", "",
     "gives oncall only to S0123ONCALL"),
    ("group-handle-oncall-ko", "cache 재시작", HANDLE_ONCALL, ONC, "deny", "", "S0123ONCALL"),
    ("group-handle-oncall-dm", "restart cache", HANDLE_ONCALL, DM, "deny", "no_binding", "S0123ONCALL"),
    ("group-by-id-ok", "docker restart cache", PAGER, ONC, "allow", "bindings[3]", ""),
    # ----------------------------------------------------------- binding: a denial names it
    ("binding-named-newcomer", "restart cache", NEWCOMER, ONC, "deny", "roles.",
     "— bindings[3] (line 77) gives oncall only to S0123ONCALL"),
    ("binding-named-unknown", "docker ps", NEWCOMER, "C0RANDOM", "deny", "no_binding",
     "bindings[0] (line 69) gives viewer only in #ops, #oncall, #dev"),
    ("binding-only-in", "web 재시작", BOB, DEV, "deny", "bindings[1]", "only in #ops"),
]


# ----------------------------------------------------------- service: Swarm services (issue 12, swarmbreak)
# A role barred from the databases must not reach them through a service: the volumes a service
# mounts, the host paths it binds, its network, capabilities and image are checked as for a run;
# a role silent on `services:` is limited on services by its `containers:` patterns (the sample
# policy's operator/oncall `!db*` keeps them off the service db-svc too); node changes are admin.
# Planned against SWARM_VIEW (services web, web-prod, db-svc). The real-swarm proof that nothing
# changed is tests/test_swarm_break_engine.py.
SERVICE_CASES = [
    ("service-mount-volume", "docker service create --name web-x --mount source=pgdata,target=/d nginx", CAROL, OPS,
     "deny", "roles.deployer", "does not cover the volume pgdata"),
    ("service-mount-src-dst", "docker service create --name web-x --mount type=volume,src=pgdata,dst=/d nginx",
     CAROL, OPS, "deny", "roles.deployer", "volume pgdata"),
    ("service-mount-second", "docker service create --name web-x --mount source=web-data,target=/e "
     "--mount type=volume,source=db,target=/d,readonly nginx", CAROL, OPS, "deny", "roles.deployer", "volume db"),
    ("service-mount-case", "docker service create --name web-x --mount type=volume,target=/d,source=pgdata nginx",
     CAROL, OPS, "deny", "roles.deployer", "volume pgdata"),
    ("service-mount-lead-approve", "docker service create --name web-x --mount source=pgdata,target=/d nginx",
     ALICE, OPS, "approve", "approve[1]", "approval"),
    ("service-bind-etc", "docker service create --name web-x --mount type=bind,source=/etc,target=/d nginx", CAROL,
     OPS, "deny", "guards.sensitive_mount", "/etc"),
    ("service-bind-dotdot", "docker service create --name web-x --mount type=bind,source={A}/../../../../../../../../etc,target=/d "
     "nginx", CAROL, OPS, "deny", "guards.sensitive_mount", "etc"),
    ("service-bind-socket", "docker service create --name web-x --mount type=bind,src=/var/run/docker.sock,"
     "dst=/var/run/docker.sock nginx", CAROL, OPS, "deny", "guards.sensitive_mount", "docker.sock"),
    ("service-bind-outside", "docker service create --name web-x --mount type=bind,source={T}/outside,target=/d nginx",
     CAROL, OPS, "deny", "guards.bind_mount", "outside"),
    ("service-bind-symlink", "docker service create --name web-x --mount type=bind,source={A}/link/new,target=/d "
     "nginx", CAROL, OPS, "deny", "guards.bind_mount", "outside/new"),
    ("service-network-host", "docker service create --name web-x --network host nginx", CAROL, OPS, "deny",
     "guards.host_network", "--network host"),
    ("service-cap-add", "docker service create --name web-x --cap-add SYS_ADMIN nginx", CAROL, OPS, "deny",
     "guards.cap_add", "SYS_ADMIN"),
    ("service-cap-all", "docker service create --name web-x --cap-add=ALL nginx", CAROL, OPS, "deny",
     "guards.cap_add", "ALL"),
    ("service-image-postgres", "docker service create --name web-x postgres", CAROL, OPS, "deny", "roles.deployer",
     "image postgres"),
    ("service-image-full-ref", "docker service create --name web-x docker.io/library/postgres:16", CAROL, OPS,
     "deny", "roles.deployer", "docker.io/library/postgres:16"),
    ("service-image-registry-host", "docker service create --name web-x nginx.evil.example/backdoor", CAROL, OPS,
     "deny", "roles.deployer", "nginx.evil.example/backdoor"),
    ("service-image-prefix", "docker service create --name web-x nginx-miner/xmrig", CAROL, OPS, "deny",
     "roles.deployer", "nginx-miner/xmrig"),
    ("service-image-ko", "postgres로 web-x 서비스 만들어", CAROL, OPS, "deny", "roles.deployer", "image postgres"),
    ("service-update-image", "docker service update --image postgres:16 web", CAROL, OPS, "deny", "roles.deployer",
     "image postgres:16"),
    ("service-update-image-ko", "web 서비스 postgres:16으로 업데이트", CAROL, OPS, "deny", "roles.deployer",
     "image postgres:16"),
    ("service-name-db", "docker service create --name db-x nginx", CAROL, OPS, "deny", "roles.deployer",
     "service db-x"),
    ("service-name-db-ko", "nginx로 db-x 서비스 띄워줘", CAROL, OPS, "deny", "roles.deployer", "service db-x"),
    ("service-name-db-lead", "docker service create --name db-x postgres", ALICE, OPS, "approve", "approve[1]",
     "approval"),
    ("service-scale-db", "docker service scale db-svc=0", BOB, OPS, "deny", "roles.operator",
     "does not cover the service db-svc"),
    ("service-scale-db-ko", "db-svc 서비스 0개로 줄여", BOB, OPS, "deny", "roles.operator", "service db-svc"),
    ("service-scale-db-en", "scale the db-svc service to 0", BOB, OPS, "deny", "roles.operator", "service db-svc"),
    ("service-scale-db-oncall", "docker service scale db-svc=0", PAGER, ONC, "deny", "roles.oncall",
     "service db-svc"),
    ("service-force-db", "docker service update --force db-svc", BOB, OPS, "deny", "roles.operator",
     "service db-svc"),
    ("service-force-db-ko", "db-svc 서비스 재시작", BOB, OPS, "deny", "roles.operator", "service db-svc"),
    ("service-rm-db", "docker service rm db-svc", PAGER, ONC, "deny", "roles.oncall", "service db-svc"),
    ("service-rm-db-ko", "db-svc 서비스 삭제해줘", PAGER, DM, "deny", "roles.oncall", "service db-svc"),
    ("service-rm-two", "docker service rm web db-svc", PAGER, ONC, "deny", "roles.oncall", "service db-svc"),
    ("service-rollback-db", "docker service rollback db-svc", CAROL, OPS, "deny", "roles.deployer",
     "service db-svc"),
    ("service-update-db", "docker service update --image nginx:1.25 db-svc", CAROL, OPS, "deny", "roles.deployer",
     "service db-svc"),
    ("service-rollback-operator", "docker service rollback web", BOB, OPS, "deny", "roles.deployer",
     "needs the deployer or lead role"),
    ("service-rollback-operator-ko", "web 서비스 롤백해줘", BOB, OPS, "deny", "roles.deployer", "deployer"),
    ("service-update-operator", "web 서비스 nginx:1.25로 업데이트", BOB, OPS, "deny", "roles.deployer", "deployer"),
    ("service-rm-operator", "docker service rm web", BOB, OPS, "deny", "roles.oncall", "needs the oncall or lead"),
    ("service-node-drain-oncall", "docker node update --availability drain vm", PAGER, ONC, "deny", "roles.lead",
     "needs the lead role"),
    ("service-node-drain-operator-ko", "vm 노드 드레인", BOB, OPS, "deny", "roles.lead", "lead"),
    ("service-node-pause-deployer", "pause node vm", CAROL, OPS, "deny", "roles.lead", "lead"),
    # a confirm rule silent on services matches them by its containers: (confirm[0]: operate on web-prod*)
    ("service-confirm-rule", "docker service scale web-prod=3", BOB, OPS, "confirm", "confirm[0]",
     "scaling the service web-prod"),
    ("service-confirm-rule-ko", "web-prod 서비스 재시작", BOB, OPS, "confirm", "confirm[0]", "web-prod"),
    ("service-unnamed", "docker service create nginx", CAROL, OPS, "deny", "roles.deployer", "give the service a name"),
    # docker options gorae does not run: refused before any policy (nothing planned)
    ("service-secret", "docker service create --name web-x --secret db_password nginx", CAROL, OPS, "refused",
     "cli.refused_no_sdk", "--secret"),
    ("service-config", "docker service create --name web-x --config db_conf nginx", CAROL, OPS, "refused",
     "cli.refused_no_sdk", "--config"),
    ("service-privileged", "docker service create --name web-x --privileged nginx", CAROL, OPS, "refused",
     "cli.unknown_flag", "--privileged"),
    ("service-volume-opt-bind", "docker service create --name web-x --mount type=volume,source=x,target=/d,"
     "volume-opt=o=bind,volume-opt=device=/etc,volume-opt=type=none nginx", CAROL, OPS, "refused",
     "cli.bad_volume_name", ""),
    ("service-mount-cluster", "docker service create --name web-x --mount type=cluster,source=pgdata,target=/d nginx",
     CAROL, OPS, "refused", "cli.mount_type", ""),
    # what stays allowed: a host-mode port is a published port as for `docker run -p` (no port policy),
    # a placement constraint reaches no volume or container by itself
    ("service-publish-host", "docker service create --name web-x --publish mode=host,published=5432,target=80 nginx",
     CAROL, OPS, "confirm", "confirm[1]", "creating the service web-x"),
    ("service-constraint", "docker service create --name web-x --constraint node.role==manager nginx", CAROL, OPS,
     "confirm", "confirm[1]", "web-x"),
]
SWARM_VIEW = _View(containers=CONTAINERS + [("web-1", "nginx", "running")], volumes=("db", "pgdata", "web-data"),
                   services=("web", "web-prod", "db-svc"))


@pytest.mark.parametrize("case", SERVICE_CASES, ids=[c[0] for c in SERVICE_CASES])
def test_attack_service(case, tree, policy):
    _, typed, actor, channel, kind, rule, words = case
    typed = _fill(typed, tree)
    parsed = parse(normalize(typed))
    if kind == "refused":
        assert hasattr(parsed, "reason") and parsed.reason.key == rule, (typed, parsed)
        assert _fill(words, tree) in text(parsed.reason, "en") and text(parsed.reason, "ko")
        return
    assert not hasattr(parsed, "reason"), (typed, parsed)
    result = make_plan(parsed, SWARM_VIEW)
    assert isinstance(result, Plan), (typed, result)
    d = authorize(result, Request(typed, actor, channel, source="slack"), policy)
    reason = text(d.reason, "en") if d.reason else ""
    assert (d.kind, (d.rule or "")[:len(rule)]) == (kind, rule), reason
    assert _fill(words, tree) in reason
    assert text(d.reason, "ko")


def _fill(s: str, tree: Path) -> str:
    return s.replace("{A}", str(tree / "allowed")).replace("{T}", str(tree))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_attack(case, tree, policy):
    _, typed, actor, channel, kind, rule, words = case
    typed = _fill(typed, tree)
    if kind == "refused":  # docker itself refuses it: nothing is planned, docker's reason is given
        parsed = parse(normalize(typed))
        assert hasattr(parsed, "reason") and parsed.reason.key == rule, (typed, parsed)
        assert _fill(words, tree) in text(parsed.reason, "en") and text(parsed.reason, "ko")
        return
    d = authorize(planned(typed), Request(typed, actor, channel, source="slack"), policy)
    reason = text(d.reason, "en") if d.reason else ""
    assert d.kind == kind, (d.rule, reason)
    assert (d.rule or "").startswith(rule), (d.rule, reason)
    assert _fill(words, tree) in reason
    if kind != "allow":
        assert text(d.reason, "ko")  # every refusal and question also reads in Korean


# Plans the parser cannot type yet (`--mount`, issue 15) or whose planner refuses first: what
# runs is what is checked, so subjects come from the SDK call as well as the command.
def _run_call(**kw) -> Plan:
    cmd = RunContainer(image="nginx", name="web-x")
    return Plan(cmd, (Call.of("containers.run", None, image="nginx", name="web-x", **kw),),
                ("docker run ...",), "run", VerbClass.DEPLOY, (Target("container", "web-x"), Target("image", "nginx")))


PLAN_CASES = [
    ("mount-volume-source", _run_call(mounts=[{"Type": "volume", "Source": "pgdata", "Target": "/d"}]),
     "deny", "roles.deployer", "volume pgdata"),
    ("mount-volume-lowercase", _run_call(mounts=[{"type": "volume", "source": "db", "target": "/d"}]),
     "deny", "roles.deployer", "volume db"),
    ("mount-bind-symlink", _run_call(mounts=[{"Type": "bind", "Source": "{A}/link/new", "Target": "/d"}]),
     "deny", "guards.bind_mount", "outside/new"),
    ("mount-bind-relative", _run_call(mounts=[{"Type": "bind", "Source": "./x", "Target": "/d"}]),
     "deny", "guards.bind_mount", "use an absolute path"),
    ("network-container-kwarg", _run_call(network_mode="container:db"), "deny", "roles.deployer", "cover db"),
    ("network-container-field", Plan(RunContainer(image="nginx", name="web-x", network="container:db"), (),
                                     ("docker run ...",), "run", VerbClass.DEPLOY), "deny", "roles.deployer",
     "cover db"),
    ("pid-kwarg-only", _run_call(pid_mode="container:db"), "deny", "roles.deployer", "cover db"),
    ("uts-kwarg-only", _run_call(uts_mode="container:db"), "deny", "roles.deployer", "cover db"),
    ("link-kwarg", _run_call(links={"db": "database"}), "deny", "roles.deployer", "cover db"),
    ("volumes-from-kwarg-ro", _run_call(volumes_from=["db:ro"]), "deny", "roles.deployer", "cover db"),
    ("sequence-step-volume", Plan(Sequence(steps=(Stop(targets=("web",)),
                                                  RunContainer(image="nginx", name="web-x", volumes=()))),
                                  (Call.of("container.stop", "web"),
                                   Call.of("containers.run", None, image="nginx", name="web-x",
                                           volumes={"pgdata": {"bind": "/d", "mode": "rw"}})),
                                  ("docker stop web", "docker run ..."), "run", VerbClass.DEPLOY,
                                  (Target("container", "web"), Target("container", "web-x"))),
     "deny", "roles.deployer", "volume pgdata"),
]


@pytest.mark.parametrize("case", PLAN_CASES, ids=[c[0] for c in PLAN_CASES])
def test_attack_plan(case, tree, policy):
    _, plan, kind, rule, words = case
    calls = tuple(Call(c.op, c.target, tuple((k, _fill_value(v, tree)) for k, v in c.kwargs)) for c in plan.calls)
    plan = dataclasses.replace(plan, calls=calls)
    d = authorize(plan, Request("", CAROL, OPS, source="slack"), policy)
    reason = text(d.reason, "en") if d.reason else ""
    assert (d.kind, (d.rule or "")[:len(rule)]) == (kind, rule), reason
    assert _fill(words, tree) in reason


def _fill_value(v, tree):
    if isinstance(v, list):
        return [{k: _fill(x, tree) if isinstance(x, str) else x for k, x in m.items()} if isinstance(m, dict) else m
                for m in v]
    return v


def test_table_is_big_enough():
    assert len(CASES) + len(PLAN_CASES) >= 80
    assert len(SERVICE_CASES) >= 40
    kinds = {c[0].split("-")[0] for c in CASES}
    assert {"volume", "image", "ns", "bind", "group", "binding"} <= kinds


# --------------------------------------------------------------------------- approval by a handle


def test_a_handle_named_leads_cannot_approve(policy):
    plan = planned("docker volume rm pgdata")
    asked = Request("docker volume rm pgdata", ALICE, OPS, source="slack")
    assert authorize(plan, asked, policy).kind == "approve"
    for stranger in (HANDLE_LEADS, FAKE_ID_LEADS):
        d = can_approve(plan, asked, stranger, OPS, policy)
        assert d.kind == "deny" and d.rule.startswith("approve[0]"), d


# --------------------------------------------------------------------------- image references


@pytest.mark.parametrize("ref, full", [
    ("nginx", ("docker.io/library/nginx", None, None)),
    ("nginx:1.25", ("docker.io/library/nginx", "1.25", None)),
    ("library/nginx", ("docker.io/library/nginx", None, None)),
    ("docker.io/nginx", ("docker.io/library/nginx", None, None)),
    ("index.docker.io/library/nginx:1", ("docker.io/library/nginx", "1", None)),
    ("nginx-miner/xmrig", ("docker.io/nginx-miner/xmrig", None, None)),
    ("nginx.evil.example/backdoor", ("nginx.evil.example/backdoor", None, None)),
    ("localhost/nginx", ("localhost/nginx", None, None)),
    ("127.0.0.1:5000/library/nginx:latest", ("127.0.0.1:5000/library/nginx", "latest", None)),
    ("nginx@sha256:" + "a" * 64, ("docker.io/library/nginx", None, "sha256:" + "a" * 64)),
])
def test_image_reference_as_docker_reads_it(ref, full):
    assert image_reference(ref) == full


def test_image_patterns():
    assert image_matches("nginx", ["nginx*"]) and image_matches("nginx:1.25-alpine", ["nginx*"])
    assert image_matches("docker.io/library/nginx", ["nginx"]) and image_matches("nginx:7", ["nginx"])
    assert not image_matches("nginx.evil.example/backdoor", ["nginx*"])
    assert not image_matches("nginx-miner/xmrig", ["nginx*"])
    assert image_matches("redis:7.2", ["redis:7*"]) and not image_matches("redis", ["redis:7*"])
    assert image_matches("127.0.0.1:5000/apps/web", ["127.0.0.1:5000/apps/*"])
    assert not image_matches("127.0.0.1:5000/library/postgres", ["127.0.0.1:5000/apps/*"])
    assert image_matches("anything.example/x", ["*"])
    assert not image_matches("postgres:16", ["!postgres*"]) and image_matches("nginx", ["!postgres*"])


# --------------------------------------------------------------------------- names that never match


def _problems(yaml_text: str) -> list[tuple[int, str]]:
    with pytest.raises(PolicyInvalid) as e:
        parse_policy(yaml_text, "p.yaml")
    return [(p.line, text(p.msg, "en")) for p in e.value.problems]


NEVER = [
    ("channel-not-in-table", "roles: {v: {verbs: [read]}}\nbindings:\n  - role: v\n    channels: ['#ops']\n",
     [(4, "channel `#ops` is not in channels: Slack sends channel IDs, so it could never match; add `ops: C…` "
          "under channels or write the ID")]),
    ("in-not-in-table", "channels: {dev: C0DEV}\nbindings:\n  - role: admin\n    users: [U1]\n    in: ['#ops']\n",
     [(5, "channel `#ops` is not in channels: Slack sends channel IDs, so it could never match; add `ops: C…` "
          "under channels or write the ID")]),
    ("user-handle", "bindings:\n  - role: admin\n    users: ['@alice']\n",
     [(3, "`@alice` is not a Slack user ID: names, @handles and display names never match; use the member ID "
          "(U… or W…, profile ⋮ menu > Copy member ID)")]),
    ("user-display-name", "bindings:\n  - role: admin\n    users: [U01OK, Alice Kim]\n",
     [(3, "`Alice Kim` is not a Slack user ID: names, @handles and display names never match; use the member ID "
          "(U… or W…, profile ⋮ menu > Copy member ID)")]),
    ("user-lowercase-id", "bindings:\n  - role: admin\n    users:\n      - u02bob\n",
     [(4, "`u02bob` is not a Slack user ID: names, @handles and display names never match; use the member ID "
          "(U… or W…, profile ⋮ menu > Copy member ID)")]),
    ("group-member-name", "groups:\n  leads: [alice]\n",
     [(2, "`alice` is not a Slack user ID: names, @handles and display names never match; use the member ID "
          "(U… or W…, profile ⋮ menu > Copy member ID)")]),
    ("per-user-name", "rate_limit:\n  per_user:\n    alice: 5\n",
     [(3, "`alice` is not a Slack user ID: names, @handles and display names never match; use the member ID "
          "(U… or W…, profile ⋮ menu > Copy member ID)")]),
    ("group-handle", "bindings:\n  - role: admin\n    groups: [oncall]\n",
     [(3, "group `oncall` is neither in groups nor a Slack user group ID (S…); name a Slack user group by its ID: "
          "anyone can create a handle, so a handle never matches")]),
    ("group-at-handle", "groups: {leads: [U1]}\nbindings:\n  - role: admin\n    groups: ['@leads']\n",
     [(4, "group `@leads` is neither in groups nor a Slack user group ID (S…) (did you mean `leads`?); name a "
          "Slack user group by its ID: anyone can create a handle, so a handle never matches")]),
]


@pytest.mark.parametrize("yaml_text, expected", [c[1:] for c in NEVER], ids=[c[0] for c in NEVER])
def test_names_that_never_match_are_errors(yaml_text, expected):
    assert _problems(yaml_text) == expected


def test_ids_and_local_names_are_fine():
    p = parse_policy("channels: {ops: C0OPS}\ngroups: {leads: [U01A, W02B]}\nbindings:\n"
                     "  - {role: admin, users: [U01A, W02B, 'local:me'], groups: [S0123, leads], in: ['#ops', C0X]}\n"
                     "rate_limit: {per_user: {'local:me': 5, U01A: 9}}\n")
    assert p.bindings[0].groups == ("S0123", "leads")


def test_policy_check_cli_says_the_line(tmp_path):
    bad = tmp_path / "p.yaml"
    bad.write_text("channels: {ops: C0OPS}\nbindings:\n  - role: admin\n    groups: [leads]\n"
                   "    in: ['#oncall']\n  - role: admin\n    users: ['@bob']\n")
    r = subprocess.run([sys.executable, "-m", "bot", "policy", "check", str(bad)], capture_output=True, text=True,
                       env={**os.environ, "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}, timeout=60)
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0].startswith(f"{bad}:4: group `leads` is neither in groups nor a Slack user group ID")
    assert lines[1].startswith(f"{bad}:5: channel `#oncall` is not in channels")
    assert lines[2].startswith(f"{bad}:7: `@bob` is not a Slack user ID")
    ok = subprocess.run([sys.executable, "-m", "bot", "policy", "check", str(SAMPLE)], capture_output=True,
                        text=True, env={**os.environ, "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}, timeout=60)
    assert ok.returncode == 0, ok.stderr


# --------------------------------------------------------------------------- rate limit across processes

_TAKER = textwrap.dedent("""
    import sys, time
    from bot.model import Actor, Plan, Request, Restart, Target, VerbClass
    from bot.policy.check import load_authorizer
    auth = load_authorizer(sys.argv[1])
    plan = Plan(Restart(targets=("web",)), (), ("docker restart web",), "restart", VerbClass.OPERATE,
                (Target("container", "web", "0" * 64),))
    start = float(sys.argv[2])
    while time.time() < start:
        time.sleep(0.01)
    got = [auth.take(plan, Request("restart web", Actor("U02BOB"), "C0123OPS", source="slack")) is None
           for _ in range(int(sys.argv[3]))]
    print(sum(got))
""")


def test_rate_limit_counts_across_processes(tmp_path):
    import time

    state = tmp_path / "state"
    env = {**os.environ, "GORAE_STATE_DIR": str(state), "PYTHONPATH": str(ROOT)}
    start = str(time.time() + 3)  # both start together, so that their takes interleave
    procs = [subprocess.Popen([sys.executable, "-c", _TAKER, str(SAMPLE), start, "15"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    taken = [int(o.strip()) for o, _ in outs]
    assert sum(taken) == 20, taken  # writes_per_minute: 20 in deploy/policy.yaml, for both processes together
    assert (state / "state.db").is_file()  # the state database (bot.state.backend), SQLite by default
    # a third process (say, `gorae say` next to `gorae slack`) sees the same count
    third = subprocess.run([sys.executable, "-c", _TAKER, str(SAMPLE), "0", "1"], env=env, capture_output=True,
                           text=True, timeout=120)
    assert third.stdout.strip() == "0", third


def test_shared_limiter_window_and_per_user(tmp_path):
    now = [1000.0]
    a = SharedRateLimiter(tmp_path / "r.sqlite", 2, per_user={"U0VIP": None, "U0NONE": 0}, clock=lambda: now[0])
    b = SharedRateLimiter(tmp_path / "r.sqlite", 2, per_user={"U0VIP": None, "U0NONE": 0}, clock=lambda: now[0])
    assert a.take("U1") is None and b.take("U1") is None
    assert a.take("U1") == 60.0 and b.check("U1") == 60.0
    assert b.take("U2") is None  # per user
    assert all(a.take("U0VIP") is None for _ in range(10))
    assert a.take("U0NONE") == 60.0
    now[0] += 30
    assert b.check("U1") == 30.0
    now[0] += 30.5
    assert b.take("U1") is None and a.take("U1") is None and a.take("U1") is not None


def test_load_authorizer_shares_the_state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GORAE_STATE_DIR", str(tmp_path))
    auth = load_authorizer(str(SAMPLE))
    assert isinstance(auth.limiter, SharedRateLimiter)
    assert Path(auth.limiter.path) == tmp_path / "state.db"
    assert isinstance(Authorizer(load_policy(SAMPLE)).limiter, type(Authorizer(load_policy(SAMPLE)).limiter))


# ----------------------------------------------------------- network: networks are subjects (subjects brief, kind 1)
# The sample policy keeps the roles barred from the databases off their network (backend*, db*): not
# attached by a run/create/service create (`--network`, `--net`, `=`-forms, natural phrasing), not
# connected, disconnected, created or removed; a lead's is approved by another lead (approve rules
# name networks). The real-engine proof is tests/test_policy_attack_engine.py::test_network_*.
TASK = "web.1." + "k" * 25  # a swarm task's container: SERVICE.SLOT.TASKID
PREVIOUS = {  # service -> the spec `docker service rollback` would bring back
    "web": ServiceSpecInfo(image="postgres:16", version=11),
    "web-prod": ServiceSpecInfo(image="nginx:1.25", mounts=({"Type": "volume", "Source": "pgdata", "Target": "/d"},),
                                version=12),
    "web-bind": ServiceSpecInfo(image="nginx:1.25", mounts=({"Type": "bind", "Source": "/etc", "Target": "/d"},),
                                version=13),
    "web-net": ServiceSpecInfo(image="nginx:1.25", networks=("backend",), version=14),
    "web-cap": ServiceSpecInfo(image="nginx:1.25", cap_add=("CAP_SYS_ADMIN",), version=15),
    "web-db": ServiceSpecInfo(image="nginx:1.25", mounts=({"Type": "volume", "Source": "db", "Target": "/d"},),
                              networks=("db-net",), version=16),
    "web-ok": ServiceSpecInfo(image="nginx:1.25", networks=("web-net",), version=17),
}
NET_VIEW = _View(containers=CONTAINERS + [("web-1", "nginx", "running")], volumes=("db", "pgdata", "web-data"),
                 networks=("bridge", "host", "none", "backend", "db-net", "web-net"),
                 services=("web", "web-prod", "web-bind", "web-net", "web-cap", "web-db", "web-ok", "web-new"),
                 previous=PREVIOUS)
RUN_BACKEND = "docker run -d --name web-x --network backend nginx"
NETWORK_CASES = [
    ("net-run-cli", RUN_BACKEND, CAROL, OPS, "deny", "roles.deployer", "does not cover the network backend"),
    ("net-run-eq", "docker run -d --name web-x --network=backend nginx", CAROL, OPS, "deny", "roles.deployer",
     "network backend"),
    ("net-run-net", "docker run -d --name web-x --net backend nginx", CAROL, OPS, "deny", "roles.deployer",
     "network backend"),
    ("net-run-net-eq", "docker run -d --name web-x --net=backend nginx", CAROL, DEV, "deny", "roles.deployer",
     "network backend"),
    ("net-run-db-net", "docker run -d --name web-x --network db-net nginx", CAROL, OPS, "deny", "roles.deployer",
     "network db-net"),
    ("net-create-cli", "docker create --name web-x --network backend nginx", CAROL, OPS, "deny", "roles.deployer",
     "network backend"),
    ("net-run-ko", "backend 네트워크에 붙여서 web-x라는 이름으로 nginx 띄워", CAROL, OPS, "deny", "roles.deployer",
     "network backend"),
    ("net-run-ko-unnamed", "backend 네트워크에 붙여서 nginx 띄워", CAROL, OPS, "deny", "roles.deployer", ""),
    ("net-run-en", "run nginx named web-x on network backend", CAROL, OPS, "deny", "roles.deployer",
     "network backend"),
    ("net-run-en-the", "run nginx named web-x on the backend network", CAROL, DEV, "deny", "roles.deployer",
     "network backend"),
    ("net-run-lead", RUN_BACKEND, ALICE, OPS, "approve", "approve[1]", "approval"),
    ("net-run-bridge-ok", "docker run -d --name web-x --network bridge nginx", CAROL, OPS, "confirm", "confirm[1]",
     ""),
    ("net-run-web-net-ok", "docker run -d --name web-x --network web-net nginx", CAROL, OPS, "confirm", "confirm[1]",
     ""),
    ("net-service-create", "docker service create --name web-x --network backend nginx", CAROL, OPS, "deny",
     "roles.deployer", "network backend"),
    ("net-service-create-eq", "docker service create --name web-x --network=db-net nginx", CAROL, OPS, "deny",
     "roles.deployer", "network db-net"),
    ("net-service-create-lead", "docker service create --name web-x --network backend nginx", ALICE, OPS, "approve",
     "approve[1]", "approval"),
    ("net-rm-oncall", "docker network rm backend", PAGER, ONC, "deny", "roles.oncall",
     "does not cover the network backend"),
    ("net-rm-oncall-ko", "backend 네트워크 삭제해줘", PAGER, DM, "deny", "roles.oncall", "network backend"),
    ("net-rm-oncall-en", "remove the backend network", PAGER, ONC, "deny", "roles.oncall", "network backend"),
    ("net-rm-oncall-db-net", "docker network rm db-net", PAGER, ONC, "deny", "roles.oncall", "network db-net"),
    ("net-rm-oncall-two", "docker network rm web-net backend", PAGER, ONC, "deny", "roles.oncall", "network backend"),
    ("net-rm-oncall-other", "docker network rm web-net", PAGER, ONC, "confirm", "builtin.destructive", "web-net"),
    ("net-rm-lead", "docker network rm backend", ALICE, OPS, "approve", "approve[0]", "the network backend"),
    ("net-connect-lead", "docker network connect backend web", ALICE, OPS, "approve", "approve[1]",
     "the network backend"),
    ("net-connect-lead-ko", "web을 backend 네트워크에 연결해줘", ALICE, OPS, "approve", "approve[1]", "backend"),
    ("net-disconnect-lead", "docker network disconnect backend web", ALICE, OPS, "approve", "approve[1]", "backend"),
    ("net-create-lead", "docker network create db-net2", ALICE, OPS, "approve", "approve[1]", "db-net2"),
    ("net-connect-deployer", "docker network connect backend web", CAROL, OPS, "deny", "roles.lead", "lead"),
    ("net-connect-en", "connect web to network backend", BOB, OPS, "deny", "roles.lead", "lead"),
]


@pytest.mark.parametrize("case", NETWORK_CASES, ids=[c[0] for c in NETWORK_CASES])
def test_attack_network(case, policy):
    _, typed, actor, channel, kind, rule, words = case
    parsed = parse(normalize(typed))
    assert not hasattr(parsed, "reason"), (typed, parsed)
    result = make_plan(parsed, NET_VIEW)
    assert isinstance(result, Plan), (typed, result)
    d = authorize(result, Request(typed, actor, channel, source="slack"), policy)
    reason = text(d.reason, "en") if d.reason else ""
    assert (d.kind, (d.rule or "")[:len(rule)]) == (kind, rule), (d.rule, reason)
    assert words in reason
    assert text(d.reason, "ko")


def test_a_role_silent_on_networks_keeps_every_network(tree):
    """A role that says nothing about networks covers every network (today's behaviour, docs/policy.md)."""
    pol = parse_policy(textwrap.dedent("""\
        roles:
          builder: {verbs: [read, deploy], containers: ["web*"], volumes: ["!pgdata"]}
        bindings:
          - {role: builder, users: [U02BOB]}
        """))
    d = authorize(planned(RUN_BACKEND), Request(RUN_BACKEND, BOB, OPS, source="slack"), pol)
    assert d.kind == "allow", d


def test_policy_check_knows_networks_in_rules(tmp_path):
    pol = parse_policy('roles: {lead: {verbs: [all]}}\nbindings: [{role: lead, users: [U01ALICE]}]\n'
                       'approve: [{verbs: [network], networks: ["backend*"], approvers: [lead]}]\n')
    assert pol.approve[0].networks == ("backend*",)


# ----------------------------------------------------------- rollback: the previous spec is checked (kind 2)
ROLLBACK_CASES = [
    ("rollback-image", "docker service rollback web", CAROL, OPS, "deny", "roles.deployer", "image postgres:16"),
    ("rollback-image-ko", "web 서비스 롤백해줘", CAROL, OPS, "deny", "roles.deployer", "image postgres:16"),
    ("rollback-image-en", "roll back service web", CAROL, DEV, "deny", "roles.deployer", "image postgres:16"),
    ("rollback-volume", "docker service rollback web-prod", CAROL, OPS, "deny", "roles.deployer", "volume pgdata"),
    ("rollback-bind", "docker service rollback web-bind", CAROL, OPS, "deny", "guards.sensitive_mount", "/etc"),
    ("rollback-network", "docker service rollback web-net", CAROL, OPS, "deny", "roles.deployer", "network backend"),
    ("rollback-cap", "docker service rollback web-cap", CAROL, OPS, "deny", "guards.cap_add", "SYS_ADMIN"),
    ("rollback-db", "docker service rollback web-db", CAROL, OPS, "deny", "roles.deployer", "volume db"),
    ("rollback-volume-lead", "docker service rollback web-prod", ALICE, OPS, "approve", "approve[1]", "approval"),
    ("rollback-network-lead", "docker service rollback web-net", ALICE, OPS, "approve", "approve[1]", "approval"),
    ("rollback-ok", "docker service rollback web-ok", CAROL, OPS, "confirm", "confirm[1]", "web-ok"),
    ("rollback-nothing-before", "docker service rollback web-new", CAROL, OPS, "confirm", "confirm[1]", "web-new"),
]


@pytest.mark.parametrize("case", ROLLBACK_CASES, ids=[c[0] for c in ROLLBACK_CASES])
def test_attack_rollback(case, policy):
    _, typed, actor, channel, kind, rule, words = case
    result = make_plan(parse(normalize(typed)), NET_VIEW)
    assert isinstance(result, Plan), (typed, result)
    d = authorize(result, Request(typed, actor, channel, source="slack"), policy)
    reason = text(d.reason, "en") if d.reason else ""
    assert (d.kind, (d.rule or "")[:len(rule)]) == (kind, rule), (d.rule, reason)
    assert words in reason
    assert text(d.reason, "ko")


def test_rollback_pins_the_version_it_checked():
    """The call carries the Version.Index of the checked spec: the executor refuses (and the engine
    would too) when the service changed between the check and the rollback."""
    result = make_plan(parse(normalize("docker service rollback web-ok")), NET_VIEW)
    assert isinstance(result, Plan)
    assert result.calls[0].kw() == {"image": "nginx:1.25", "networks": ["web-net"], "version": 17}


# ----------------------------------------------------------- tasks: container-wide verbs leave swarm tasks out (kind 3)
TASK_VIEW = _View(containers=CONTAINERS + [(TASK, "nginx", "running")], services=("web",))


@pytest.mark.parametrize("typed", ["모든 컨테이너 재시작", "restart all containers", "docker restart $(docker ps -q)",
                                   "전부 멈춰", "stop all containers"])
def test_container_wide_verbs_leave_task_containers_out(typed, policy):
    result = make_plan(parse(normalize(typed)), TASK_VIEW)
    assert isinstance(result, Plan), (typed, result)
    names = [t.name for t in result.targets]
    assert TASK not in names and "web" in names, names
    assert not any(TASK in line for line in result.cli) and "$(docker ps -q)" not in " ".join(result.cli)
    task_id = next(c.id for c in TASK_VIEW.containers() if c.name == TASK)
    assert len(result.calls) == len(names) and task_id not in [c.target for c in result.calls]
    note = next(n for n in result.notes if n.key == "swarm.tasks_left_out")
    assert TASK in text(note, "en") and "restart service web" in text(note, "en") and text(note, "ko")
    d = authorize(result, Request(typed, PAGER, ONC, source="slack"), policy)
    assert d.kind == "confirm" and d.rule == "builtin.multi" and TASK not in text(d.reason, "en"), d


def test_only_task_containers_running_says_so():
    view = _View(containers=[(TASK, "nginx", "running"), ("db", "mysql:5.7", "created")], services=("web",))
    result = make_plan(parse(normalize("restart all containers")), view)
    assert not isinstance(result, Plan) and result.reason.key == "swarm.only_tasks_running", result
    assert "restart service web" in text(result.reason, "en") and text(result.reason, "ko")


def test_without_tasks_all_is_still_docker_ps_q():
    result = make_plan(parse(normalize("restart all containers")), VIEW)
    assert isinstance(result, Plan) and result.cli == ("docker restart $(docker ps -q)",) and not result.notes
