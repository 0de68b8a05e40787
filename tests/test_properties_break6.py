"""Properties of the kinds broken by branch `break6` (issue 8: never a wrong action; hypothesis).

  * an English name said first, addressed ("A: VERB B") or told ok ("A is ok, VERB B", "A's fine, VERB B"), never
    gets the write of a verb that has another name after it;
  * "the rest" (나머지) beside a name that no word leaves out ("A는 그대로, 나머지 VERB") never writes on A;
  * a -면 좋겠다 wish asked ("A VERB-면 좋겠어?", "… 좋겠니") never plans a write;
  * a Korean name with only its state after -고 ("A 쉬게 하고 B 돌아가게") never gets the first verb's write;
  * an image name glued to a number ("nginx8080띄워") never runs an image of the whole name.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=80, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "my-nginx", "my-volume", "data"]
EN_VERBS = ["restart", "stop", "remove", "kill", "pause", "rm"]
EN_FIRST = ["{a}: {v} {b}", "{a} {v} {b}", "{a} is ok, {v} {b}", "{a}'s fine, {v} {b}", "{a} is fine, {v} {b}",
            "{a}: {v} {b} and {c}"]
KO_VERBS = ["재시작", "꺼", "지워", "멈춰", "재시작해줘", "다 꺼"]
KO_WISH = ["지우면 좋겠어?", "지우면 좋겠니?", "재시작하면 좋겠어요?", "꺼주면 좋겠니", "멈추면 좋겠어?", "삭제해주면 좋겠니?"]
KO_AFTER_AND = ["쉬게 하고", "멈추고", "재시작하고", "지우고"]
KO_STATE = ["돌아가게", "실행 중", "돌아가"]
IMAGES = ["nginx", "redis", "alpine", "busybox", "httpd"]


def _touches(cli: tuple[str, ...], name: str) -> bool:
    return any(name in c.split()[1:] for c in cli)


@st.composite
def names(draw, n: int = 2):
    picked = draw(st.permutations(CONTAINERS))
    return picked[:n]


@given(names(3), st.sampled_from(EN_VERBS), st.sampled_from(EN_FIRST))
@SETTINGS
@example(["web", "cache", "data"], "restart", "{a}: {v} {b}")
@example(["db", "web", "data"], "remove", "{a} is ok, {v} {b}")
def test_a_name_addressed_or_told_first_is_never_written(ns, verb, shape):
    a, b, c = ns
    text = shape.format(a=a, b=b, c=c, v=verb)
    ans = answer(text)
    assert not (ans.writes and _touches(ans.cli, a)), f"{text!r} planned {list(ans.cli)}"


@given(names(1), st.sampled_from(KO_VERBS), st.sampled_from(["{a}는 그대로, 나머지", "{a} 그대로 나머지", "{a}는 멀쩡해 나머지"]))
@SETTINGS
@example(["cache"], "재시작", "{a}는 그대로, 나머지")
def test_the_rest_beside_a_name_never_writes_on_the_name(ns, verb, shape):
    a = ns[0]
    text = f"{shape.format(a=a)} {verb}"
    ans = answer(text)
    assert not (ans.writes and _touches(ans.cli, a)), f"{text!r} planned {list(ans.cli)}"


@given(names(1), st.sampled_from(KO_WISH))
@SETTINGS
def test_a_wish_asked_plans_no_write(ns, wish):
    text = f"{ns[0]} {wish}"
    assert not answer(text).writes, text


@given(names(2), st.sampled_from(KO_AFTER_AND), st.sampled_from(KO_STATE))
@SETTINGS
@example(["cache", "web"], "쉬게 하고", "돌아가게")
def test_a_state_after_and_is_no_target(ns, first, state):
    a, b = ns
    text = f"{a} {first} {b} {state}"
    ans = answer(text)
    assert not (ans.writes and _touches(ans.cli, b)), f"{text!r} planned {list(ans.cli)}"


@given(st.sampled_from(IMAGES), st.integers(min_value=1, max_value=65535),
       st.sampled_from(["{i}{n}띄워", "{i}{n} 실행", "run {i}{n}", "start {i}{n}", "{i}{n} 컨테이너 띄워줘"]))
@SETTINGS
def test_an_image_glued_to_a_number_never_runs_the_whole_name(image, number, shape):
    text = shape.format(i=image, n=number)
    ans = answer(text)
    assert not any(f"{image}{number}" in c.split() for c in ans.cli), f"{text!r} planned {list(ans.cli)}"
