"""lead25: a connective that does not order the verb before it never plans that verb's write.

Before: morphemes.txt's `EC * -` dropped every connective it did not list, so "web 지우니까 cache 꺼줘" (since web is
being removed, stop cache) planned docker rm web, then docker stop cache, and "web 지우길래" alone planned docker rm
web. A reason, a choice, a concession, "as soon as", a purpose and "whether" now leave the verb before them unread."""
import pytest
from test_wordings_fresh import answer

NOT_ORDERED = [
    "web 지우니까 cache 꺼줘",
    "cache 재시작하니까 web 멈춰",
    "web 지우니 cache 꺼줘",
    "data 멈추므로 cache 재시작해",
    "web 지우길래 cache 꺼줘",
    "web 재시작하느라 cache 꺼줘",
    "web 지우거나 cache 꺼줘",
    "web 멈추든지 cache 재시작해줘",
    "web 재시작하든가 cache 꺼줘",
    "web 지우더라도 cache 꺼줘",
    "web 지우지만 cache 꺼줘",
    "web 멈추자마자 cache 켜줘",
    "web 지우러 cache 꺼줘",
    "web 지우는지 cache 꺼줘",
    "web 지우길래",
    "cache 재시작하더라도",
    "data 지우거나",
    "web 지우러 가",
]


@pytest.mark.parametrize("text", NOT_ORDERED)
def test_connective_that_does_not_order(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"


READ = [
    # the orders these connectives never touch
    ("web 지우고 cache 꺼줘", ["docker rm web", "docker stop cache"]),
    ("web 껐다가 지워줘", ["docker stop web", "docker rm web"]),
    ("cache 느리니까 재시작해줘", ["docker restart cache"]),
    ("코드 올렸으니까 web 재시작해줘", ["docker restart web"]),
    ("web 500 뜨니까 재시작 좀", ["docker restart web"]),
    ("cache 재시작하든지", ["docker restart cache"]),
    ("컨테이너 목록 보여달라니까", ["docker ps"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_orders_kept(text, want):
    assert list(answer(text).cli) == want


def test_whether_before_a_look_is_the_embedded_question():
    assert list(answer("web 도는지 확인").cli) == ["docker inspect web"]
    assert list(answer("web이 어떤 포트 열어두고 있는지 확인 부탁드립니다").cli) == ["docker port web"]
