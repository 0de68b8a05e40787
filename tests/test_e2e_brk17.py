"""Kinds of wrong write found by branch `brk17` (tests/data/wordings_break9.yaml), end to end on the real engine: each
sentence goes through the whole pipeline and the engine is inspected afterwards — nothing ran.

  * a past asked with a laugh after it ("X 지웠나 ㅋㅋ") removed X;
  * a calling off after two requests ("restart X then stop Y. cancel that") restarted X;
  * a sob with a plain wish ("X 꺼버리고 싶네 ㅠㅠ"), a dare ("X 재시작하기만 해 봐라"), scorn ("X 재시작은 무슨") stopped or
    restarted X; a combining mark on a name ("X\u0301 지워") removed X; 그거 after two names removed both;
  * a multiplier as the command of a new container ("run busybox x2") made a container;
  * a write guessed done ("X 재시작했나 봐") restarted X;
  * (policy) an image said by a short prefix of its ID ran past a role barred from it.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from test_e2e_core import container_names, exists, nothing_ran, run_sdk, running_since

from bot.model import Actor, Request
from bot.policy.policyfile import parse_policy

pytestmark = [pytest.mark.docker]


def test_a_past_with_a_laugh_removes_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"{n} 지웠나 ㅋㅋ", f"{n} 껐나 ㅋㅋㅋ", f"{n} 재시작했나 lol", f"{n} 내렸나 ㅠㅠ"):
        nothing_ran(bot.say(text))
    assert running_since(docker_client, n) == since


def test_a_calling_off_after_two_requests_runs_neither(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    since = running_since(docker_client, a), running_since(docker_client, b)
    for text in (f"restart {a} then stop {b}. cancel that.", f"{a} 재시작하고 {b} 꺼. 취소",
                 f"restart {a} and stop {b}. never mind.", f"restart {a} then stop {b}, jk"):
        nothing_ran(bot.say(text))
    assert (running_since(docker_client, a), running_since(docker_client, b)) == since


def test_venting_a_dare_or_scorn_runs_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"{n} 꺼버리고 싶네 ㅠㅠ", f"{n} 재시작하기만 해 봐라", f"{n} 재시작은 무슨", f"restart {n}? yeah right",
                 f"{n} 지워봤자야", f"{n}\u0301 지워"):
        nothing_ran(bot.say(text))
    assert running_since(docker_client, n) == since


def test_that_one_after_two_names_removes_nothing(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    since = running_since(docker_client, a), running_since(docker_client, b)
    nothing_ran(bot.say(f"{a}이랑 {b} 끄고 그거 지워"))
    assert (running_since(docker_client, a), running_since(docker_client, b)) == since


def test_a_multiplier_makes_no_container(bot, docker_client, world):
    before = container_names(docker_client)
    for text in ("run busybox x2", "run busybox 3x"):
        nothing_ran(bot.say(text))
    assert container_names(docker_client) == before


EXCLUDING = """
roles:
  webber:
    verbs: [all]
    containers: ["*", "!db*"]
    images: ["!postgres*", "!mysql*"]
local: webber
"""


def test_an_image_by_a_short_id_prefix_is_refused_to_a_barred_role(tmp_path: Path, docker_client, world, cleanup):
    """`docker run -d --name web-x 6ec8` (6ec8… the ID of mysql:5.7) was allowed: the engine ran mysql:5.7."""
    from bot.pipeline import Gorae
    from bot.policy.check import Authorizer
    from bot.state.audit import AuditLog

    ids = [i.id.removeprefix("sha256:") for i in docker_client.images.list()]
    mysql = docker_client.images.get("mysql:5.7").id.removeprefix("sha256:")
    prefix = next(mysql[:k] for k in range(4, 12) if sum(i.startswith(mysql[:k]) for i in ids) == 1)
    gorae = Gorae(authorizer=Authorizer(parse_policy(EXCLUDING, "p.yaml")), audit=AuditLog(tmp_path / "audit.db"))
    name = "web-brk17-" + prefix
    cleanup.container(name)
    for typed in (f"docker run -d --name {name} {prefix}", f"docker create --name {name} {prefix}",
                  f"run {prefix} named {name}"):
        reply = gorae.handle(Request(typed, Actor("local:me", local=True), "terminal", source="cli"))
        assert reply.status == "denied" and "mysql" in reply.headline, (typed, reply)
    assert not exists(docker_client, name)


def test_a_write_guessed_done_runs_nothing(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    since = running_since(docker_client, n)
    for text in (f"{n} 재시작했나 봐", f"{n} 껐나 보네", f"{n} 지웠을 거야 ㅋㅋ"):
        nothing_ran(bot.say(text))
    assert running_since(docker_client, n) == since
