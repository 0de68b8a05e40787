"""The kinds of tests/test_parse_ctxen24.py end to end on the real engine, the engine inspected after:
A. the reason told as the thing refusing ("kill X because it won't stop"): the order runs on its container alone;
   a ban with the same reason, or a removal it does not ask for, runs nothing;
B. a link pasted beside the order (a bare URL, a runbook step after it): the order runs on its container alone, the URL
   never a name; a removal, a ban or a question beside a link runs nothing;
C. trouble told with a hedge, falling over, a look asked of anyone: its status and logs, nothing changed; a hedged write
   runs only with an order of its own after it;
D. an indirect request of the one asked ("do you think you could …", "would you be able to …") runs; of the asker it
   runs nothing;
E. an alert's line (":rotating_light: X 502 :rotating_light:"): its status and logs, nothing changed;
F. kubectl's alias k typed first before a read ("k get po", "k describe pod X"): the read; before a delete, nothing runs.
Run under /tmp/gorae-e2e.lock only.
"""
from __future__ import annotations

import pytest
from test_e2e_core import assert_touches_nothing, check, inspect, running_since, scoped_bot

pytestmark = [pytest.mark.docker]


def test_kill_because_it_wont_stop_kills_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    reply = bot.say(f"kill {a} because it won't stop")
    check(reply, "en", cli=f"docker kill {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b


def test_restart_since_it_does_not_answer(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"restart {a} since it does not answer")
    check(reply, "en", cli=f"docker restart {a}")
    assert running_since(docker_client, a) != since_a
    assert running_since(docker_client, b) == since_b


def test_a_reason_beside_a_ban_or_a_removal_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    assert_touches_nothing(bot, docker_client, f"don't kill {a} because it won't stop", names=(a, b))
    assert_touches_nothing(bot, docker_client, f"remove {a} because it won't stop", names=(a, b))


def test_a_runbook_link_then_its_step_restarts_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"see https://wiki.internal/runbook/{b} — step 3: restart {a}")
    check(reply, "en", cli=f"docker restart {a}")
    assert running_since(docker_client, a) != since_a
    assert running_since(docker_client, b) == since_b  # the URL's last part names nothing


def test_a_link_after_the_order_stops_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    reply = bot.say(f"stop {a} https://grafana.internal/d/{b}")
    check(reply, "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b


def test_a_removal_ban_or_question_beside_a_link_runs_nothing(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    for said in (f"remove {a} https://wiki.internal/x", f"don't restart {a} https://wiki.internal/x",
                 f"should we restart {a}? https://wiki.internal/x", f"stop https://x.example.com/{a}"):
        assert_touches_nothing(bot, docker_client, said, names=(a, b))


def test_hedged_trouble_shows_status_and_logs_only(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    reply = bot.say(f"I think the {a} is acting weird, can an engineer look?")
    check(reply, "en", cli=[f"docker inspect {a}", f"docker logs --tail 20 {a}"])
    reply = bot.say(f"{a} keeps falling over, ugh")
    check(reply, "en", cli=[f"docker inspect {a}", f"docker logs --tail 20 {a}"])
    assert running_since(docker_client, a) == since


def test_a_hedged_write_runs_only_with_its_own_order(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    assert_touches_nothing(bot, docker_client, f"i think {a} needs a restart", names=(a, b))
    assert_touches_nothing(bot, docker_client, f"i think {a} needs a restart, do it later", names=(a, b))
    since_a, since_b = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"i think {a} is down, restart it")
    check(reply, "en", cli=f"docker restart {a}")
    assert running_since(docker_client, a) != since_a
    assert running_since(docker_client, b) == since_b


def test_an_indirect_request_of_the_one_asked_runs_on_that_one(docker_client, world, cleanup):
    bot, (a, b) = scoped_bot(docker_client, cleanup, running=2)
    since_b = running_since(docker_client, b)
    assert_touches_nothing(bot, docker_client, f"do you think we could stop {a}", names=(a, b))
    asked = bot.say(f"would i be able to stop {a}", yes=False)  # a permission asked: proposed back, not run
    assert asked.status == "confirm" and inspect(docker_client, a)["State"]["Running"], asked
    reply = bot.say(f"do you think you could stop {a}")
    check(reply, "en", cli=f"docker stop {a}")
    assert not inspect(docker_client, a)["State"]["Running"]
    reply = bot.say(f"would you be able to start {a}")
    check(reply, "en", cli=f"docker start {a}")
    assert inspect(docker_client, a)["State"]["Running"]
    assert running_since(docker_client, b) == since_b


def test_an_alert_line_shows_status_and_logs(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    reply = bot.say(f":rotating_light: {a} 502 :rotating_light:")
    check(reply, "en", cli=[f"docker inspect {a}", f"docker logs --tail 20 {a}"])
    assert running_since(docker_client, a) == since


def test_kubectl_first_reads_and_changes_nothing(docker_client, world, cleanup):
    bot, (a,) = scoped_bot(docker_client, cleanup, running=1)
    since = running_since(docker_client, a)
    reply = bot.say("k get po")
    check(reply, "en", cli="docker ps")
    reply = bot.say(f"k describe pod {a}")
    check(reply, "en", cli=f"docker inspect {a}")
    asked = bot.say(f"k delete pod {a}", yes=False)  # k left unread: proposed back, never run
    assert asked.status != "done" and inspect(docker_client, a)["State"]["Running"], asked
    assert running_since(docker_client, a) == since
