"""(arch35) The seam between `parse` and the readers it runs on every reading is typed: `_first_sight` lists the
readers of the whole text tried first, `_readers_after().around` the readers of what is said around a reading, each in
the order `parse` runs them; a reader that reads words again is bound to its reread (`_rereading`). The readings are
those of before (the tables' dump is unchanged); these tests pin the adapters and a few readings of each list."""
import pytest

from bot import model as m
from bot.language import parse as p
from bot.model import Msg, NotUnderstood


def test_rereading_passes_the_text_the_reading_and_the_reread():
    seen: list[tuple[str, object, object]] = []

    def reader(text, res, reread):  # type: ignore[no-untyped-def]
        seen.append((text, res, reread))
        return reread("web 재시작해줘")

    res = NotUnderstood("x", "ko", Msg.of("parse.no_verb"))
    out = p._rereading(reader, p._reread)("x", res)
    assert seen == [("x", res, p._reread)]
    assert out == p.parse("web 재시작해줘", detail=False)


def test_text_only_reads_the_text_alone():
    assert p._text_only(lambda text: None)("web", True) is None
    stepped = p._text_only(p._numbered_steps)("1) web 멈추고 2) 로그 보여줘", False)
    assert stepped == p._numbered_steps("1) web 멈추고 2) 로그 보여줘")


def test_made_once_and_typed():
    assert p._first_sight() is p._first_sight()
    assert len(p._first_sight()) == 7
    assert all(callable(r) for r in p._readers_after().around)
    assert callable(p._readers_after().negation_asked)


@pytest.mark.parametrize("text,expected", [
    ("1) web 멈추고 2) 로그 보여줘", ["docker stop web", "docker logs web"]),  # _first_sight: numbered steps
    ("data 꺼줘 🛑", ["docker stop data"]),  # _first_sight: a stop sign agrees with a stop
    ("web 재시작해줘", ["docker restart web"]),  # through every reader around, untouched
    ("restart web after restarting cache", ["docker restart cache", "docker restart web"]),  # after_said_last
])
def test_read_as_before(text, expected):
    from test_wordings_fresh import answer  # type: ignore[import-not-found]

    assert list(answer(text).cli) == expected


@pytest.mark.parametrize("text", [
    "web 재시작해도 그대로야",  # concession_ko, bound to `_parse` alone
    "docker rm cache (예시)",  # example_said, the last of the list
    "web 지우는 거 어때?",  # suggestion_ko
])
def test_refused_or_asked_as_before(text):
    from test_wordings_fresh import answer  # type: ignore[import-not-found]

    assert list(answer(text).cli) == []


def test_a_reading_is_a_command_or_not_understood():
    res = p.parse("web 재시작해줘")
    assert isinstance(res, m.Restart)
