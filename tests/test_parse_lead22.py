"""Session 22's lead kinds (issue 8), each with neighbours, over the fake world (tests/fakes.py)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READS = [
    # each is every (lead22): it was read as a container's name (refused only because none is called so)
    ("restart each container", ["docker restart $(docker ps -q)"]),
    ("stop each running container", ["docker stop $(docker ps -q)"]),
    ("each container restart", ["docker restart $(docker ps -q)"]),
    ("restart each of web and cache", ["docker restart web cache"]),
    ("restart web and cache each", ["docker restart web cache"]),
    # a value of one container asked yes or no is its details or its ports (bot/language/value_asked.py)
    ("is web on port 80?", ["docker port web"]),
    ("is cache redis?", ["docker inspect cache"]),
    ("cache가 redis 맞아요?", ["docker inspect cache"]),
    ("db 컨테이너 상태가 created 맞죠?", ["docker inspect db"]),
    ("web 80 포트야?", ["docker port web"]),
    ("is data a running container?", ["docker inspect data"]),
    ("does web use port 80?", ["docker port web"]),
    ("is cache restarting?", ["docker inspect cache"]),
    ("web 8080번 맞아?", ["docker port web"]),
    ("is web using pgdata", ["docker inspect web"]),
]

NONE = [
    # a recurrence said with each is a schedule, refused as every is
    "restart web each night",
    "remove db each week",
    "restart each container each morning",
    # a write said inside a yes/no question stays unread (never a value asked, never the write)
    "web 꺼진 거 맞지?",
    "web 지워도 되는 거 맞아?",
    "does cache need restarting?",
    "is it ok to remove web?",
    "is web taken",  # the name asked (run21), never a value of web
    # a shell metacharacter is never a pasted error's end (CI's property run found `container` read alone: docker ps)
    "nuke every exited; container",
    "every exited | container",
    "web exited && restart cache",
]

# (lead22) a new container under a name a container here has: docker answers 409 Conflict; said before, never planned
NAME_TAKEN = [
    "redis 이미지로 web 띄워",
    "run nginx named web",
    "web 이름으로 nginx 띄워",
    "create a redis container named web",
    "web이라는 이름으로 redis 컨테이너 만들어",
    "run a redis container called cache with restart always",
    "run nginx as web",
]


@pytest.mark.parametrize(("text", "want"), READS)
def test_reads(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", NONE)
def test_runs_nothing(text):
    ans = answer(text)
    assert not ans.cli, ans


@pytest.mark.parametrize("text", NAME_TAKEN)
def test_a_run_under_a_name_taken_is_said_before(text):
    ans = answer(text)
    assert not ans.cli and ans.refusal == "unresolved: plan.run_name_taken (RunContainer)", ans


def test_a_run_under_a_free_name_and_typed_cli_are_as_before():
    assert list(answer("run nginx named web9").cli) == ["docker run -d --name web9 nginx"]
    # typed docker CLI runs as typed: docker's own 409 is translated after
    assert list(answer("docker run --name web nginx").cli) == ["docker run -d --name web nginx"]
