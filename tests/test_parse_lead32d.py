"""(lead32d) The speed cuts of issue 8's item 6 (bench/RESULTS.md, session 32) read exactly as before.

- morph.tokens: Kiwi's morphemes kept by text — a text explained again asks Kiwi nothing (the readers that asked
  `kiwi().tokenize` themselves made 100 uncached calls over one pass of item 6's texts, all in its slowest 50); the
  morphemes are those Kiwi gives.
- _numbered_steps: a step marker is tried at the text's first character before it is searched through the text —
  the lists read as before, a marker not first is still no list.
- normalize._dialect_aux and parse._readers_after: made once.
"""
import pytest

from bot.language import morph
from bot.language.normalize import normalize
from bot.pipeline import Gorae

# the slowest texts of item 6 before the cut: each asked Kiwi 2-4 times, on every explain
KIWI_TAIL = ["오늘 점심 뭐 먹지", "my-nginx 안에서 wget -q -O - http://localhost/index.html 돌려", "급함!! web 재시작",
             "cache 재시작하면 안 돼", "10분 후에 web 재시작해줘", "web 지우면 안 됩니다", "web에서 ls | grep x 실행",
             "헐 web 재시작해야 할 듯", "나중에 web 지워줘"]


@pytest.fixture
def gorae():
    from fakes import FakeView  # type: ignore[import-not-found]

    g = Gorae()
    view = FakeView()
    g.view = lambda engine=None: view  # type: ignore[method-assign]
    return g


@pytest.mark.parametrize("text", KIWI_TAIL)
def test_a_text_explained_again_asks_kiwi_nothing(gorae, monkeypatch, text):
    first = gorae.explain(text)
    k = morph.kiwi()
    asked: list[str] = []
    tokenize = k.tokenize

    def spy(said, *a, **kw):  # type: ignore[no-untyped-def]
        asked.append(said)
        return tokenize(said, *a, **kw)

    monkeypatch.setattr(k, "tokenize", spy)
    again = gorae.explain(text)
    assert asked == []
    assert repr(again) == repr(first)


@pytest.mark.parametrize("text", ["web 재시작해줘", "오늘 점심 뭐 먹지", "cache 재시작하면 안 돼"])
def test_tokens_are_kiwis_morphemes(text):
    morph.tokens.cache_clear()
    kept = morph.tokens(text)
    fresh = morph.kiwi().tokenize(text)
    assert [(t.form, t.tag, t.start) for t in kept] == [(t.form, t.tag, t.start) for t in fresh]
    assert morph.tokens(text) is kept


@pytest.mark.parametrize("text,expected", [
    ("1) web 멈추고 2) 로그 보여줘", ["docker stop web", "docker logs web"]),
    ("1. cache 정지 2. cache 삭제", ["docker stop cache", "docker rm cache"]),
    ("step 1: stop cache, step 2: start cache", ["docker stop cache", "docker start cache"]),
    ("첫째, web 일시정지. 둘째, web 로그 확인", ["docker pause web", "docker logs web"]),
    ("a) stop web b) restart cache", ["docker stop web", "docker restart cache"]),
])
def test_numbered_steps_read_as_before(text, expected):
    from test_wordings_fresh import answer  # type: ignore[import-not-found]

    assert list(answer(text).cli) == expected


@pytest.mark.parametrize("text", ["web 재시작 1) 2) 로그", "restart web then 1) stop cache 2) start cache",
                                  "web 멈추고 1. 로그 2. 상태"])
def test_a_marker_not_first_is_no_list(text):
    from bot.language.parse import _numbered_steps

    assert _numbered_steps(normalize(text)) is None


def test_made_once():
    from bot.language.normalize import _dialect_aux
    from bot.language.parse import _readers_after

    assert _dialect_aux() is _dialect_aux()
    assert _readers_after() is _readers_after()
    # (arch35) the 42 readers around a reading, with the five run before and after them and the sixteen run last, in
    # one list: 63
    assert len(_readers_after().around) == 63  # (safe33en) topic_then_it_en, volumes_included_en; (lead34) named_not_asked_en, act_not_ordered_ko; (f23a) day_said_ko; (brk34a) unasked_write
