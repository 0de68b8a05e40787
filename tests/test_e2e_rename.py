"""`docker rename` end to end on the real engine (branch rename20; tests/test_rename.py reads the same wordings over the
fake world): each test makes its own container with the SDK, renames it through gorae's pipeline (Korean, English,
typed), and looks at the engine after — the old name gone, the new one there, the same container (its ID kept, still
running). A name taken, a rename banned or asked without its new name changes nothing; a Korean rename said with the
verb of an update is never a service update. Every container made is removed after, by ID (its name changes).
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, container_names, exists, inspect, run_tracked, uid

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("said,lang", [
    ("{old} 이름 {new}로 변경", "ko"),
    ("{old} 컨테이너의 이름을 {new}로 바꾸어 주십시오.", "ko"),
    ("{old}을 {new}으로 이름 바꿔줘", "ko"),
    ("rename {old} to {new}", "en"),
    ("change {old}'s name to {new}", "en"),
    ("docker rename {old} {new}", "cli"),
])
def test_a_rename_renames_that_container(bot, docker_client, world, cleanup, said, lang):
    old, cid = run_tracked(docker_client, cleanup)
    new = uid()
    cleanup.container(new)
    reply = bot.say(said.format(old=old, new=new))
    check(reply, lang, cli=f"docker rename {old} {new}")
    assert not exists(docker_client, old) and exists(docker_client, new)
    after = inspect(docker_client, new)
    assert after["Id"] == cid and after["State"]["Running"], after["State"]


def test_a_name_taken_renames_nothing(bot, docker_client, world, cleanup):
    old, cid = run_tracked(docker_client, cleanup)
    other, _ = run_tracked(docker_client, cleanup)
    for said in (f"rename {old} to {other}", f"{old} 이름 {other}로 변경"):
        reply = bot.say(said)
        assert reply.status not in ("done", "confirm") and not reply.cli, reply
        assert f"`{other}`" in reply.headline, reply.headline
    assert inspect(docker_client, old)["Id"] == cid and exists(docker_client, other)


def test_a_banned_or_incomplete_rename_changes_nothing(bot, docker_client, world, cleanup):
    old, cid = run_tracked(docker_client, cleanup)
    new = uid()
    cleanup.container(new)
    names = container_names(docker_client)
    for said in (f"{old} 이름 바꾸지 마", f"don't rename {old} to {new}", f"rename {old}", f"{old} 이름 뭐야?",
                 f"{old} 이름 {new}로 바꾸지 마세요"):
        reply = bot.say(said)
        assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    assert container_names(docker_client) == names
    assert inspect(docker_client, old)["Id"] == cid and not exists(docker_client, new)


def test_a_missing_container_is_said_and_nothing_runs(bot, docker_client, world):
    ghost, new = uid(), uid()
    reply = bot.say(f"rename {ghost} to {new}")
    assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert ghost in reply.headline and not exists(docker_client, new)
