"""Swarm services and nodes (issue 12), without an engine: what each phrasing means in the three
dialects (the docker command gorae shows: bot/language/parse_swarm.py + bot/engine/swarm_plan.py),
the verb class the policy sees, policy decisions over services, guards on service create (the
convergence follower over a scripted engine: test_swarm_execute.py).

The real-engine proof (a single-node swarm on docker-s.sock) is tests/test_e2e_swarm.py.
"""
from __future__ import annotations

import pytest
from fakes import FakeView

from bot.engine.plan import plan
from bot.language.parse import parse
from bot.messages import CATALOG, text
from bot.model import Actor, NotUnderstood, Plan, Request, Unresolved, VerbClass
from bot.policy.check import authorize
from bot.policy.policyfile import parse_policy

VIEW = FakeView(services=("web", "api"))

# (what is said, the docker command shown, verb class) — Korean, English and docker CLI
TABLE = [
    # create from run-like phrasing; the container port from the image's EXPOSE (nginx: 80)
    ("nginx로 web2 서비스 3개 띄워줘, 8080포트", "docker service create --name web2 --replicas 3 -p 8080:80 nginx", "deploy"),
    ("nginx로 web2 서비스 만들어줘", "docker service create --name web2 nginx", "deploy"),
    ("redis로 q 서비스 레플리카 2개로 생성", "docker service create --name q --replicas 2 redis", "deploy"),
    ("create a service web2 from nginx with 3 replicas on port 8080",
     "docker service create --name web2 --replicas 3 -p 8080:80 nginx", "deploy"),
    ("run a service named web2 from nginx with 2 replicas", "docker service create --name web2 --replicas 2 nginx", "deploy"),
    ("launch service web2 using nginx with 2 replicas", "docker service create --name web2 --replicas 2 nginx", "deploy"),
    ("run nginx as a service named web2 with 2 replicas", "docker service create --name web2 --replicas 2 nginx", "deploy"),
    ("deploy nginx as a service called web2 with 3 replicas",
     "docker service create --name web2 --replicas 3 nginx", "deploy"),
    ("nginx를 web2 서비스로 3개 띄워줘", "docker service create --name web2 --replicas 3 nginx", "deploy"),
    ("nginx로 서비스 web2 3개 실행", "docker service create --name web2 --replicas 3 nginx", "deploy"),
    ("web2라는 서비스를 nginx로 만들어줘", "docker service create --name web2 nginx", "deploy"),
    ("docker service create --name web2 --replicas 3 -p 8080:80 nginx",
     "docker service create --name web2 --replicas 3 -p 8080:80 nginx", "deploy"),
    ("docker service create --name web2 --publish mode=host,target=80,published=18080 nginx",
     "docker service create --name web2 --publish mode=host,published=18080,target=80 nginx", "deploy"),
    ("service create -d --name web2 -e TZ=UTC nginx", "docker service create --name web2 -e TZ=UTC nginx", "deploy"),
    # scale
    ("web 서비스 5개로 늘려", "docker service scale web=5", "operate"),
    ("web 서비스 2개로 줄여줘", "docker service scale web=2", "operate"),
    ("web 서비스 레플리카 3개로 스케일", "docker service scale web=3", "operate"),
    ("scale web to 5", "docker service scale web=5", "operate"),
    ("scale the web service to 2 replicas", "docker service scale web=2", "operate"),
    ("docker service scale web=5", "docker service scale web=5", "operate"),
    # rolling image update
    ("web 서비스 nginx:1.25로 업데이트", "docker service update --image nginx:1.25 web", "deploy"),
    ("web 서비스 이미지 nginx:1.25로 갱신해줘", "docker service update --image nginx:1.25 web", "deploy"),
    ("update service web to nginx:1.25", "docker service update --image nginx:1.25 web", "deploy"),
    ("update the web service image to nginx:1.25", "docker service update --image nginx:1.25 web", "deploy"),
    ("docker service update --image nginx:1.25 web", "docker service update --image nginx:1.25 web", "deploy"),
    # restart of every task
    ("web 서비스 재시작", "docker service update --force web", "operate"),
    ("web 서비스 재시작해줘", "docker service update --force web", "operate"),
    ("restart service web", "docker service update --force web", "operate"),
    ("restart the web service", "docker service update --force web", "operate"),
    ("docker service update --force web", "docker service update --force web", "operate"),
    # rollback
    ("web 서비스 롤백", "docker service rollback web", "deploy"),
    ("web 서비스 되돌려줘", "docker service rollback web", "deploy"),
    ("roll back the web service", "docker service rollback web", "deploy"),
    ("rollback service web", "docker service rollback web", "deploy"),
    ("docker service rollback web", "docker service rollback web", "deploy"),
    # rm
    ("web 서비스 삭제", "docker service rm web", "destroy"),
    ("web 서비스 지워줘", "docker service rm web", "destroy"),
    ("remove service web", "docker service rm web", "destroy"),
    ("docker service rm web api", "docker service rm web api", "destroy"),
    # reads
    ("서비스 목록", "docker service ls", "read"),
    ("서비스 목록 보여줘", "docker service ls", "read"),
    ("list services", "docker service ls", "read"),
    ("docker service ls", "docker service ls", "read"),
    ("web 서비스 태스크 목록", "docker service ps web", "read"),
    ("show the tasks of service web", "docker service ps web", "read"),
    ("docker service ps web", "docker service ps web", "read"),
    ("web 서비스 상세 정보", "docker service inspect web", "read"),
    ("inspect service web", "docker service inspect web", "read"),
    ("docker service inspect web", "docker service inspect web", "read"),
    ("web 서비스 로그 마지막 20줄", "docker service logs --tail 20 web", "read"),
    ("logs of service web", "docker service logs web", "read"),
    ("docker service logs --tail 5 web", "docker service logs --tail 5 web", "read"),
    ("노드 목록", "docker node ls", "read"),
    ("노드 목록 보여줘", "docker node ls", "read"),
    ("list nodes", "docker node ls", "read"),
    ("docker node ls", "docker node ls", "read"),
    # a node's availability: an admin's change
    ("vm 노드 드레인", "docker node update --availability drain vm", "admin"),
    ("vm 노드 드레인해줘", "docker node update --availability drain vm", "admin"),
    ("vm 노드 활성화", "docker node update --availability active vm", "admin"),
    ("vm 노드 일시 중지", "docker node update --availability pause vm", "admin"),
    ("drain node vm", "docker node update --availability drain vm", "admin"),
    ("activate node vm", "docker node update --availability active vm", "admin"),
    ("pause node vm", "docker node update --availability pause vm", "admin"),
    ("resume node vm", "docker node update --availability active vm", "admin"),
    ("docker node update --availability drain vm", "docker node update --availability drain vm", "admin"),
]


