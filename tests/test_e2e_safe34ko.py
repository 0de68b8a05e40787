"""safe34ko on the real engine: Korean wordings that planned or ran a write nobody meant run nothing — next time said
after a name, the speaker's promise, a write's time or result asked, a removal said after a title, a ban typed with a
slip, a quoted write agreed with, 날리다 after a program's words, a request naming nothing after a negated copula. The
containers stay as they were (running, same StartedAt); asked back at most, never done without a yes."""
from __future__ import annotations

import pytest
from test_e2e_core import run_tracked, running_since, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "{a} 다음에 재시작하자",
    "{a} 재시작 전에 알려줄게",
    "{a} 종료 시간 보여줘",
    "{a} 삭제 날짜 알려줘",
    "{a} 컨테이너 reboot 결과 보여줘",
    "{a} 지우겠습니다",
    "팀장님 {a} 지워주세요",
    "형 {a} 지워주세요",
    "{a} 재시작 하지먀",
    "> rm {a}\n저도",
    "{a} 지우고 redis-cli ping 날려봐",
    "우리 서비스는 {a} 아니에요. 재시작해줘",
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    a_start = running_since(docker_client, a)
    reply = bot.say(form.format(a=a), yes=False)
    unanswered(reply)  # asked back: a yes/no, nothing run
    assert running_since(docker_client, a) == a_start


def test_the_order_for_now_alone_runs(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    a_start, b_start = running_since(docker_client, a), running_since(docker_client, b)
    reply = bot.say(f"{a} 지우는 건 다음에, 지금은 {b} 재시작")
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {b}"], reply
    assert running_since(docker_client, a) == a_start and running_since(docker_client, b) != b_start
