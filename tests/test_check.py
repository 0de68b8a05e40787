"""bot/policy/check.py: decisions, a table of cases with the exact reason (the file format and its
errors with lines: test_policyfile.py).

Plans are built by hand here (no parser, no engine): `authorize` is a pure function of
(plan, request, policy). The confirmation flow (expiry, someone else, approval) is in
tests/test_confirm.py; real-engine proof that nothing changed is in tests/test_policy_engine.py.
"""
from __future__ import annotations

import pytest

from bot.messages import text
from bot.model import (
    Actor,
    Decision,
    Exec,
    ListContainers,
    Logs,
    Plan,
    Pull,
    Remove,
    Request,
    Restart,
    RunContainer,
    Stop,
    Target,
    VerbClass,
    VolumeRemove,
    VolumeSpec,
)
from bot.policy.check import Authorizer, allowed_classes, authorize, can_approve, load_authorizer, matches
from bot.policy.policyfile import parse_policy
from bot.policy.ratelimit import RateLimiter

POLICY = """\
version: 1
channels: {ops: C0OPS, oncall: C0ONCALL, dev: C0DEV}
groups:
  leads: [U0LEAD, U0LEAD2]
local: admin
roles:
  viewer: {verbs: [read]}
  operator:
    verbs: [read, operate, exec]
    containers: ["web-*", "cache*", "!db*"]
  deployer:
    verbs: [read, deploy]
    containers: ["web-*"]
    images: ["nginx*", "redis*"]
  oncall:
    verbs: [read, operate, destroy]
    containers: ["*", "!db*"]
  lead:
    verbs: [all]
    allow_guards: [bind_mount, cap_add]
  builder:
    verbs: [deploy]
    containers: ["ci-*"]
    allow_guards: [privileged]
bindings:
  - {role: viewer, channels: ["#ops", "#dev"]}
  - {role: operator, users: [U0BOB], in: ["#ops"]}
  - {role: deployer, users: [U0CAROL], in: ["#ops", "#dev"]}
  - {role: oncall, groups: [S0ONCALL], in: ["#oncall", dm]}
  - {role: lead, groups: [leads]}
  - {role: builder, users: [U0CI]}
confirm:
  - {verbs: [operate], containers: ["web-prod*"]}
approve:
  - {verbs: [destroy], containers: ["db*"], approvers: [lead]}
guards:
  bind_allow: [/srv/data]
rate_limit:
  writes_per_minute: 3
"""
P = parse_policy(POLICY, "test.yaml")
ID = "0123456789ab" * 5 + "cdef"

BOB, CAROL, EVE, CI = Actor("U0BOB"), Actor("U0CAROL"), Actor("U0EVE"), Actor("U0CI")
LEAD, LEAD2 = Actor("U0LEAD"), Actor("U0LEAD2")
ONCALL = Actor("U0PAGER", groups=("S0ONCALL", "oncall"))
LOCAL = Actor("local:me", local=True)
OPS, DEV, ONC, DM, ELSEWHERE = "C0OPS", "C0DEV", "C0ONCALL", "D0DM", "C0RANDOM"


# --------------------------------------------------------------------------- plan builders


def _c(*names: str) -> tuple[Target, ...]:
    return tuple(Target("container", n, ID) for n in names)


def restart(*names: str, lang: str = "en") -> Plan:
    return Plan(Restart(targets=names, lang=lang), (), (f"docker restart {' '.join(names)}",), "restart",
                VerbClass.OPERATE, _c(*names))


def stop_all(*names: str) -> Plan:
    return Plan(Stop(all_running=True), (), ("docker stop $(docker ps -q)",), "stop", VerbClass.OPERATE,
                _c(*names))


def rm(*names: str, lang: str = "en") -> Plan:
    return Plan(Remove(targets=names, force=True, lang=lang), (), (f"docker rm -f {' '.join(names)}",), "rm",
                VerbClass.DESTROY, _c(*names), destructive=True)


def ps() -> Plan:
    return Plan(ListContainers(), (), ("docker ps",), "ps", VerbClass.READ, (), writes=False)


def logs(name: str) -> Plan:
    return Plan(Logs(target=name), (), (f"docker logs {name}",), "logs", VerbClass.READ, _c(name), writes=False)


def exec_(name: str) -> Plan:
    return Plan(Exec(target=name, command=("env",)), (), (f"docker exec {name} env",), "exec", VerbClass.EXEC,
                _c(name))