@pytest.mark.parametrize("said,cli,cls", TABLE, ids=[t[0] for t in TABLE])
def test_phrasing_plans_to_the_docker_command(said: str, cli: str, cls: str) -> None:
    cmd = parse(said)
    assert not isinstance(cmd, NotUnderstood), cmd
    p = plan(cmd, VIEW)
    assert isinstance(p, Plan), p
    assert p.cli == (cli,)
    assert p.verb_class == VerbClass(cls)


# what is not a service command gorae can run: asked back or refused, never guessed
REFUSED = [
    ("web 서비스 업데이트", "swarm.update_needs_image"),
    ("nginx 서비스 3개 띄워줘", "swarm.image_or_name"),         # the image, or the service's name? asked
    ("docker service update web", "swarm.update_nothing"),
    ("docker service update --replicas 3 web", "swarm.use_scale"),
    ("docker service scale web", "swarm.scale_syntax"),
    ("docker service scale web=2 api=3", "swarm.scale_one"),
    ("docker service scale web=x", "swarm.scale_syntax"),
    ("docker service scale web=5000", "swarm.too_many_replicas"),
    ("docker service create -p 127.0.0.1:80:80 nginx", "swarm.bad_publish"),
    ("docker service create --env-file x.env nginx", "cli.refused_host_file"),
    ("docker service create --secret s nginx", "cli.refused_no_sdk"),
    ("docker service logs -f web", "parse.follow"),
    ("docker node update vm", "swarm.node_update_nothing"),
    ("docker node update --availability off vm", "swarm.bad_availability"),
    ("docker node update --role worker vm", "cli.refused_no_sdk"),
]


