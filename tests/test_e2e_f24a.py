"""f24a on the real engine: a write then "only asking" runs nothing (the container still runs); a trailing shell comment
is no argument of the exec (the command runs with every argument it had, nothing of the comment); a path alone asked as a
file listing lists it (ls), never runs the path."""
from __future__ import annotations

import pytest
from test_e2e_core import exists, run_tracked, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", ["{a} 삭제? 물어보는 거야", "{a} 삭제? 질문임", "remove {a}? just asking"])
def test_a_write_only_asked_runs_nothing(bot, docker_client, world, cleanup, form):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(form.format(a=a), yes=True)
    unanswered(reply)
    assert exists(docker_client, a)


def test_a_trailing_comment_is_no_argument(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"docker exec {a} echo hi  # 인사 확인", yes=True)
    assert list(reply.cli) == [f"docker exec {a} echo hi"], reply


def test_a_path_asked_as_a_listing_is_listed(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"{a} 컨테이너 안에 /etc 파일 목록 좀", yes=True)
    assert list(reply.cli) == [f"docker exec {a} ls /etc"], reply
