"""grace27: a stop's grace said as a condition, a signal said by its noun alone.
- "cache 5초 안에 안 꺼지면 그냥 죽여" (stopped, killed when not down in 5 s: what docker stop -t 5 does) was
  parse.unknown_word; now docker stop -t 5 cache (natural.lark `since`, parse_natural `_grace_then_kill`).
- "my-nginx에 USR1 시그널" (no verb of sending) was parse.incomplete; now docker kill -s USR1 my-nginx; none named
  is asked (parse.need_signal), never kill's SIGKILL."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("cache 5초 안에 안 꺼지면 죽여", ["docker stop -t 5 cache"]),
    ("cache 5초 안에 안 꺼지면 그냥 죽여", ["docker stop -t 5 cache"]),
    ("cache 십 초 안에 안 꺼지면 죽여", ["docker stop -t 10 cache"]),
    ("db 10초 내에 안 멈추면 강제 종료해", ["docker stop -t 10 db"]),
    ("web 3초 안에 안 죽으면 kill", ["docker stop -t 3 web"]),
    ("cache 5초 안에 꺼", ["docker stop -t 5 cache"]),
    ("my-nginx에 USR1 시그널", ["docker kill -s USR1 my-nginx"]),
    ("cache에 USR1 신호", ["docker kill -s USR1 cache"]),
    ("my-nginx에 USR1 시그널 보내", ["docker kill -s USR1 my-nginx"]),
    ("cache 죽여", ["docker kill cache"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["cache 5초 안에 안 꺼지면 죽이지 마", "cache에 시그널", "cache 5초 안에 안 꺼지면 죽일까?"])
def test_never_the_kill(text):
    assert not answer(text).cli, answer(text)
