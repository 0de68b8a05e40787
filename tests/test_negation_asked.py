"""bot/language/negation_asked.py: a Prohibition of a read asked for becomes the read; nothing else changes."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import model as m
from bot.language.negation_asked import negation_asked
from bot.language.normalize import normalize
from bot.language.parse import _parse, parse
from bot.language.parse_natural import reads_only


def _read(said: str) -> m.Command | m.NotUnderstood:
    return _parse(said, False)


def test_anything_but_a_prohibition_is_returned_as_it_is():
    logs = m.Logs(target="web", lang="ko")
    assert negation_asked("web 로그 좀 안 보여줄래?", logs, _read) is logs


def test_a_prohibition_of_a_write_is_never_turned():
    ban = m.Prohibition(understood=m.Restart(targets=("web",), lang="ko"), lang="ko")
    assert negation_asked("web 재시작 좀 안 해줄래?", ban, _read) is ban
    ban_en = m.Prohibition(understood=m.Restart(targets=("web",), lang="en"), lang="en")
    assert negation_asked("ca not you restart web", ban_en, _read) is ban_en


def test_a_ban_of_a_read_stays():
    ban = m.Prohibition(understood=m.Logs(target="web", lang="ko"), lang="ko")
    assert negation_asked("web 로그 보여주지 마", ban, _read) is ban


def test_the_read_asked_is_returned():
    ban = m.Prohibition(understood=m.Logs(target="web", lang="ko"), lang="ko")
    assert negation_asked("web 로그 좀 안 보여줄래?", ban, _read) == m.Logs(target="web", lang="ko")


# a negated write in every asking frame: never a write (property over the frames and the writes)
WRITES_KO = ["재시작", "삭제", "중지", "일시정지", "시작"]
FRAMES_KO = ["{n} {v} 좀 안 해줄래?", "{n} {v} 안 하면 안 돼?", "{n} {v} 안 해?", "{n} {v} 안 해도 돼",
             "{n} 상태 안 궁금하냐고, {v}해줘"]
WRITES_EN = ["restart", "stop", "remove", "kill", "pause"]
FRAMES_EN = ["can't you {v} {n}?", "won't you {v} {n}?", "don't we {v} {n}?", "not that i mind, but don't {v} {n}",
             "shouldn't {n} be {v}ed by now?"]
NAMES = ["web", "cache", "data", "my-nginx"]


@given(st.sampled_from(WRITES_KO), st.sampled_from(FRAMES_KO[:4]), st.sampled_from(NAMES))
def test_a_negated_korean_write_never_becomes_a_write(verb, frame, name):
    res = parse(normalize(frame.format(n=name, v=verb)))
    assert not isinstance(res, m.Command) or isinstance(res, (m.Prohibition, m.Help)) or reads_only(res), res


@given(st.sampled_from(WRITES_EN), st.sampled_from(FRAMES_EN), st.sampled_from(NAMES))
def test_a_negated_english_write_never_becomes_a_write(verb, frame, name):
    res = parse(normalize(frame.format(n=name, v=verb)))
    assert not isinstance(res, m.Command) or isinstance(res, (m.Prohibition, m.Help)) or reads_only(res), res


READS_KO = [("로그", m.Logs), ("상태", m.Inspect)]
ASK_KO = ["{n} {w} 좀 안 보여줄래?", "{n} {w} 좀 안 보여주면 안 돼?", "{n} {w} 안 궁금하냐고 ㅋㅋ 보여줘"]


@given(st.sampled_from(READS_KO), st.sampled_from(ASK_KO), st.sampled_from(NAMES))
def test_a_korean_read_asked_by_negation_is_that_read(read, frame, name):
    word, kind = read
    res = parse(normalize(frame.format(n=name, w=word)))
    assert isinstance(res, kind) and m.names_of(res) == (name,), res


@pytest.mark.parametrize("text", ["web 로그 보여주지 마", "web 로그 안 봐도 돼?", "don't show me web logs"])
def test_bans_stay_prohibitions(text):
    assert isinstance(parse(normalize(text)), m.Prohibition)