@pytest.mark.parametrize("said,key", REFUSED, ids=[r[0] for r in REFUSED])
def test_not_runnable_is_said_why(said: str, key: str) -> None:
    res = parse(said)
    assert isinstance(res, NotUnderstood)
    assert res.reason.key == key
    assert res.reason.key in CATALOG


def test_stop_said_of_a_service_is_refused() -> None:
    """"web 서비스 꺼줘": stop is not scale-to-0 — never guessed. With web a service on the engine it is refused
    (bot/pipeline.py; 서비스 is read as the everyday word only of a name that is no service: ko9x)."""
    from fakes import FakeGorae

    ex = FakeGorae(VIEW).explain("web 서비스 꺼줘")
    assert not isinstance(ex.planned, Plan), ex
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.reason.key == "swarm.no_such_verb", ex.parsed


def test_missing_service_and_existing_name_are_unresolved() -> None:
    # (a service name that is no word: "nope" is a chat negation since session 10 — "restart web, nope" runs nothing)
    res = plan(parse("scale ghost-svc to 3"), VIEW)
    assert isinstance(res, Unresolved) and res.reason.key == "swarm.no_such_service"
    res = plan(parse("docker service create --name web nginx"), VIEW)
    assert isinstance(res, Unresolved) and res.reason.key == "swarm.service_exists"


def test_engine_not_a_swarm_manager_is_said_before_anything_runs() -> None:
    res = plan(parse("list services"), FakeView(services=None))
    assert isinstance(res, Unresolved) and res.reason.key == "swarm.not_manager"
    assert "swarm" in text(res.reason, "ko") and "swarm manager" in text(res.reason, "en")


def test_container_port_comes_from_expose_or_is_asked() -> None:
    # typed CLI runs as typed: `-p 8080` is target port 8080 (published port chosen by swarm)
    p = plan(parse("docker service create --name h -p 8080 httpd"), VIEW)
    assert isinstance(p, Plan) and p.cli == ("docker service create --name h -p 8080 httpd",)
    # httpd EXPOSEs 80: "8080포트" is 8080:80; an image nobody can read -> asked, never N:N
    p = plan(parse("httpd로 h 서비스 띄워줘, 8080포트"), VIEW)
    assert isinstance(p, Plan) and p.calls[0].kw()["ports"] == [{"Protocol": "tcp", "TargetPort": 80,
                                                                  "PublishedPort": 8080}]
    res = plan(parse("unknownimg로 h 서비스 띄워줘, 8080포트"), VIEW)
    assert isinstance(res, Unresolved) and res.reason.key == "plan.registry_port_unknown"


def test_old_verbs_on_containers_are_unchanged() -> None:
    assert plan(parse("web 재시작"), VIEW).cli == ("docker restart web",)
    assert plan(parse("restart web"), VIEW).cli == ("docker restart web",)
    assert plan(parse("web 삭제"), VIEW).cli == ("docker rm web",)
    assert plan(parse("nginx 8080포트로 실행"), VIEW).cli == ("docker run -d -p 8080:80 nginx",)


# --------------------------------------------------------------------------- policy

POLICY = parse_policy("""\
version: 1
local: none
roles:
  viewer: {verbs: [read]}
  scaler:
    verbs: [read, operate]
    services: ["web*", "!web-prod"]
  deployer:
    verbs: [read, deploy]
    services: ["web*"]
    images: ["nginx*"]
  cleaner: {verbs: [read, destroy], services: ["tmp-*"]}
  mounter: {verbs: [deploy], allow_guards: [bind_mount]}
  nodeadmin: {verbs: [read, admin]}
bindings:
  - {role: nodeadmin, users: [U0ADMIN]}
  - {role: viewer, users: [U0VIEW]}
  - {role: scaler, users: [U0SCALE]}
  - {role: deployer, users: [U0DEPLOY]}
  - {role: cleaner, users: [U0CLEAN]}
  - {role: mounter, users: [U0MOUNT]}
confirm:
  - {verbs: [service scale], services: ["web"]}
approve:
  - {verbs: [service rm], services: ["tmp-keep"], approvers: [deployer]}
""", "swarm-policy.yaml")

