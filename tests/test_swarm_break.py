"""Swarm services broken on purpose (issue 12, the swarmbreak pass), no engine.

Secrets typed in a service's environment (`-e PASSWORD=…`, `--env`, `--env=…`, Korean and
English "환경변수 …" / "with env …") are masked in every reply (terminal JSON, Slack blocks),
in a confirm and a denial, in the audit file and in progress lines; the real-swarm run is
tests/test_swarm_break_engine.py. Also: a scale said as a change ("5개 늘려", "by 2", "2개 더")
is refused, never read as a total.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeView

from bot import render
from bot.engine.context import Ctx
from bot.front.slack.blocks import render_reply
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Actor, Decision, Msg, NotUnderstood, Request
from bot.pipeline import Decide, Gorae
from bot.state.audit import AuditLog

SECRET = "hunter2svc"
SERVICES = ("web", "api")

# (typed, the env word the plan must carry masked)
ENV_FORMS = [
    (f"docker service create --name shop -e DB_PASSWORD={SECRET} -e MODE=prod nginx", "DB_PASSWORD=***"),
    (f"docker service create --name shop --env API_TOKEN={SECRET} nginx", "API_TOKEN=***"),
    (f"docker service create --name shop --env=SECRET_KEY={SECRET} nginx", "SECRET_KEY=***"),
    (f"docker service create --name shop -eDB_PASS={SECRET} nginx", "DB_PASS=***"),
    (f"docker service create --name shop -e 'DB_PASSWORD={SECRET} two' nginx", "DB_PASSWORD=***"),
    (f"docker service create --name shop -e DATABASE_URL=postgres://app:{SECRET}@db/app nginx", "app:***@db"),
    (f"nginx로 shop 서비스 띄워줘 환경변수 DB_PASSWORD={SECRET}", "DB_PASSWORD=***"),
    (f"create a service shop from nginx with env API_TOKEN={SECRET}", "API_TOKEN=***"),
]


def _gorae(decide: Any = None, audit: AuditLog | None = None) -> Gorae:
    g = Gorae(authorizer=None if decide is None else Decide(decide), audit=audit)
    g.view = lambda: FakeView(services=SERVICES)  # type: ignore[method-assign]  # planning only
    return g


def _req(text: str) -> Request:
    return Request(text=text, actor=Actor(user="U0BOB"), channel="C0OPS", source="slack")


def _everything(reply: Any) -> str:
    rendered = render_reply(reply)
    return json.dumps(render.to_json(reply), ensure_ascii=False) + json.dumps(rendered.blocks, ensure_ascii=False) \
        + rendered.text + (rendered.upload.content if rendered.upload else "")


@pytest.mark.parametrize("typed, masked", ENV_FORMS)
def test_service_env_secrets_are_masked_in_confirm_and_deny(typed: str, masked: str) -> None:
    ask = _gorae(lambda plan, req: Decision("confirm", Msg.of("confirm.destructive"), rule="t"))
    reply = ask.handle(_req(typed))
    assert reply.status == "confirm", reply
    assert reply.cli and reply.cli[0].startswith("docker service create"), reply.cli
    assert SECRET not in _everything(reply) and masked in " ".join(reply.cli), reply.cli
    deny = _gorae(lambda plan, req: Decision("deny", Msg.of("policy.denied"), rule="t"))
    reply = deny.handle(_req(typed))
    assert reply.status == "denied" and SECRET not in _everything(reply)


def test_service_env_secrets_never_reach_the_audit_file(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.db")
    ask = _gorae(lambda plan, req: Decision("confirm", Msg.of("confirm.destructive"), rule="t"), audit=log)
    for typed, _ in ENV_FORMS:
        ask.handle(_req(typed))
        ask.handle(_req(typed.replace("--name shop", "--name shop --frobnicate")))  # not understood: recorded too
    log.close()
    data = b"".join(f.read_bytes() for f in tmp_path.iterdir() if f.is_file())
    assert SECRET.encode() not in data and b"DB_PASSWORD=***" in data


def test_service_progress_lines_are_masked() -> None:
    lines: list[str] = []
    ctx = Ctx(client=None, progress=lines.append, lang="en")
    ctx.say("progress.service_created", name=f"shop DB_PASSWORD={SECRET}")
    ctx.say("progress.service", name=f"-e API_TOKEN={SECRET}", running=1, desired=2)
    assert len(lines) == 2 and not any(SECRET in line for line in lines), lines


# --------------------------------------------------------------------------- a change is not a total

RELATIVE = ["api 서비스 5개 늘려줘", "api 서비스 2개 더 늘려줘", "api 서비스 1개 줄여줘", "api 서비스 3개씩 늘려",
            "scale api by 2", "scale api up by 3", "scale api to 2 more replicas"]
ABSOLUTE = [("api 서비스 5개로 늘려줘", 5), ("api 서비스 2개로 줄여", 2), ("api 서비스 스케일 3개", 3),
            ("api 서비스 레플리카를 4개로 늘려", 4), ("scale api to 5", 5), ("scale the api service to 2 replicas", 2)]


@pytest.mark.parametrize("said", RELATIVE)
def test_a_scale_said_as_a_change_is_refused(said: str) -> None:
    cmd = parse(normalize(said))
    assert isinstance(cmd, NotUnderstood), cmd
    assert cmd.proposal is None or type(cmd.proposal).__name__ != "ServiceScale", cmd.proposal


def test_the_refusal_says_how_in_both_languages() -> None:
    cmd = parse(normalize("api 서비스 5개 늘려줘"))
    assert isinstance(cmd, NotUnderstood) and cmd.reason.key == "swarm.relative_replicas"
    assert "5개로" in text(cmd.reason, "ko") and "scale web to 5" in text(cmd.reason, "en")


@pytest.mark.parametrize("said, n", ABSOLUTE)
def test_a_total_is_still_a_scale(said: str, n: int) -> None:
    cmd = parse(normalize(said))
    assert type(cmd).__name__ == "ServiceScale" and cmd.replicas == n, cmd  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- docker's options, by name

NOT_RUN = ["--limit-memory 100m", "--read-only", "--sysctl=net.ipv4.ip_forward=1", "--hostname h", "--entrypoint sh",
           "--restart-condition none", "--update-parallelism 2", "--dns 1.1.1.1", "--init", "--group 0",
           "--health-cmd true", "--log-driver none", "--ulimit nofile=1", "--cap-drop ALL"]


@pytest.mark.parametrize("flag", NOT_RUN)
def test_a_docker_service_option_gorae_does_not_run_is_refused_by_name(flag: str) -> None:
    """Never "unknown flag" for an option docker has (the asker would think they mistyped), never dropped."""
    cmd = parse(normalize(f"docker service create --name shop {flag} nginx"))
    assert isinstance(cmd, NotUnderstood) and cmd.reason.key == "swarm.option_not_run", cmd
    name = flag.split()[0].split("=")[0]
    assert name in text(cmd.reason, "en") and name in text(cmd.reason, "ko")


def test_an_option_docker_service_does_not_have_stays_unknown() -> None:
    cmd = parse(normalize("docker service create --name shop --privileged nginx"))
    assert isinstance(cmd, NotUnderstood) and cmd.reason.key == "cli.unknown_flag", cmd


# --------------------------------------------------------------------------- a service's tasks are no prefix

TASK = "abcdefghijklmnopqrstuvwx1"  # a task ID: 25 lower-case letters and digits
NODE = "k3j2h1g0f9e8d7c6b5a4z3y2x"


def _swarm_node_view() -> FakeView:
    """A swarm node: the plain containers of tests/fakes.py, the task containers of api (1 replica),
    front (2 replicas), agent (global) and a plain container api-old."""
    from fakes import CONTAINERS

    tasks = [("api.1." + TASK, "nginx", "running"), ("front.1." + TASK, "nginx", "running"),
             ("front.2." + TASK[::-1], "nginx", "running"), (f"agent.{NODE}.{TASK}", "alpine", "running"),
             ("api-old", "nginx", "exited")]
    return FakeView(containers=CONTAINERS + tasks, services=("api", "front", "agent"))


@pytest.mark.parametrize("said", ["api 재시작", "restart api", "docker restart api", "docker rm -f api", "api 중지",
                                  "docker stop front", "front 로그", "kill agent", "docker exec api ls"])
def test_a_container_verb_on_a_service_name_never_picks_a_task_by_prefix(said: str) -> None:
    from bot.engine.plan import plan
    from bot.model import Plan, Unresolved

    res = plan(parse(normalize(said)), _swarm_node_view())
    assert isinstance(res, Unresolved) and res.reason.key == "swarm.service_not_container", (said, res)
    assert not isinstance(res, Plan) and not res.choices  # no task offered as a button either
    assert "서비스" in text(res.reason, "ko") and "service" in text(res.reason, "en")


def test_a_task_container_said_in_full_and_other_prefixes_still_resolve() -> None:
    from bot.engine.plan import plan
    from bot.model import Plan

    res = plan(parse(normalize(f"docker restart api.1.{TASK}")), _swarm_node_view())
    assert isinstance(res, Plan) and res.cli == (f"docker restart api.1.{TASK}",), res
    res = plan(parse(normalize("my-ng 로그")), _swarm_node_view())  # a prefix names a container for a read only
    assert isinstance(res, Plan) and res.cli == ("docker logs my-nginx",), res
    res = plan(parse(normalize("api 서비스 재시작")), _swarm_node_view())
    assert isinstance(res, Plan) and res.cli == ("docker service update --force api",), res
