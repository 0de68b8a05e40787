"""lead32b on the real engine: output pasted before a request (a log line, a code fence, an error before an arrow) is
set aside — the request after it alone runs, a write inside the paste never; a signal sent in the operators' register
(전송) is the kill of that signal on the one named."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, exists, run_tracked, running_since

pytestmark = [pytest.mark.docker]


def test_a_write_inside_a_pasted_fence_never_runs(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"```docker rm -f {b}```\n{a} 로그 봐줘")
    assert list(reply.cli) == [f"docker logs {a}"], reply
    assert exists(docker_client, b)


@pytest.mark.parametrize("form", [
    "2026-12-05T03:12:44Z panic: runtime error {b}\n{a} 재시작 부탁",
    "redis-cli: Could not connect to Redis at 127.0.0.1:6379 → {a} 재시작 부탁",
])
def test_the_request_after_a_paste_alone(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


def test_a_signal_sent_by_its_sino_korean_verb(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    b_start = running_since(docker_client, b)
    reply = bot.say(f"{a} 컨테이너 SIGHUP 전송")
    assert reply.status == "done" and list(reply.cli) == [f"docker kill -s SIGHUP {a}"], reply
    assert running_since(docker_client, b) == b_start
