"""(w35b) An event condition said in English with "as soon as" (a time to come, never the write now); as soon as
possible is asap (now). A timeout set with (으)로 and no act said is a setting, refused (A8)."""
import pytest
from test_wordings_fresh import answer

CASES = [
    # the breaker's inputs (A11)
    ("restart web as soon as cache is up", None),
    ("kill cache as soon as web is up", None),
    ("remove data as soon as db is up", None),
    ("stop cache as soon as web is down", None),
    ("restart web as soon as db is ready", None),
    # invented wordings of the same kind
    ("pause web as soon as cache is healthy", None),
    ("restart my-nginx as soon as the db is back", None),
    ("remove cache as soon as web goes down", None),
    # negatives: now is meant
    ("restart web as soon as possible", ["docker restart web"]),
    ("restart web as soon as you can", ["docker restart web"]),
    ("restart web asap", ["docker restart web"]),
    # A8: a timeout set, no act said
    ("web 종료 타임아웃 30초로", None),
    ("cache 정지 타임아웃 10초로", None),
    ("web 재시작 타임아웃을 5초로.", None),
    # negatives: the act said (a verb, 해 줘) or the value with no (으)로, or the time waited — its -t
    ("웹 컨테이너 정지 타임아웃 삼십 초로 해 줘", ["docker stop -t 30 web"]),
    ("web 종료 타임아웃 10초로 꺼", ["docker stop -t 10 web"]),
    ("cache 재시작 타임아웃 3초", ["docker restart -t 3 cache"]),
    ("web 재시작 대기시간 15초로", ["docker restart -t 15 web"]),
    ("web 10초 유예 주고 꺼", ["docker stop -t 10 web"]),
    ("web 중지하는데 유예 30초", ["docker stop -t 30 web"]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_as_soon_as(text: str, want: list[str] | None) -> None:
    ans = answer(text)
    if want is None:
        assert ans.cli == () and ans.refusal and not ans.proposal
    else:
        assert list(ans.cli) == want
