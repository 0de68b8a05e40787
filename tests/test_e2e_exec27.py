"""exec27 on the real engine: a user said with 에 runs the command as that user; a program typed after "X:" runs with
every word typed (words the sentence reader would read as its own: info, memory); echo's Korean words are echoed."""
from __future__ import annotations

import pytest
from test_e2e_core import container_names, run_tracked

pytestmark = [pytest.mark.docker]


def test_as_a_user_said_with_e(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{n}에 root로 whoami 실행해 줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker exec -u root {n} whoami"], reply
    assert "root" in (reply.code or "")


def test_every_word_after_the_colon(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{n}: echo info memory")
    assert reply.status == "done" and list(reply.cli) == [f"docker exec {n} echo info memory"], reply
    assert "info memory" in (reply.code or "")


def test_korean_words_echoed(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(f"{n}에서 echo 배포 완료 실행")
    assert reply.status == "done" and list(reply.cli) == [f"docker exec {n} echo '배포' '완료'"], reply
    assert "배포 완료" in (reply.code or "") and container_names(docker_client) == before


def test_a_directory_changed_into(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"in {n}, cd /etc and ls")
    assert reply.status == "done" and list(reply.cli) == [f"docker exec -w /etc {n} ls"], reply
    assert "hostname" in (reply.code or "") and "passwd" in (reply.code or ""), reply


def test_a_command_sent_into_it(bot, docker_client, world, cleanup):
    n, _ = run_tracked(docker_client, cleanup)
    before = container_names(docker_client)
    reply = bot.say(f"{n}에 echo sent-here 보내")
    assert reply.status == "done" and list(reply.cli) == [f"docker exec {n} echo sent-here"], reply
    assert "sent-here" in (reply.code or "") and container_names(docker_client) == before
