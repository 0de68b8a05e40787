"""The wrong-write kind of tests/test_parse_chain16.py end to end on the real engine, the engine inspected after:
a request on A, then "A 말고 B" ending the sentence ("A 지워도 될까요? 아 A 말고 B", "A 꺼줘, 아 잠깐 A 말고 B"): the request
on B alone — it proposed `docker rm A B` (A, taken back, removed with B). A stays as it was; B is removed or stopped.
Containers are this test's own (tests/test_e2e_core.py `run_sdk`, labelled), removed by `cleanup`.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

from typing import Any

import pytest
from test_e2e_core import Bot, ScopedClient, check, exists, inspect, run_sdk, uid

pytestmark = [pytest.mark.docker]


def _scoped(docker_client: Any, cleanup: Any, running: int = 0, created: int = 0) -> tuple[Bot, list[str], list[str]]:
    tag = uid()
    label = {"gorae.e2e": tag}
    up = [run_sdk(docker_client, cleanup, labels=label) for _ in range(running)]
    made = [run_sdk(docker_client, cleanup, start=False, labels=label) for _ in range(created)]
    return Bot(ScopedClient(docker_client, f"gorae.e2e={tag}")), up, made


def test_a_removal_asked_then_taken_back_to_another_removes_only_that_one(docker_client, world, cleanup):
    bot, (a,), (b,) = _scoped(docker_client, cleanup, running=1, created=1)
    before = inspect(docker_client, a)["State"]["StartedAt"]
    reply = bot.say(f"{a} 지워도 될까요? 아 {a} 말고 {b}")  # asked: proposed, then confirmed (Bot.say says yes)
    check(reply, "ko", cli=f"docker rm {b}")
    assert not exists(docker_client, b)
    state = inspect(docker_client, a)["State"]
    assert state["Running"] and state["StartedAt"] == before


def test_a_stop_taken_back_after_a_wait_stops_only_the_other(docker_client, world, cleanup):
    bot, (a, b), _ = _scoped(docker_client, cleanup, running=2)
    reply = bot.say(f"{a} 꺼줘, 아 잠깐 {a} 말고 {b}")
    check(reply, "ko", cli=f"docker stop {b}")
    assert inspect(docker_client, a)["State"]["Running"]
    assert not inspect(docker_client, b)["State"]["Running"]


def _image_tags(client: Any) -> set[str]:
    return {t for i in client.images.list() for t in i.tags}


def test_a_name_said_after_a_correction_keeps_the_kind_said_before(docker_client, world, cleanup):
    # "IMG2 이미지 지워 아 아니 IMG": the image IMG is removed (untagged) — never a container of that name, which planned
    # `docker rm IMG` (the kind dropped with the name taken back)
    img, img2 = uid(), uid()
    for ref in (img, img2):
        docker_client.images.get("busybox").tag(ref, "latest")
        cleanup.image(f"{ref}:latest")
    same = run_sdk(docker_client, cleanup, "busybox", name=img, start=False)
    reply = Bot(docker_client).say(f"{img2} 이미지 지워 아 아니 {img}")
    check(reply, "ko", cli=f"docker rmi {img}")
    tags = _image_tags(docker_client)
    assert f"{img}:latest" not in tags and f"{img2}:latest" in tags
    assert exists(docker_client, same)


def test_a_word_of_a_command_in_a_chain_is_never_dropped(docker_client, world, cleanup):
    # "busybox 받고 echo 안녕 실행해" proposed `docker pull busybox`, `docker run busybox echo` (안녕 dropped): nothing is
    # proposed, nothing runs — no new container (Bot.say would say yes to a proposal)
    before = {c.id for c in docker_client.containers.list(all=True)}
    reply = Bot(docker_client).say("busybox 받고 echo 안녕 실행해")
    assert reply.status not in ("done", "confirm"), reply
    made = [c for c in docker_client.containers.list(all=True) if c.id not in before]
    for c in made:
        cleanup.container(c.name)
    assert not [c for c in made if c.image.tags and c.image.tags[0].startswith("busybox")], made
