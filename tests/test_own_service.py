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


# (breaker33) another name said in the clause or in the request: the frame is never read as the name — "우리 서비스는
# web인데 cache 재시작해줘" restarted web and cache, "제 앱이 db 쓰는데 web 지워줘" removed both
OTHER_NAMED = [
    "우리 서비스는 web인데 cache 재시작해줘",
    "우리 앱은 web이에요 cache 재시작",
    "우리 서비스는 web인데요, cache만 재시작해 주세요",
    "제 앱이 db 쓰는데 web 지워줘",
    "우리 앱이 cache 써요. web 재시작 부탁",
    "우리 서비스가 cache 쓰는데 data 꺼줘",
    "저희 앱은 data 컨테이너에서 돌아요. web 재시작 부탁해요",
    "우리 api는 web 컨테이너에서 돌아요. cache만 지워주세요",
    "우리 서비스는 web 말고 cache 컨테이너에서 돌아요. 재시작 부탁해요",
    "우리 앱은 web 컨테이너가 아니라 cache에서 돌아요. 재시작해줘",
    "우리 앱은 web에서 예전에 돌았는데 지금은 cache에서 돌아요. 재시작해줘",
    "우리 앱은 db 쓰는데요, 재시작은 web만 해주세요",
    "우리 프로젝트는 web이에요 data 지워주세요",
    "우리팀 서비스는 cache인데 web 멈춰줘",
    "저희 어플은 my-nginx인데요 web 재시작해주세요",
]


@pytest.mark.parametrize("text", OTHER_NAMED)
def test_another_name_said_is_never_framed(text):
    assert framed(text) == text


@pytest.mark.parametrize("text", OTHER_NAMED)
def test_another_name_said_never_plans_a_write_of_both(text):
    from test_wordings_fresh import answer

    ans = answer(text)
    assert not any(len(set(c.split()[2:]) & {"web", "cache", "db", "data", "my-nginx"}) > 1 for c in ans.cli), ans
    assert not (ans.cli and any(c.split()[1] in ("rm",) for c in ans.cli)), ans
