"""(brk21) The break run's kinds end to end on the real engine (tests/test_parse_brk21.py reads them over the fake
world): each test makes its own throwaway container with the SDK, talks to gorae through the real pipeline and looks at
the engine after. A write told as the subject of another verb, yet beside a write, a concession or a suggestion
changes nothing; a removal asked with the go-sign or a rename asked for permission is asked back and nothing runs
without the yes; a rename then a restart restarts the renamed container (its new name, the same ID) — never the old
name. Every container made is removed after, by ID (its name changes)."""
from __future__ import annotations

import pytest
from test_e2e_core import check, exists, inspect, run_tracked, started_at, uid

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said", [
    "stopping {c} hung", "the rm of {c} failed", "restarting {c} took forever", "killing {c} didn't help",
    "removing {c} was a mistake", "restart {c} yet?", "yet remove {c}",
    "{c} 재시작해도 그대로야", "{c} 이름 바꿀 수 있어?",
])
def test_a_write_told_or_asked_changes_nothing(bot, docker_client, cleanup, said):
    c, cid = run_tracked(docker_client, cleanup)
    before = started_at(docker_client, c)
    reply = bot.say(said.format(c=c))
    assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    after = inspect(docker_client, c)
    assert after["Id"] == cid and after["State"]["Running"] and after["State"]["StartedAt"] == before, said


@pytest.mark.parametrize("said,cli", [
    ("{c} 삭제 ㄱ?", ["docker rm {c}"]),
    ("{c} 지워 ㅋㅋ?", ["docker rm {c}"]),
    ("{c} 지우는 거 어때?", ["docker rm {c}"]),
    ("the rm of {c}", ["docker rm {c}"]),
    ("{c} 이름 {new}로 바꿔도 돼?", ["docker rename {c} {new}"]),
])
def test_a_write_asked_back_runs_nothing_without_the_yes(bot, docker_client, cleanup, said, cli):
    c, cid = run_tracked(docker_client, cleanup)
    new = uid()
    cleanup.container(new)
    before = started_at(docker_client, c)
    reply = bot.say(said.format(c=c, new=new), yes=False)
    assert reply.status == "confirm" and reply.proposal, (said, reply)
    assert list(reply.cli) == [x.format(c=c, new=new) for x in cli], reply
    after = inspect(docker_client, c)
    assert after["Id"] == cid and after["State"]["StartedAt"] == before and not exists(docker_client, new), said


@pytest.mark.parametrize("said,lang", [
    ("{old} 이름 {new}로 바꾸고 재시작해", "ko"),
    ("rename {old} to {new} and restart it", "en"),
    ("rename {old} to {new} and restart {old}", "en"),
])
def test_a_rename_then_a_restart_restarts_the_renamed_container(bot, docker_client, cleanup, said, lang):
    old, cid = run_tracked(docker_client, cleanup)
    new = uid()
    cleanup.container(new)
    before = started_at(docker_client, old)
    reply = bot.say(said.format(old=old, new=new))
    check(reply, lang, cli=[f"docker rename {old} {new}", f"docker restart {new}"])
    assert not exists(docker_client, old) and exists(docker_client, new)
    after = inspect(docker_client, new)
    assert after["Id"] == cid and after["State"]["Running"] and after["State"]["StartedAt"] != before


def test_a_gerund_said_as_the_request_still_acts(bot, docker_client, cleanup):
    c, cid = run_tracked(docker_client, cleanup)
    before = started_at(docker_client, c)
    check(bot.say(f"restarting {c} please"), "en", cli=f"docker restart {c}")
    assert started_at(docker_client, c) != before and inspect(docker_client, c)["Id"] == cid
