"""(kbd22) A word typed with the other keyboard layout left on, end to end on the real engine, the engine inspected after:
a name typed in the Korean 2-set layout (its Hangul) read back as the name for a read; a verb typed in the English
layout ("Rjwnj" = 꺼줘) stops that one container, the other untouched (lead23); one that destroys ("wldnj" = 지워) is
only asked back: unanswered, nothing removed;
a decoded word that is also a container's name is refused.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import Bot, ScopedClient, check, inspect, run_sdk, scoped_bot, uid

from bot.language.keyboard import to_hangul

pytestmark = [pytest.mark.docker]


def test_a_name_typed_in_hangul_reads_its_logs(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    reply = bot.say(f"{to_hangul(a)} 로그 보여줘")
    check(reply, "ko", cli=f"docker logs {a}")
    assert inspect(docker_client, a)["State"]["Running"]


def test_a_removal_typed_in_english_layout_is_asked_back(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"{a} wldnj", yes=False)  # 지워: a write that destroys, asked back
    assert reply.status == "confirm" and list(reply.cli) == [f"docker rm {a}"], reply
    assert inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_a_stop_typed_in_english_layout_stops_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    reply = bot.say(f"{a} Rjwnj")  # (lead23) 꺼줘: the verb alone decoded, a write that loses nothing
    check(reply, "ko", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, b)["State"]["Running"]


def test_a_decoded_word_that_is_a_name_is_refused(docker_client, world, cleanup):
    tag = uid()
    a = run_sdk(docker_client, cleanup, labels={"gorae.e2e": tag})
    w = run_sdk(docker_client, cleanup, name="wldnj", labels={"gorae.e2e": tag})
    bot = Bot(ScopedClient(docker_client, f"gorae.e2e={tag}"))  # "wldnj" is 지워 in the 2-set layout
    reply = bot.say(f"{a} {w}")
    assert reply.status not in ("done", "confirm"), reply  # refused: never a removal of a, never asked
    assert inspect(docker_client, a)["State"]["Running"]
    assert inspect(docker_client, w)["State"]["Running"]