def run(image: str = "nginx", name: str | None = "web-9", **opts) -> Plan:
    cmd = RunContainer(image=image, name=name, **opts)
    targets = ((Target("container", name),) if name else ()) + (Target("image", image),)
    return Plan(cmd, (), (f"docker run -d {image}",), "run", VerbClass.DEPLOY, targets)


def vol_rm(name: str) -> Plan:
    return Plan(VolumeRemove(names=(name,)), (), (f"docker volume rm {name}",), "volume rm", VerbClass.DESTROY,
                (Target("volume", name),), destructive=True)


def pull(image: str) -> Plan:
    return Plan(Pull(image=image), (), (f"docker pull {image}",), "pull", VerbClass.DEPLOY, (Target("image", image),))


def req(actor: Actor, channel: str, text_: str = "") -> Request:
    return Request(text_, actor, channel, source="slack")


# --------------------------------------------------------------------------- the table
# (id, plan, actor, channel, kind, exact English reason or None, rule prefix, request text)

CASES = [
    # --- allowed
    ("viewer-by-channel-ps", ps(), EVE, OPS, "allow", None, "bindings[0]", ""),
    ("operator-restart-in-ops", restart("web-1"), BOB, OPS, "allow", None, "bindings[1]", ""),
    ("viewer-logs-in-dev", logs("web-1"), BOB, DEV, "allow", None, "bindings[0]", ""),
    ("operator-exec", exec_("web-1"), BOB, OPS, "allow", None, "bindings[1]", ""),
    ("deployer-run-named", run("nginx", "web-9"), CAROL, DEV, "allow", None, "bindings[2]", ""),
    ("deployer-pull", pull("redis:7"), CAROL, OPS, "allow", None, "bindings[2]", ""),
    ("oncall-group-in-dm", restart("cache"), ONCALL, DM, "allow", None, "bindings[3]", ""),
    ("lead-via-policy-group", restart("db-1"), LEAD, DEV, "allow", None, "bindings[4]", ""),
    ("local-terminal-admin", restart("db-1"), LOCAL, "terminal", "allow", None, "local", ""),
    # /srv/data is not on the test machine: gorae cannot follow links it cannot see, so it refuses
    # (inside an allowlist gorae sees, it is allowed: tests/test_policy_break.py)
    ("bind-inside-allowlist-unseen", run(volumes=(VolumeSpec("/srv/data/app", "/data"),)), CAROL, OPS, "deny",
     "`/srv/data/app` is blocked by the bind_mount guard: the allowed tree /srv/data is not visible where gorae "
     "runs, so a link in it could lead anywhere; create /srv/data, or when gorae runs in a container mount it "
     "there at the same path (read-only). It needs a role that allows this guard", "guards.bind_mount", ""),
    ("harmless-security-opt", run(security_opt=("no-new-privileges",)), CAROL, OPS, "allow", None, "bindings[2]", ""),
    # --- denied, with the exact reason
    ("role-only-in-another-channel", restart("web-1"), BOB, DEV, "deny",
     "Restarting web-1 needs the operator role (only in #ops)", "bindings[1]", ""),
    ("negated-pattern", restart("db-1"), BOB, OPS, "deny",
     "The operator role does not cover db-1 (it covers: web-*, cache*, !db*)", "roles.operator", ""),
    ("viewer-cannot-restart", restart("web-1"), EVE, OPS, "deny",
     "Restarting web-1 needs the operator or oncall or lead role — bindings[1] (line 27) gives operator only to "
     "U0BOB", "roles.operator", ""),
    ("unknown-user-fails-closed", ps(), EVE, ELSEWHERE, "deny",
     "U0EVE has no role in this policy: Listing containers needs the viewer or operator or deployer role — "
     "bindings[0] (line 26) gives viewer only in #ops, #dev", "no_binding", ""),
    ("unknown-user-write", restart("web-1"), Actor("U0NOBODY"), ELSEWHERE, "deny",
     "U0NOBODY has no role in this policy: Restarting web-1 needs the operator or oncall or lead role — "
     "bindings[4] (line 30) gives lead only to leads", "no_binding", ""),
    ("unnamed-run-with-restricted-role", run("nginx", None), CAROL, DEV, "deny",
     "With the deployer role, give the container a name matching web-* (--name)", "roles.deployer", ""),
    ("image-not-covered", run("busybox", "web-9"), CAROL, DEV, "deny",
     "The deployer role does not cover the image busybox (it covers: nginx*, redis*)", "roles.deployer", ""),
    ("destroy-needs-other-role", rm("web-1"), BOB, OPS, "deny",
     "Removing web-1 needs the oncall or lead role — bindings[4] (line 30) gives lead only to leads",
     "roles.oncall", ""),
    ("oncall-outside-its-channels", restart("cache"), ONCALL, DEV, "deny",
     "Restarting cache needs the oncall role (only in #oncall, DM)", "bindings[3]", ""),
    ("slack-user-not-local", restart("web-1"), Actor("local:me"), "terminal", "deny",
     "local:me has no role in this policy: Restarting web-1 needs the operator or oncall or lead role — "
     "bindings[4] (line 30) gives lead only to leads", "no_binding", ""),
    # --- confirm
    ("policy-confirm-rule", restart("web-prod-1"), BOB, OPS, "confirm",
     "The policy (confirm[0]) asks for a yes before restarting web-prod-1. Go ahead?", "confirm[0]", ""),
    ("several-containers", stop_all("web-1", "web-2"), BOB, OPS, "confirm",
     "This acts on 2 container(s): web-1, web-2. Go ahead?", "builtin.multi", ""),
    ("all-running-even-one", stop_all("web-1"), BOB, OPS, "confirm",
     "This acts on 1 container(s): web-1. Go ahead?", "builtin.multi", ""),
    ("destructive", rm("cache"), ONCALL, ONC, "confirm",
     "Removing cache cannot be undone. Go ahead?", "builtin.destructive", ""),
    ("destructive-volume", vol_rm("pgdata"), LEAD, OPS, "confirm",
     "Removing the volume pgdata cannot be undone. Go ahead?", "builtin.destructive", ""),
    ("guard-allowed-by-role-still-confirms", run(volumes=(VolumeSpec("/home/me", "/x"),)), LEAD, OPS, "confirm",
     "`/home/me`: it mounts a host path outside the allowlist (/srv/data). The lead role allows it, with a yes. "
     "Go ahead?", "guards.bind_mount", ""),
    ("builder-privileged-confirms", run("nginx", "ci-1", privileged=True), CI, OPS, "confirm",
     "`--privileged`: it gives the container full control of the host. The builder role allows it, with a yes. "
     "Go ahead?", "guards.privileged", ""),
    # --- second-person approval
    ("approve-db-destroy", rm("db-1"), LEAD, OPS, "approve",
     "Removing db-1 needs approval by someone else with the lead role, in this channel (approve[0])",
     "approve[0]", ""),
    # --- guards
    ("guard-privileged", run(privileged=True), CAROL, OPS, "deny",
     "`--privileged` is blocked by the privileged guard: it gives the container full control of the host. "
     "It needs a role that allows this guard", "guards.privileged", ""),
    ("guard-cap-add", run(cap_add=("SYS_ADMIN",)), CAROL, OPS, "deny",
     "`--cap-add SYS_ADMIN` is blocked by the cap_add guard: it adds kernel capabilities to the container. "
     "It needs a role that allows this guard", "guards.cap_add", ""),
    ("guard-pid-host", run(pid="host"), CAROL, OPS, "deny", None, "guards.host_pid", ""),
    ("guard-ipc-host", run(ipc="host"), CAROL, OPS, "deny", None, "guards.host_ipc", ""),
    ("guard-network-host", run(network="host"), CAROL, OPS, "deny",
     "`--network host` is blocked by the host_network guard: it puts the container on the host's network stack. "
     "It needs a role that allows this guard", "guards.host_network", ""),
    ("guard-device", run(devices=("/dev/sda",)), CAROL, OPS, "deny", None, "guards.device", ""),
    ("guard-mount-root", run(volumes=(VolumeSpec("/", "/host"),)), LEAD, OPS, "deny",
     "`/` is blocked by the sensitive_mount guard: it mounts a sensitive host path (system files or the Docker "
     "socket). It needs a role that allows this guard", "guards.sensitive_mount", ""),
    ("guard-docker-socket", run(volumes=(VolumeSpec("/var/run/docker.sock", "/var/run/docker.sock"),)), LEAD, OPS,
     "deny", None, "guards.sensitive_mount", ""),
    ("guard-etc-by-dotdot", run(volumes=(VolumeSpec("/srv/data/../../etc", "/x"),)), CAROL, OPS, "deny", None,
     "guards.sensitive_mount", ""),
    ("guard-proc", run(volumes=(VolumeSpec("/proc/1", "/x"),)), LEAD, OPS, "deny", None, "guards.sensitive_mount", ""),
    ("guard-outside-allowlist", run(volumes=(VolumeSpec("/home/me", "/x"),)), CAROL, OPS, "deny",
     "`/home/me` is blocked by the bind_mount guard: it mounts a host path outside the allowlist (/srv/data). "
     "It needs a role that allows this guard", "guards.bind_mount", ""),
    ("guard-relative-bind", run(volumes=(VolumeSpec("./data", "/x"),)), CAROL, OPS, "deny", None,
     "guards.bind_mount", ""),
    ("guard-security-opt", run(security_opt=("seccomp=unconfined",)), CAROL, OPS, "deny", None,
     "guards.security_opt", ""),
    ("guard-userns-host", run(userns="host"), CAROL, OPS, "deny", None, "guards.userns_host", ""),
    ("guard-host-flag-in-text", ps(), EVE, OPS, "deny",
     "`-H` is blocked by the host_flag guard: it points gorae at another Docker engine. "
     "It needs a role that allows this guard", "guards.host_flag", "docker -H tcp://10.0.0.1:2375 ps"),
    ("guard-context-flag-in-text", ps(), EVE, OPS, "deny", None, "guards.host_flag", "docker --context=prod ps"),
    ("guard-host-flag-field", Plan(ListContainers(host_flag="tcp://10.0.0.1:2375"), (), ("docker ps",), "ps",
                                   VerbClass.READ, (), writes=False), EVE, OPS, "deny",
     "`-H tcp://10.0.0.1:2375` is blocked by the host_flag guard: it points gorae at another Docker engine. "
     "It needs a role that allows this guard", "guards.host_flag", ""),
    ("guard-local-admin-too", run(cap_add=("ALL",)), LOCAL, "terminal", "confirm", None, "guards.cap_add", ""),
    ("volumes-from-needs-cover", run(volumes_from=("db-1:ro",)), CAROL, OPS, "deny",
     "The deployer role does not cover db-1 (it covers: web-*)", "roles.deployer", ""),
    ("network-of-another-container", run(network="container:db-1"), CAROL, OPS, "deny",
     "The deployer role does not cover db-1 (it covers: web-*)", "roles.deployer", ""),
    # --- name injection
    ("inject-semicolon", restart("web-1;rm -rf /"), BOB, OPS, "deny",
     "`web-1;rm -rf /` is not a valid container name (`;`). Nothing ran", "names", ""),
    ("inject-subshell", restart("web-1$(reboot)"), BOB, OPS, "deny",
     "`web-1$(reboot)` is not a valid container name (`$`). Nothing ran", "names", ""),
    ("inject-backticks", restart("web`id`"), BOB, OPS, "deny", None, "names", ""),
    ("inject-and", run("nginx", "web-9 && docker rm db"), CAROL, OPS, "deny",
     "`web-9 && docker rm db` is not a valid container name (` `). Nothing ran", "names", ""),
    ("inject-flag", restart("-rf"), BOB, OPS, "deny", None, "names", ""),
    ("inject-glob-name", restart("web-*"), BOB, OPS, "deny",
     "`web-*` is not a valid container name (`*`). Nothing ran", "names", ""),
    ("inject-newline", restart("web-1\nrm db"), BOB, OPS, "deny", None, "names", ""),
    ("inject-image", run("nginx;id", "web-9"), CAROL, OPS, "deny",
     "`nginx;id` is not a valid image name (`;`). Nothing ran", "names", ""),
    ("inject-path-in-name", restart("../db"), BOB, OPS, "deny", None, "names", ""),
    # --- Unicode look-alikes
    ("lookalike-cyrillic-e", restart("wеb-1"), BOB, OPS, "deny",
     "`wеb-1` contains `е` (U+0435 CYRILLIC SMALL LETTER IE), a non-ASCII character that only looks like a "
     "Latin letter. Nothing ran", "names", ""),
    ("lookalike-fullwidth", restart("ｗｅｂ-1"), BOB, OPS, "deny",
     "`ｗｅｂ-1` contains `ｗ` (U+FF57 FULLWIDTH LATIN SMALL LETTER W), a non-ASCII character that only looks "
     "like a Latin letter. Nothing ran", "names", ""),
    ("lookalike-evades-negation", restart("ԁb-1"), BOB, OPS, "deny", None, "names", ""),
    ("lookalike-even-for-admin", rm("dЬ"), LOCAL, "terminal", "deny", None, "names", ""),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_policy_case(case):
    _, plan, actor, channel, kind, reason, rule, typed = case
    d = authorize(plan, req(actor, channel, typed), P)
    assert d.kind == kind, (d, text(d.reason, "en") if d.reason else None)
    if reason is not None:
        assert text(d.reason, "en") == reason
    if kind != "allow":
        assert d.reason is not None
    assert (d.rule or "").startswith(rule), d.rule


def test_table_is_big_enough():
    assert len(CASES) >= 40


# --------------------------------------------------------------------------- Korean reasons


@pytest.mark.parametrize("plan, actor, channel, ko", [
    (restart("web-1", lang="ko"), BOB, DEV, "web-1 재시작은 operator 역할이 필요합니다 (#ops 채널에서만)"),
    (restart("db-1", lang="ko"), BOB, OPS, "operator 역할은 db-1에 쓸 수 없습니다 (대상: web-*, cache*, !db*)"),
    (rm("cache", lang="ko"), ONCALL, ONC, "cache 삭제는 되돌릴 수 없습니다. 실행할까요?"),
    (rm("db-1"), LEAD, OPS,
     "db-1 삭제는 다른 사람의 승인이 필요합니다: lead 역할을 가진 사람이 같은 채널에서 승인해야 합니다 (approve[0])"),
    (ps(), EVE, ELSEWHERE,
     "U0EVE에게는 이 정책의 역할이 없습니다: 컨테이너 목록 보기는 viewer 또는 operator 또는 deployer 역할이 필요합니다 — "
     "bindings[0](26번째 줄)은 viewer 역할을 #ops, #dev 채널에서만 줍니다"),
    (run(privileged=True), CAROL, OPS,
     "`--privileged`은(는) 막혀 있습니다 (privileged 가드): 컨테이너가 호스트 전체를 제어할 수 있게 됩니다. "
     "이 가드를 허용하는 역할이 필요합니다"),
    (restart("wеb-1"), BOB, OPS,
     "`wеb-1`에 ASCII가 아닌 글자 `е`(U+0435 CYRILLIC SMALL LETTER IE)가 있습니다. "
     "비슷하게 생긴 다른 글자일 수 있어 아무것도 실행하지 않았습니다"),
])
def test_reason_in_korean(plan, actor, channel, ko):
    assert text(authorize(plan, req(actor, channel), P).reason, "ko") == ko


# --------------------------------------------------------------------------- fail closed, defaults


def test_any_error_while_deciding_denies():
    class Broken:
        def __getattr__(self, name):
            raise RuntimeError("boom")

    d = authorize(restart("web-1"), req(BOB, OPS), Broken())  # type: ignore[arg-type]
    assert d.kind == "deny" and d.rule == "error" and d.reason.key == "policy.error"


def test_bad_plan_value_denies():
    plan = Plan(Restart(targets=("web-1",)), (), (), "restart", "not-a-class", _c("web-1"))  # type: ignore[arg-type]
    assert authorize(plan, req(BOB, OPS), P).kind == "deny"


def test_no_policy_local_is_admin_slack_gets_nothing():
    auth = load_authorizer(None)
    assert auth(rm("db-1"), req(LOCAL, "terminal")).kind == "confirm"
    assert auth(restart("db-1"), req(LOCAL, "terminal")).kind == "allow"
    d = auth(ps(), req(Actor("U0ANYONE"), OPS))
    assert d.kind == "deny" and d.rule == "no_binding"


def test_local_none_in_policy():
    p = parse_policy("local: none\nroles: {viewer: {verbs: [read]}}\n")
    d = authorize(ps(), req(LOCAL, "terminal"), p)
    assert d.kind == "deny" and text(d.reason, "en") == "This policy gives the terminal user no role (local: none)"


def test_nobody_may():
    p = parse_policy("local: viewer\nroles: {viewer: {verbs: [read]}}\n")
    p = type(p)(**{**p.__dict__, "roles": {k: v for k, v in p.roles.items() if k != "admin"}})
    d = authorize(rm("web-1"), req(LOCAL, "terminal"), p)
    assert d.kind == "deny"
    assert text(d.reason, "en") == "No role in this policy allows removing web-1 (no role has destroy)"


def test_patterns():
    assert matches("web-1", ["web-*"]) and not matches("db-1", ["*", "!db*"])
    assert matches("cache", ["!db*"])  # only negations: everything else
    assert not matches("Web-1", ["web-*"])  # case matters, as in docker


def test_allowed_classes_for_help():
    assert allowed_classes(req(BOB, OPS), P) == {VerbClass.READ, VerbClass.OPERATE, VerbClass.EXEC}
    assert allowed_classes(req(BOB, DEV), P) == {VerbClass.READ}
    assert allowed_classes(req(EVE, ELSEWHERE), P) == frozenset()


# --------------------------------------------------------------------------- approval, rate limit


def test_second_person_approval():
    plan, asked = rm("db-1"), req(LEAD, OPS)
    assert can_approve(plan, asked, LEAD, OPS, P).rule == "approve.self"
    assert text(can_approve(plan, asked, LEAD, OPS, P).reason, "en") == \
        "You cannot approve your own request: someone else with the lead role must"
    d = can_approve(plan, asked, BOB, OPS, P)
    assert d.kind == "deny" and text(d.reason, "en") == "U0BOB cannot approve this: it needs the lead role (approve[0])"
    assert can_approve(plan, asked, LEAD2, DEV, P).kind == "deny"  # not where it was asked
    assert can_approve(plan, asked, LEAD2, OPS, P).kind == "allow"


def test_rate_limit_counts_writes_per_user():
    now = [1000.0]
    auth = Authorizer(P, limiter=RateLimiter(3, clock=lambda: now[0]))
    for _ in range(5):  # deciding (explain) uses nothing
        assert auth(restart("web-1"), req(BOB, OPS)).kind == "allow"
    for _ in range(3):
        assert auth.take(restart("web-1"), req(BOB, OPS)) is None
    assert auth.take(restart("web-1"), req(BOB, OPS)).rule == "rate_limit"
    d = auth(restart("web-1"), req(BOB, OPS))
    assert d.kind == "deny" and d.rule == "rate_limit"
    assert text(d.reason, "en") == "Slow down: at most 3 write actions a minute. Try again in 60 s"
    assert text(d.reason, "ko") == "쓰기 작업은 1분에 3번까지입니다. 60초 뒤에 다시 해 주세요"
    assert auth(logs("web-1"), req(BOB, OPS)).kind == "allow"  # reads are never limited
    assert auth.take(logs("web-1"), req(BOB, OPS)) is None
    assert auth.take(restart("web-1"), req(LEAD, OPS)) is None  # per user
    now[0] += 61
    assert auth(restart("web-1"), req(BOB, OPS)).kind == "allow"


def test_rate_limit_confirm_checks_then_admit_takes():
    now = [0.0]
    auth = Authorizer(P, limiter=RateLimiter(1, clock=lambda: now[0]))
    plan = rm("cache")
    asked = auth(plan, req(ONCALL, ONC))
    assert asked.kind == "confirm"
    assert auth.admit(plan, req(ONCALL, ONC), asked).kind == "allow"
    assert auth(plan, req(ONCALL, ONC)).rule == "rate_limit"
    assert auth.admit(plan, req(ONCALL, ONC), asked).rule == "rate_limit"


def test_admit_denies_when_policy_changed():
    stricter = parse_policy(POLICY.replace('containers: ["*", "!db*"]', 'containers: ["web-*"]'))
    asked = Authorizer(P)(rm("cache"), req(ONCALL, ONC))
    assert Authorizer(stricter).admit(rm("cache"), req(ONCALL, ONC), asked).kind == "deny"


def test_policy_rate_limit_per_user():
    p = parse_policy("rate_limit: {writes_per_minute: 1, per_user: {local:me: unlimited}}\n")
    auth = Authorizer(p)
    for _ in range(5):
        assert auth.take(restart("web-1"), req(LOCAL, "terminal")) is None


# --------------------------------------------------------------------------- rules named by their line


def test_rule_names_carry_line_numbers():
    d = authorize(restart("web-1"), req(BOB, DEV), P)
    line = POLICY.splitlines().index("  - {role: operator, users: [U0BOB], in: [\"#ops\"]}") + 1
    assert d.rule == f"bindings[1] (line {line})"


def test_sample_policy_is_valid():
    from pathlib import Path

    p = parse_policy((Path(__file__).parent.parent / "deploy" / "policy.yaml").read_text(), "deploy/policy.yaml")
    assert {"viewer", "operator", "oncall", "lead"} <= set(p.roles)
    d = authorize(restart("web"), req(Actor("U02BOB"), "C0789DEV"), p)
    assert text(d.reason, "ko") == "web 재시작은 operator 역할이 필요합니다 (#ops 채널에서만)"


def test_decision_is_a_value():
    d = authorize(restart("web-1"), req(BOB, DEV), P)
    assert isinstance(d, Decision) and d == authorize(restart("web-1"), req(BOB, DEV), P)
    assert isinstance(d.reason.params, tuple)
