"""bot/language/compared.py: the most or the more of something asked is docker's listing that holds the column
compared (fresh17's `compare` rows and unseen wordings of the kind); a write on a word of the comparison ("remove the
oldest image" planned `docker rmi oldest`) is refused; a request said with a superlative runs nothing. Read through
the path of the tables (tests/test_wordings_fresh.py `answer`: `Gorae.explain` over the fake corpus world)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

from bot import model as m
from bot.language.compared import compared
from bot.model import NotUnderstood


@pytest.mark.parametrize("text,want", [
    ("가장 오래된 컨테이너가 뭐야?", ["docker ps -a"]),
    ("제일 오래된 컨테이너 뭐예요", ["docker ps -a"]),
    ("제일 큰 이미지 뭐야", ["docker images"]),
    ("가장 작은 이미지는?", ["docker images"]),
    ("가장 최근에 받은 이미지 뭐야?", ["docker images"]),
    ("제일 메모리 적게 쓰는 컨테이너는?", ["docker stats --no-stream"]),
    ("지금 제일 바쁜 컨테이너 누구야", ["docker stats --no-stream"]),
    ("web이랑 cache 중에 뭐가 메모리 더 써?", ["docker stats --no-stream web cache"]),
    # (lead30) two containers named, compared by being up: their details (StartedAt), no longer every container's list
    # (fresh19 "web이랑 my-nginx 중에 뭐가 먼저 떴어?" wants docker inspect web my-nginx)
    ("web이랑 my-nginx 중에 뭐가 더 오래 떠 있었어?", ["docker inspect web my-nginx"]),
    ("가장 최근에 재시작된 컨테이너가 뭐예요?", ["docker ps"]),
    ("제일 오래 켜져 있던 게 뭐야", ["docker ps"]),
    ("컨테이너 중에 제일 많이 재시작한 거", ["docker ps -a"]),
    ("포트 제일 많이 연 컨테이너", ["docker ps"]),
    ("web이 cache보다 먼저 떴어?", ["docker inspect web cache"]),  # (lead30) both named: their details
    ("biggest image here?", ["docker images"]),
    ("which image is the oldest?", ["docker images"]),
    ("what's the newest image?", ["docker images"]),
    ("oldest container?", ["docker ps -a"]),
    ("which one uses the least memory?", ["docker stats --no-stream"]),
    ("is web using more cpu than cache?", ["docker stats --no-stream web cache"]),
    ("which container restarted the most?", ["docker ps -a"]),
    ("which is older, web or cache?", ["docker ps -a"]),
])
def test_a_comparison_asked_is_the_listing_that_shows_it(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text", [
    "가장 오래된 컨테이너 지워", "제일 최근에 만든 컨테이너 재시작해", "메모리 제일 많이 먹는 거 꺼줘",
    "kill whichever uses the most cpu", "remove the oldest image", "delete the biggest image", "가장 작은 이미지 지워",
    "가장 큰 이미지 지워?", "제일 오래된 거 지워줄래?", "stop the busiest container", "restart the newest container",
    "컨테이너가 이미지보다 많아?", "are there more containers than images?",
])
def test_a_request_on_the_most_or_two_kinds_compared_runs_nothing(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("web 로그 더 보여줘", ["docker logs web"]),  # more, said of no names among others: no comparison
    ("pull the latest nginx", ["docker pull nginx"]),  # latest is a tag's word
    ("which container uses the most cpu", ["docker stats --no-stream"]),
    ("restart web", ["docker restart web"]),
])
def test_neighbours_stay(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


def test_a_write_on_a_word_of_the_comparison_is_refused() -> None:
    res = compared("remove the oldest image", m.RemoveImage(images=("oldest",), lang="en"))
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.compared_write"
    assert dict(res.reason.params)["word"] == "oldest"


def test_a_read_that_read_whole_stays() -> None:
    ps = m.ListContainers(lang="en")
    assert compared("which container has been up the longest?", ps) is ps


@pytest.mark.parametrize("text,want", [
    ("메모리 제일 많이 먹는 컨테이너 3개 알려줘", ["docker stats --no-stream"]),  # fresh15: a count is no name
    ("제일 오래된 컨테이너 보여줘", ["docker ps -a"]),
    ("가장 큰 이미지 찾아줘", ["docker images"]),
])
def test_a_comparison_shown_is_the_listing(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text", ["가장 큰 이미지 찾아서 지워줘", "제일 오래된 컨테이너 확인하고 지워",
                                  "제일 오래된 컨테이너 지우고 목록 보여줘"])
def test_a_read_then_a_write_on_the_most_runs_nothing(text: str) -> None:
    assert not answer(text).cli, text
