"""Redaction: secret-looking values are masked wherever they show up."""
from __future__ import annotations

import pytest

from bot.model import Plan, RunContainer, VerbClass
from bot.redact import MASK, is_secret_name, redact, redact_env, redact_fields, redact_plan_cli

CASES = [
    # docker commands as echoed
    ("docker run -e DB_PASSWORD=hunter2 -e MODE=prod app", "docker run -e DB_PASSWORD=*** -e MODE=prod app"),
    # a code span's closing backtick stays (Slack/markdown), a backtick inside a value is masked with it
    ("Service `DB_PASSWORD=hunter2` created", "Service `DB_PASSWORD=***` created"),
    ("`TOKEN=abc` and `MODE=x`", "`TOKEN=***` and `MODE=x`"),
    ("see api_key=ab`cd`ef here", "see api_key=*** here"),
    ("docker run --env API_KEY=abc123 nginx", "docker run --env API_KEY=*** nginx"),
    ("docker run --env=GITHUB_TOKEN=ghx nginx", "docker run --env=GITHUB_TOKEN=*** nginx"),
    ("docker run -e 'SECRET_SAUCE=two words' x", "docker run -e 'SECRET_SAUCE=***' x"),
    ('docker run -e "AUTH_HEADER=a b" x', 'docker run -e "AUTH_HEADER=***" x'),
    ("docker run -e mysql_root_password=x mysql", "docker run -e mysql_root_password=*** mysql"),
    # exec env output: whole lines, values with spaces
    ("PATH=/usr/bin\nPOSTGRES_PASSWORD=pa ss word\nHOME=/root",
     "PATH=/usr/bin\nPOSTGRES_PASSWORD=***\nHOME=/root"),
    ("export AWS_SECRET_ACCESS_KEY=wJalr/K7MDENG", "export AWS_SECRET_ACCESS_KEY=***"),
    ("PWD=/srv/app", "PWD=***"),
    # inspect summaries (JSON, dict repr)
    ('{"Env": ["A=1", "REDIS_PASSWORD=x"], "token": "abc"}', '{"Env": ["A=1", "REDIS_PASSWORD=***"], "token": "***"}'),
    ("{'PRIVATE_KEY': 'xyz', 'mode': 'a'}", "{'PRIVATE_KEY': '***', 'mode': 'a'}"),
    # logs
    ("2024-01-01 login user=bob password=s3cret ok", "2024-01-01 login user=bob password=*** ok"),
    ("connecting with credentials: abc", "connecting with credentials: ***"),
    ("GET /cb?code=1&access_token=abcd&x=1", "GET /cb?code=1&access_token=***&x=1"),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x.y", "Authorization: *** ***"),
    ("db at postgres://app:hunter2@db:5432/app", "db at postgres://app:***@db:5432/app"),
    ("slack token xoxb-123456789012-abcdefghij", "slack token ***"),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIE\nabc\n-----END RSA PRIVATE KEY-----",
     "-----BEGIN RSA PRIVATE KEY-----***-----END RSA PRIVATE KEY-----"),
    # Korean around it
    ("web에 DB_PASSWORD=hunter2로 실행", "web에 DB_PASSWORD=*** 실행"),
    # left alone
    ("docker run -d -p 80:80 nginx", "docker run -d -p 80:80 nginx"),
    ("https://example.test:8080/path", "https://example.test:8080/path"),
    ("MODE=prod\nPORT=80", "MODE=prod\nPORT=80"),
    ("web 재시작", "web 재시작"),
    ("", ""),
]


@pytest.mark.parametrize("raw, masked", CASES)
def test_redact(raw, masked):
    assert redact(raw) == masked


def test_redact_is_idempotent():
    for raw, _ in CASES:
        once = redact(raw)
        assert redact(once) == once


def test_none_stays_none():
    assert redact(None) is None


@pytest.mark.parametrize("name", ["PASSWORD", "db_passwd", "PWD", "JWT_SECRET", "GH_TOKEN", "API_KEY", "SSH_KEY",
                                  "AWS_CREDENTIALS", "PRIVATE", "BASIC_AUTH", "SESSION_COOKIE"])
def test_secret_names(name):
    assert is_secret_name(name)


@pytest.mark.parametrize("name", ["MODE", "PORT", "HOME", "PATH", "LANG", "NGINX_HOST"])
def test_plain_names(name):
    assert not is_secret_name(name)


def test_fields_and_env():
    assert redact_fields([("DB_PASSWORD", "x"), ("Env", "A=1 TOKEN=t"), ("Image", "nginx")]) == (
        ("DB_PASSWORD", MASK), ("Env", "A=1 TOKEN=***"), ("Image", "nginx"))
    assert redact_env([("PASSWORD", "x"), ("MODE", "prod")]) == (("PASSWORD", MASK), ("MODE", "prod"))


def test_plan_cli():
    plan = Plan(RunContainer(image="mysql", env=(("MYSQL_ROOT_PASSWORD", "pw"),)), (),
                ("docker run -d -e MYSQL_ROOT_PASSWORD=pw mysql",), "run", VerbClass.DEPLOY)
    assert redact_plan_cli(plan) == ("docker run -d -e MYSQL_ROOT_PASSWORD=*** mysql",)


def test_render_masks_replies():
    from bot import render

    plan = Plan(RunContainer(image="mysql"), (), ("docker run -d -e MYSQL_PASSWORD=pw mysql",), "run",
                VerbClass.DEPLOY)
    from bot.model import Msg, Outcome

    reply = render.outcome(plan, Outcome(True, Msg.of("x"), text="SECRET_TOKEN=abc\nOK=1"), "en")
    assert "pw" not in " ".join(reply.cli) and "abc" not in (reply.code or "")
