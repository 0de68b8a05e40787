"""The wrong-write kinds w2fix fixed, end to end on the real engine (tests/test_parse_w2fix.py reads them through the
fake world): a Korean run after a pull with a command runs that command in the pulled image (never an image named
after the program, never a word dropped); "IMAGE로 WORD 실행" with a word that is no program runs nothing; the
speaker's own intention ("I am going to restart X") runs nothing. Each test goes through the whole pipeline
(Gorae.handle, confirmations answered yes) and then looks at the engine. Only the containers a test made (found by a
unique word of their command or name) are removed.
"""
from __future__ import annotations

import uuid
from typing import Any

import pytest
from test_e2e_core import check, container_names, inspect, run_sdk, started_at, uid

pytestmark = [pytest.mark.docker]


def _ran_with(client: Any, word: str) -> list[dict]:
    """Every container (any state) whose command or name holds `word`: what a test made, never another's."""
    out = []
    for c in client.api.containers(all=True):
        info = client.api.inspect_container(c["Id"])
        if word in (info["Config"].get("Cmd") or []) or info["Name"].lstrip("/") == word:
            out.append(info)
    return out


@pytest.mark.parametrize("text, image, said", [
    ("busybox 받고 echo ok {t} 실행해줘", "busybox", ["echo", "ok"]),
    ("alpine 받아서 echo hi {t}로 실행해", "alpine", ["echo", "hi"]),
])
def test_pulled_run_runs_the_command_in_the_pulled_image(text, image, said, bot, docker_client, world, cleanup):
    """"busybox 받고 echo ok T 실행해줘": pulled, then `docker run busybox echo ok T` — its output is "ok T", the
    container's image is busybox and its command every word said (it ran `docker run -d echo`, "ok" dropped)."""
    t = "k" + uuid.uuid4().hex[:8]
    reply = bot.say(text.format(t=t))
    try:
        check(reply, "ko", cli=[f"docker pull {image}", f"docker run {image} {' '.join(said)} {t}"])
        assert reply.code == f"{' '.join(said[1:])} {t}\n", reply
    finally:
        made = _ran_with(docker_client, t)
        for info in made:
            cleanup.container(info["Id"])
    assert len(made) == 1, made
    assert made[0]["Config"]["Image"] == image and made[0]["Config"]["Cmd"] == [*said, t]
    assert made[0]["State"]["ExitCode"] == 0


def test_one_word_after_the_image_that_is_no_program_runs_nothing(bot, docker_client, world, cleanup):
    """"httpd로 N 실행", "nginx로 N 돌려": refused (name or command? asked) — no container runs N as a command, none
    is named N (it ran `docker run httpd N`)."""
    for text in ("httpd로 {n} 실행", "nginx로 {n} 돌려줘"):
        n = uid()
        reply = bot.say(text.format(n=n))
        made = _ran_with(docker_client, n)
        for info in made:
            cleanup.container(info["Id"])
        assert reply.status not in ("done", "confirm") and not reply.cli, (text, reply)
        assert not made, made


def test_a_program_after_the_image_still_runs(bot, docker_client, world, cleanup):
    """"busybox로 echo T 실행": the program runs in the image, attached (the kind above never takes a program)."""
    t = "k" + uuid.uuid4().hex[:8]
    reply = bot.say(f"busybox로 echo {t} 실행")
    made = _ran_with(docker_client, t)
    for info in made:
        cleanup.container(info["Id"])
    check(reply, "ko", cli=f"docker run busybox echo {t}")
    assert reply.code == f"{t}\n" and len(made) == 1


def test_the_speakers_own_intention_runs_nothing(bot, docker_client, world, cleanup):
    """"I am going to restart A", "I will restart A", "we will stop A": told, never asked — A not restarted, still
    running, nothing made."""
    a = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, a)
    names = container_names(docker_client)
    for text in (f"I am going to restart {a}", f"I will restart {a}", f"we will stop {a}", f"I plan to remove {a}"):
        reply = bot.say(text)
        assert reply.status not in ("done", "confirm") and not reply.cli, (text, reply)
    assert started_at(docker_client, a) == before and inspect(docker_client, a)["State"]["Running"]
    assert a in container_names(docker_client) and a in names
