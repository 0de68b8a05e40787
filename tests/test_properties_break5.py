"""Properties of the kinds broken by branch `break5` (issue 8: never a wrong action; hypothesis).

  * a second name said apart from a request — after the verb with the topic 은/는, or with a word that leaves it as
    it is, keeps it waiting or tells its state ("web 지우고 cache는 그대로", "web 꺼 cache는 제가 할게요", "stop web,
    cache is ok") — never gets a write planned or offered on it;
  * a correction that adds a name ("A 꺼 아니 B도 / B까지") never writes on B alone;
  * a name said as included beside an exclusion ("A 빼고 B 포함해서 다 재시작", "restart all except A but including
    B") never yields a write;
  * a possessive before a name ("restart A's B") never yields a write on A.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from corpus_check import is_write
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "my-nginx", "my-volume", "data"]
KO_REQUESTS = ["재시작해", "재시작", "재시작해줘", "꺼", "꺼줘", "지워", "지우고", "삭제해줘", "멈춰", "중지하고", "죽여"]
KO_APART = ["{b}는 그대로", "{b}는 그냥", "{b}는 잠깐", "{b}는 제가 할게요", "{b}는 천천히", "{b}는", "{b}는?",
            "{b} 그대로", "{b} 잠깐", "그리고 {b}는 그대로", "{b}는 꺼져있음", "{b}는 내가 할게"]
EN_VERBS = ["restart", "stop", "remove", "kill", "pause"]
EN_APART = ["{b} is ok", "{b} stays", "{b} is fine", "{b} stays up", "{b} untouched", "{b} is prod"]


def _touches(cli: tuple[str, ...], name: str) -> bool:
    return any(name in c.split()[1:] for c in cli)


def _no_write_on(text: str, name: str) -> None:
    ans = answer(text)
    assert not (ans.writes and _touches(ans.cli, name)), f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal)) and _touches(ans.proposal, name)), (
        f"{text!r} offered {list(ans.proposal)}")


@st.composite
def two_names(draw):
    a = draw(st.sampled_from(CONTAINERS))
    b = draw(st.sampled_from([n for n in CONTAINERS if n != a]))
    return a, b


@given(two_names(), st.sampled_from(KO_REQUESTS), st.sampled_from(KO_APART))
@SETTINGS
@example(("web", "cache"), "지우고", "{b}는 그대로")
@example(("web", "cache"), "꺼", "{b}는 제가 할게요")
@example(("web", "cache"), "꺼", "{b} 잠깐")
def test_a_name_said_apart_after_the_request_is_never_written(names, verb, apart):
    a, b = names
    _no_write_on(f"{a} {verb} {apart.format(b=b)}", b)


@given(two_names(), st.sampled_from(["재시작", "꺼", "지워", "멈춰"]), st.sampled_from(["그대로", "잠깐", "그냥"]))
@SETTINGS
@example(("web", "cache"), "재시작", "잠깐")
def test_a_name_set_apart_before_the_request_is_never_written(names, verb, word):
    a, b = names
    _no_write_on(f"{b}는 {word} {a} {verb}", b)


@given(two_names(), st.sampled_from(EN_VERBS), st.sampled_from(EN_APART))
@SETTINGS
@example(("web", "cache"), "stop", "{b} is ok")
@example(("web", "cache"), "remove", "{b} stays")
def test_a_name_told_of_after_a_comma_is_never_written(names, verb, apart):
    a, b = names
    _no_write_on(f"{verb} {a}, {apart.format(b=b)}", b)


@given(two_names(), st.sampled_from(["꺼", "재시작", "지워", "멈춰"]), st.sampled_from(["도", "까지", "도 같이"]))
@SETTINGS
@example(("web", "cache"), "꺼", "도")
def test_a_correction_that_adds_never_writes_the_other_alone(names, verb, also):
    a, b = names
    ans = answer(f"{a} {verb} 아니 {b}{also}")
    assert not (ans.writes and not _touches(ans.cli, a)), (a, b, list(ans.cli))


@given(two_names(), st.sampled_from(["재시작", "꺼", "지워"]), st.sampled_from(["restart", "stop", "remove"]))
@SETTINGS
@example(("web", "cache"), "재시작", "restart")
def test_a_name_included_beside_an_exclusion_yields_no_write(names, ko, en):
    a, b = names
    for text in (f"{a} 빼고 {b} 포함해서 다 {ko}", f"{en} all except {a} but including {b}",
                 f"{en} everything except {a}, {b} included"):
        ans = answer(text)
        assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


@given(two_names(), st.sampled_from(EN_VERBS))
@SETTINGS
@example(("web", "cache"), "restart")
def test_a_possessive_before_a_name_never_writes_the_owner(names, verb):
    a, b = names
    _no_write_on(f"{verb} {a}'s {b}", a)
