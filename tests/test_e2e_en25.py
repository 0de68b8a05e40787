"""The kinds of tests/test_parse_en25.py end to end on the real engine, the engine inspected after:
A. HTTP error codes counted after a name ("X 502s"): its status and recent logs, nothing changed — never a window of
   seconds; a write said with the codes runs nothing;
B. an apostrophe inside an English word ("that'd help if you restarted X"): nothing runs (a wish in the past, unread).
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, check, running_since, scoped_bot

pytestmark = [pytest.mark.docker]


def test_codes_counted_show_status_and_logs_only(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"{a} 503s")
    check(reply, "en", cli=[f"docker inspect {a}", f"docker logs --tail 20 {a}"])
    assert running_since(docker_client, a) == since_a
    assert running_since(docker_client, b) == since_b


def test_a_write_said_with_codes_or_a_past_wish_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    for said in (f"restart {a} 503s", f"remove {a} 404s", f"that'd help if you restarted {a}",
                 f"it'd be nice if you stopped {b}"):
        assert_touches_nothing(bot, docker_client, said, names=(a, b))
