"""bot/language/own_service.py (ko33a): a developer's own service said with its container — the framing dropped."""
from __future__ import annotations

import pytest

from bot.language.own_service import framed

CASES = [
    ("우리 서비스 web 재시작 한번 해줘", "web 재시작 한번 해줘"),
    ("내 앱(my-nginx) 방금 배포했는데 로그 보여줘", "my-nginx 방금 배포했는데 로그 보여줘"),
    ("우리 api는 web 컨테이너에서 돌아요. 재시작 부탁해요", "web 재시작 부탁해요"),
    ("제 서비스가 cache 쓰는데 cache 메모리 얼마나 차있어요?", "cache 메모리 얼마나 차있어요?"),
    ("my app is cache, can you check if it's up?", "can you check if cache is up?"),
    ("I own the data container, could you restart it for me?", "could you restart data for me?"),
    ("my app web keeps returning 502", "web keeps returning 502"),
    ("my app (web) — which port is it on?", "which port is web on?"),
    ("my app is web. what processes are running inside?", "what processes are running inside web?"),
    ("my app on my-nginx started throwing errors", "my-nginx started throwing errors"),
]

UNCHANGED = [
    "우리 서비스 죽었어요",
    "my app is down",
    "my app is down, restart it",
    "내 서비스 재시작해줘",
    "web 재시작해줘",
    "우리 서비스 webApp 재시작",
    "> 우리 서비스 web\n재시작",
]


@pytest.mark.parametrize(("text", "said"), CASES)
def test_framing_dropped(text, said):
    assert framed(text) == said


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_name_said_nothing_changes(text):
    assert framed(text) == text
