"""The kinds of tests/test_parse_lead24.py end to end on the real engine, the engine inspected after:
A. a thought of a write said with the connective -ㄹ까 ("X 지울까 해", "X 재시작할까 하는데", "X 지워버릴까 ㅋㅋ"): nothing
   runs (each once removed, restarted or stopped its container);
B. vexation caused by a container ("X 때문에 미치겠네"): its status and recent logs, nothing changed.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, check, running_since, scoped_bot

pytestmark = [pytest.mark.docker]


def test_a_thought_of_a_write_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    for text in (f"{a} 지울까 해", f"{a} 재시작할까 하는데", f"{a} 지워버릴까 ㅋㅋ", f"{b} 끌까 봐", f"{a} 지울까 싶어"):
        assert_touches_nothing(bot, docker_client, text, names=(a, b))


def test_vexation_caused_by_it_shows_status_and_logs(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    reply = bot.say(f"아 진짜 {a} 때문에 미치겠네")
    check(reply, "ko", cli=[f"docker inspect {a}", f"docker logs --tail 20 {a}"])
    assert running_since(docker_client, a) == since


def test_an_ending_that_never_orders_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    for text in (f"{a} 지울걸", f"{a} 지우냐고"):
        assert_touches_nothing(bot, docker_client, text, names=(a, b))
    for text in (f"{b} 끄라고요?", f"{a} 지우고?", f"{b} 재시작해서?"):  # asked: the write proposed, yes/no, never run
        reply = bot.say(text, yes=False)  # the question is left unanswered
        assert reply.proposal and reply.status == "confirm", (text, reply)
    assert running_since(docker_client, a) == since_a and running_since(docker_client, b) == since_b
