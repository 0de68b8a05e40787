"""bot/language/named_as_ko.py: the name of a new container said with (으)로 or (이)라고 after the image said as the
object (fresh17's kormix rows: "redis를 q17로 run해줘", "httpd를 h17이라고 create만 해줘" were refused); a number
there stays a port, a network stays a connect, and a write other than a run is never made of it. Read through the
tables' path (`answer`)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer, is_write

from bot import model as m
from bot.language.named_as_ko import named_as


@pytest.mark.parametrize("text,want", [
    ("redis를 q17로 run해줘", ["docker run -d --name q17 redis"]),
    ("redis를 q17로 실행해줘", ["docker run -d --name q17 redis"]),
    ("httpd를 edge19로 launch해", ["docker run -d --name edge19 httpd"]),
    ("httpd를 h17이라고 create만 해줘", ["docker create --name h17 httpd"]),
    ("alpine을 t1이라고 띄워", ["docker run -d --name t1 alpine"]),
    # neighbours
    ("nginx를 8080으로 실행", ["docker run -d -p 8080:80 nginx"]),
    ("web을 backend로 연결", ["docker network connect backend web"]),
])
def test_a_name_said_with_ro_after_the_image(text: str, want: list[str]) -> None:
    assert list(answer(text).cli) == want, text


@pytest.mark.parametrize("text", ["redis를 q17로 지워", "redis를 q17로 실행하지 마", "httpd로 edge3 실행"])
def test_no_other_write_is_made_of_it(text: str) -> None:
    ans = answer(text)
    assert not is_write(ans.cli), (text, ans)


def test_only_a_run_of_that_image_and_name_is_kept() -> None:
    first = m.NotUnderstood("x", "ko", m.Msg.of("parse.stray_words", words="`q17`"))
    other = m.RunContainer(image="redis", name="other", lang="ko")
    assert named_as("redis를 q17로 run해줘", first, lambda said: other) is first
    good = m.RunContainer(image="redis", name="q17", lang="ko")
    assert named_as("redis를 q17로 run해줘", first, lambda said: good) is good
    assert named_as("redis q17 run해줘", first, lambda said: good) is first
