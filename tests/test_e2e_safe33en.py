"""safe33en on the real engine: the old wrong-write kinds of English and Slack text run only the meant plan, or
nothing until a yes — the engine is inspected afterwards (every container of the test still as it was, but the ones
meant).

- "kill {b} after stopping {a} please": {a} stopped first, then {b} killed (one kill of both before);
- "remove {a} including volumes": `docker rm -v {a}` — its anonymous volume gone, the volume named {a} kept;
- "pull busybox boss", "restart {a} mate": the vocative is no image, no name;
- "bob, remove {a}", "hey alice, restart {a}", "<@U0MINSU> restart {a}" (Slack, gorae's id known): asked back, run
  only on the yes; "for {a}, check {b}'s logs then remove it", "the {a} on {b}, remove it", "remove {a} after you exec
  ls in it": nothing runs.
"""
from __future__ import annotations

import pytest
from test_e2e_core import (
    ACTOR,
    Pair,
    check,
    exists,
    inspect,
    nothing_ran,
    run_sdk,
    run_tracked,
    running_since,
    uid,
)

from bot.model import Request

pytestmark = [pytest.mark.docker]


def _instant(rfc3339: str) -> tuple[str, int]:
    whole, _, frac = rfc3339.rstrip("Z").partition(".")
    return whole, int((frac + "000000000")[:9])


def _states(client, names):  # type: ignore[no-untyped-def]
    return {n: (inspect(client, n)["State"]["Running"], inspect(client, n)["State"]["StartedAt"]) for n in names}


@pytest.mark.parametrize("courtesy", ["please", "pls", "thank you"])
def test_kill_after_stop_runs_the_stop_first_then_the_kill(bot, docker_client, world, cleanup, courtesy):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    c, _ = run_tracked(docker_client, cleanup)
    c_start = running_since(docker_client, c)
    reply = bot.say(f"kill {b} after stopping {a} {courtesy}")
    check(reply, "en", cli=[f"docker stop {a}", f"docker kill {b}"])
    assert list(reply.cli) == [f"docker stop {a}", f"docker kill {b}"], reply
    sa, sb = inspect(docker_client, a)["State"], inspect(docker_client, b)["State"]
    assert not sa["Running"] and not sb["Running"], (sa, sb)
    assert sb["ExitCode"] == 137, sb  # killed (SIGKILL), never stopped with it
    assert _instant(sa["FinishedAt"]) < _instant(sb["FinishedAt"]), (sa["FinishedAt"], sb["FinishedAt"])
    assert running_since(docker_client, c) == c_start  # nothing else touched


def test_remove_including_volumes_is_rm_v_of_the_container(bot, docker_client, world, cleanup):
    a = uid()
    cleanup.volume(a)
    docker_client.volumes.create(a)  # a volume that has the container's name: never the one removed
    run_sdk(docker_client, cleanup, name=a, start=False, volumes=["/data"])
    anon = [m["Name"] for m in inspect(docker_client, a)["Mounts"] if m["Type"] == "volume"]
    assert len(anon) == 1 and anon[0] != a
    reply = bot.say(f"remove {a} including volumes")
    check(reply, "en", cli=f"docker rm -v {a}")
    assert not exists(docker_client, a)
    names = {v.name for v in docker_client.volumes.list()}
    assert anon[0] not in names and a in names, (anon, a)


def test_a_vocative_is_no_image_nor_name(bot, docker_client, world, cleanup):
    images = {t for i in docker_client.images.list() for t in i.tags}
    reply = bot.say("pull busybox boss")
    check(reply, "en", cli="docker pull busybox")
    assert not any(t.split(":")[0] == "boss" for i in docker_client.images.list() for t in i.tags)
    assert {t for i in docker_client.images.list() for t in i.tags} >= images
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(f"restart {a} mate")
    check(reply, "en", cli=f"docker restart {a}")
    assert pair.restarted() == {a}


@pytest.mark.parametrize("form", [
    "for {a}, check {b}'s logs then remove it",
    "the {a} on {b}, remove it",
    "remove {a} after you exec ls in it",
    "restart {a} after you exec ls in it",
    "hey jane, can you stop {a}",  # asked of someone: refused (lead31)
])
def test_which_one_is_never_guessed(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    before = _states(docker_client, (a, b))
    count = len(docker_client.containers.list(all=True))
    reply = bot.say(form.format(a=a, b=b), yes=False)
    nothing_ran(reply)
    assert _states(docker_client, (a, b)) == before
    assert len(docker_client.containers.list(all=True)) == count


@pytest.mark.parametrize("form", ["bob, stop {a}", "hey alice, restart {a}", "dave - stop {a}"])
def test_said_to_someone_is_asked_then_the_yes_runs_only_it(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    before = _states(docker_client, (a, b))
    asked = bot.say(form.format(a=a), yes=False)
    assert asked.status == "confirm" and asked.pending, asked
    assert _states(docker_client, (a, b)) == before  # nothing ran on the question
    reply = bot.say(form.format(a=a), yes=True)
    assert reply.status == "done" and len(reply.cli) == 1 and reply.cli[0].endswith(f" {a}"), reply
    assert _states(docker_client, (b,)) == {b: before[b]}
    assert _states(docker_client, (a,)) != {a: before[a]}


def test_another_users_mention_is_asked_back_on_slack(bot, docker_client, world, cleanup):
    """A Slack request (gorae's own id known to the front) that opens with another user's mention."""
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    before = _states(docker_client, (a, b))
    g = bot.gorae

    def said(text: str):  # type: ignore[no-untyped-def]
        return g.handle(Request(text, ACTOR, channel="terminal", source="cli", bot_id="U0GORAE"))

    asked = said(f"<@U0MINSU> restart {a}")
    assert asked.status == "confirm" and list(asked.cli) == [f"docker restart {a}"], asked
    assert _states(docker_client, (a, b)) == before
    g.confirm(asked.pending, ACTOR, "terminal", yes=False)
    assert _states(docker_client, (a, b)) == before
    reply = said(f"<@U0GORAE> cc <@U0MINSU> {a} 재시작 부탁드립니다")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert running_since(docker_client, a) != before[a][1] and _states(docker_client, (b,)) == {b: before[b]}