POLICY_VIEW = FakeView(services=("web", "web-prod", "webapp", "tmp-1", "tmp-keep", "api"))

DECISIONS = [
    ("U0VIEW", "list services", "allow"),
    ("U0VIEW", "docker node ls", "allow"),
    ("U0VIEW", "scale webapp to 3", "deny"),                 # read only
    ("U0SCALE", "scale webapp to 3", "allow"),
    ("U0SCALE", "web 서비스 3개로 늘려", "confirm"),            # a confirm rule names service web
    ("U0SCALE", "scale web-prod to 3", "deny"),              # excluded by pattern
    ("U0SCALE", "scale api to 3", "deny"),                   # not covered
    ("U0SCALE", "restart service webapp", "allow"),          # --force is operate
    ("U0SCALE", "update service webapp to nginx:1.25", "deny"),  # an image update is deploy
    ("U0DEPLOY", "update service webapp to nginx:1.25", "allow"),
    ("U0DEPLOY", "update service webapp to redis", "deny"),  # image pattern
    ("U0DEPLOY", "rollback service webapp", "allow"),
    ("U0DEPLOY", "docker service create --name web9 nginx", "allow"),
    ("U0DEPLOY", "docker service create --name api2 nginx", "deny"),
    ("U0DEPLOY", "docker service create nginx", "deny"),       # unnamed: a restricted role must name it
    ("U0MOUNT", "docker service create nginx", "allow"),       # unrestricted services: any name
    ("U0DEPLOY", "remove service webapp", "deny"),            # rm is destroy
    ("U0CLEAN", "remove service tmp-1", "confirm"),          # destructive: confirmed
    ("U0CLEAN", "remove service tmp-keep", "approve"),
    ("U0CLEAN", "remove service web", "deny"),
    ("U0SCALE", "drain node vm", "deny"),                    # node changes are admin
    ("U0ADMIN", "drain node vm", "confirm"),                 # a drain moves every task: asked first
    ("U0ADMIN", "activate node vm", "allow"),
    # guards apply to service create as to run
    ("U0DEPLOY", "docker service create --name web9 --mount type=bind,source=/srv,target=/x nginx", "deny"),
    ("U0MOUNT", "docker service create --name z --mount type=bind,source=/etc,target=/x nginx", "deny"),
    ("U0MOUNT", "docker service create --name z --mount type=bind,source=/srv/data,target=/x nginx", "confirm"),
    ("U0DEPLOY", "docker service create --name web9 --cap-add SYS_ADMIN nginx", "deny"),
    ("U0DEPLOY", "docker service create --name web9 --network host nginx", "deny"),
]


@pytest.mark.parametrize("user,said,kind", DECISIONS, ids=[f"{d[0]}:{d[1]}" for d in DECISIONS])
def test_policy_over_services(user: str, said: str, kind: str) -> None:
    p = plan(parse(said), POLICY_VIEW)
    assert isinstance(p, Plan), p
    d = authorize(p, Request(said, Actor(user), channel="C0OPS", source="slack"), POLICY)
    assert d.kind == kind, (d, d.reason and text(d.reason, "en"))


def test_an_unnamed_service_is_asked_for_a_name() -> None:
    p = plan(parse("docker service create nginx"), POLICY_VIEW)
    d = authorize(p, Request("docker service create nginx", Actor("U0DEPLOY"), channel="C0OPS", source="slack"), POLICY)
    assert d.kind == "deny" and d.reason is not None and d.reason.key == "policy.unnamed_service"


def test_deny_names_the_service() -> None:
    p = plan(parse("scale web-prod to 3"), POLICY_VIEW)
    d = authorize(p, Request("scale web-prod to 3", Actor("U0SCALE"), channel="C0OPS", source="slack"), POLICY)
    assert d.kind == "deny" and "web-prod" in text(d.reason, "en") and "web-prod" in text(d.reason, "ko")
