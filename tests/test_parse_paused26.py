"""paused26: a container said paused by the one who paused it, past or done, in a relative clause before its name —
"일시정지했던 data 풀어줘", "얼려놨던 data 풀어줘", "얼린 cache 녹여줘" (natural.lark `paused`: was parse.unknown_word;
only the passive "일시정지된" was read); the paused ones listed so too ("일시정지한 컨테이너 보여줘")."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("얼려놨던 data 풀어줘", ["docker unpause data"]),
    ("일시정지했던 data 풀어줘", ["docker unpause data"]),
    ("얼린 cache 녹여줘", ["docker unpause cache"]),
    ("일시중지해 놓은 web 풀어 주세요", ["docker unpause web"]),
    ("일시정지한 컨테이너 보여줘", ["docker ps --filter status=paused"]),
    ("얼린 컨테이너 목록", ["docker ps --filter status=paused"]),
    ("data 얼린 거 풀어줘", ["docker unpause data"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["얼려놨던 data 풀지 마", "일시정지했던 data 지워", "얼려놨던 data 풀었어", "일시정지한 거 다 풀어"])
def test_not_that_write(text):
    assert not answer(text).cli
