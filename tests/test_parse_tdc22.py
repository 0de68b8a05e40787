"""Kinds fixed by tdc22 in session 22 (issue 8), from fresh19's `time` misses, each with unseen wordings of the same
kind and the neighbours that must stay as they are. Read through the path of the tables (tests/test_wordings_fresh.py
`answer`: `Gorae.explain` over the fake corpus world: web, my-nginx, cache, my-volume and data running, db created).

  * how long it has run or how long ago it came, asked in Korean ("web 몇 시간째 돌고 있어?", "data 몇 분 전에
    켜졌어?", "web 켜진 지 며칠 됐어?", "my-volume 띄운 지 얼마나 됐어?"), whether it was ever done ("cache 오늘
    재시작된 적 있어?"), when said of the passive ("cache 마지막으로 재시작된 게 언제야"): its details.
  * when it started, was made or last restarted, said as a noun ("web 시작 시간", "db 생성 시각 알려줘", "my-nginx
    생성일 알려줘", "cache 업타임 알려줘", "web 재시작 시간 알려줘" — which RESTARTED web before): its details.
  * English: the hour, since when ("what time did data come up", "since when is web running?", "when did web die last
    time"): its details. Not "how old is the data container": a keyword old would take the name old ("tag mysql:5.7 as
    old").
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer, is_write


def _plans(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text,want", [
    # the table's rows (fresh19 `time`)
    ("web 몇 시간째 돌고 있어?", ["docker inspect web"]),
    ("cache 마지막으로 재시작된 게 언제야", ["docker inspect cache"]),
    ("what time did data come up", ["docker inspect data"]),
    ("my-volume 띄운 지 얼마나 됐어?", ["docker inspect my-volume"]),
    ("cache 업타임 알려줘", ["docker inspect cache"]),
    ("web 시작 시간", ["docker inspect web"]),
    ("my-nginx 생성일 알려줘", ["docker inspect my-nginx"]),
    ("since when is web running?", ["docker inspect web"]),
    ("cache 오늘 재시작된 적 있어?", ["docker inspect cache"]),
    ("data 몇 분 전에 켜졌어?", ["docker inspect data"]),
    ("when did web die last time", ["docker inspect web"]),
    ("web 켜진 지 며칠 됐어?", ["docker inspect web"]),
    ("db 생성 시각 알려줘", ["docker inspect db"]),
    # wordings of our own, both languages
    ("cache 재시작한 지 몇 시간 됐어?", ["docker inspect cache"]),
    ("web 며칠째 돌고 있어", ["docker inspect web"]),
    ("my-nginx 몇 시간 전에 켜졌어?", ["docker inspect my-nginx"]),
    ("web 재시작한 적 있어?", ["docker inspect web"]),
    ("cache 부팅 시간 알려줘", ["docker inspect cache"]),
    ("cache 마지막 재시작 시각", ["docker inspect cache"]),
    ("web 재시작 시간 알려줘", ["docker inspect web"]),
    ("what time did cache start", ["docker inspect cache"]),
    ("since when has my-nginx been up", ["docker inspect my-nginx"]),
    ("when did cache come up", ["docker inspect cache"]),
    ("when did web crash", ["docker inspect web"]),
])
def test_time_and_age_asked_are_its_details(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "web 몇 분 뒤에 재시작해",      # a time to come, never a when asked: no write
    "web 10분 뒤에 재시작해",       # a schedule: refused
    "has web been restarted today?",  # asked of the past: never a write (its details since dneg23, as fresh19 wants)
    "web 재시작 시간 정해서 재시작해",
    "web 지운 적 있어?",            # a removal asked of the past: never done
])
def test_time_neighbours_never_write(text: str) -> None:
    ans = answer(text)
    assert not is_write(list(ans.cli)), (text, ans)
