"""The wordings of `docker stats --no-stream` and of a bounded `docker logs -f` (issue 8, stats9), read
through `Gorae.explain` on the fake fixture world (tests/fakes.py), the path of `gorae explain --json`.

The first rows of each kind are the held-out table's (tests/data/wordings_fresh8.yaml); the others are
other wordings of the same kinds, written for this fix. A write said with a use ("kill the container
that eats the most cpu": which one?) is never done: refused or asked.
"""
from __future__ import annotations

import pytest
from fakes import FakeGorae

from bot.front.cli import explain_json

GORAE = FakeGorae()

STATS = [
    # the table's
    ("web 메모리 얼마나 먹어?", "docker stats --no-stream web"),
    ("cache cpu 사용량", "docker stats --no-stream cache"),
    ("how much memory is web using", "docker stats --no-stream web"),
    ("cpu usage of cache", "docker stats --no-stream cache"),
    ("docker stats --no-stream web", "docker stats --no-stream web"),
    # other wordings of the kind
    ("리소스 사용량", "docker stats --no-stream"),
    ("which container eats the most cpu", "docker stats --no-stream"),
    ("모든 컨테이너 리소스 사용량", "docker stats --no-stream"),
    ("cpu 제일 많이 먹는 컨테이너", "docker stats --no-stream"),
    ("메모리 제일 많이 쓰는 컨테이너", "docker stats --no-stream"),
    ("메모리 많이 먹는 컨테이너 뭐야?", "docker stats --no-stream"),
    ("web 메모리 사용량 보여줘", "docker stats --no-stream web"),
    ("web이랑 cache 메모리 얼마나 써?", "docker stats --no-stream web cache"),
    ("web 자원 사용량 좀 알려줘", "docker stats --no-stream web"),
    ("my-nginx 점유율", "docker stats --no-stream my-nginx"),
    ("how much cpu does cache consume", "docker stats --no-stream cache"),
    ("which container is hogging memory", "docker stats --no-stream"),
    ("show me the cpu usage of all containers", "docker stats --no-stream"),
    ("cpu usage of web and cache", "docker stats --no-stream web cache"),
    ("show web memory", "docker stats --no-stream web"),
    ("web stats", "docker stats --no-stream web"),
    ("docker container stats --no-stream web cache", "docker stats --no-stream web cache"),
    ("docker stats web", "docker stats --no-stream web"),  # streams in a terminal: one sample here, said
    ("docker stats -a --no-stream", "docker stats --no-stream -a"),
    ("web 메모리 몇 메가 써?", "docker stats --no-stream web"),
    ("cache 씨피유 사용률", "docker stats --no-stream cache"),
    ("web 스탯", "docker stats --no-stream web"),
    ("web 부하 어때?", "docker stats --no-stream web"),
    ("cache 메모리 얼마나 차지해?", "docker stats --no-stream cache"),
    ("cache CPU 얼마나 쓰고 있어?", "docker stats --no-stream cache"),
    ("컨테이너들 리소스 현황", "docker stats --no-stream"),
    ("메모리 누가 제일 많이 먹어?", "docker stats --no-stream"),
    ("is web using a lot of memory?", "docker stats --no-stream web"),
    ("memory usage per container", "docker stats --no-stream"),
    ("how much ram is cache using?", "docker stats --no-stream cache"),
    ("what's the memory usage of web", "docker stats --no-stream web"),
    ("which container uses the most memory", "docker stats --no-stream"),
]

FOLLOW = [
    # the table's
    ("my-nginx 로그 실시간으로", "docker logs -f my-nginx"),
    ("follow web logs", "docker logs -f web"),
    ("docker logs -f web", "docker logs -f web"),
    ("web 로그 계속 띄워줘", "docker logs -f web"),
    # other wordings of the kind
    ("web 로그 실시간으로 보여줘", "docker logs -f web"),
    ("cache 로그 계속 보여줘", "docker logs -f cache"),
    ("web 로그 따라가줘", "docker logs -f web"),
    ("web 로그 실시간으로 좀 보여줘 ㅋㅋ", "docker logs -f web"),
    ("stream the logs of cache", "docker logs -f cache"),
    ("show cache logs live", "docker logs -f cache"),
    ("follow the last 20 lines of web logs", "docker logs -f --tail 20 web"),
    ("docker logs --follow --tail 5 my-nginx", "docker logs -f --tail 5 my-nginx"),
    ("web 로그 계속 지켜봐", "docker logs -f web"),
    ("my-nginx 로그 라이브로", "docker logs -f my-nginx"),
    ("cache 로그 실시간 스트리밍", "docker logs -f cache"),
    ("web 로그 tail -f", "docker logs -f web"),
    ("tail -f web logs", "docker logs -f web"),
    ("tail -f web", "docker logs -f web"),
    ("watch the logs of cache", "docker logs -f cache"),
    ("keep showing web logs", "docker logs -f web"),
    ("live logs of web", "docker logs -f web"),
]

NEVER = [
    # a write said with a use or a follow: which container? what to follow? never done on a guess
    "cpu 제일 많이 먹는 컨테이너 죽여",
    "kill the container that eats the most cpu",
    "restart the container using the most memory",
    "web 메모리 얼마나 먹어? 재시작해",
    "web 계속 재시작해",
    "web 로그 계속 지워",
    # one container is followed (one after the other is not live)
    "web cache 로그 실시간으로",
    # docker stats options gorae cannot honour
    "docker stats --format '{{.Name}}' web",
]


def _cli(text: str) -> dict:
    return explain_json(GORAE.explain(text))


@pytest.mark.parametrize(("text", "want"), STATS + FOLLOW, ids=[t for t, _ in STATS + FOLLOW])
def test_read(text: str, want: str) -> None:
    got = _cli(text)
    assert got["understood"], got
    assert got["cli"] == [want], got


@pytest.mark.parametrize("text", NEVER)
def test_never_a_write_nor_a_guess(text: str) -> None:
    got = _cli(text)
    assert not got["understood"], got
    proposal = got.get("proposal") or {}
    assert not proposal.get("writes"), got


def test_negated_is_a_prohibition() -> None:
    for text in ("web 메모리 사용량 보여주지 마", "don't follow web logs"):
        got = _cli(text)
        assert not got["understood"] and "proposal" not in got, got


def test_the_plan_says_for_how_long_and_that_stats_is_one_sample(monkeypatch) -> None:
    monkeypatch.setenv("GORAE_FOLLOW_SECONDS", "12")
    got = _cli("follow web logs")
    assert "12" in got["summary"], got
    got = GORAE.explain("web 로그 실시간으로")
    from bot.model import Plan
    assert isinstance(got.planned, Plan) and [n.key for n in got.planned.notes] == ["logs.follow_bounded"]
    got = GORAE.explain("docker stats web")
    assert isinstance(got.planned, Plan) and [n.key for n in got.planned.notes] == ["stats.one_sample"]
