"""bot/language/corrected.py (ko33b): an order corrected after it was said — the last word wins, the order taken back
never runs; None where the correction is unsure (the parser's answer then stands)."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.corrected import corrected_last
from bot.language.normalize import normalize
from bot.language.parse import parse


def _read(said: str) -> m.Command | m.NotUnderstood:
    return parse(said, detail=False)


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("stop data actually pause it instead", m.Pause, ("data",)),
    ("stop my-nginx — wait, no, restart it", m.Restart, ("my-nginx",)),
    ("show me web logs, i mean my-nginx", m.Logs, ("my-nginx",)),
    ("not web, cache restart it pls", m.Restart, ("cache",)),
    ("cache 로그 보여줘 아 아니다 cache 말고 db", m.Logs, ("db",)),
    ("web cache 재시작 아 cache는 빼고", m.Restart, ("web",)),
    ("cache 재시작 해줘 (아 잘못 말함 db임)", m.Restart, ("db",)),
])
def test_the_last_word_wins(text: str, kind: type, names: tuple[str, ...]) -> None:
    res = corrected_last(text, _read)
    assert isinstance(res, kind), res
    assert tuple(m.names_of(res)) == names


def test_a_number_said_again_replaces_the_one_of_its_unit() -> None:
    res = corrected_last("web 로그 100줄, 아니 50줄", _read)
    assert isinstance(res, m.Logs) and res.tail == 50, res
    run = corrected_last("nginx 9092포트로 띄워줘 아 9093으로", _read)
    assert isinstance(run, m.RunContainer) and [p.host_port for p in run.ports] == [9093], run


@pytest.mark.parametrize("text", [
    "web 꺼줘 아차 cache",  # a slip then a name: instead, or besides? (lead31)
    "web 재시작 정정 cache",
    "restart web never mind cache",
    "restart web, actually restart cache too",  # added, said so
    "cache 꺼 아니 켜",  # a verb alone after a bare 아니
    "rm data 아 아니 rm 하지마",  # taken back by a ban
    "web 로그 100줄 cache 로그 20줄 아니 50줄",  # which number?
    "restart it, actually stop it",  # "it" of no name
    "web; rm -rf / actually restart cache",
])
def test_unsure_or_taken_back_is_none(text: str) -> None:
    assert corrected_last(normalize(text), _read) is None
