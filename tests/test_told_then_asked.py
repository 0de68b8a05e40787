"""bot/language/told_then_asked.py: a Korean report of something done (a past verb and a connective), then a request —
the request alone is read; the report's write is never run. A request that names nothing, a negated report, a report
asked with "?" are left as they were (refused or asked)."""
import pytest
from test_wordings_fresh import answer

from bot import model as m
from bot.language.normalize import normalize
from bot.language.parse import _parse, negated
from bot.language.told_then_asked import told_then_asked

READ = [
    ("web은 어제 재시작했으니까 오늘은 cache 재시작해줘", ["docker restart cache"]),
    ("cache 재시작은 아까 했고 지금은 web 로그 보여줘", ["docker logs web"]),
    ("web 껐는데 cache도 꺼줘", ["docker stop cache"]),
    ("web 지웠는데 cache 꺼줘", ["docker stop cache"]),
    ("web 재시작했고 지금은 cache 지워줘", ["docker rm cache"]),
    ("data 멈췄지만 web 로그는 보여줘", ["docker logs web"]),
    # a state told fine of another name, then the request
    ("cache는 괜찮은 것 같고 web만 재시작해줘", ["docker restart web"]),
    ("cache는 정상이니까 web 재시작해줘", ["docker restart web"]),
    ("cache 살아있는데 web 재시작해줘", ["docker restart web"]),
    # (lead28) a read that names nothing after a report of one thing: of that thing (it was "logs of what?" — refused)
    ("web 재시작했으니까 로그 보여줘", ["docker logs web"]),
    ("오늘 오전에 web에 문제가 있었다고 들었는데, 지금 로그를 좀 보여주시겠어요?", ["docker logs web"]),
    ("web 재시작했는데 상태 좀 보여줘", ["docker inspect web"]),
    # (lead28) a clause of context between the report and the request
    ("web 로그 봤는데 이상해서 그런데 cache 재시작해줘", ["docker restart cache"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_the_request_alone(text, want):
    assert list(answer(text).cli) == want


NOT_READ = [
    "web 재시작했는데 지워줘",  # a write that names nothing: never of the thing told
    "web이랑 cache 재시작했는데 로그 보여줘",  # two things told: the logs of which?
    "web 안 지웠는데 cache 꺼줘",  # a negated report: left as it was
    "web 지웠는데?",
    "web은 어제 재시작했으니까 내일 cache 재시작해줘",  # tomorrow: a schedule, never now
    "web 껐는데 cache 꺼지 마",
    "cache 재시작하고 괜찮은데 web 꺼줘",  # a request before the state: never dropped
    "cache는 안 괜찮은데 web 재시작해줘",
    "cache 잘 돌아가는데 web 지워",  # banmal after it: said by a report too
    "web은 재시작했고 cache 재시작",
]


@pytest.mark.parametrize("text", NOT_READ)
def test_no_write_planned(text):
    assert not answer(text).cli


def test_the_reader_alone():
    read = lambda said: _parse(said, False)  # noqa: E731
    got = told_then_asked(normalize("web 껐는데 cache도 꺼줘"), read, negated)
    assert isinstance(got, m.Stop) and got.targets == ("cache",)
    assert told_then_asked(normalize("web 재시작해줘"), read, negated) is None  # no report
    assert told_then_asked(normalize("web 껐는데"), read, negated) is None  # nothing after it
