"""Properties of the kinds broken by branch `break7` (issue 8: never a wrong action; hypothesis).

  * a container addressed first — Korean vocative ("A야 B VERB", "A아 B VERB", "A 야 B VERB"), a Korean colon ("A: B
    VERB"), a person told to do it ("A한테 B VERB 시켜"), English "hey A, VERB B", "A, VERB B", "yo A VERB B" — never
    gets the write, and no write other than the one on B alone is planned;
  * a Korean name with its state told before another name ("A는 정상이야 B VERB", "A 잘 돌아가 B VERB") never gets it;
  * a clock time said alone (H:MM, 0–23 then two digits) beside a run never becomes a port mapping;
  * a number glued before an image here ("8080nginx") never runs an image of the whole name;
  * a verb of turning on with the auxiliary of a state kept, then -고 ("A는 켜두고 B VERB"), never starts A.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "my-nginx", "my-volume", "data"]
KO_VERBS = ["재시작", "꺼", "지워", "멈춰", "재시작해줘", "지워주세요", "죽여"]
EN_VERBS = ["restart", "stop", "remove", "kill", "pause", "rm"]
KO_ADDRESSED = ["{a}야 {b} {v}", "{a}아 {b} {v}", "{a} 야 {b} {v}", "{a}야, {b} {v}", "{a}: {b} {v}",
                "{a}한테 {b} {v}", "{a}에게 {b} {v}"]
EN_ADDRESSED = ["hey {a}, {v} {b}", "{a}, {v} {b}", "yo {a} {v} {b}", "sorry {a}, {v} {b}", "ok {a}, {v} {b}",
                "hi {a}, {v} {b}"]
KO_FINE = ["{a}는 정상이야 {b} {v}", "{a} 정상, {b} {v}", "{a} 잘 돌아가 {b} {v}", "{a}는 살아있어 {b} {v}",
           "{a} 양호 {b} {v}", "{a}는 정상입니다. {b} {v}"]
KO_KEPT = ["{a}는 켜두고 {b} {v}", "{a} 살려두고 {b} {v}", "{a}는 살려놓고 {b} {v}", "{a}는 켜놓고 {b} {v}"]
IMAGES = ["nginx", "redis", "alpine", "busybox", "httpd"]
RUN_KO = ["{t} {i} 띄워", "{i} 띄워 {t}", "{t} {i} 실행해줘", "{i} {t}에 띄워"]
RUN_EN = ["run {i} {t}", "run {i} at {t}", "{t} run {i}", "start {i} at {t}"]


def _touches(cli: tuple[str, ...], name: str) -> bool:
    return any(name in c.split()[1:] for c in cli)


@st.composite
def names(draw, n: int = 2):
    picked = draw(st.permutations(CONTAINERS))
    return picked[:n]


@given(names(2), st.sampled_from(KO_VERBS), st.sampled_from(KO_ADDRESSED))
@SETTINGS
@example(["web", "cache"], "지워", "{a} 야 {b} {v}")
@example(["web", "cache"], "재시작", "{a}: {b} {v}")
def test_a_korean_name_addressed_is_never_written(ns, verb, shape):
    a, b = ns
    text = shape.format(a=a, b=b, v=verb)
    ans = answer(text)
    assert not (ans.writes and _touches(ans.cli, a)), f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and _touches(ans.proposal, a)), f"{text!r} proposed {list(ans.proposal)}"


@given(names(2), st.sampled_from(EN_VERBS), st.sampled_from(EN_ADDRESSED))
@SETTINGS
@example(["web", "cache"], "restart", "{a}, {v} {b}")
@example(["cache", "web"], "restart", "hey {a}, {v} {b}")
def test_an_english_name_addressed_is_never_written_nor_dropped(ns, verb, shape):
    a, b = ns
    text = shape.format(a=a, b=b, v=verb)
    ans = answer(text)
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"


@given(names(2), st.sampled_from(KO_VERBS), st.sampled_from(KO_FINE))
@SETTINGS
@example(["web", "cache"], "지워", "{a}는 정상이야 {b} {v}")
def test_a_korean_name_told_fine_is_never_written(ns, verb, shape):
    a, b = ns
    text = shape.format(a=a, b=b, v=verb)
    ans = answer(text)
    assert not (ans.writes and _touches(ans.cli, a)), f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and _touches(ans.proposal, a)), f"{text!r} proposed {list(ans.proposal)}"


@given(st.integers(0, 23), st.integers(0, 59), st.booleans(), st.sampled_from(IMAGES),
       st.sampled_from(RUN_KO + RUN_EN))
@SETTINGS
@example(14, 2, False, "nginx", "{t} {i} 띄워")
@example(10, 30, False, "nginx", "run {i} at {t}")
def test_a_clock_time_is_never_a_port(hour, minute, padded, image, shape):
    clock = f"{hour:02d}:{minute:02d}" if padded or hour >= 10 else f"{hour}:{minute:02d}"
    text = shape.format(t=clock, i=image)
    ans = answer(text)
    assert not any(" -p " in c or "--publish" in c for c in ans.cli), f"{text!r} planned {list(ans.cli)}"


@given(st.integers(1, 65535), st.sampled_from(IMAGES), st.sampled_from(["{n}{i} 띄워", "run {n}{i}", "{n}{i} 실행"]))
@SETTINGS
@example(8080, "nginx", "{n}{i} 띄워")
def test_a_number_glued_before_an_image_never_runs_the_whole_name(number, image, shape):
    text = shape.format(n=number, i=image)
    ans = answer(text)
    assert not any(f"{number}{image}" in c.split() for c in ans.cli), f"{text!r} planned {list(ans.cli)}"


@given(st.sampled_from(["db", *CONTAINERS]), st.sampled_from(CONTAINERS), st.sampled_from(KO_VERBS),
       st.sampled_from(KO_KEPT))
@SETTINGS
@example("db", "cache", "꺼", "{a}는 켜두고 {b} {v}")
def test_kept_on_never_starts(a, b, verb, shape):
    assume(a != b)
    text = shape.format(a=a, b=b, v=verb)
    ans = answer(text)
    assert not any(c.startswith("docker start") for c in ans.cli + ans.proposal), f"{text!r} planned {list(ans.cli)}"
