"""Kinds of the seventh and eighth tables fixed by ko9x, end to end on the real engine.

Each test goes through the whole pipeline (Gorae.handle, confirmations answered yes) and then looks at the
engine or at what the command printed: a verb typed with a slip restarts the container (and the reply says
which word was read as which), a command's quoted Hangul text is its own (printed back), a directory said as
a second place is where the command runs (-w), root said in Hangul is the user it runs as (-u), a program
that is a verb of gorae's typed after "X에" runs in X (it started X), what a directory holds is listed there,
and the rest kept as it is restarts only the container named.
Names are unique per test; `cleanup` removes what a test makes.
"""
from __future__ import annotations

import pytest
from test_e2e_core import check, inspect, run_sdk, started_at

pytestmark = [pytest.mark.docker]


def _words(reply) -> str:
    return " ".join([reply.headline, reply.code or "", *reply.notes])


def test_a_verb_typed_with_a_slip_restarts_and_says_so(bot, docker_client, world, cleanup):
    """"X 재시잫" / "X 재싲작해줘" / "restrat X": restarted (StartedAt moves), the note names the word read."""
    n = run_sdk(docker_client, cleanup)
    for text, typed in ((f"{n} 재시잫", "재시잫"), (f"{n} 재싲작해줘", "재싲작해줘"), (f"restrat {n}", "restrat")):
        before = started_at(docker_client, n)
        reply = bot.say(text)
        check(reply, "en" if text.startswith("restrat") else "ko", cli=f"docker restart {n}")
        assert typed in _words(reply), reply
        assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) != before


def test_a_slip_that_is_a_name_runs_nothing(bot, docker_client, world, cleanup):
    """"strat X" with a container named strat… on the engine: never read as start — nothing runs."""
    target = run_sdk(docker_client, cleanup, start=False)
    run_sdk(docker_client, cleanup, name="strat")
    reply = bot.say(f"strat {target}")
    assert reply.status not in ("done", "confirm"), reply
    assert not inspect(docker_client, target)["State"]["Running"]


def test_quoted_hangul_is_the_commands_text(bot, docker_client, world, cleanup):
    """"X에서 echo '재시작' 실행": echo prints 재시작 (the quoted word was dropped, or read as a verb)."""
    n = run_sdk(docker_client, cleanup)
    started = started_at(docker_client, n)
    reply = bot.say(f"{n}에서 echo '재시작' 실행")
    check(reply, "ko", cli=f"docker exec {n} echo '재시작'")
    assert "재시작" in (reply.code or ""), reply
    reply = bot.say(f'{n}에서 echo "{n} 지워" 출력')
    check(reply, "ko", cli=f"docker exec {n} echo '{n} 지워'")
    assert f"{n} 지워" in (reply.code or ""), reply
    assert started_at(docker_client, n) == started  # never restarted, never removed


def test_workdir_user_and_a_verb_program(bot, docker_client, world, cleanup):
    """-w from "X에서 /tmp에서 pwd", -u root from "루트로", and "X에 ps 쳐줘" runs ps in X (it started X)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n}에서 /tmp에서 pwd 실행")
    check(reply, "ko", cli=f"docker exec -w /tmp {n} pwd")
    assert (reply.code or "").strip() == "/tmp", reply
    reply = bot.say(f"{n}에서 루트로 id 실행")
    check(reply, "ko", cli=f"docker exec -u root {n} id")
    assert "uid=0(root)" in (reply.code or ""), reply
    stopped = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(f"{stopped}에 ps 쳐줘")
    assert reply.status != "done" or "exec" in " ".join(reply.cli), reply
    assert not inspect(docker_client, stopped)["State"]["Running"]  # never `docker start`


def test_what_a_directory_holds_is_listed_there(bot, docker_client, world, cleanup):
    """"X 안에 /etc 뭐 있는지 봐줘": ls /etc run in X (its output has /etc's files)."""
    n = run_sdk(docker_client, cleanup)
    reply = bot.say(f"{n} 안에 /etc 뭐 있는지 봐줘")
    check(reply, "ko", cli=f"docker exec {n} ls /etc")
    assert "hostname" in (reply.code or "").split(), reply


def test_the_rest_kept_restarts_only_the_one_named(bot, docker_client, world, cleanup):
    """"나머지는 두고 A만 재시작": A restarted, B (running beside it) untouched."""
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    before_a, before_b = started_at(docker_client, a), started_at(docker_client, b)
    reply = bot.say(f"나머지는 두고 {a}만 재시작")
    check(reply, "ko", cli=f"docker restart {a}")
    assert started_at(docker_client, a) != before_a and started_at(docker_client, b) == before_b
